/**
 * Country-picker matching: pure, no DOM. Type "phil" → Philippines; "korea rep" → Republic of Korea
 * (World Bank alias); "côte" / "cote" → Côte d'Ivoire; "mex" → Mexico (ISO3 and name prefix).
 * Matching is on the registry's folded keys (`foldName`: case-, accent- and punctuation-insensitive).
 */
import { foldName } from '../data/registry';
import type { CountryRecord } from '../data/types';

export interface PickerEntry {
  iso3: string;
  iso2: string | null;
  /** Display label (registry short name). */
  label: string;
  /** Full UN M49 name. */
  name: string;
  /** Folded short name, full name and World Bank name. */
  names: string[];
  /** Folded aliases that are not already one of `names`. */
  aliases: string[];
  inIms: boolean;
}

export interface PickerIndex {
  entries: PickerEntry[];
  byIso: Map<string, PickerEntry>;
}

export interface PickerMatch {
  iso3: string;
  label: string;
  name: string;
  /** Lower is better: 0 exact, 1 name prefix, 2 alias prefix, 3 word prefix, 4 alias word prefix, 5 substring. */
  score: number;
  /** The folded alias that matched, when the match was not on a displayed name (shown as a hint). */
  via: string | null;
}

export interface PickerIndexOptions {
  /** The name in the interface language (null: the English short name); shown and matched besides the English names. */
  localName?: (c: CountryRecord) => string | null;
  /** Locale the labels sort in (default English). */
  locale?: string;
}

/**
 * Build the search index once per registry and language. `aliases`: folded alias → ISO3
 * (CountriesFile.aliases). With `localName`, a French or Spanish name is the label and matches too,
 * as do the English names, codes and aliases ("mexi" → Mexique, "Mexico", MEX).
 */
export function buildPickerIndex(countries: readonly CountryRecord[], aliases: Record<string, string> = {}, opts: PickerIndexOptions = {}): PickerIndex {
  const aliasBy = new Map<string, string[]>();
  for (const [key, iso] of Object.entries(aliases)) {
    const list = aliasBy.get(iso);
    if (list) list.push(key);
    else aliasBy.set(iso, [key]);
  }
  const entries: PickerEntry[] = countries.map((c) => {
    const local = opts.localName?.(c) ?? null;
    const names = unique([local, c.short, c.name, c.nameWb].filter((s): s is string => !!s).map(foldName)).filter(Boolean);
    const als = unique((aliasBy.get(c.iso3) ?? []).map(foldName)).filter((a) => a && !names.includes(a));
    return { iso3: c.iso3, iso2: c.iso2, label: local ?? c.short, name: c.name, names, aliases: als, inIms: c.inIms };
  });
  const locale = opts.locale ?? 'en';
  entries.sort((a, b) => a.label.localeCompare(b.label, locale));
  return { entries, byIso: new Map(entries.map((e) => [e.iso3, e])) };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

const words = (s: string) => s.split(' ');
const wordPrefix = (s: string, q: string) => words(s).some((w, i, all) => all.slice(i).join(' ').startsWith(q));

/** Score one entry against a folded query; null when it does not match. */
function scoreEntry(e: PickerEntry, q: string, raw: string): { score: number; via: string | null } | null {
  const up = raw.trim().toUpperCase();
  if (up === e.iso3) return { score: 0, via: null };
  if (e.names.includes(q)) return { score: 0, via: null };
  const exactAlias = e.aliases.find((a) => a === q);
  if (exactAlias) return { score: 0, via: exactAlias };
  if (e.iso2 && up === e.iso2) return { score: 1, via: null };
  if (e.names.some((n) => n.startsWith(q))) return { score: 1, via: null };
  if (up.length === 3 && e.iso3.startsWith(up)) return { score: 1, via: null };
  const ap = e.aliases.find((a) => a.startsWith(q));
  if (ap) return { score: 2, via: ap };
  if (e.names.some((n) => wordPrefix(n, q))) return { score: 3, via: null };
  const aw = e.aliases.find((a) => wordPrefix(a, q));
  if (aw) return { score: 4, via: aw };
  if (q.length >= 3) {
    if (e.names.some((n) => n.includes(q))) return { score: 5, via: null };
    const as = e.aliases.find((a) => a.includes(q));
    if (as) return { score: 5, via: as };
  }
  return null;
}

export interface MatchOptions {
  /** Most matches returned (default 12). */
  limit?: number;
  /** ISO3 codes to leave out (e.g. already selected). */
  exclude?: readonly string[];
}

/**
 * Countries matching a typed query, best first (score, then IMS areas before others, then label).
 * An empty query returns nothing: the listbox then shows no suggestions.
 */
export function matchCountries(index: PickerIndex, query: string, opts: MatchOptions = {}): PickerMatch[] {
  const q = foldName(query);
  if (!q) return [];
  const limit = opts.limit ?? 12;
  const exclude = new Set(opts.exclude ?? []);
  const out: (PickerMatch & { ims: boolean })[] = [];
  for (const e of index.entries) {
    if (exclude.has(e.iso3)) continue;
    const s = scoreEntry(e, q, query);
    if (s) out.push({ iso3: e.iso3, label: e.label, name: e.name, score: s.score, via: s.via, ims: e.inIms });
  }
  out.sort((a, b) => a.score - b.score || Number(b.ims) - Number(a.ims) || a.label.localeCompare(b.label, 'en'));
  return out.slice(0, limit).map(({ ims: _ims, ...m }) => m);
}

/** The chips after Backspace in an empty input: the last selected country removed. */
export function withoutLast(selected: readonly string[]): string[] {
  return selected.slice(0, -1);
}

/** Move the active option of a listbox (ArrowDown/ArrowUp/Home/End), wrapping like the APG combobox example. */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}
