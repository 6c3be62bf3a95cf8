/**
 * The country registry: ONE module for every country join, in the data build step and in the app.
 *
 * Built from `data/countries.json` (CountriesFile). Names are matched on a folded key (`foldName`),
 * never on the raw string: sources spell the same area in many ways ("Côte d’Ivoire", "Cote d'Ivoire",
 * "Serbia*", "Montenegro 2", "Korea, Rep."). Pure TypeScript: no Node or DOM APIs.
 */
import type { CountriesFile, CountryRecord, Grouping, IncomeGroup } from './types.ts';

/** Letters that Unicode NFD does not decompose into base letter + mark. */
const LETTER_FOLD: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Fold a country name to its join key:
 * NFC; drop `<superscript>…</superscript>` (UNTC XML footnotes) and other tags; fold ’ ‘ ` ´ to ';
 * drop DESA `*` note markers and trailing footnote numbers ("Montenegro 2", "Serbia 3, 4");
 * strip accents; lower-case; `&` → "and"; every run of other punctuation/space → one space; trim.
 *
 *   foldName("Côte d’Ivoire") === foldName("Cote d'Ivoire") === "cote d ivoire"
 *   foldName("Serbia*") === "serbia";  foldName("Montenegro 2") === "montenegro"
 */
export function foldName(s: string): string {
  let t = String(s ?? '').normalize('NFC');
  t = t.replace(/<superscript>[\s\S]*?<\/superscript>/gi, ' ');
  t = t.replace(/<[^>]*>/g, ' ');
  t = t.replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'");
  t = t.replace(/\*/g, ' ');
  // trailing footnote numbers; no country or area name ends in a number
  t = t.replace(/\s*\d+(?:\s*,\s*\d+)*\s*$/, '');
  t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  t = t.toLowerCase();
  t = t.replace(/[øæœßłđðþı]/g, (c) => LETTER_FOLD[c] ?? c);
  t = t.replace(/&/g, ' and ');
  t = t.replace(/[^a-z0-9]+/g, ' ').trim();
  // numbers left at the end after punctuation is gone ("… Resolution 1244 (1999)") are dropped too,
  // which keeps the fold idempotent: foldName(foldName(s)) === foldName(s)
  t = t.replace(/(?:\s\d+)+$/, '');
  return t;
}

export const GROUPINGS: readonly Grouping[] = ['region', 'subregion', 'sdg', 'development', 'income', 'country'];

export const INCOME_LABELS: Record<IncomeGroup, string> = {
  L: 'Low income',
  LM: 'Lower middle income',
  UM: 'Upper middle income',
  H: 'High income',
};
const INCOME_ORDER = ['Low income', 'Lower middle income', 'Upper middle income', 'High income'];
const DEV_LABELS: Record<string, string> = {
  North: 'North (more developed regions)',
  South: 'South (less developed regions)',
};

export interface GroupOptions {
  /** Only the 233 DESA IMS 2024 areas (default false: every registry row). */
  imsOnly?: boolean;
}

export class Registry {
  readonly file: CountriesFile;
  private readonly byIso = new Map<string, CountryRecord>();
  private readonly m49 = new Map<string, CountryRecord>();
  private readonly aliases: Map<string, string>;
  private readonly list: CountryRecord[];

  constructor(file: CountriesFile) {
    this.file = file;
    this.list = [...file.countries].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
    for (const c of this.list) {
      this.byIso.set(c.iso3, c);
      if (c.m49) this.m49.set(c.m49, c);
    }
    this.aliases = new Map(Object.entries(file.aliases));
  }

  /** Registry row for an ISO3 code (XKX, CHI included), or undefined. */
  get(iso3: string): CountryRecord | undefined {
    return this.byIso.get(iso3);
  }

  has(iso3: string): boolean {
    return this.byIso.has(iso3);
  }

  /** All rows, sorted by ISO3. */
  all(): CountryRecord[] {
    return this.list;
  }

  /** The 233 DESA IMS 2024 areas, sorted by ISO3. */
  imsAreas(): CountryRecord[] {
    return this.list.filter((c) => c.inIms);
  }

  /** ISO3 for a name in any spelling known to the alias table, or null. */
  resolve(name: string): string | null {
    if (name == null) return null;
    return this.aliases.get(foldName(name)) ?? null;
  }

  /** Row for an M49 code ("4", 4 or "004"), or undefined. */
  byM49(code: string | number): CountryRecord | undefined {
    const s = String(code).trim();
    if (!/^\d{1,3}$/.test(s)) return undefined;
    return this.m49.get(s.padStart(3, '0'));
  }

  /** Group key of a country under a grouping, or null when it has none (e.g. Antarctica, unclassified income). */
  groupOf(iso3: string, grouping: Grouping): string | null {
    const c = this.byIso.get(iso3);
    if (!c) return null;
    switch (grouping) {
      case 'region':
        return c.region;
      case 'subregion':
        return c.subregion;
      case 'sdg':
        return c.sdg;
      case 'development':
        return c.dev;
      case 'income':
        return c.income ? INCOME_LABELS[c.income] : null;
      case 'country':
        return c.iso3;
      default:
        return null;
    }
  }

  /** Display label of a group key ("North" → "North (more developed regions)", ISO3 → short name). */
  groupLabel(grouping: Grouping, group: string): string {
    if (grouping === 'country') return this.label(group);
    const local = localGroupNamer?.(grouping, group);
    if (local) return local;
    if (grouping === 'development') return DEV_LABELS[group] ?? group;
    return group;
  }

  /** Display label of a country's own region, subregion or income group (the country panel). */
  countryGroupLabel(iso3: string, grouping: 'region' | 'subregion' | 'income'): string | null {
    const g = this.groupOf(iso3, grouping);
    return g == null ? null : this.groupLabel(grouping, g);
  }

  /** Distinct group keys of a grouping, in a stable display order. */
  groups(grouping: Grouping, opts: GroupOptions = {}): string[] {
    const set = new Set<string>();
    for (const c of opts.imsOnly ? this.imsAreas() : this.list) {
      const g = this.groupOf(c.iso3, grouping);
      if (g != null) set.add(g);
    }
    const out = [...set];
    if (grouping === 'income') return out.sort((a, b) => INCOME_ORDER.indexOf(a) - INCOME_ORDER.indexOf(b));
    return out.sort();
  }

  /** ISO3 codes in a group, sorted. */
  groupMembers(grouping: Grouping, group: string, opts: GroupOptions = {}): string[] {
    return (opts.imsOnly ? this.imsAreas() : this.list)
      .filter((c) => this.groupOf(c.iso3, grouping) === group)
      .map((c) => c.iso3);
  }

  /**
   * Short display name ("Bolivia", "South Korea"; in French or Spanish once the app installs a local
   * namer with `useLocalNames`); the code itself when unknown.
   */
  label(iso3: string): string {
    const c = this.byIso.get(iso3);
    if (!c) return iso3;
    return localNamer?.(c) ?? c.short;
  }

  /**
   * The UN's full name where it differs from the short one `label` gives ("Bolivia (Plurinational State
   * of)"), else null. English only: null too while a local namer names the country, as the registry
   * has no French or Spanish full names.
   */
  fullName(iso3: string): string | null {
    const c = this.byIso.get(iso3);
    if (!c || c.name === c.short || localNamer?.(c) != null) return null;
    return c.name;
  }
}

/** Country names in the interface language: null = the registry's English short name. */
let localNamer: ((c: CountryRecord) => string | null) | null = null;

/**
 * Install the namer `Registry.label` uses (the app passes one that reads its reactive language, so
 * every label re-renders when the language changes). The data layer itself stays language-free.
 */
export function useLocalNames(namer: ((c: CountryRecord) => string | null) | null): void {
  localNamer = namer;
}

/**
 * Group names in the interface language (`groupLabel`): the namer gets a grouping and a group key
 * (the registry's English value; for income, the English label of INCOME_LABELS) and returns the
 * localised name, or null for the English one.
 */
let localGroupNamer: ((grouping: Exclude<Grouping, 'country'>, group: string) => string | null) | null = null;

export function useLocalGroupNames(namer: typeof localGroupNamer): void {
  localGroupNamer = namer;
}

/** The income group code of an INCOME_LABELS label ("Upper middle income" → "UM"). */
export function incomeCode(label: string): IncomeGroup | undefined {
  return (Object.keys(INCOME_LABELS) as IncomeGroup[]).find((k) => INCOME_LABELS[k] === label);
}
