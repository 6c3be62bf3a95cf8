/**
 * Localised names of groupings and areas. English names are the registry's own (data/countries.json);
 * French and Spanish come from fr.ts / es.ts, and country names otherwise from `Intl.DisplayNames`.
 */
import type { CountryRecord } from '../../data/types';
import { incomeCode } from '../../data/registry';
import type { NamedGrouping, NamesList, NamesLocale } from './types';
import fr from './fr';
import es from './es';

export type { NamedGrouping, NamesList, NamesLocale } from './types';

export const namesByLocale: Record<NamesLocale, NamesList> = { fr, es };

/** The localised name of a grouping value (region, subregion, SDG or World Bank region); the English value if none. */
export function groupName(locale: NamesLocale, grouping: NamedGrouping, value: string): string {
  return namesByLocale[locale][grouping][value] ?? value;
}

/**
 * The localised name of a group of the dashboard's groupings (`Registry.groupLabel`): M49 regions and
 * subregions, SDG regions, DESA development groups (key North / South) and World Bank income groups
 * (key: the English label, see `incomeCode`); null when the list has none (the English name is used).
 */
export function groupingName(locale: NamesLocale, grouping: 'region' | 'subregion' | 'sdg' | 'development' | 'income', key: string): string | null {
  const list = namesByLocale[locale];
  if (grouping === 'development') return list.development[key as 'North' | 'South'] ?? null;
  if (grouping === 'income') {
    const code = incomeCode(key);
    return code ? list.income[code] : null;
  }
  return list[grouping][key] ?? null;
}

const displayNames = new Map<NamesLocale, Intl.DisplayNames>();
function regionNames(locale: NamesLocale): Intl.DisplayNames {
  let d = displayNames.get(locale);
  if (!d) {
    d = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, d);
  }
  return d;
}

/** Short display name of an area: the override list, else `Intl.DisplayNames`, else the English short name. */
export function areaName(locale: NamesLocale, country: Pick<CountryRecord, 'iso3' | 'iso2' | 'short'>): string {
  const override = namesByLocale[locale].areas[country.iso3];
  if (override) return override;
  if (country.iso2) {
    const name = regionNames(locale).of(country.iso2);
    if (name) return name;
  }
  return country.short;
}
