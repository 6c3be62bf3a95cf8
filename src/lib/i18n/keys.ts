/**
 * Message keys built from data: typed helpers, one per key family. Each helper's return type is a
 * template-literal key that must exist in the catalog (a missing key is a compile error), and each
 * lists its complete input domain (`inputs`), so a unit test can check every key any code can build.
 */
import type { DatasetId, Grouping, InstrumentId, RefugeeCategory, RemittanceSeries, Sex } from '../data/types';
import type { SeriesKind } from '../data/queries/series';
import type { ConsentBasis, TreatyStatus } from '../data/queries/treaties';
import type { BasisCode, ReportUnit } from '../data/queries/report-2012';
import type { CostDirection, CostSplit, Direction, Scale, SetOp, StockMeasure, ViewId } from '../state/types';
import type { Locale, MessageKey } from './index';
import type { CopyImageResult } from '../export/clipboard-image';

/** Every member of a string union, checked complete at compile time (a Record over the union). */
const all = <T extends string>(members: Record<T, true>): readonly T[] => Object.keys(members) as T[];

export interface KeyBuilder<I extends string> {
  (input: I): MessageKey;
  /** Every input the helper accepts. */
  readonly inputs: readonly I[];
}

function builder<I extends string, K extends MessageKey>(inputs: readonly I[], build: (input: I) => K): KeyBuilder<I> {
  return Object.assign((input: I) => build(input), { inputs });
}

const SEXES = all<Sex>({ total: true, male: true, female: true });
const GROUPINGS = all<Grouping>({ region: true, subregion: true, sdg: true, development: true, income: true, country: true });
const DIRECTIONS = all<Direction>({ in: true, out: true });
const DATASETS = all<DatasetId>({ countries: true, stock: true, stockYear: true, remittances: true, costs: true, treaties: true });
/** Dataset ids of data/meta.json (the Sources panel, source lines). */
export const META_DATASETS = ['migrant-stock', 'population', 'refugees', 'remittances', 'remittances-bilateral', 'remittance-prices', 'treaties', 'countries'] as const;
export type MetaDatasetId = (typeof META_DATASETS)[number];
const STATUSES = all<TreatyStatus>({ party: true, signed: true, none: true });
/** Dashboard sections (views/registry.ts `section`). */
export type SectionId = 'top' | 'flows' | 'trends' | 'maps' | 'treaties' | 'insights' | 'report';
/** Views the country profile links to by name. */
export type NamedViewId = Extract<ViewId, 'stock-map' | 'corridors' | 'remittance-trend' | 'cost-trend' | 'treaties-table' | 'refugee-trend' | 'refugee-map'>;
export type CostBasis = 'transparent' | 'all' | 'mixed' | 'published' | 'computed';
export type DateBasis = Exclude<ConsentBasis, null> | 'derived';

export const msgKey = {
  sex: builder(SEXES, (s) => `sex.${s}`),
  shellSex: builder(SEXES, (s) => `shell.sex.${s}`),
  group: builder(GROUPINGS, (g) => `group.${g}`),
  shellGroup: builder(GROUPINGS, (g) => `shell.group.${g}`),
  corridorsBy: builder(GROUPINGS, (g) => `corridors.by.${g}`),
  dir: builder(DIRECTIONS, (d) => `dir.${d}`),
  shellDir: builder(DIRECTIONS, (d) => `shell.dir.${d}`),
  shellDirTitle: builder(DIRECTIONS, (d) => `shell.dir.${d}.title`),
  dataset: builder(DATASETS, (d) => `dataset.${d}`),
  /** Short source line of a dataset of meta.json (publisher and product, in the interface language). */
  metaSource: builder(META_DATASETS, (d) => `meta.source.${d}`),
  section: builder(all<SectionId>({ top: true, flows: true, trends: true, maps: true, treaties: true, insights: true, report: true }), (s) => `shell.section.${s}`),
  viewName: builder(
    all<NamedViewId>({ 'stock-map': true, corridors: true, 'remittance-trend': true, 'cost-trend': true, 'treaties-table': true, 'refugee-trend': true, 'refugee-map': true }),
    (v) => `shell.view.${v}`,
  ),
  preset: builder(all<'current' | 'slide' | 'square'>({ current: true, slide: true, square: true }), (p) => `export.preset.${p}`),
  development: builder(all<'North' | 'South'>({ North: true, South: true }), (d) => `dev.${d}`),
  instrument: builder(
    all<InstrumentId>({ 'IV-13': true, 'XVIII-12-a': true, 'XVIII-12-b': true, 'V-2': true, 'V-5': true, C097: true, C143: true, C189: true }),
    (id) => `treaties.inst.${id}`,
  ),
  status: builder(STATUSES, (s) => `treaties.status.${s}`),
  langName: builder(all<Locale>({ en: true, fr: true, es: true }), (l) => `shell.lang.${l}`),
  copyImage: builder(all<CopyImageResult>({ copied: true, unsupported: true, refused: true }), (r) => `export.copyImage.${r}`),
  reportUnit: builder(all<ReportUnit>({ million: true, percent: true, usdBillion: true, states: true, rank: true, countries: true }), (u) => `report.unit.${u}`),
  reportBasis: builder(
    all<BasisCode>({
      imsRevision: true,
      imsOrigin: true,
      wdiAggregate: true,
      wdiCountry: true,
      wdiRank: true,
      rpwGlobal: true,
      rpwProvider: true,
      treatyCount: true,
      treatyCountIlo: true,
      hostedTreaty: true,
      refugeesTreaty: true,
      unrwa: true,
      noRpwBefore2011: true,
      noFlowData: true,
      noStudy: true,
      noCensusData: true,
      noProfiles: true,
      noStudentData: true,
    }),
    (c) => `report.basis.${c}`,
  ),
  refugeeCategory: builder(all<RefugeeCategory>({ UNK: true, XXA: true, TIB: true }), (c) => `refugees.cat.${c}`),
  statusAny: builder(STATUSES, (s) => `treaties.statusAny.${s}`),
  statusAll: builder(STATUSES, (s) => `treaties.statusAll.${s}`),
  dateBasis: builder(all<DateBasis>({ exact: true, derived: true, year: true, inForce: true, undated: true }), (b) => `treaties.basis.${b}`),
  seriesKind: builder(all<SeriesKind>({ country: true, group: true, world: true, aggregate: true }), (k) => `trends.kind.${k}`),
  stockMeasure: builder(all<StockMeasure>({ count: true, share: true }), (m) => `trends.stock.measure.${m}`),
  stockWorld: builder(DIRECTIONS, (d) => `trends.stock.world.${d}`),
  stockWhat: builder(DIRECTIONS, (d) => `trends.stock.what.${d}`),
  stockAxisCount: builder(DIRECTIONS, (d) => `trends.stock.yCount.${d}`),
  stockAxisShare: builder(DIRECTIONS, (d) => `trends.stock.yShare.${d}`),
  remSeries: builder(all<RemittanceSeries>({ received: true, paid: true, pct_gdp: true }), (s) => `trends.rem.series.${s}`),
  remAxis: builder(all<RemittanceSeries>({ received: true, paid: true, pct_gdp: true }), (s) => `trends.rem.y.${s}`),
  remScale: builder(all<Scale>({ linear: true, log: true }), (s) => `trends.rem.scale.${s}`),
  remFlag: builder(all<'provisional' | 'zero_not_reported' | 'partial_aggregate'>({ provisional: true, zero_not_reported: true, partial_aggregate: true }), (f) => `trends.rem.flag.${f}`),
  costDir: builder(all<CostDirection>({ to: true, from: true }), (d) => `trends.cost.dir.${d}`),
  costView: builder(all<CostSplit>({ corridors: true, providers: true }), (v) => `trends.cost.view.${v}`),
  costBasis: builder(all<CostBasis>({ transparent: true, all: true, mixed: true, published: true, computed: true }), (b) => `trends.cost.basis.${b}`),
  setOp: builder(all<SetOp>({ any: true, all: true }), (s) => `treaties.set.${s}`),
} as const;

/** Is `v` one of a helper's inputs? (for values read back from a table cell) */
export function isInput<I extends string>(b: KeyBuilder<I>, v: unknown): v is I {
  return typeof v === 'string' && (b.inputs as readonly string[]).includes(v);
}
