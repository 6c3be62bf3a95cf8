/** Joining raw codes/names to the registry, with the explicit special cases. Unmatched → BuildError. */
import type { Registry } from '../../src/lib/data/registry.ts';
import { BuildError } from './csv.ts';
import type { InputAccount } from './report.ts';
import { CODE_MAP, IGNORED_CODES } from './special-cases.ts';

/**
 * Registry ISO3 for a source's code (+ optional name, which must resolve to the same code).
 * Returns null when the code is on the ignore list; the caller must then count the row as dropped,
 * which this function does on `acc` (reason = the ignore-list text).
 */
export function joinCode(
  reg: Registry,
  code: string,
  name: string | null,
  where: string,
  acc: InputAccount,
  n = 1,
): string | null {
  if (code in IGNORED_CODES) {
    acc.drop(IGNORED_CODES[code], name ? `${code} ${name}` : code, n);
    return null;
  }
  const iso3 = CODE_MAP[code]?.iso3 ?? code;
  if (!reg.has(iso3)) {
    throw new BuildError(`${where}: code ${JSON.stringify(code)}${name ? ` (${name})` : ''} is not in the registry and not on the ignore list (scripts/data/special-cases.ts)`);
  }
  if (name) {
    const byName = reg.resolve(name);
    if (byName !== iso3) {
      throw new BuildError(
        `${where}: name ${JSON.stringify(name)} resolves to ${byName ?? 'nothing'}, but the code is ${code}` +
          (iso3 !== code ? ` (→ ${iso3})` : '') + '; add an alias or a special case',
      );
    }
  }
  return iso3;
}
