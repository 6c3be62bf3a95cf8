/**
 * The contract between the data build step (`scripts/build-data.ts`, writes `data/`)
 * and the data layer (`src/lib/data/`, reads `data/` in Node and in the browser).
 *
 * Every bundled file is listed in `DATA_FILES`. Tables are Apache Arrow IPC (stream format,
 * written with arquero's `toArrowIPC`, read with `fromArrow`); small metadata is JSON.
 * Country codes are always ISO3 from the registry (`XKX` Kosovo, `CHI` Channel Islands);
 * World Bank aggregate codes (WLD, LMY, …) appear only in remittance rows with `agg = 1`.
 */

/** Datasets as the app loads them: a view declares which of these it needs. */
export type DatasetId = 'countries' | 'stock' | 'stockYear' | 'remittances' | 'costs' | 'treaties';

/** Migrant-stock reference years of UN DESA IMS 2024. */
export const STOCK_YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024] as const;
export type StockYear = (typeof STOCK_YEARS)[number];

export type Sex = 'total' | 'male' | 'female';
export const SEXES: readonly Sex[] = ['total', 'male', 'female'];

/** Bundled files, relative to `data/`. */
export const DATA_FILES = {
  /** CountriesFile (JSON): registry rows + folded alias map. */
  countries: 'countries.json',
  /** MetaFile (JSON): provenance per dataset + row counts (drives the Sources panel). */
  meta: 'meta.json',
  /** Arrow, one file per stock year: bilateral stocks, rows: StockRow. */
  stockYear: (year: StockYear) => `stock-${year}.arrow`,
  /** Arrow, all years: per-country totals, rows: StockTotalRow. */
  stockTotals: 'stock-totals.arrow',
  /** Arrow: remittance series, rows: RemittanceRow. */
  remittances: 'remittances.arrow',
  /** Arrow: KNOMAD bilateral remittance matrix 2021, rows: BilateralRemittanceRow. */
  remittancesBilateral: 'remittances-bilateral-2021.arrow',
  /** Arrow: corridor × quarter average cost, rows: CorridorCostRow. */
  costsCorridor: 'costs-corridor.arrow',
  /** Arrow: corridor × quarter × provider type, rows: ProviderCostRow. */
  costsProvider: 'costs-provider.arrow',
  /** Arrow: country-level WDI cost series (to / from), rows: CountryCostRow. */
  costsCountry: 'costs-country.arrow',
  /** JSON: published RPW headline figures, GlobalCostFigure[]. */
  costsGlobal: 'costs-global.json',
  /** JSON: TreatiesFile. */
  treaties: 'treaties.json',
} as const;

// ---------------------------------------------------------------- countries

export type Grouping = 'region' | 'subregion' | 'sdg' | 'development' | 'income' | 'country';

// ---------------------------------------------------------------- query vocabulary
// The words the queries take; the filter state (state/types.ts) re-exports them.

/** Migrant stock direction: in = immigrants living in an area, out = emigrants born in it. */
export type Direction = 'in' | 'out';
/** Migrant stock as an absolute count or as a share of the population. */
export type StockMeasure = 'count' | 'share';
/** Remittance cost of sending money to (receiving) or from (sending) a country. */
export type CostDirection = 'to' | 'from';
/** With several treaty instruments: party to at least one (`any`) or to all (`all`). */
export type SetOp = 'any' | 'all';
export type IncomeGroup = 'L' | 'LM' | 'UM' | 'H';

export interface CountryRecord {
  iso3: string;
  iso2: string | null;
  /** M49 code, zero-padded 3 characters ("004"); null for Kosovo. */
  m49: string | null;
  /** UN M49 English name, e.g. "Bolivia (Plurinational State of)". */
  name: string;
  /** Common short name for display, e.g. "Bolivia". */
  short: string;
  /** World Bank name ("Korea, Rep.") or null. */
  nameWb: string | null;
  region: string | null; // M49 region: Africa, Americas, Asia, Europe, Oceania
  /** DESA subregion: M49 intermediate region where it exists (Africa, Americas), else sub-region. */
  subregion: string | null;
  sdg: string | null; // 8 SDG regions as in DESA IMS 2024
  /** DESA development group: North = "More developed regions", South = "Less developed regions". */
  dev: 'North' | 'South' | null;
  wbRegion: string | null;
  income: IncomeGroup | null; // FY26
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  lat: number;
  lon: number;
  /** world-atlas feature id ("004"), null when none (Kosovo: match by atlasName). */
  atlasId: string | null;
  atlasName: string | null;
  /** Has its own polygon in countries-110m / 50m. Otherwise draw a dot at lat/lon. */
  atlas110: boolean;
  atlas50: boolean;
  /** Is one of the 233 DESA IMS 2024 areas. */
  inIms: boolean;
}

export interface CountriesFile {
  countries: CountryRecord[];
  /** folded alias key (see foldName in registry.ts) → ISO3. Includes every registry name too. */
  aliases: Record<string, string>;
}

// ---------------------------------------------------------------- migrant stock

/** stock-<year>.arrow: one row per non-zero cell. Unknown origin is NOT here (see StockTotalRow). */
export interface StockRow {
  year: number;
  dest: string; // ISO3
  orig: string; // ISO3
  sex: Sex;
  stock: number; // persons, integer
}

/** stock-totals.arrow: one row per (year, iso3, sex) for every IMS area. */
export interface StockTotalRow {
  year: number;
  iso3: string;
  sex: Sex;
  /** Immigrants living in iso3, all origins (DESA "World" origin row). */
  immigrants: number;
  /** Part of `immigrants` whose origin is unknown (DESA "Others"). */
  unknownOrigin: number;
  /** Emigrants born in iso3 = sum of bilateral cells with orig = iso3 (known destinations). */
  emigrants: number;
  /** Total population (persons), UN WPP 2024, every IMS year incl. 2024; null for male/female (WPP 2024 both sexes only). */
  population: number | null;
}

// ---------------------------------------------------------------- remittances

export type RemittanceSeries = 'received' | 'paid' | 'pct_gdp';
export type RemittanceFlag = '' | 'partial_aggregate' | 'zero_not_reported' | 'provisional';

/** remittances.arrow: one row per (code, series, year) with a value. */
export interface RemittanceRow {
  code: string; // ISO3 for economies, WB code for aggregates
  name: string; // WB name
  agg: number; // 1 = aggregate (World, LMY, regions, income groups), 0 = economy
  series: RemittanceSeries;
  year: number;
  value: number; // current US$ (received, paid) or % of GDP
  /** WDI "Last Updated" of the file the value comes from: '2025-07-01' or '2023-05-10'. */
  vintage: string;
  flag: RemittanceFlag;
}

/** remittances-bilateral-2021.arrow: KNOMAD model estimates, US$ (not millions). */
export interface BilateralRemittanceRow {
  sender: string;
  receiver: string;
  usd: number;
}

// ---------------------------------------------------------------- remittance costs

/** costs-corridor.arrow: average total cost of sending USD 200, % (RPW), one row per corridor × period. */
export interface CorridorCostRow {
  period: string; // '2011Q1'
  source: string; // sending ISO3
  dest: string; // receiving ISO3
  cost: number; // % of USD 200; may be negative as published (flagged)
  /** 'transparent_services_mean' (RPW definition) or 'all_services_mean'. */
  basis: string;
  nServices: number | null;
  /** '' or 'negative' (kept as published, excluded from averages). */
  flag: string;
}

/** costs-provider.arrow: corridor × period × provider type, mean of transparent services. */
export interface ProviderCostRow {
  period: string;
  source: string;
  dest: string;
  /** 'Bank' | 'Money Transfer Operator' | 'Post office' | 'Mixed / other' */
  provider: string;
  cost: number;
  /** Number of transparent services in the mean; null when the source gives no count (firm-type file). */
  nServices: number | null;
  /** '' or 'negative' (a negative published mean, kept as published, exclude from averages). Always set in data/. */
  flag?: string;
}

/** costs-country.arrow: WDI SI.RMT.COST.IB.ZS ('to') / SI.RMT.COST.OB.ZS ('from'). */
export interface CountryCostRow {
  iso3: string;
  direction: 'to' | 'from';
  year: number;
  cost: number;
  /** '2023-05-10' (WDI series 2011–2020) or 'newer-undated' (a newer WDI export, latest year per country; never splice). */
  vintage: string;
  /** '' or 'negative' (kept as published, implausible; exclude from averages). Always set in data/. */
  flag?: string;
}

export interface GlobalCostFigure {
  quarter: string;
  indicator: string; // 'global_average', 'global_weighted_average', 'banks', …
  value: number;
  /** 'exact' or 'derived_from_usd' (figures without a number are not bundled). */
  valueType?: string;
  statement: string;
  publication: string;
  url: string;
}

// ---------------------------------------------------------------- treaties

export type InstrumentId =
  | 'IV-13'
  | 'XVIII-12-a'
  | 'XVIII-12-b'
  | 'V-2'
  | 'V-5'
  | 'C097'
  | 'C143'
  | 'C189';
export const INSTRUMENT_IDS: readonly InstrumentId[] = [
  'IV-13',
  'XVIII-12-a',
  'XVIII-12-b',
  'V-2',
  'V-5',
  'C097',
  'C143',
  'C189',
];

export interface Instrument {
  id: InstrumentId;
  name: string;
  short: string;
  adopted: string; // YYYY-MM-DD
  entryIntoForce: string;
  depositary: string;
  url: string;
  dataAsOf: string; // YYYY-MM-DD, or the best statement available
  /** Known gaps, one sentence each, from SOURCE.md. */
  gaps: string[];
}

export interface Ratification {
  instrument: InstrumentId;
  /** ISO3, or null for the European Union (a party, never counted as a State). */
  iso3: string | null;
  party: string; // name as in the source (normalised)
  signature: string | null; // YYYY-MM-DD
  consent: string | null; // YYYY-MM-DD exact date, when known
  /** Year of consent when only the year is known (ILO rows "year only: YYYY"). */
  consentYear: number | null;
  consentType: string | null; // ratification, accession, succession, acceptance, approval
  denunciation: string | null;
  source: string;
  /** ILO rows without a registration date: date the convention is in force for the State ("in force since"), else null. */
  inForceSince?: string | null;
  /** The consent date was derived from an entry-into-force date by the treaty's own rule (source says DERIVED). */
  derived?: boolean;
}

export interface TreatiesFile {
  instruments: Instrument[];
  ratifications: Ratification[];
}

// ---------------------------------------------------------------- provenance

export interface DatasetMeta {
  id: string; // 'migrant-stock', 'remittances', 'remittance-prices', 'treaties', 'countries'
  title: string;
  publisher: string;
  revision: string;
  licence: string;
  licenceUrl: string;
  citation: string;
  coverage: string;
  gaps: string[];
  url: string;
  /** bundled file → row count */
  files: Record<string, number>;
  /** The data are model estimates, not observations (KNOMAD bilateral remittances). */
  modelEstimate?: boolean;
}

export interface MetaFile {
  builtFrom: string; // description of the raw inputs, never a machine path
  datasets: DatasetMeta[];
}

// ---------------------------------------------------------------- population (WPP 2024)

/** population.arrow (loaded on demand): UN WPP 2024 total population, both sexes, 1 July, per IMS area. */
export const POPULATION_FILE = 'population.arrow';
export const POPULATION_YEARS = { first: 1990, last: 2024 } as const;

/** One row per (year, IMS area), 1990–2024. Serbia includes Kosovo; CHI = Guernsey + Jersey. */
export interface PopulationRow {
  year: number;
  iso3: string;
  /** persons */
  population: number;
}

// ---------------------------------------------------------------- remittances: newest vintage per point

/** WDI vintages, newest first per series; each value is from the newest vintage that has the point. */
export const REMITTANCE_VINTAGES: Record<RemittanceSeries, readonly string[]> = {
  received: ['2025-07-01', '2025-02', '2023-05-10'],
  paid: ['2025-02', '2023-05-10'],
  pct_gdp: ['2025-02', '2023-05-10'],
};

// Declaration merging: remittances.arrow carries one more column than the interface above declares.
export interface RemittanceRow {
  /**
   * 1 = computed by Corridors (pct_gdp of vintage '2025-02' = received ÷ GDP × 100, both of that vintage);
   * 0 = the published value. Always set in data/.
   */
  computed?: number;
}

/** Years of the bundled KNOMAD/World Bank bilateral remittance matrices (2018: whole US$ millions). */
export const BILATERAL_YEARS = [2017, 2018, 2021] as const;
export type BilateralYear = (typeof BILATERAL_YEARS)[number];
/** The URL's `flowyear` takes exactly the bundled matrix years (latest = default). */
export const FLOW_YEARS = BILATERAL_YEARS;
export type FlowYear = BilateralYear;
/** remittances-bilateral-<year>.arrow, rows: BilateralRemittanceRow (loaded on demand). */
export const bilateralFile = (year: BilateralYear): string => `remittances-bilateral-${year}.arrow`;

// ---------------------------------------------------------------- refugees (UNHCR, UNRWA); all loaded on demand

/** Years bundled: end-of-year figures (31 December) 1990–2025. */
export const REFUGEE_YEARS = { first: 1990, last: 2025 } as const;
/** UNHCR categories kept as codes of their own: in world totals, in no country or group. */
/** UNHCR codes that are not countries (unknown / various origin, stateless, Tibetan). */
export type RefugeeCategory = 'UNK' | 'XXA' | 'TIB';
export const REFUGEE_NON_COUNTRY: Record<RefugeeCategory, string> = { UNK: 'Unknown or various', XXA: 'Stateless', TIB: 'Tibetan' };
export const isRefugeeCategory = (code: string): code is RefugeeCategory => Object.hasOwn(REFUGEE_NON_COUNTRY, code);

export const REFUGEE_FILES = {
  /** Arrow, rows: RefugeeTotalRow. */
  totals: 'refugees-totals.arrow',
  /** Arrow, rows: UnrwaRow. */
  unrwa: 'refugees-unrwa.arrow',
} as const;
/** refugees-<year>.arrow, rows: RefugeeCellRow (one year). */
export const refugeeYearFile = (year: number): string => `refugees-${year}.arrow`;

/** refugees-totals.arrow: one row per (year, code) with any value. `code` is ISO3 or a REFUGEE_NON_COUNTRY key. */
export interface RefugeeTotalRow {
  year: number;
  code: string;
  /** Refugees under UNHCR's mandate hosted by `code` (as country of asylum). */
  hostedRefugees: number;
  /** Asylum-seekers in `code`. By country only from 2000; 1993–1999 they are world totals under asylum UNK. */
  hostedAsylumSeekers: number;
  /** Refugees originating from `code`. */
  originRefugees: number;
  originAsylumSeekers: number;
}

/** refugees-<year>.arrow: one row per (asylum, origin) with refugees or asylum-seekers. */
export interface RefugeeCellRow {
  asylum: string;
  origin: string;
  refugees: number;
  asylumSeekers: number;
}

/** refugees-unrwa.arrow: Palestine refugees registered with UNRWA, per field (JOR, LBN, SYR, PSE; UNK in 2025). */
export interface UnrwaRow {
  year: number;
  field: string;
  refugees: number;
}
