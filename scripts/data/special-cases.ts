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
 * - Saint Barthélemy (652) and Saint Martin (663) are in the DESA 2020 Annex (and the population table)
 *   but are not IMS 2024 areas: their population rows are dropped with that reason.
 */
export const SPECIAL_AREA_NOTES = [
  'DESA IMS 2024 includes Kosovo in Serbia (Annex note 31); Kosovo (XKX) appears only in World Bank and RPW data.',
  'Channel Islands (CHI, M49 830) = Guernsey and Jersey together, as DESA and the World Bank report it; CHI is a World Bank code, not ISO.',
  'RPW code KSV (Kosovo) is mapped to XKX; RPW corridors to ANT (Netherlands Antilles, dissolved 2010) are dropped.',
  'The European Union is a party to the two Palermo protocols; it is kept with iso3 = null and never counted as a State.',
];
