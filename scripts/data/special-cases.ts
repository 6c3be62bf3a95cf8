/**
 * Explicit, commented special cases for joining raw sources to the registry.
 * An unmatched country code or name FAILS the build unless it is handled here.
 */

/** Codes that are not registry codes but map to one explicitly. */
export const CODE_MAP: Record<string, { iso3: string; why: string }> = {
  // RPW (World Bank Remittance Prices Worldwide / DataBank) codes Kosovo "KSV" (old World Bank code);
  // the registry, WDI and ISO user-assigned practice use XKX.
  KSV: { iso3: 'XKX', why: 'RPW code KSV for Kosovo mapped to XKX' },
};

/** Codes that are deliberately dropped (rows counted in build-report.json under this reason). */
export const IGNORED_CODES: Record<string, string> = {
  // Netherlands Antilles: dissolved in 2010 (now CUW, SXM, BES); obsolete ISO code still used by RPW
  // for corridors surveyed 2011-2014. It cannot be attributed to one current area, so it is left out.
  ANT: 'obsolete code ANT (Netherlands Antilles, dissolved 2010)',
};

/** Extra spellings found in raw sources but not in countries/aliases.csv. */
export const EXTRA_ALIASES: Record<string, string> = {
  // RPW DataBank destination name for PSE (code PSE is given in the same row)
  'West Bank/Gaza Strip': 'PSE',
  // UNHCR short names (refugees/population.csv; the ISO3 code is given in the same row)
  'Dem. Rep. of the Congo': 'COD',
  'United Rep. of Tanzania': 'TZA',
  'Iran (Islamic Rep. of)': 'IRN',
  "Lao People's Dem. Rep.": 'LAO',
  'Rep. of Korea': 'KOR',
  "Dem. People's Rep. of Korea": 'PRK',
  // UNHCR's Serbia row includes Kosovo, as IMS 2024 does
  'Serbia and Kosovo: S/RES/1244 (1999)': 'SRB',
  // UNHCR origin "Palestinian" (UNHCR code GAZ, ISO3 PSE in the same row)
  Palestinian: 'PSE',
};

/**
 * WPP 2024 areas that DESA IMS 2024 reports inside another area: their population is ADDED to that
 * IMS area, so every share divides an IMS stock by the population of the same territory.
 */
export const POPULATION_MERGES: Record<string, { into: string; why: string }> = {
  // IMS 2024 includes Kosovo in Serbia (Annex note 31); WPP 2024 lists Kosovo (412) separately.
  XKX: { into: 'SRB', why: 'Kosovo (WPP 412) added to Serbia, as IMS 2024 includes it' },
  // IMS 2024 has one area Channel Islands (830); WPP 2024 lists Guernsey (831) and Jersey (832).
  GGY: { into: 'CHI', why: 'Guernsey (WPP 831) added to Channel Islands (IMS 830)' },
  JEY: { into: 'CHI', why: 'Jersey (WPP 832) added to Channel Islands (IMS 830)' },
};

/**
 * UNHCR origin (and, for UNK, asylum) codes that are not countries. They are KEPT: they are part of the
 * world totals UNHCR publishes, but belong to no country or group. No registry code is spelled like them.
 */
export const UNHCR_NON_COUNTRY: Record<string, string> = {
  // "Unknown" (UNHCR UKN): origin unknown or "various"; as asylum only for the 1993–1999 world asylum-seeker rows.
  UNK: 'Unknown or various',
  // UNHCR STA: every stateless count is coded as origin = XXA with asylum = country of residence.
  XXA: 'Stateless',
  // Tibetan refugees (mainly in India and Nepal), reported by UNHCR as an origin of its own since 1964.
  TIB: 'Tibetan',
};

/** Treaty parties that are not States and have no ISO3 code; kept with iso3 = null. */
export const NON_STATE_PARTIES: readonly string[] = [
  // The EU is a party to the Palermo protocols by approval; never counted as a State.
  'European Union',
];

/**
 * Notes on areas that are special in one source (documented in SOURCES.md; no code change needed):
 * - DESA IMS 2024 includes Kosovo in Serbia (688, Annex note 31): no XKX rows in the migrant-stock files.
 * - CHI (Channel Islands, M49 830) is one DESA area and one World Bank economy; it has no ISO code.
 * - Saint Barthélemy (652) and Saint Martin (663) are WPP 2024 areas but not IMS 2024 areas: their
 *   population rows are dropped with that reason.
 */
export const SPECIAL_AREA_NOTES = [
  'DESA IMS 2024 includes Kosovo in Serbia (Annex note 31); Kosovo (XKX) appears only in World Bank and RPW data.',
  'Channel Islands (CHI, M49 830) = Guernsey and Jersey together, as DESA and the World Bank report it; CHI is a World Bank code, not ISO.',
  'RPW code KSV (Kosovo) is mapped to XKX; RPW corridors to ANT (Netherlands Antilles, dissolved 2010) are dropped.',
  'Population (WPP 2024) is aggregated to IMS areas: Serbia includes Kosovo; Channel Islands = Guernsey + Jersey; Saint Barthélemy and Saint Martin (French part), not IMS areas, are left out.',
  'UNHCR origins Unknown (UNK), Stateless (XXA) and Tibetan (TIB) are kept as non-country categories: part of world totals, of no country or group.',
  'The European Union is a party to the two Palermo protocols; it is kept with iso3 = null and never counted as a State.',
];
