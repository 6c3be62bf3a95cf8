/**
 * Shape of a localised names list. The English names are the values in data/countries.json
 * themselves; fr.ts and es.ts translate them, keyed by those English values.
 */
import type { IncomeGroup } from '../../data/types';

/** Locales that have a names list (English uses the registry's own names). */
export type NamesLocale = 'fr' | 'es';

/** Grouping fields of CountryRecord whose values are names to translate. */
export type NamedGrouping = 'region' | 'subregion' | 'sdg' | 'wbRegion';

export interface NamesList {
  /** M49 region, M49/DESA subregion, SDG region and World Bank region: English value → localised name. */
  region: Record<string, string>;
  subregion: Record<string, string>;
  sdg: Record<string, string>;
  wbRegion: Record<string, string>;
  /** DESA development groups (CountryRecord.dev). */
  development: Record<'North' | 'South', string>;
  /** World Bank income groups (CountryRecord.income). */
  income: Record<IncomeGroup, string>;
  /** Labels that stand in for areas in the flows and series. */
  special: { world: string; unknownOrigin: string; otherCountries: string; europeanUnion: string };
  /**
   * Areas (ISO3) whose name must not come from `Intl.DisplayNames` (region type): no ISO 3166 alpha-2
   * code, or the CLDR name differs from the name the UN uses. Every entry says why it is there.
   */
  areas: Record<string, string>;
  /** Official titles of the treaties in data/treaties.json, by instrument id. */
  instruments: Record<string, string>;
}
