/**
 * Cross-dataset insights: treaties × migrant stocks, remittance prices × stocks, remittances ÷ emigrants,
 * and the dashboard's key figures. Pure functions over bundled rows (arquero tables or plain arrays),
 * memoised per input table and parameters. Runs in Node (tests) and in the browser.
 */
import {
  STOCK_YEARS,
  type CorridorCostRow,
  type Direction,
  type GlobalCostFigure,
  type InstrumentId,
  type RemittanceRow,
  type SetOp,
  type Sex,
  type StockRow,
  type StockTotalRow,
  type StockYear,
} from '../types';
import { nearestYearByDate, partyStates, type AsOf, type TreatyIndex } from './treaties';
import { createMemo, rowsOf, sources, type Rows } from './memo';
import { quarterMidDate } from '../quarter';

// ---------------------------------------------------------------- inputs

export { rowsOf, type Rows } from './memo';
const memo = createMemo(200);

// ---------------------------------------------------------------- stock years and dates

/** DESA stock reference date: mid-year (1 July). */
export const midYearDate = (year: number): string => `${year}-07-01`;

/**
 * The stock year whose mid-year date is nearest to a date (YYYY-MM-DD) or to a calendar year's mid-year
 * (a number); null = the latest stock year. Ties go to the earlier year.
 */
export function nearestStockYear(at: string | number | null): StockYear {
  if (at === null) return STOCK_YEARS[STOCK_YEARS.length - 1];
  return nearestYearByDate(STOCK_YEARS, midYearDate, typeof at === 'number' ? midYearDate(at) : at);
}

/** The stock year nearest the middle of a survey quarter. */
export const stockYearForQuarter = (q: string): StockYear => nearestStockYear(quarterMidDate(q));

// ---------------------------------------------------------------- migrants hosted by States party

export interface HostedResult {
  year: StockYear;
  asOf: AsOf;
  sex: Sex;
  /** International migrants living in States party to the set. */
  hosted: number;
  /** All international migrants (sum over every DESA area). */
  world: number;
  /** hosted / world × 100 */
  share: number;
  /** States party to the set as of the date. */
  parties: number;
  /** Of those, States with a DESA stock figure for the year (the rest add nothing). */
  partiesWithStock: number;
}

function totalsBy(totals: readonly StockTotalRow[], year: number, sex: Sex): Map<string, StockTotalRow> {
  const m = new Map<string, StockTotalRow>();
  for (const r of totals) if (r.year === year && r.sex === sex) m.set(r.iso3, r);
  return m;
}

/** Plain computation: migrants living in `parties` ÷ all migrants, for one stock year. */
export function hostedShare(totals: readonly StockTotalRow[], parties: ReadonlySet<string>, year: StockYear, sex: Sex = 'total', asOf: AsOf = null): HostedResult {
  const byIso = totalsBy(totals, year, sex);
  let world = 0,
    hosted = 0,
    partiesWithStock = 0;
  for (const [iso3, r] of byIso) {
    world += r.immigrants;
    if (parties.has(iso3)) {
      hosted += r.immigrants;
      partiesWithStock++;
    }
  }
  return { year, asOf, sex, hosted, world, share: world > 0 ? (hosted / world) * 100 : 0, parties: parties.size, partiesWithStock };
}

/** Migrants hosted by States party to the instrument set as of the date; stock year nearest the date. */
export function hostedMigrants(
  totalsSrc: Rows<StockTotalRow>,
  ix: TreatyIndex,
  instruments: readonly InstrumentId[],
  op: SetOp,
  asOf: AsOf,
  sex: Sex = 'total',
): HostedResult {
  const totals = rowsOf(totalsSrc);
  return memo(sources(totals, ix), `hosted|${instruments.join('~')}|${op}|${asOf ?? 'latest'}|${sex}`, () =>
    hostedShare(totals, partyStates(ix, instruments, op, asOf), nearestStockYear(asOf), sex, asOf),
  );
}

/** The share at every stock year, using the treaty status on that year's mid-year date (1 July). */
export function hostedSeries(
  totalsSrc: Rows<StockTotalRow>,
  ix: TreatyIndex,
  instruments: readonly InstrumentId[],
  op: SetOp,
  sex: Sex = 'total',
): HostedResult[] {
  const totals = rowsOf(totalsSrc);
  return memo(sources(totals, ix), `hostedSeries|${instruments.join('~')}|${op}|${sex}`, () =>
    STOCK_YEARS.map((y) => {
      const d = midYearDate(y);
      return hostedShare(totals, partyStates(ix, instruments, op, d), y, sex, d);
    }),
  );
}

// ---------------------------------------------------------------- cost vs corridor size

export interface CostSizePoint {
  /** Sending country of money = migrants' destination. */
  source: string;
  /** Receiving country of money = migrants' origin. */
  dest: string;
  period: string;
  /** Average total cost of sending USD 200, % */
  cost: number;
  basis: string;
  nServices: number | null;
  /** Migrants born in `dest` living in `source`, stock year `stockYear`. */
  stock: number;
  stockYear: StockYear;
}

export interface CostSizeResult {
  period: string;
  stockYear: StockYear;
  points: CostSizePoint[];
  /** Corridors priced that quarter but without a migrant-stock cell (not plotted). */
  withoutStock: number;
  /** Corridors with a published negative cost (kept as published, not plotted). */
  negative: number;
}

/**
 * Corridors priced in `period`, joined to the bilateral migrant stock (both sexes) of the stock year
 * nearest the quarter: a corridor sending → receiving money is the migrant corridor origin = receiving,
 * destination = sending. `stockSrc` must be that year's bilateral table.
 */
export function costVsSize(costsSrc: Rows<CorridorCostRow>, stockSrc: Rows<StockRow>, period: string): CostSizeResult {
  const costs = rowsOf(costsSrc);
  const stock = rowsOf(stockSrc);
  const stockYear = stockYearForQuarter(period);
  return memo(sources(costs, stock), `costVsSize|${period}`, () => {
    const cells = new Map<string, number>();
    for (const r of stock) if (r.sex === 'total' && r.year === stockYear) cells.set(`${r.orig}>${r.dest}`, r.stock);
    const points: CostSizePoint[] = [];
    let withoutStock = 0,
      negative = 0;
    for (const r of costs) {
      if (r.period !== period) continue;
      if (r.flag === 'negative' || r.cost < 0) {
        negative++;
        continue;
      }
      const s = cells.get(`${r.dest}>${r.source}`);
      if (!s || s <= 0) {
        withoutStock++;
        continue;
      }
      points.push({ source: r.source, dest: r.dest, period, cost: r.cost, basis: r.basis, nServices: r.nServices, stock: s, stockYear });
    }
    return { period, stockYear, points, withoutStock, negative };
  });
}

// ---------------------------------------------------------------- remittances per emigrant

export interface PerEmigrantRow {
  iso3: string;
  year: number;
  /** Remittances received, current US$ (WDI BX.TRF.PWKR.CD.DT). */
  received: number;
  /** Emigrants born in the country (DESA IMS 2024, both sexes, known destinations). */
  emigrants: number;
  /** received / emigrants, current US$ per emigrant */
  perEmigrant: number;
  vintage: string;
  flag: string;
}

/** Remittances received ÷ emigrants, every economy with both figures, every stock year. */
export function perEmigrant(remitSrc: Rows<RemittanceRow>, totalsSrc: Rows<StockTotalRow>): PerEmigrantRow[] {
  const remit = rowsOf(remitSrc);
  const totals = rowsOf(totalsSrc);
  return memo(sources(remit, totals), 'perEmigrant', () => {
    const em = new Map<string, number>();
    for (const r of totals) if (r.sex === 'total') em.set(`${r.iso3}|${r.year}`, r.emigrants);
    const years = new Set<number>(STOCK_YEARS);
    const out: PerEmigrantRow[] = [];
    for (const r of remit) {
      if (r.agg !== 0 || r.series !== 'received' || !years.has(r.year)) continue;
      if (r.flag === 'zero_not_reported') continue;
      const e = em.get(`${r.code}|${r.year}`);
      if (!e || e <= 0 || !(r.value > 0)) continue;
      out.push({ iso3: r.code, year: r.year, received: r.value, emigrants: e, perEmigrant: r.value / e, vintage: r.vintage, flag: r.flag });
    }
    return out.sort((a, b) => a.year - b.year || b.perEmigrant - a.perEmigrant);
  });
}

/** Economies with fewer emigrants are not ranked (tiny denominators give meaningless ratios). */
export const PER_EMIGRANT_MIN_EMIGRANTS = 50_000;
/** Economies named in the per-emigrant ranking. */
export const PER_EMIGRANT_TOP = 20;

export interface PerEmigrantRanking {
  /** Every economy with both figures in the year. */
  yearRows: PerEmigrantRow[];
  /** Those with at least `minEmigrants` emigrants, highest per emigrant first. */
  ranked: PerEmigrantRow[];
  /** ISO3 → rank (1 = highest) among `ranked`. */
  rankOf: Map<string, number>;
  /** The bars shown: the top `top`, then the selected economies outside it (by value), each once. */
  bars: { r: PerEmigrantRow; outside: boolean }[];
  /** Largest value among the bars (at least 1): the bar scale. */
  max: number;
  /** Selected codes without a value in the year. */
  missing: string[];
}

/** The per-emigrant ranking of one stock year, with the selection kept visible. */
export function perEmigrantRanking(
  rows: readonly PerEmigrantRow[],
  year: number,
  selection: readonly string[],
  { minEmigrants = PER_EMIGRANT_MIN_EMIGRANTS, top = PER_EMIGRANT_TOP }: { minEmigrants?: number; top?: number } = {},
): PerEmigrantRanking {
  return memo(rows as object, `perEmigrantRanking|${year}|${selection.join('~')}|${minEmigrants}|${top}`, () => {
    const yearRows = rows.filter((r) => r.year === year);
    const ranked = yearRows.filter((r) => r.emigrants >= minEmigrants).sort((a, b) => b.perEmigrant - a.perEmigrant);
    const sel = new Set(selection);
    const shown = ranked.slice(0, top);
    const extra = yearRows.filter((r) => sel.has(r.iso3) && !shown.includes(r)).sort((a, b) => b.perEmigrant - a.perEmigrant);
    const bars = [...shown.map((r) => ({ r, outside: false })), ...extra.map((r) => ({ r, outside: true }))];
    return {
      yearRows,
      ranked,
      rankOf: new Map(ranked.map((r, i) => [r.iso3, i + 1])),
      bars,
      max: Math.max(1, ...bars.map((b) => b.r.perEmigrant)),
      missing: selection.filter((c) => !yearRows.some((r) => r.iso3 === c)),
    };
  });
}

// ---------------------------------------------------------------- key figures

export interface MigrantFigure {
  year: StockYear;
  sex: Sex;
  /** World total, or the selection's total (immigrants living in it, or emigrants born in it). */
  total: number;
  world: number;
  /** Share of `total` living in the North (more developed regions), % */
  northShare: number | null;
  /** Share of the world's migrants, % (selection only) */
  worldShare: number | null;
}

/**
 * World: all international migrants and the share living in the North.
 * Selection with dir 'in': immigrants living in the selection (share of world; share in the North among them).
 * Selection with dir 'out': emigrants born in the selection; share of them living in the North
 * (needs the year's bilateral table).
 */
export function migrantFigure(
  totalsSrc: Rows<StockTotalRow>,
  year: StockYear,
  sex: Sex,
  devOf: (iso3: string) => 'North' | 'South' | null,
  selection: readonly string[] = [],
  dir: Direction = 'in',
  bilateralSrc?: Rows<StockRow>,
): MigrantFigure {
  const totals = rowsOf(totalsSrc);
  const byIso = totalsBy(totals, year, sex);
  let world = 0,
    north = 0;
  for (const [iso3, r] of byIso) {
    world += r.immigrants;
    if (devOf(iso3) === 'North') north += r.immigrants;
  }
  if (selection.length === 0) return { year, sex, total: world, world, northShare: world ? (north / world) * 100 : null, worldShare: null };
  const sel = new Set(selection);
  if (dir === 'in') {
    let total = 0,
      n = 0;
    for (const iso3 of sel) {
      const v = byIso.get(iso3)?.immigrants ?? 0;
      total += v;
      if (devOf(iso3) === 'North') n += v;
    }
    return { year, sex, total, world, northShare: total ? (n / total) * 100 : null, worldShare: world ? (total / world) * 100 : null };
  }
  let total = 0;
  for (const iso3 of sel) total += byIso.get(iso3)?.emigrants ?? 0;
  let northShare: number | null = null;
  if (bilateralSrc) {
    let n = 0,
      known = 0;
    for (const r of rowsOf(bilateralSrc)) {
      if (r.year !== year || r.sex !== sex || !sel.has(r.orig) || sel.has(r.dest)) continue;
      known += r.stock;
      if (devOf(r.dest) === 'North') n += r.stock;
    }
    northShare = known ? (n / known) * 100 : null;
  }
  return { year, sex, total, world, northShare, worldShare: world ? (total / world) * 100 : null };
}

export interface RemittanceFigure {
  code: string;
  year: number;
  value: number;
  vintage: string;
  /** A later year exists but is flagged partial / provisional (skipped). */
  skippedYear: number | null;
}

/** Latest complete year of an aggregate's received remittances (LMY by default): no partial/provisional flag. */
export function latestCompleteRemittance(remitSrc: Rows<RemittanceRow>, code = 'LMY', series: RemittanceRow['series'] = 'received'): RemittanceFigure | null {
  const rows = rowsOf(remitSrc);
  return memo(rows as object, `latestComplete|${code}|${series}`, () => {
    let best: RemittanceRow | null = null;
    let skipped: number | null = null;
    for (const r of rows) {
      if (r.code !== code || r.series !== series) continue;
      if (r.flag !== '') {
        if (skipped === null || r.year > skipped) skipped = r.year;
        continue;
      }
      if (!best || r.year > best.year) best = r;
    }
    if (!best) return null;
    return { code, year: best.year, value: best.value, vintage: best.vintage, skippedYear: skipped !== null && skipped > best.year ? skipped : null };
  });
}

/** The published RPW figure (default: global average) for the latest quarter that has one. */
export function latestGlobalCost(figures: readonly GlobalCostFigure[], indicator = 'global_average'): GlobalCostFigure | null {
  let best: GlobalCostFigure | null = null;
  for (const f of figures) if (f.indicator === indicator && (!best || f.quarter > best.quarter)) best = f;
  return best;
}
