/** Numbers and dates go through Intl, in the current locale. */
import { getLocale, t } from './index';
import { parseQuarter } from '../data/quarter';

const cache = new Map<string, Intl.NumberFormat>();
function nf(opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = getLocale() + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(getLocale(), opts);
    cache.set(key, f);
  }
  return f;
}

/** 304,021,813 */
export const formatInteger = (n: number): string => nf({ maximumFractionDigits: 0 }).format(n);
/** 304M, 1.2B */
export const formatCompact = (n: number): string =>
  nf({ notation: 'compact', maximumFractionDigits: Math.abs(n) < 1e3 ? 0 : 1 }).format(n);
/** 6.25% from a value already in percent (6.25). */
export const formatPercent = (pct: number, digits = 1): string =>
  nf({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(pct / 100);
/** US$ 1.2B */
export const formatUsd = (n: number): string =>
  nf({ style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(n);
export const formatUsdExact = (n: number): string =>
  nf({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
export const formatDecimal = (n: number, digits = 2): string =>
  nf({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

/** "30 June 2012" from YYYY-MM-DD (UTC, no time-zone drift). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const locale = getLocale();
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2025 Q3" from "2025Q3" */
export function formatQuarter(q: string): string {
  const p = parseQuarter(q);
  return p ? `${p.year} Q${p.quarter}` : q;
}

/** "Mexico", "Mexico and Chile", "Mexico, Chile and 3 more" (Intl list format, capped). */
export function joinNames(names: readonly string[], max = 4): string {
  if (names.length <= max) return new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format(names);
  const shown = names.slice(0, max - 1);
  return new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format([
    ...shown,
    t('trends.andMore', { n: names.length - shown.length }),
  ]);
}

/** A note built from optional sentences: the non-empty ones, in order, joined by one space. */
export const sentences = (...parts: (string | false | null | undefined)[]): string => parts.filter(Boolean).join(' ');
