/**
 * One corridor, joined across every dataset: people born in `origin` living in `destination`, the money
 * they send back (destination → origin), what sending it costs, the fees that cost takes, and the
 * protection both States have signed up to. Pure TypeScript over the bundled tables, memoised per input.
 *
 * Definitions:
 * - People: DESA IMS 2024 bilateral stock (origin → destination) for every stock year and sex; shares of
 *   the origin's emigrants and of the destination's immigrants (all origins, unknown origin included) in
 *   %; rank among the destination's KNOWN origins (1 = largest; ties share a rank).
 * - Money back: KNOMAD / World Bank matrix cells destination → origin and origin → destination per matrix
 *   year (model estimates; null = no cell in that matrix); per migrant = cell ÷ migrants on the corridor
 *   (both sexes) in the stock year nearest the matrix year (stated); the origin's WDI received (balance of
 *   payments) of the same year for context only.
 * - Cost: RPW average total cost of sending USD 200 from the destination to the origin in every surveyed
 *   quarter, provider-type split where present, and the corridor's rank among all corridors priced that
 *   quarter (1 = cheapest; only usable costs are ranked, see `isUsableCost`). A corridor RPW never
 *   surveyed is `not-priced`, with the nearest priced alternatives instead of a number.
 * - Fees lost: matrix estimate destination → origin × the mean of the corridor's usable quarterly costs in
 *   the matrix year (the quarters averaged are listed), and what the same flow would cost at the SDG 10.c
 *   target of 3 %. The USD 200 cost is applied to the whole flow: an approximation, as in RPW's own
 *   estimates of fees paid.
 * - World fees: the same for every corridor with a matrix cell and a cost in the matrix year; coverage
 *   is the share of the matrix total flowing through priced corridors; ranked by receiving country.
 */
import type { ColumnTable } from 'arquero';
import {
  INSTRUMENT_IDS,
  SEXES,
  STOCK_YEARS,
  type CorridorCostRow,
  type FlowYear,
  type InstrumentId,
  type ProviderCostRow,
  type RemittanceRow,
  type Sex,
  type StockYear,
} from '../types';
import { stockCells, yearTotals } from './corridors';
import { isUsableCost } from './costs';
import { matrixCell, matrixIndex, wdiValue, type RemittanceMatrix } from './flows';
import { midYearDate, nearestStockYear } from './insights';
import { createMemo, rowsOf, type Rows } from './memo';
import type { RemittanceValue } from './profile';
import { COST_TARGETS } from './series';
import { stateStatus, type AsOf, type TreatyIndex, type TreatyStatus } from './treaties';

export interface CorridorPair {
  /** Country of birth (receives the money). */
  origin: string;
  /** Country of residence (sends the money). */
  destination: string;
}

/** Dataset ids (as in meta.json) that each tidy row cites. */
export const CORRIDOR_SOURCES = {
  people: 'migrant-stock',
  matrix: 'remittances-bilateral',
  wdi: 'remittances',
  cost: 'remittance-prices',
  treaties: 'treaties',
} as const;
export type CorridorSourceId = (typeof CORRIDOR_SOURCES)[keyof typeof CORRIDOR_SOURCES];

const memo = createMemo(200);
const pct = (a: number, b: number) => (b > 0 ? (a / b) * 100 : null);

// ================================================================ people

export interface PeoplePoint {
  year: StockYear;
  sex: Sex;
  /** Born in origin, living in destination (persons; 0 = no DESA cell). */
  migrants: number;
  /** The reverse corridor: born in destination, living in origin. */
  reverse: number;
  /** % of everyone born in origin living abroad (known destinations); null when the origin has none. */
  shareOfOriginEmigrants: number | null;
  /** % of the destination's immigrants (all origins, unknown included); null when it has none. */
  shareOfDestinationImmigrants: number | null;
  /** Rank of origin among the destination's known origins (1 = largest), null when not among them. */
  rank: number | null;
  /** Number of known origins the destination has that year and sex. */
  origins: number;
}

export interface CorridorPeople {
  pair: CorridorPair;
  /** Every loaded stock year × sex, years ascending, sexes total, male, female. */
  points: PeoplePoint[];
}

interface StockIndex {
  cell: Map<string, number>;
  /** dest → values of its known origins, descending. */
  byDest: Map<string, number[]>;
}

function stockIndex(stock: ColumnTable, year: StockYear, sex: Sex): StockIndex {
  return memo(stock, `stockIndex|${year}|${sex}`, () => {
    const c = stockCells(stock, year, sex);
    const cell = new Map<string, number>();
    const byDest = new Map<string, number[]>();
    for (let i = 0; i < c.stock.length; i++) {
      if (!(c.stock[i] > 0)) continue;
      cell.set(`${c.orig[i]}>${c.dest[i]}`, c.stock[i]);
      const list = byDest.get(c.dest[i]);
      if (list) list.push(c.stock[i]);
      else byDest.set(c.dest[i], [c.stock[i]]);
    }
    for (const list of byDest.values()) list.sort((a, b) => b - a);
    return { cell, byDest };
  });
}

/** Migrants on the corridor and its reverse, 1990–2024, both sexes and by sex. `stock`: the loaded stock-<year> tables. */
export function corridorPeople(
  totals: ColumnTable,
  stock: ReadonlyMap<StockYear, ColumnTable>,
  pair: CorridorPair,
): CorridorPeople {
  const points: PeoplePoint[] = [];
  for (const year of STOCK_YEARS) {
    const t = stock.get(year);
    if (!t) continue;
    for (const sex of SEXES) {
      const ix = stockIndex(t, year, sex);
      const tot = yearTotals(totals, year, sex);
      const migrants = ix.cell.get(`${pair.origin}>${pair.destination}`) ?? 0;
      const values = ix.byDest.get(pair.destination) ?? [];
      points.push({
        year,
        sex,
        migrants,
        reverse: ix.cell.get(`${pair.destination}>${pair.origin}`) ?? 0,
        shareOfOriginEmigrants: pct(migrants, tot.emigrants.get(pair.origin) ?? 0),
        shareOfDestinationImmigrants: pct(migrants, tot.immigrants.get(pair.destination) ?? 0),
        rank: migrants ? 1 + values.filter((v) => v > migrants).length : null,
        origins: values.length,
      });
    }
  }
  return { pair, points };
}

// ================================================================ money back

export interface MoneyYear {
  flowYear: FlowYear;
  /** Matrix estimate destination → origin, US$; null when the matrix has no such cell. */
  toOrigin: number | null;
  /** The other way, origin → destination. */
  toDestination: number | null;
  /** Stock year used for "per migrant" (nearest to the matrix year). */
  stockYear: StockYear;
  /** Migrants on the corridor in `stockYear`, both sexes; null when that stock table is not loaded. */
  migrants: number | null;
  /** toOrigin ÷ migrants, US$ per migrant; null without both. */
  perMigrant: number | null;
  /** The origin's WDI personal remittances received that year (all senders; balance of payments). */
  originReceived: RemittanceValue | null;
}

/** Stock year nearest a matrix year (mid-year dates; ties go to the earlier year). */
export const stockYearForFlowYear = (y: number): StockYear => nearestStockYear(midYearDate(y));

/** Money back along the corridor, one entry per matrix passed (ascending years). */
export function corridorMoney(
  matrices: readonly RemittanceMatrix[],
  remittances: Rows<RemittanceRow> | null,
  people: CorridorPeople | null,
  pair: CorridorPair,
): MoneyYear[] {
  return [...matrices]
    .sort((a, b) => a.year - b.year)
    .map((m) => {
      const toOrigin = matrixCell(m, pair.destination, pair.origin);
      const stockYear = stockYearForFlowYear(m.year);
      const p = people?.points.find((x) => x.year === stockYear && x.sex === 'total');
      const migrants = p ? p.migrants : null;
      return {
        flowYear: m.year,
        toOrigin,
        toDestination: matrixCell(m, pair.origin, pair.destination),
        stockYear,
        migrants,
        perMigrant: toOrigin !== null && migrants ? toOrigin / migrants : null,
        originReceived: remittances ? wdiValue(remittances, pair.origin, 'received', m.year) : null,
      };
    });
}

// ================================================================ cost

export interface ProviderCost {
  provider: string;
  cost: number;
  nServices: number | null;
  usable: boolean;
}

export interface CostQuarter {
  period: string;
  /** Average total cost of sending USD 200, % (as published; see `usable`). */
  cost: number;
  usable: boolean;
  basis: string;
  nServices: number | null;
  flag: string;
  /** Rank among the corridors with a usable cost that quarter (1 = cheapest); null when not usable. */
  rank: number | null;
  /** Corridors with a usable cost that quarter. */
  priced: number;
  /** Provider-type means of the quarter (empty where the data have no split). */
  providers: ProviderCost[];
}

export interface PricedAlternative {
  /** 'into-origin': another sender to the origin; 'from-destination': the destination to another receiver; 'reverse': origin → destination. */
  relation: 'into-origin' | 'from-destination' | 'reverse';
  source: string;
  dest: string;
  /** Its latest quarter with a usable cost. */
  period: string;
  cost: number;
}

export type CorridorCost =
  | { status: 'priced'; source: string; dest: string; quarters: CostQuarter[]; latest: CostQuarter | null }
  | { status: 'not-priced'; source: string; dest: string; alternatives: PricedAlternative[] };

interface CostIndex {
  /** `source>dest` → rows ascending by period. */
  byCorridor: Map<string, CorridorCostRow[]>;
  /** period → usable costs ascending (for ranks). */
  usableByPeriod: Map<string, number[]>;
}

function costIndex(costs: Rows<CorridorCostRow>): CostIndex {
  return memo(costs as object, 'costIndex', () => {
    const byCorridor = new Map<string, CorridorCostRow[]>();
    const usableByPeriod = new Map<string, number[]>();
    for (const r of rowsOf(costs)) {
      const k = `${r.source}>${r.dest}`;
      const list = byCorridor.get(k);
      if (list) list.push(r);
      else byCorridor.set(k, [r]);
      if (isUsableCost(r)) {
        const p = usableByPeriod.get(r.period);
        if (p) p.push(Number(r.cost));
        else usableByPeriod.set(r.period, [Number(r.cost)]);
      }
    }
    for (const list of byCorridor.values()) list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    for (const list of usableByPeriod.values()) list.sort((a, b) => a - b);
    return { byCorridor, usableByPeriod };
  });
}

function providerIndex(providers: Rows<ProviderCostRow>): Map<string, ProviderCostRow[]> {
  return memo(providers as object, 'providerIndex', () => {
    const m = new Map<string, ProviderCostRow[]>();
    for (const r of rowsOf(providers)) {
      const k = `${r.source}>${r.dest}|${r.period}`;
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return m;
  });
}

/** Latest usable quarter of a corridor, or null. */
function latestUsable(rows: readonly CorridorCostRow[] | undefined): CorridorCostRow | null {
  for (let i = (rows?.length ?? 0) - 1; i >= 0; i--) if (isUsableCost(rows![i])) return rows![i];
  return null;
}

/** RPW cost of sending money from the destination to the origin, every surveyed quarter. */
export function corridorCost(costs: Rows<CorridorCostRow>, providers: Rows<ProviderCostRow> | null, pair: CorridorPair): CorridorCost {
  const source = pair.destination;
  const dest = pair.origin;
  return memo(costs as object, `corridorCost|${source}>${dest}|${providers ? 1 : 0}`, () => {
    const ix = costIndex(costs);
    const rows = ix.byCorridor.get(`${source}>${dest}`);
    if (!rows?.length) {
      const alternatives: PricedAlternative[] = [];
      for (const [k, list] of ix.byCorridor) {
        const [s, d] = k.split('>');
        const relation = d === dest ? 'into-origin' : s === source ? 'from-destination' : s === dest && d === source ? 'reverse' : null;
        if (!relation) continue;
        const r = latestUsable(list);
        if (r) alternatives.push({ relation, source: s, dest: d, period: r.period, cost: Number(r.cost) });
      }
      const order = { reverse: 0, 'into-origin': 1, 'from-destination': 2 } as const;
      alternatives.sort(
        (a, b) => order[a.relation] - order[b.relation] || (a.period > b.period ? -1 : a.period < b.period ? 1 : 0) || a.cost - b.cost,
      );
      return { status: 'not-priced' as const, source, dest, alternatives };
    }
    const pix = providers ? providerIndex(providers) : null;
    const quarters: CostQuarter[] = rows.map((r) => {
      const usable = isUsableCost(r);
      const ranked = ix.usableByPeriod.get(r.period) ?? [];
      const cost = Number(r.cost);
      return {
        period: r.period,
        cost,
        usable,
        basis: r.basis,
        nServices: r.nServices ?? null,
        flag: r.flag,
        rank: usable ? 1 + ranked.filter((c) => c < cost).length : null,
        priced: ranked.length,
        providers: (pix?.get(`${source}>${dest}|${r.period}`) ?? []).map((p) => ({
          provider: p.provider,
          cost: Number(p.cost),
          nServices: p.nServices ?? null,
          usable: isUsableCost({ cost: p.cost, flag: p.flag ?? '' }),
        })),
      };
    });
    const latest = [...quarters].reverse().find((q) => q.usable) ?? null;
    return { status: 'priced' as const, source, dest, quarters, latest };
  });
}

// ================================================================ fees lost

export interface YearCost {
  /** Mean of the corridor's usable quarterly costs in the year, %. */
  cost: number;
  /** The quarters averaged. */
  quarters: string[];
  /** Bases of the averaged quarters ('transparent_services_mean', 'all_services_mean'). */
  bases: string[];
}

/** A corridor's average cost in a calendar year: the mean of its usable quarters that year; null when none. */
export function corridorYearCost(costs: Rows<CorridorCostRow>, source: string, dest: string, year: number): YearCost | null {
  const all = memo(costs as object, `yearCosts|${year}`, () => {
    const acc = new Map<string, { sum: number; quarters: string[]; bases: Set<string> }>();
    const prefix = `${year}Q`;
    for (const r of rowsOf(costs)) {
      if (!r.period.startsWith(prefix) || !isUsableCost(r)) continue;
      const k = `${r.source}>${r.dest}`;
      let a = acc.get(k);
      if (!a) acc.set(k, (a = { sum: 0, quarters: [], bases: new Set() }));
      a.sum += Number(r.cost);
      a.quarters.push(r.period);
      a.bases.add(r.basis);
    }
    const out = new Map<string, YearCost>();
    for (const [k, a] of acc) out.set(k, { cost: a.sum / a.quarters.length, quarters: [...a.quarters].sort(), bases: [...a.bases].sort() });
    return out;
  });
  return all.get(`${source}>${dest}`) ?? null;
}

export interface Fees {
  /** US$ fees at the cost: flow × cost / 100. */
  fees: number;
  /** US$ fees if sending cost the SDG 10.c target (3 %). */
  feesAtTarget: number;
  /** fees − feesAtTarget where the cost is above the target, else 0. */
  savings: number;
}

/** Fees on a flow (US$) at a cost (% of the amount sent), and the saving at the SDG 10.c target. */
export function feesOn(flow: number, cost: number, target: number = COST_TARGETS.sdg): Fees {
  const fees = (flow * cost) / 100;
  const feesAtTarget = (flow * target) / 100;
  return { fees, feesAtTarget, savings: Math.max(0, fees - feesAtTarget) };
}

export interface FeesYear extends Partial<Fees> {
  flowYear: FlowYear;
  /** 'ok': both known; 'no-estimate': no matrix cell destination → origin; 'not-priced': no usable cost in the year. */
  status: 'ok' | 'no-estimate' | 'not-priced';
  flow: number | null;
  cost: YearCost | null;
}

/** Estimated annual fees on the corridor per matrix year. */
export function corridorFees(matrices: readonly RemittanceMatrix[], costs: Rows<CorridorCostRow>, pair: CorridorPair): FeesYear[] {
  return [...matrices]
    .sort((a, b) => a.year - b.year)
    .map((m) => {
      const flow = matrixCell(m, pair.destination, pair.origin);
      const cost = corridorYearCost(costs, pair.destination, pair.origin, m.year);
      if (flow === null) return { flowYear: m.year, status: 'no-estimate' as const, flow, cost };
      if (cost === null) return { flowYear: m.year, status: 'not-priced' as const, flow, cost };
      return { flowYear: m.year, status: 'ok' as const, flow, cost, ...feesOn(flow, cost.cost) };
    });
}

export interface ReceiverFees extends Fees {
  iso3: string;
  /** Everything the country receives in the matrix, US$. */
  flow: number;
  /** Part of it through corridors priced in the year. */
  pricedFlow: number;
  /** pricedFlow ÷ flow, %. */
  coverage: number | null;
  /** Flow-weighted mean cost over its priced corridors, %. */
  cost: number;
  corridors: number;
  rank: number;
}

export interface WorldFees extends Fees {
  flowYear: FlowYear;
  matrixTotal: number;
  /** Matrix flow through corridors with a usable cost in the matrix year, US$. */
  pricedFlow: number;
  /** pricedFlow ÷ matrixTotal, %. */
  coverage: number | null;
  /** Priced corridors with a matrix cell. */
  corridors: number;
  /** Corridors priced in the year that have no cell in the matrix (not in the sums). */
  pricedWithoutEstimate: number;
  /** Receiving countries with at least one priced corridor, ranked by fees (largest first). */
  byReceiver: ReceiverFees[];
}

/** Fees lost on every priced corridor of a matrix year (fees and savings are summed corridor by corridor). */
export function worldFees(matrix: RemittanceMatrix, costs: Rows<CorridorCostRow>): WorldFees {
  // memoised per matrix and, inside, per costs table (both identities matter)
  const perCosts = memo(matrix.rows as object, `worldFees|${matrix.year}`, () => new WeakMap<object, WorldFees>());
  let result = perCosts.get(costs as object);
  if (!result) perCosts.set(costs as object, (result = computeWorldFees(matrix, costs)));
  return result;
}

function computeWorldFees(matrix: RemittanceMatrix, costs: Rows<CorridorCostRow>): WorldFees {
  const ix = matrixIndex(matrix);
  const priced = new Set<string>();
  const prefix = `${matrix.year}Q`;
  for (const r of rowsOf(costs)) if (r.period.startsWith(prefix) && isUsableCost(r)) priced.add(`${r.source}>${r.dest}`);
  type Acc = Fees & { pricedFlow: number; corridors: number };
  const zero = (): Acc => ({ fees: 0, feesAtTarget: 0, savings: 0, pricedFlow: 0, corridors: 0 });
  const addTo = (a: Acc, flow: number, f: Fees) => {
    a.pricedFlow += flow;
    a.fees += f.fees;
    a.feesAtTarget += f.feesAtTarget;
    a.savings += f.savings;
    a.corridors++;
  };
  const world = zero();
  const per = new Map<string, Acc>();
  let pricedWithoutEstimate = 0;
  for (const k of [...priced].sort()) {
    const [source, dest] = k.split('>');
    const flow = matrixCell(matrix, source, dest);
    const cost = corridorYearCost(costs, source, dest, matrix.year);
    if (flow === null || cost === null) {
      pricedWithoutEstimate++;
      continue;
    }
    const f = feesOn(flow, cost.cost);
    addTo(world, flow, f);
    let a = per.get(dest);
    if (!a) per.set(dest, (a = zero()));
    addTo(a, flow, f);
  }
  const byReceiver: ReceiverFees[] = [...per.entries()]
    .map(([iso3, a]) => {
      const flow = ix.received.get(iso3) ?? 0;
      return {
        iso3,
        flow,
        pricedFlow: a.pricedFlow,
        coverage: pct(a.pricedFlow, flow),
        cost: a.pricedFlow > 0 ? (a.fees / a.pricedFlow) * 100 : 0,
        corridors: a.corridors,
        fees: a.fees,
        feesAtTarget: a.feesAtTarget,
        savings: a.savings,
        rank: 0,
      };
    })
    .sort((a, b) => b.fees - a.fees || (a.iso3 < b.iso3 ? -1 : 1));
  byReceiver.forEach((r, i) => (r.rank = i + 1));
  return {
    flowYear: matrix.year,
    matrixTotal: ix.total,
    pricedFlow: world.pricedFlow,
    coverage: pct(world.pricedFlow, ix.total),
    corridors: world.corridors,
    pricedWithoutEstimate,
    fees: world.fees,
    feesAtTarget: world.feesAtTarget,
    savings: world.savings,
    byReceiver,
  };
}

// ================================================================ protection

export interface ProtectionRow {
  instrument: InstrumentId;
  origin: TreatyStatus;
  destination: TreatyStatus;
}

export interface CorridorProtection {
  asOf: AsOf;
  /** The country is a State the treaty data cover (false: a territory or area without a record). */
  originIsState: boolean;
  destinationIsState: boolean;
  rows: ProtectionRow[];
}

/** Status of both States on the eight instruments as of a date (null = latest data). */
export function corridorProtection(ix: TreatyIndex, pair: CorridorPair, asOf: AsOf): CorridorProtection {
  return {
    asOf,
    originIsState: ix.allStates.has(pair.origin),
    destinationIsState: ix.allStates.has(pair.destination),
    rows: INSTRUMENT_IDS.map((id) => ({
      instrument: id,
      origin: stateStatus(ix, id, pair.origin, asOf),
      destination: stateStatus(ix, id, pair.destination, asOf),
    })),
  };
}

// ================================================================ tidy rows

/** Units of the tidy rows: stable codes (a CSV is read by code), the same in every language, like the measure names. */
export type CorridorUnit = 'persons' | '%' | 'US$' | 'US$ per migrant' | '% of USD 200' | 'rank' | 'countries' | 'corridors' | 'status' | 'year' | 'quarters';
/** The value of the `cost_status` row of a corridor RPW has never priced. */
export const NOT_PRICED = 'not priced';

export interface CorridorTidyRow {
  measure: string;
  /** Stock year, matrix year, survey quarter or treaty date ('latest' = latest data). */
  period: string;
  /** Sex for migrant measures; null where the measure has no sex breakdown. */
  sex: Sex | null;
  value: number | string;
  unit: CorridorUnit;
  /** Dataset id of the value (meta.json). */
  source: CorridorSourceId;
}

export interface CorridorParts {
  people?: CorridorPeople | null;
  money?: readonly MoneyYear[] | null;
  cost?: CorridorCost | null;
  fees?: readonly FeesYear[] | null;
  protection?: CorridorProtection | null;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** Every figure of the corridor as tidy rows `measure, period, sex, value, unit, source` (absent values are left out, never NaN). */
export function corridorTidyRows(parts: CorridorParts): CorridorTidyRow[] {
  const out: CorridorTidyRow[] = [];
  const push = (measure: string, period: string | number, sex: Sex | null, value: number | string | null, unit: CorridorUnit, source: CorridorSourceId) => {
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return;
    out.push({ measure, period: String(period), sex, value, unit, source });
  };
  const P = CORRIDOR_SOURCES;
  for (const p of parts.people?.points ?? []) {
    push('migrants', p.year, p.sex, p.migrants, 'persons', P.people);
    push('migrants_reverse', p.year, p.sex, p.reverse, 'persons', P.people);
    push('share_of_origin_emigrants', p.year, p.sex, p.shareOfOriginEmigrants, '%', P.people);
    push('share_of_destination_immigrants', p.year, p.sex, p.shareOfDestinationImmigrants, '%', P.people);
    push('rank_among_destination_origins', p.year, p.sex, p.rank, 'rank', P.people);
    push('destination_known_origins', p.year, p.sex, p.origins, 'countries', P.people);
  }
  for (const m of parts.money ?? []) {
    push('remittances_to_origin', m.flowYear, null, m.toOrigin, 'US$', P.matrix);
    push('remittances_to_destination', m.flowYear, null, m.toDestination, 'US$', P.matrix);
    push('remittances_per_migrant', m.flowYear, null, m.perMigrant, 'US$ per migrant', P.matrix);
    // which stock year the migrants of `remittances_per_migrant` are from
    if (m.perMigrant !== null && Number.isFinite(m.perMigrant)) push('remittances_per_migrant_stock_year', m.flowYear, null, m.stockYear, 'year', P.people);
    push('origin_received_wdi', m.flowYear, null, m.originReceived?.value ?? null, 'US$', P.wdi);
  }
  if (parts.cost?.status === 'priced') {
    for (const q of parts.cost.quarters) {
      push(q.usable ? 'cost' : 'cost_not_usable', q.period, null, q.cost, '% of USD 200', P.cost);
      push('cost_rank', q.period, null, q.rank, 'rank', P.cost);
      push('corridors_priced', q.period, null, q.priced, 'corridors', P.cost);
      for (const pr of q.providers) if (pr.usable) push(`cost_${slug(pr.provider)}`, q.period, null, pr.cost, '% of USD 200', P.cost);
    }
  } else if (parts.cost?.status === 'not-priced') {
    push('cost_status', 'all', null, NOT_PRICED, 'status', P.cost);
  }
  for (const f of parts.fees ?? []) {
    if (f.cost) {
      push('cost_year_mean', f.flowYear, null, f.cost.cost, '% of USD 200', P.cost);
      // the survey quarters `cost_year_mean` is the mean of
      push('cost_year_mean_quarters', f.flowYear, null, f.cost.quarters.join(' '), 'quarters', P.cost);
    }
    if (f.status !== 'ok') continue;
    push('fees_estimated', f.flowYear, null, f.fees ?? null, 'US$', P.cost);
    push('fees_at_sdg_target', f.flowYear, null, f.feesAtTarget ?? null, 'US$', P.cost);
    push('savings_at_sdg_target', f.flowYear, null, f.savings ?? null, 'US$', P.cost);
  }
  const pr = parts.protection;
  if (pr) {
    const period = pr.asOf ?? 'latest';
    for (const r of pr.rows) {
      push(`treaty_origin_${r.instrument}`, period, null, r.origin, 'status', P.treaties);
      push(`treaty_destination_${r.instrument}`, period, null, r.destination, 'status', P.treaties);
    }
  }
  return out;
}
