/**
 * Time-series queries for the trend views (migrant stock 1990–2024, remittances by year,
 * remittance cost by quarter). Pure TypeScript over arquero tables: runs in Node (tests) and in the browser.
 *
 * Every query returns *dense* series on the period grid of its dataset: a period without a value is a
 * point with `value: null`, so charts break the line there instead of interpolating across the gap.
 * Results are memoised by the input tables (by identity) and the parameters the query actually uses.
 */
import type { ColumnTable } from 'arquero';
import type { Registry } from '../registry';
import {
  STOCK_YEARS,
  type CostDirection,
  type Direction,
  type GlobalCostFigure,
  type Grouping,
  type RemittanceFlag,
  type RemittanceSeries,
  type Sex,
  type StockMeasure,
} from '../types';
import { createIndex, createSelector } from './memo';
import { quarterToDate } from '../quarter';
import { isUsableCost } from './costs';

const num = (v: unknown): number | null => {
  if (v === null || v === undefined) return null;
  const n = typeof v === 'bigint' ? Number(v) : Number(v);
  return Number.isFinite(n) ? n : null;
};
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** The named columns of a table as plain arrays, keyed by column name: the one way the indexes below read a table. */
function columns<K extends string>(t: ColumnTable, ...names: K[]): Record<K, ArrayLike<unknown>> {
  return Object.fromEntries(names.map((n) => [n, t.array(n) as ArrayLike<unknown>])) as Record<K, ArrayLike<unknown>>;
}

// ---------------------------------------------------------------- common shapes

export type SeriesKind = 'country' | 'group' | 'world' | 'aggregate';

export interface SeriesInfo {
  /** Unique key of the series within one result. */
  key: string;
  /** ISO3 for countries, World Bank code for aggregates, '' for DESA groups and the world. */
  code: string;
  label: string;
  kind: SeriesKind;
  /** Reference lines (world / group / global average) are drawn in neutral colours. */
  reference: boolean;
}

// ================================================================ migrant stock

export interface StockPoint {
  key: string;
  code: string;
  label: string;
  kind: SeriesKind;
  reference: boolean;
  sex: Sex;
  year: number;
  /** Immigrants (dir=in) or emigrants (dir=out), persons; null when the area has no row. */
  count: number | null;
  /** Resident population of the area (persons, WPP 2024, 1990–2024), null where not available (by sex). */
  population: number | null;
  /** The plotted value: `count` (measure=count) or count / population × 100 (measure=share). */
  value: number | null;
}

export interface StockSeriesParams {
  countries: readonly string[];
  dir: Direction;
  measure: StockMeasure;
  /** Sexes to return (one line per series × sex). */
  sexes: readonly Sex[];
  grouping: Grouping;
  /**
   * Add reference lines: the world, or the selected countries' groups at `grouping`
   * (the world when grouping is 'country'). Ignored when no country is selected (the world is the main line).
   */
  reference: boolean;
  /** The names in use (the interface language): series labels come from the registry's namers. */
  names?: string;
}

export interface StockSeriesResult {
  series: SeriesInfo[];
  points: StockPoint[];
  years: readonly number[];
  /** Years where measure=share has no population (male/female: WPP 2024 is both sexes only): those points are null, never mixed with counts. */
  shareUnavailableYears: number[];
  /** Selected codes that are not DESA IMS areas (no stock data). */
  missing: string[];
}

interface StockIndex {
  /** `${iso3}|${sex}` → per-year [immigrants, unknownOrigin, emigrants, population|null] */
  rows: Map<string, Map<number, [number, number, number, number | null]>>;
  iso3s: string[];
}

const stockIndex = createIndex((t: ColumnTable): StockIndex => {
  const { year, iso3, sex, immigrants, unknownOrigin, emigrants, population } = columns(
    t,
    'year',
    'iso3',
    'sex',
    'immigrants',
    'unknownOrigin',
    'emigrants',
    'population',
  );
  const rows = new Map<string, Map<number, [number, number, number, number | null]>>();
  const isos = new Set<string>();
  for (let i = 0; i < t.numRows(); i++) {
    const c = str(iso3[i]);
    isos.add(c);
    const k = `${c}|${str(sex[i])}`;
    let m = rows.get(k);
    if (!m) rows.set(k, (m = new Map()));
    m.set(num(year[i]) ?? 0, [num(immigrants[i]) ?? 0, num(unknownOrigin[i]) ?? 0, num(emigrants[i]) ?? 0, num(population[i])]);
  }
  return { rows, iso3s: [...isos].sort() };
});

/** Sum of the stock rows of a set of areas for one sex and year. Population is null if any member lacks it. */
function sumStock(
  idx: StockIndex,
  members: readonly string[],
  sex: Sex,
  year: number,
): { immigrants: number; unknownOrigin: number; emigrants: number; population: number | null; n: number } {
  let immigrants = 0,
    unknownOrigin = 0,
    emigrants = 0,
    population: number | null = 0,
    n = 0;
  for (const c of members) {
    const r = idx.rows.get(`${c}|${sex}`)?.get(year);
    if (!r) continue;
    n++;
    immigrants += r[0];
    unknownOrigin += r[1];
    emigrants += r[2];
    population = population === null || r[3] === null ? null : population + r[3];
  }
  return { immigrants, unknownOrigin, emigrants, population: n ? population : null, n };
}

/**
 * The world's totals for a year and sex: immigrants = sum over every IMS area (including unknown origin);
 * emigrants = sum of every area's emigrants = world immigrants − unknown origin (origin-less migrants
 * cannot be counted as anyone's emigrants).
 */
const worldStockTotalsSel = createSelector(
  { key: (p: { sex: Sex; year: number }) => `${p.sex}|${p.year}` },
  ([t]: [ColumnTable], p) => {
    const idx = stockIndex(t);
    return sumStock(idx, idx.iso3s, p.sex, p.year);
  },
);
export function worldStockTotals(totals: ColumnTable, p: { sex: Sex; year: number }): ReturnType<typeof sumStock> {
  return worldStockTotalsSel([totals], p);
}

function stockValue(
  s: { immigrants: number; emigrants: number; population: number | null; n: number },
  dir: Direction,
  measure: StockMeasure,
): Pick<StockPoint, 'count' | 'population' | 'value'> {
  if (!s.n) return { count: null, population: null, value: null };
  const count = dir === 'in' ? s.immigrants : s.emigrants;
  const population = s.population;
  if (measure === 'count') return { count, population, value: count };
  return { count, population, value: population ? (count / population) * 100 : null };
}

const stockSeriesSel = createSelector(
  {
    key: (p: StockSeriesParams) =>
      [p.countries.join('~'), p.dir, p.measure, p.sexes.join('~'), p.grouping, p.reference ? 1 : 0, p.names ?? ''].join('|'),
  },
  ([t, registry]: [ColumnTable, Registry], p): StockSeriesResult => {
    const idx = stockIndex(t);
    const ims = new Set(idx.iso3s);
    const series: (SeriesInfo & { members: string[] })[] = [];
    const missing: string[] = [];
    const worldInfo = (reference: boolean) => ({
      key: 'WORLD',
      code: '',
      label: 'World',
      kind: 'world' as const,
      reference,
      members: idx.iso3s,
    });

    if (!p.countries.length) {
      series.push(worldInfo(false));
    } else {
      for (const c of p.countries) {
        if (!ims.has(c)) {
          missing.push(c);
          continue;
        }
        series.push({ key: c, code: c, label: registry.label(c), kind: 'country', reference: false, members: [c] });
      }
      if (p.reference) {
        if (p.grouping === 'country') series.push(worldInfo(true));
        else {
          const groups = new Set<string>();
          for (const c of p.countries) {
            if (!ims.has(c)) continue;
            const g = registry.groupOf(c, p.grouping);
            if (g) groups.add(g);
          }
          if (!groups.size) series.push(worldInfo(true));
          for (const g of groups) {
            const members = registry.groupMembers(p.grouping, g, { imsOnly: true }).filter((m) => ims.has(m));
            series.push({
              key: `group:${g}`,
              code: '',
              label: registry.groupLabel(p.grouping, g),
              kind: 'group',
              reference: true,
              members,
            });
          }
        }
      }
    }

    const points: StockPoint[] = [];
    const shareUnavailable = new Set<number>();
    for (const s of series) {
      for (const sex of p.sexes) {
        for (const year of STOCK_YEARS) {
          const sum = sumStock(idx, s.members, sex, year);
          const v = stockValue(sum, p.dir, p.measure);
          if (p.measure === 'share' && sum.n && v.value === null) shareUnavailable.add(year);
          points.push({
            key: s.key,
            code: s.code,
            label: s.label,
            kind: s.kind,
            reference: s.reference,
            sex,
            year,
            ...v,
          });
        }
      }
    }
    return {
      series: series.map(({ members: _m, ...info }) => info),
      points,
      years: STOCK_YEARS,
      shareUnavailableYears: [...shareUnavailable].sort(),
      missing,
    };
  },
);

/** Migrant stock 1990–2024 for the selection (one series per country) or the world, with optional reference lines. */
export function stockSeries(totals: ColumnTable, registry: Registry, params: StockSeriesParams): StockSeriesResult {
  return stockSeriesSel([totals, registry], params);
}

// ================================================================ remittances

export interface RemittancePoint {
  key: string;
  code: string;
  label: string;
  kind: SeriesKind;
  reference: boolean;
  series: RemittanceSeries;
  year: number;
  /** Null for a gap: missing year, or a zero that really means "not reported". */
  value: number | null;
  /** WDI "Last Updated" of the value's file; '' for gaps without a row. */
  vintage: string;
  flag: RemittanceFlag;
  provisional: boolean;
}

export interface RemittanceSeriesParams {
  /** ISO3 economies or World Bank aggregate codes (WLD, LMY…). */
  codes: readonly string[];
  series: RemittanceSeries;
  /** The names in use (the interface language): see StockSeriesParams.names. */
  names?: string;
}

export interface RemittanceSeriesResult {
  series: SeriesInfo[];
  points: RemittancePoint[];
  /** Aggregate values left out because the aggregate is partial in that year. */
  excludedPartial: { code: string; label: string; year: number; value: number }[];
  /** Reported zeros shown as gaps ("not reported"). */
  zeroGaps: { code: string; label: string; year: number }[];
  provisional: { code: string; label: string; year: number }[];
  /** Codes with no value at all for this series. */
  missing: string[];
  /** Distinct vintages of the plotted values. */
  vintages: string[];
  years: [number, number] | null;
}

/** The aggregates shown when no country is selected. */
export const DEFAULT_REMITTANCE_AGGREGATES = ['WLD', 'LMY'] as const;

interface RemRow {
  value: number;
  vintage: string;
  flag: RemittanceFlag;
  name: string;
  agg: boolean;
}

const remittanceIndex = createIndex((t: ColumnTable) => {
  const { code, name, agg, series, year, value, vintage, flag } = columns(t, 'code', 'name', 'agg', 'series', 'year', 'value', 'vintage', 'flag');
  /** `${code}|${series}` → year → row */
  const rows = new Map<string, Map<number, RemRow>>();
  for (let i = 0; i < t.numRows(); i++) {
    const v = num(value[i]);
    const y = num(year[i]);
    if (v === null || y === null) continue;
    const k = `${str(code[i])}|${str(series[i])}`;
    let m = rows.get(k);
    if (!m) rows.set(k, (m = new Map()));
    m.set(y, {
      value: v,
      vintage: str(vintage[i]),
      flag: str(flag[i]) as RemittanceFlag,
      name: str(name[i]),
      agg: num(agg[i]) === 1,
    });
  }
  return rows;
});

const remittanceSeriesSel = createSelector(
  { key: (p: RemittanceSeriesParams) => `${p.codes.join('~')}|${p.series}|${p.names ?? ''}` },
  ([t, registry]: [ColumnTable, Registry], p): RemittanceSeriesResult => {
    const idx = remittanceIndex(t);
    const res: RemittanceSeriesResult = {
      series: [],
      points: [],
      excludedPartial: [],
      zeroGaps: [],
      provisional: [],
      missing: [],
      vintages: [],
      years: null,
    };
    const vintages = new Set<string>();
    let y0 = Infinity,
      y1 = -Infinity;
    for (const code of p.codes) {
      const rows = idx.get(`${code}|${p.series}`);
      if (!rows || !rows.size) {
        res.missing.push(code);
        continue;
      }
      const first = rows.values().next().value as RemRow;
      const agg = first.agg;
      const label = agg ? first.name : registry.get(code) ? registry.label(code) : first.name;
      const kind: SeriesKind = agg ? 'aggregate' : 'country';
      // Years with a plottable value bound the dense range: partial aggregates are dropped first.
      const usable: number[] = [];
      for (const [year, r] of rows) {
        if (r.flag === 'partial_aggregate') {
          res.excludedPartial.push({ code, label, year, value: r.value });
          continue;
        }
        usable.push(year);
      }
      if (!usable.length) {
        res.missing.push(code);
        continue;
      }
      res.series.push({ key: code, code, label, kind, reference: false });
      const lo = Math.min(...usable);
      const hi = Math.max(...usable);
      y0 = Math.min(y0, lo);
      y1 = Math.max(y1, hi);
      for (let year = lo; year <= hi; year++) {
        const r = rows.get(year);
        const base = { key: code, code, label, kind, reference: false, series: p.series, year };
        if (!r || r.flag === 'partial_aggregate') {
          res.points.push({ ...base, value: null, vintage: r?.vintage ?? '', flag: r?.flag ?? '', provisional: false });
          continue;
        }
        if (r.flag === 'zero_not_reported') {
          res.zeroGaps.push({ code, label, year });
          res.points.push({ ...base, value: null, vintage: r.vintage, flag: r.flag, provisional: false });
          continue;
        }
        const provisional = r.flag === 'provisional';
        if (provisional) res.provisional.push({ code, label, year });
        vintages.add(r.vintage);
        res.points.push({ ...base, value: r.value, vintage: r.vintage, flag: r.flag, provisional });
      }
    }
    res.vintages = [...vintages].sort();
    res.years = Number.isFinite(y0) ? [y0, y1] : null;
    return res;
  },
);

/**
 * Remittances received / paid (current US$) or received as % of GDP, one dense yearly series per code.
 * Partial aggregates are excluded (listed in `excludedPartial`); reported zeros flagged `zero_not_reported`
 * become gaps (listed in `zeroGaps`); provisional values are kept and marked.
 */
export function remittanceSeries(
  remittances: ColumnTable,
  registry: Registry,
  params: RemittanceSeriesParams,
): RemittanceSeriesResult {
  return remittanceSeriesSel([remittances, registry], params);
}

// ================================================================ remittance costs

export interface CostPoint {
  key: string;
  code: string;
  label: string;
  kind: SeriesKind;
  reference: boolean;
  /** 'to' = money sent to the country (it receives), 'from' = sent from it; null for global lines. */
  dir: CostDirection | null;
  /** Provider type for the provider split, '' otherwise. */
  provider: string;
  period: string;
  date: Date;
  /** Mean total cost of sending USD 200, % (null = no corridor in that survey round). */
  value: number | null;
  /** Corridors averaged (negatives excluded). */
  n: number;
  /** Corridor rows with a negative published cost, excluded from the mean. */
  excludedNegative: number;
  /** Basis of the averaged corridor values: transparent services (RPW definition), all services, or a mix. */
  basis: 'transparent' | 'all' | 'mixed' | '';
}

export interface CostSeriesParams {
  countries: readonly string[];
  /** Also return the mean of every corridor (labelled as such: NOT the RPW global average). */
  corridorMean: boolean;
  /** The names in use (the interface language): see StockSeriesParams.names. */
  names?: string;
}

export interface CostSeriesResult {
  series: SeriesInfo[];
  points: CostPoint[];
  /** The survey rounds of the dataset (the period grid). */
  periods: string[];
  excludedNegative: number;
  /** Periods in which some averaged corridors use the all-services basis. */
  allServicesPeriods: string[];
  /** Selected countries without any corridor. */
  missing: string[];
}

interface CorridorIndex {
  periods: string[];
  rows: { period: string; source: string; dest: string; cost: number; basis: string; negative: boolean }[];
}

interface CostRow {
  period: string;
  source: string;
  dest: string;
  cost: number;
  negative: boolean;
}

/** The rows of a corridor or provider cost table that hold a number (negatives flagged), with the periods they cover. */
function costRowsOf<R>(t: ColumnTable, extra: (i: number) => R): { rows: (CostRow & R)[]; periods: string[] } {
  const { period, source, dest, cost } = columns(t, 'period', 'source', 'dest', 'cost');
  const flag = t.columnNames().includes('flag') ? columns(t, 'flag').flag : null;
  const rows: (CostRow & R)[] = [];
  const periods = new Set<string>();
  for (let i = 0; i < t.numRows(); i++) {
    const c = num(cost[i]);
    if (c === null) continue;
    const p = str(period[i]);
    periods.add(p);
    rows.push({
      period: p,
      source: str(source[i]),
      dest: str(dest[i]),
      cost: c,
      negative: !isUsableCost({ cost: c, flag: flag === null ? '' : str(flag[i]) }),
      ...extra(i),
    });
  }
  return { periods: [...periods].sort(), rows };
}

const corridorIndex = createIndex((t: ColumnTable): CorridorIndex => {
  const { basis } = columns(t, 'basis');
  return costRowsOf(t, (i) => ({ basis: str(basis[i]) }));
});

const basisOf = (b: string): 'transparent' | 'all' => (b.startsWith('all') ? 'all' : 'transparent');

interface Acc {
  sum: number;
  n: number;
  neg: number;
  bases: Set<'transparent' | 'all'>;
}

function meanPoints(
  info: SeriesInfo,
  dir: CostDirection | null,
  provider: string,
  periods: readonly string[],
  acc: Map<string, Acc>,
): CostPoint[] {
  return periods.map((period) => {
    const a = acc.get(period);
    const basis: CostPoint['basis'] = !a || !a.bases.size ? '' : a.bases.size > 1 ? 'mixed' : [...a.bases][0];
    return {
      key: info.key,
      code: info.code,
      label: info.label,
      kind: info.kind,
      reference: info.reference,
      dir,
      provider,
      period,
      date: quarterToDate(period),
      value: a && a.n ? a.sum / a.n : null,
      n: a?.n ?? 0,
      excludedNegative: a?.neg ?? 0,
      basis,
    };
  });
}

function add(acc: Map<string, Acc>, period: string, cost: number, negative: boolean, basis: string): void {
  let a = acc.get(period);
  if (!a) acc.set(period, (a = { sum: 0, n: 0, neg: 0, bases: new Set() }));
  if (negative) {
    a.neg++;
    return;
  }
  a.sum += cost;
  a.n++;
  a.bases.add(basisOf(basis));
}

const costSeriesSel = createSelector(
  { key: (p: CostSeriesParams) => `${p.countries.join('~')}|${p.corridorMean ? 1 : 0}|${p.names ?? ''}` },
  ([t, registry]: [ColumnTable, Registry], p): CostSeriesResult => {
    const idx = corridorIndex(t);
    const series: SeriesInfo[] = [];
    const points: CostPoint[] = [];
    const missing: string[] = [];
    let excludedNegative = 0;
    const allServices = new Set<string>();

    for (const c of p.countries) {
      const to = new Map<string, Acc>();
      const from = new Map<string, Acc>();
      for (const r of idx.rows) {
        if (r.dest === c) add(to, r.period, r.cost, r.negative, r.basis);
        if (r.source === c) add(from, r.period, r.cost, r.negative, r.basis);
      }
      if (!to.size && !from.size) {
        missing.push(c);
        continue;
      }
      const label = registry.label(c);
      for (const [dir, acc] of [
        ['to', to],
        ['from', from],
      ] as const) {
        if (!acc.size) continue;
        const info: SeriesInfo = { key: `${c}|${dir}`, code: c, label, kind: 'country', reference: false };
        series.push(info);
        const pts = meanPoints(info, dir, '', idx.periods, acc);
        for (const pt of pts) {
          excludedNegative += pt.excludedNegative;
          if (pt.basis === 'all' || pt.basis === 'mixed') allServices.add(pt.period);
        }
        points.push(...pts);
      }
    }

    if (p.corridorMean) {
      const acc = new Map<string, Acc>();
      for (const r of idx.rows) add(acc, r.period, r.cost, r.negative, r.basis);
      const info: SeriesInfo = { key: 'corridor-mean', code: '', label: 'Mean of corridor averages', kind: 'world', reference: true };
      series.push(info);
      const pts = meanPoints(info, null, '', idx.periods, acc);
      for (const pt of pts) {
        // negatives are counted once: only when no country series already counted them
        if (!p.countries.length) excludedNegative += pt.excludedNegative;
        if (pt.basis === 'all' || pt.basis === 'mixed') allServices.add(pt.period);
      }
      points.push(...pts);
    }

    return { series, points, periods: idx.periods, excludedNegative, allServicesPeriods: [...allServices].sort(), missing };
  },
);

/**
 * Average total cost of sending USD 200 to and from each selected country: per survey round, the mean of the
 * corridor averages of the corridors into (to) / out of (from) the country. Negative published costs are
 * excluded from the means and counted.
 */
export function costSeries(corridors: ColumnTable, registry: Registry, params: CostSeriesParams): CostSeriesResult {
  return costSeriesSel([corridors, registry], params);
}

/** Raw corridor rows of one country and period (for checks and tooltips). */
export function corridorRows(
  corridors: ColumnTable,
  country: string,
  dir: CostDirection,
  period: string,
): { source: string; dest: string; cost: number; negative: boolean; basis: string }[] {
  return corridorIndex(corridors).rows.filter(
    (r) => r.period === period && (dir === 'to' ? r.dest === country : r.source === country),
  );
}

// ---------------------------------------------------------------- provider split

export interface ProviderSeriesParams {
  /** Empty = every corridor in the provider table. */
  countries: readonly string[];
}

export interface ProviderSeriesResult {
  series: SeriesInfo[];
  points: CostPoint[];
  periods: string[];
  providers: string[];
  /** Number of distinct corridors contributing, per provider. */
  corridors: Record<string, number>;
}

const PROVIDER_ORDER = ['Bank', 'Money Transfer Operator', 'Post office', 'Mixed / other'];

const providerIndex = createIndex((t: ColumnTable) => {
  const { provider } = columns(t, 'provider');
  return costRowsOf(t, (i) => ({ provider: str(provider[i]) }));
});

const providerSeriesSel = createSelector(
  { key: (p: ProviderSeriesParams) => p.countries.join('~') },
  ([t]: [ColumnTable], p): ProviderSeriesResult => {
    const idx = providerIndex(t);
    const sel = new Set(p.countries);
    const dirs: (CostDirection | null)[] = sel.size ? ['to', 'from'] : [null];
    const accs = new Map<string, Map<string, Acc>>();
    const corridorSets = new Map<string, Set<string>>();
    for (const r of idx.rows) {
      for (const dir of dirs) {
        const hit = dir === null ? true : dir === 'to' ? sel.has(r.dest) : sel.has(r.source);
        if (!hit) continue;
        const k = `${r.provider}|${dir ?? ''}`;
        let acc = accs.get(k);
        if (!acc) accs.set(k, (acc = new Map()));
        add(acc, r.period, r.cost, r.negative, 'transparent');
        let cs = corridorSets.get(r.provider);
        if (!cs) corridorSets.set(r.provider, (cs = new Set()));
        cs.add(`${r.source}>${r.dest}`);
      }
    }
    const providers = [...corridorSets.keys()].sort((a, b) => {
      const ia = PROVIDER_ORDER.indexOf(a),
        ib = PROVIDER_ORDER.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : 1);
    });
    const series: SeriesInfo[] = [];
    const points: CostPoint[] = [];
    for (const prov of providers) {
      for (const dir of dirs) {
        const acc = accs.get(`${prov}|${dir ?? ''}`);
        if (!acc) continue;
        const info: SeriesInfo = { key: `${prov}|${dir ?? ''}`, code: '', label: prov, kind: 'world', reference: false };
        series.push(info);
        points.push(...meanPoints(info, dir, prov, idx.periods, acc));
      }
    }
    const corridors: Record<string, number> = {};
    for (const [k, v] of corridorSets) corridors[k] = v.size;
    return { series, points, periods: idx.periods, providers, corridors };
  },
);

/** Mean cost by provider type per survey round, over the corridors to / from the selection (or all corridors). */
export function providerSeries(providers: ColumnTable, params: ProviderSeriesParams): ProviderSeriesResult {
  return providerSeriesSel([providers], params);
}

// ---------------------------------------------------------------- published global figures

export interface GlobalAveragePoint {
  period: string;
  date: Date;
  value: number;
  /** 'exact' or 'derived_from_usd' (published), or 'computed' (by Corridors, quarters after the last published one). */
  valueType: string;
  publication: string;
  url: string;
}

const globalAverageSel = createSelector(
  { key: (indicator: string) => indicator },
  ([figures]: [readonly GlobalCostFigure[]], indicator): GlobalAveragePoint[] => {
    const byQ = new Map<string, GlobalAveragePoint>();
    for (const f of figures) {
      if (f.indicator !== indicator || !Number.isFinite(f.value)) continue;
      // one figure per quarter: an exact published percentage beats one derived from a US$ amount
      const prev = byQ.get(f.quarter);
      if (!prev || (prev.valueType !== 'exact' && f.valueType === 'exact'))
        byQ.set(f.quarter, {
          period: f.quarter,
          date: quarterToDate(f.quarter),
          value: f.value,
          valueType: f.valueType ?? 'exact',
          publication: f.publication,
          url: f.url,
        });
    }
    return [...byQ.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  },
);

/** RPW headline figures of one indicator ('global_average' by default), by quarter: published, then computed (see queries/global-cost.ts). */
export function globalAverageSeries(figures: readonly GlobalCostFigure[], indicator = 'global_average'): GlobalAveragePoint[] {
  return globalAverageSel([figures], indicator);
}

/** The G8 "5 by 5" objective (5 %) and the SDG target 10.c (3 %), % of the amount sent. */
export const COST_TARGETS = { g8: 5, sdg: 3 } as const;
