import type {
  CostDirection,
  Direction,
  FlowYear,
  Grouping,
  InstrumentId,
  RemittanceSeries,
  SetOp,
  Sex,
  StockMeasure,
  StockYear,
} from '../data/types';
import type { Locale } from '../i18n';

/** The query vocabulary lives in the data layer; re-exported for the state and the views. */
export type { CostDirection, Direction, SetOp, StockMeasure };

/** Every view that can be embedded alone (`?embed=<id>`). */
export const VIEW_IDS = [
  'corridors',
  'stock-trend',
  'remittance-trend',
  'cost-trend',
  'stock-map',
  'remittance-map',
  'cost-map',
  'treaties-map',
  'treaties-timeline',
  'treaties-table',
  'hosted',
  'cost-vs-size',
  'per-emigrant',
  'key-figures',
  'refugee-trend',
  'refugee-map',
  'report-2012',
  'remittance-flows',
  'corridor',
  'fees-lost',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export type Scale = 'linear' | 'log';
export type CostSplit = 'corridors' | 'providers';
export type ReferenceLines = 'auto' | 'on' | 'off';
/** What the "States that are party" insight counts: international migrants or refugees. */
export type HostedMeasure = 'migrants' | 'refugees';
/** What the refugees-hosted map colours: persons, or refugees per 1,000 inhabitants. */
export type RefugeeMapMeasure = 'count' | 'perThousand';

/**
 * The one shared filter state. Every view reads it; nothing keeps a private copy of a filter.
 * URL parameter names (public contract, documented in docs/url-parameters.md): see `SPECS` in url.ts.
 */
export interface FilterState {
  /** `year`: migrant-stock year. */
  year: StockYear;
  /** `country`: selected ISO3 codes, `~`-joined; empty = world. */
  countries: string[];
  /** `group`: corridor grouping. */
  group: Grouping;
  /** `sex` */
  sex: Sex;
  /** `dir`: in = immigrants living in the selection, out = emigrants born in it. */
  dir: Direction;
  /** `quarter`: remittance-cost period YYYYQn; null = latest available. */
  quarter: string | null;
  /** `date`: treaty status as of YYYY-MM-DD; null = latest data. */
  date: string | null;
  /** `instrument`: treaty ids, `~`-joined. */
  instruments: InstrumentId[];
  /** `set`: with several instruments, party to at least one (`any`) or all (`all`). */
  setOp: SetOp;
  /** `top`: number of corridors shown in country focus (Sankey). */
  top: number;
  /** `focus`: Sankey drill-down — a group name of the current grouping expanded into its countries. */
  focus: string | null;
  /** `measure`: migrant stock as absolute count or share of population. */
  measure: StockMeasure;
  /** `scale`: remittance chart y scale. */
  scale: Scale;
  /** `costdir`: cost map shows sending money to (receiving) or from (sending) each country. */
  costDir: CostDirection;
  /** `embed`: render that view alone, full-frame. */
  embed: ViewId | null;
  /** `controls`: in embed mode, show the filter bar (controls=1). */
  controls: boolean;
  /** `rseries`: remittance chart series — received, paid or % of GDP. */
  series: RemittanceSeries;
  /** `csplit`: cost chart — average of corridors, or split by provider type. */
  costSplit: CostSplit;
  /** `bysex`: stock chart also draws male and female lines (bysex=1). */
  bySex: boolean;
  /** `ref`: stock chart reference lines; auto = on for shares, off for counts. */
  ref: ReferenceLines;
  /** `lang`: interface language; null = the browser's preferred language if it is one of ours, else English. */
  lang: Locale | null;
  /** `hosted`: the States-party insight counts `migrants` or `refugees`. */
  hostedMeasure: HostedMeasure;
  /** `rmeasure`: the refugees-hosted map shows persons (`count`) or refugees per 1,000 inhabitants (`perThousand`). */
  refugeeMeasure: RefugeeMapMeasure;
  /** `corridor`: the corridor view's pair, `<origin ISO3>-<destination ISO3>` (state/corridor.ts); null = none chosen. */
  corridor: string | null;
  /** `flowyear`: year of the bilateral remittance matrix (money flows, corridor view). */
  flowYear: FlowYear;
}
