/** Small text and style helpers shared by the time-series views of every family (names are joined by `joinNames` in i18n/format). */
import type { Registry } from '../../data/registry';
import type { Sex } from '../../data/types';
import { t } from '../../i18n';
import { joinNames } from '../../i18n/format';

/** Line dash per sex when male and female lines are shown ('' = solid). */
export const SEX_DASH: Record<Sex, string> = { total: '', male: '8 3', female: '2 3' };

/** [2005, 2006, 2007, 2010] → "2005–2007, 2010". */
export function yearRanges(years: readonly number[]): string {
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < ys.length; i++) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
    out.push(j > i ? `${ys[i]}–${ys[j]}` : String(ys[i]));
    i = j;
  }
  return out.join(', ');
}

/** Group { label, year } items by label: "Afghanistan 2005–2007; Angola 2005–2007". */
export function itemsByLabel(items: readonly { label: string; year: number }[], max = 6): string {
  const m = new Map<string, number[]>();
  for (const it of items) {
    let a = m.get(it.label);
    if (!a) m.set(it.label, (a = []));
    a.push(it.year);
  }
  const parts = [...m].map(([label, ys]) => `${label} ${yearRanges(ys)}`);
  return parts.length > max ? `${parts.slice(0, max).join('; ')}; ${t('trends.andMore', { n: parts.length - max })}` : parts.join('; ');
}

/** Countries' names in the interface language, joined ("France, Germany and Italy"; a long list is cut short). */
export function countryNames(codes: readonly string[], registry: Registry): string {
  return joinNames(codes.map((c) => registry.label(c)));
}

/** Where a view looks, in words: the selected countries' names, or `none` without a selection (or a registry). */
export function selectionWhere(countries: readonly string[], registry: Registry | undefined, none: string): string {
  return countries.length && registry ? countryNames(countries, registry) : none;
}

/** The note part naming the requested countries that have no series. */
export function missingNote(codes: readonly string[], registry: Registry): string {
  return t('trends.missing', { names: countryNames(codes, registry) });
}
