/**
 * The one message catalog. Every user-facing string goes through `t()`.
 * English now; French and Spanish follow (add `fr/`, `es/` with the same keys).
 * Each area of the app keeps its strings in its own file under `en/` and is merged here.
 */
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

const catalogs = { common, shell, corridors, corridor, trends, maps, treaties, insights, export: exportMessages, exportFormats } as const;

type Merge<T> = { [K in keyof T]: T[K] } extends infer U ? U : never;
type AllKeys = { [A in keyof typeof catalogs]: keyof (typeof catalogs)[A] }[keyof typeof catalogs];
export type MessageKey = Merge<AllKeys> & string;

const en: Record<string, string> = Object.assign({}, ...Object.values(catalogs));

export type Locale = 'en';
let locale: Locale = 'en';
const catalogsByLocale: Record<Locale, Record<string, string>> = { en };

export function setLocale(l: Locale): void {
  locale = l;
}
export function getLocale(): Locale {
  return locale;
}

/** Look up a message and fill `{name}` placeholders. Unknown keys return the key (and are caught by tests). */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const msg = catalogsByLocale[locale][key] ?? en[key] ?? key;
  return msg.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function hasMessage(key: string): boolean {
  return key in en;
}
