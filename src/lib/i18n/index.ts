/**
 * The one message catalog. Every user-facing string goes through `t()`.
 * English is the source; French and Spanish (`fr/`, `es/`) have the same keys. Messages are ICU
 * MessageFormat (plurals, selects), compiled once per message and locale by `intl-messageformat`.
 * Each area of the app keeps its strings in its own file under `en/` and is merged here.
 */
import IntlMessageFormat from 'intl-messageformat';
import common from './en/common';
import shell from './en/shell';
import corridors from './en/corridors';
import corridor from './en/corridor';
import trends from './en/trends';
import maps from './en/maps';
import treaties from './en/treaties';
import insights from './en/insights';
import exportMessages from './en/export';
import exportFormats from './en/export-formats';
import frCommon from './fr/common';
import frShell from './fr/shell';
import frCorridors from './fr/corridors';
import frTrends from './fr/trends';
import frMaps from './fr/maps';
import frTreaties from './fr/treaties';
import frInsights from './fr/insights';
import frExportMessages from './fr/export';
import frExportFormats from './fr/export-formats';
import esCommon from './es/common';
import esShell from './es/shell';
import esCorridors from './es/corridors';
import esTrends from './es/trends';
import esMaps from './es/maps';
import esTreaties from './es/treaties';
import esInsights from './es/insights';
import esExportMessages from './es/export';
import esExportFormats from './es/export-formats';
import refugees from './en/refugees';
import frRefugees from './fr/refugees';
import esRefugees from './es/refugees';
import report from './en/report';
import frReport from './fr/report';
import esReport from './es/report';
import frCorridor from './fr/corridor';
import esCorridor from './es/corridor';

const catalogs = { common, shell, corridors, corridor, trends, maps, treaties, insights, export: exportMessages, exportFormats, refugees, report } as const;

type Merge<T> = { [K in keyof T]: T[K] } extends infer U ? U : never;
type AllKeys = { [A in keyof typeof catalogs]: keyof (typeof catalogs)[A] }[keyof typeof catalogs];
export type MessageKey = Merge<AllKeys> & string;

/** A translation: one file per area, the same keys as the English file (checked by the catalog tests). */
export type Translation = { [A in keyof typeof catalogs]: { [K in keyof (typeof catalogs)[A]]: string } };

const merge = (areas: Record<string, Record<string, string>>): Record<string, string> => Object.assign({}, ...Object.values(areas));
const en: Record<string, string> = merge(catalogs);

/** The languages of the interface, in the order the language switch lists them. */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

const fr: Translation = { common: frCommon, shell: frShell, corridors: frCorridors, trends: frTrends, maps: frMaps, treaties: frTreaties, insights: frInsights, export: frExportMessages, exportFormats: frExportFormats, refugees: frRefugees, report: frReport, corridor: frCorridor };
const es: Translation = { common: esCommon, shell: esShell, corridors: esCorridors, trends: esTrends, maps: esMaps, treaties: esTreaties, insights: esInsights, export: esExportMessages, exportFormats: esExportFormats, refugees: esRefugees, report: esReport, corridor: esCorridor };
const catalogsByLocale: Record<Locale, Record<string, string>> = { en, fr: merge(fr), es: merge(es) };

let locale: Locale = 'en';
/** Where the current locale comes from (the app's state in the browser; `setLocale` elsewhere). */
let source: (() => Locale) | null = null;

/** Set the locale (Node, tests, the data build). In the app the filter state is the source instead. */
export function setLocale(l: Locale): void {
  locale = l;
}
/**
 * Make `getLocale()` read the locale from `read` (the app's reactive state), so that everything that
 * formats text (`t()`, the Intl helpers, localised names) re-runs when the language changes.
 */
export function useLocaleSource(read: (() => Locale) | null): void {
  source = read;
}
export function getLocale(): Locale {
  return source ? source() : locale;
}

/**
 * The interface language for a browser's preferred languages (navigator.languages): the first of
 * them whose primary subtag is one of ours ("fr-CA" → fr), else English.
 */
export function preferredLocale(languages: readonly string[] | undefined): Locale {
  for (const tag of languages ?? []) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

const compiled = new Map<string, IntlMessageFormat | null>();
/** The compiled message (null when it does not parse: the raw text is shown instead). */
function compile(l: Locale, key: string, msg: string): IntlMessageFormat | null {
  const id = `${l}\u0000${key}`;
  let mf = compiled.get(id);
  if (mf === undefined) {
    try {
      mf = new IntlMessageFormat(msg, l, undefined, { ignoreTag: true });
    } catch {
      mf = null;
    }
    compiled.set(id, mf);
  }
  return mf;
}

/**
 * Look up a message and format it (ICU MessageFormat: `{name}` placeholders, `{n, plural, …}`).
 * A plural's argument must be a number. Unknown keys return the key (and are caught by tests);
 * a message missing in a translation falls back to English.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const l = getLocale();
  const own = catalogsByLocale[l][key];
  const [msgLocale, msg] = own !== undefined ? [l, own] : ['en' as const, en[key]];
  if (msg === undefined) return key;
  const mf = compile(msgLocale, key, msg);
  if (!mf) return msg;
  try {
    return String(mf.format(params));
  } catch {
    // A missing argument: show its placeholder rather than fail the whole view.
    return msg.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
  }
}

export function hasMessage(key: string): boolean {
  return key in en;
}
