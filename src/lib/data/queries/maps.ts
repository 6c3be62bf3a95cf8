/**
 * Map queries: one value per country for the stock, remittance and cost choropleths.
 * Pure functions over bundled rows (arquero tables or plain arrays), memoised per input table
 * and parameters, so a filter change recomputes only the maps that depend on it.
 * Runs in Node (unit tests against `data/`) and in the browser.
 */
import { STOCK_YEARS } from '../types';
import type {
  CorridorCostRow,
  CostDirection,
  Direction,
  RemittanceRow,
  Sex,
  StockMeasure,
  StockTotalRow,
  StockYear,
} from '../types';
import { createMemo, rowsOf, type Rows } from './memo';
import { isUsableCost } from './costs';

// ---------------------------------------------------------------- inputs and memo

export type { Rows } from './memo';
const memo = createMemo(100);

/** Values keyed by ISO3, as the world map takes them. */
export type MapValues = Map<string, number | null>;

// ---------------------------------------------------------------- migrant stock

export interface StockMapRow {
  iso3: string;
  /** Immigrants living in (dir=in) or emigrants born in (dir=out) the area, persons. */
  count: number;
  /** Total population (WPP 2024, every year 1990–2024), persons; null by sex (WPP 2024 is both sexes only). */
  population: number | null;
  /** count / population × 100, or null. */
  share: number | null;
  /** The mapped value: `count`, or `share` when the measure is share and population exists. */
  value: number | null;
}

export interface StockMapResult {
  rows: StockMapRow[];
  values: MapValues;
  /** The measure actually shown: share falls back to count when no population exists (male/female). */
  measure: StockMeasure;
  /** True when share was asked for but no area has a population for that year and sex. */
  shareUnavailable: boolean;
}

export interface StockMapParams {
  year: StockYear;
  sex: Sex;
  dir: Direction;
  measure: StockMeasure;
}

/**
 * Immigrants (dir=in: DESA destination total, all origins incl. unknown) or emigrants
 * (dir=out: sum of bilateral cells with that origin) per IMS area, as a count or as a
 * percentage of the area's total population. One row per area present in stock-totals.
 */
export function stockMap(totals: Rows<StockTotalRow>, p: StockMapParams): StockMapResult {
  return memo(totals as object, `stock|${p.year}|${p.sex}|${p.dir}|${p.measure}`, () => {
    const rows: StockMapRow[] = [];
    let anyPop = false;
    for (const r of rowsOf(totals)) {
      if (r.year !== p.year || r.sex !== p.sex) continue;
      const count = p.dir === 'in' ? r.immigrants : r.emigrants;
      const population = typeof r.population === 'number' && r.population > 0 ? r.population : null;
      if (population !== null) anyPop = true;
      const share = population !== null ? (count / population) * 100 : null;
      rows.push({ iso3: r.iso3, count, population, share, value: null });
    }
    const shareUnavailable = p.measure === 'share' && !anyPop;
    const measure: StockMeasure = p.measure === 'share' && !shareUnavailable ? 'share' : 'count';
    for (const r of rows) r.value = measure === 'share' ? r.share : r.count;
    rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
    return { rows, values: new Map(rows.map((r) => [r.iso3, r.value])), measure, shareUnavailable };
  });
}

/**
 * The values the stock map's class breaks are drawn from: every stock year, both sexes, for the
 * direction and the measure shown (years where that measure is unavailable add nothing). The breaks
 * therefore stay the same across years and sexes, so stepping through years compares like with like.
 */
export function stockMapBreakPool(totals: Rows<StockTotalRow>, p: Pick<StockMapParams, 'dir' | 'measure'>): (number | null)[] {
  return memo(totals as object, `pool|${p.dir}|${p.measure}`, () => {
    const pool: (number | null)[] = [];
    for (const year of STOCK_YEARS) {
      const r = stockMap(totals, { year, sex: 'total', dir: p.dir, measure: p.measure });
      if (r.measure === p.measure) pool.push(...r.values.values());
    }
    return pool;
  });
}

// ---------------------------------------------------------------- remittances, % of GDP

/** Values older than this many years before the chosen year are not shown (no data instead). */
export const REMITTANCE_WINDOW = 5;

export interface RemittanceMapRow {
  iso3: string;
  /** World Bank economy name. */
  name: string;
  /** Personal remittances received, % of GDP, latest reported year in the window; null = no data. */
  value: number | null;
  /** Year of `value`, or null. */
  year: number | null;
  /** The economy's rows in the window are all zeros flagged "not reported" by the WDI. */
  notReported: boolean;
  vintage: string | null;
}

export interface RemittanceMapResult {
  rows: RemittanceMapRow[];
  values: MapValues;
  /** Last year of the % of GDP series in the bundled vintage (any economy). */
  dataEnd: number;
  /** Window actually searched: [from, to]. */
  from: number;
  to: number;
  /** WDI vintage(s) of the values shown. */
  vintages: string[];
}

/**
 * Personal remittances received (% of GDP, WDI BX.TRF.PWKR.DT.GD.ZS) per economy: the latest
 * reported value in the `REMITTANCE_WINDOW` years up to `year` (capped at the end of the series).
 * Zeros the WDI flags as not reported are missing values, never painted as 0. Aggregates are excluded.
 * Kosovo (XKX) is a separate economy, as the World Bank reports it.
 */
export function remittanceMap(remittances: Rows<RemittanceRow>, year: number): RemittanceMapResult {
  return memo(remittances as object, `remit|${year}`, () => {
    const all = rowsOf(remittances).filter((r) => r.series === 'pct_gdp' && r.agg === 0);
    let dataEnd = -Infinity;
    for (const r of all) if (r.year > dataEnd) dataEnd = r.year;
    const to = Math.min(year, dataEnd);
    const from = to - REMITTANCE_WINDOW;
    const byCode = new Map<string, RemittanceMapRow>();
    for (const r of all) {
      let row = byCode.get(r.code);
      if (!row) {
        row = { iso3: r.code, name: r.name, value: null, year: null, notReported: false, vintage: null };
        byCode.set(r.code, row);
      }
      if (r.year > to || r.year < from) continue;
      if (r.flag === 'zero_not_reported') {
        if (row.year === null) row.notReported = true;
        continue;
      }
      if (!Number.isFinite(r.value)) continue;
      if (row.year === null || r.year > row.year) {
        row.value = r.value;
        row.year = r.year;
        row.vintage = r.vintage;
        row.notReported = false;
      }
    }
    const rows = [...byCode.values()].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
    const vintages = [...new Set(rows.map((r) => r.vintage).filter((v): v is string => !!v))].sort();
    return {
      rows,
      values: new Map(rows.map((r) => [r.iso3, r.value])),
      dataEnd: Number.isFinite(dataEnd) ? dataEnd : year,
      from,
      to,
      vintages,
    };
  });
}

// ---------------------------------------------------------------- remittance prices

export interface CostMapRow {
  iso3: string;
  /** Mean of the corridor averages (% of USD 200) over this country's corridors that quarter; null if none usable. */
  value: number | null;
  /** Corridors in the mean. */
  n: number;
  /** Corridors left out because their published average is negative. */
  excluded: number;
  min: number | null;
  max: number | null;
}

export interface CostMapResult {
  quarter: string;
  dir: CostDirection;
  rows: CostMapRow[];
  values: MapValues;
  /** Corridors in the quarter, and negatives excluded, over all countries. */
  corridors: number;
  excluded: number;
}

/**
 * Average cost of sending USD 200 to (`to`: by receiving country) or from (`from`: by sending
 * country) each country in a quarter: the unweighted mean of its RPW corridor averages.
 * Corridors with a negative published average are excluded from the mean and counted.
 */
export function costMap(costs: Rows<CorridorCostRow>, quarter: string, dir: CostDirection): CostMapResult {
  return memo(costs as object, `cost|${quarter}|${dir}`, () => {
    const acc = new Map<string, { sum: number; n: number; excluded: number; min: number; max: number }>();
    let corridors = 0;
    let excluded = 0;
    for (const r of rowsOf(costs)) {
      if (r.period !== quarter) continue;
      corridors++;
      const iso3 = dir === 'to' ? r.dest : r.source;
      let a = acc.get(iso3);
      if (!a) acc.set(iso3, (a = { sum: 0, n: 0, excluded: 0, min: Infinity, max: -Infinity }));
      if (!isUsableCost(r)) {
        a.excluded++;
        excluded++;
        continue;
      }
      a.sum += r.cost;
      a.n++;
      if (r.cost < a.min) a.min = r.cost;
      if (r.cost > a.max) a.max = r.cost;
    }
    const rows: CostMapRow[] = [...acc.entries()]
      .map(([iso3, a]) => ({
        iso3,
        value: a.n ? a.sum / a.n : null,
        n: a.n,
        excluded: a.excluded,
        min: a.n ? a.min : null,
        max: a.n ? a.max : null,
      }))
      .sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
    return { quarter, dir, rows, values: new Map(rows.map((r) => [r.iso3, r.value])), corridors, excluded };
  });
}


/** Sending countries with at least one corridor in the quarter. */
export function sendersInQuarter(costs: Rows<CorridorCostRow>, quarter: string): Set<string> {
  return memo(costs as object, `senders|${quarter}`, () => {
    const s = new Set<string>();
    for (const r of rowsOf(costs)) if (r.period === quarter) s.add(r.source);
    return s;
  });
}

/** Sending countries with corridors in any quarter. */
export function allSenders(costs: Rows<CorridorCostRow>): Set<string> {
  return memo(costs as object, 'senders|all', () => new Set(rowsOf(costs).map((r) => r.source)));
}

export interface CorridorCostMapRow {
  /** Receiving country. */
  iso3: string;
  /** Average total cost, % of USD 200; null when the published value is negative (excluded). */
  value: number | null;
  /** Value as published (negative ones included). */
  published: number;
  basis: string;
  nServices: number | null;
  flag: string;
}

export interface CorridorCostMapResult {
  quarter: string;
  source: string;
  rows: CorridorCostMapRow[];
  values: MapValues;
}

/** Corridor cost map: the cost of sending USD 200 from `source` to each of its receiving countries. */
export function corridorCostMap(costs: Rows<CorridorCostRow>, quarter: string, source: string): CorridorCostMapResult {
  return memo(costs as object, `corridor|${quarter}|${source}`, () => {
    const rows: CorridorCostMapRow[] = [];
    for (const r of rowsOf(costs)) {
      if (r.period !== quarter || r.source !== source) continue;
      rows.push({
        iso3: r.dest,
        value: isUsableCost(r) ? r.cost : null,
        published: r.cost,
        basis: r.basis,
        nServices: r.nServices ?? null,
        flag: r.flag,
      });
    }
    rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
    return { quarter, source, rows, values: new Map(rows.map((r) => [r.iso3, r.value])) };
  });
}
