/** Every message key any code builds from data exists in the catalog (each helper's whole input domain). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, t } from '../../src/lib/i18n';
import { isInput, msgKey } from '../../src/lib/i18n/keys';
import { repoRoot } from '../fixtures/data-paths';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(svelte|ts)$/.test(f) ? [p] : [];
  });
}

describe('typed message-key helpers', () => {
  it.each(Object.entries(msgKey))('%s: every input gives an existing key with a non-empty message', (_name, build) => {
    expect(build.inputs.length).toBeGreaterThan(0);
    for (const input of build.inputs) {
      const key = (build as (i: string) => string)(input);
      expect(hasMessage(key), key).toBe(true);
      expect(t(key as Parameters<typeof t>[0]).length, key).toBeGreaterThan(0);
    }
  });

  it('isInput narrows values read back from table cells', () => {
    expect(isInput(msgKey.status, 'party')).toBe(true);
    expect(isInput(msgKey.status, 'Party')).toBe(false);
    expect(isInput(msgKey.status, null)).toBe(false);
  });

  it('no code builds a key with an unchecked cast', () => {
    for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
      expect(readFileSync(file, 'utf8'), path.relative(repoRoot, file)).not.toMatch(/as MessageKey/);
    }
  });
});
