/**
 * Money flows back: the KNOMAD / World Bank bilateral remittance matrix (sender → receiver, model
 * estimates, US$) as a Sankey graph with the SAME groupings, node ids, ordering rules, drill-down and
 * country focus (top-N + exact "Other") as the migrant Sankey (`corridors.ts`), so the two can be drawn
 * mirrored: people go origin → destination, money goes back destination → origin.
 *
 * How: the matrix is written in the shape of a migrant-stock table (origin = the RECEIVING country, i.e.
 * the migrants' country of origin; destination = the SENDING country, where the migrants live; `stock` =
 * US$) and handed to `corridorGraph`, so every rule of the migrant Sankey applies unchanged. In the result:
 * - node `o:<key>` (side 'origin') receives money, node `d:<key>` (side 'destination') sends it;
 *   `total` of an origin node = everything that country/group receives in the matrix, of a destination
 *   node = everything it sends;
 * - link `o:X>d:Y` (the id of the migrant link X → Y) carries the US$ sent from Y back to X;
 * - `dir` keeps its meaning: `in` = the selection as destinations (money they send to the migrants'
 *   origins), `out` = the selection as origins (money they receive from where their emigrants live);
 * - there is no unknown-origin node (the matrix has none) and no previous year.
 *
 * The matrix year is a parameter: pass the matrix of that year (2021 is bundled; 2017 and 2018 plug in
 * the same way). Model estimates and the WDI balance-of-payments series are never mixed: `matrixNote`
 * only puts the two totals side by side.
 */
import { table, type ColumnTable } from 'arquero';
import type { BilateralRemittanceRow, FlowYear, RemittanceRow, RemittanceSeries, StockYear } from '../types';
import type { Registry } from '../registry';
import { corridorGraph, type CorridorGraph, type CorridorNode, type CorridorQuery } from './corridors';
import { createMemo, rowsOf, type Rows } from './memo';
import type { RemittanceValue } from './profile';

/** One bilateral remittance matrix: its year and its rows (US$, not millions). */
export interface RemittanceMatrix {
  year: FlowYear;
  rows: Rows<BilateralRemittanceRow>;
}

/** The migrant Sankey's query (grouping, selection, direction, top, focus, names), at a matrix year instead of a stock year and sex. */
export interface MoneyQuery extends Omit<CorridorQuery, 'year' | 'sex'> {
  flowYear: FlowYear;
}

export interface MoneyFlows {
  flowYear: FlowYear;
  query: MoneyQuery;
  /** The graph, in the migrant Sankey's shape (see the module comment for the direction of links). */
  graph: CorridorGraph;
  /** Sum of all links (US$). */
  total: number;
}

const memo = createMemo(40);

// ------------------------------------------------------------------ matrix index

export interface MatrixIndex {
  /** `sender>receiver` → US$ (cells as published, zeros included). */
  cell: Map<string, number>;
  /** receiver → US$ received (sum of its cells). */
  received: Map<string, number>;
  /** sender → US$ sent. */
  sent: Map<string, number>;
  total: number;
}

/** Cells and per-country sums of a matrix, built once per rows object. */
export function matrixIndex(m: RemittanceMatrix): MatrixIndex {
  return memo(m.rows as object, 'index', () => {
    const cell = new Map<string, number>();
    const received = new Map<string, number>();
    const sent = new Map<string, number>();
    let total = 0;
    for (const r of rowsOf(m.rows)) {
      const v = Number(r.usd);
      if (!Number.isFinite(v)) continue;
      cell.set(`${r.sender}>${r.receiver}`, v);
      received.set(r.receiver, (received.get(r.receiver) ?? 0) + v);
      sent.set(r.sender, (sent.get(r.sender) ?? 0) + v);
      total += v;
    }
    return { cell, received, sent, total };
  });
}

/** US$ sent from `sender` to `receiver` in the matrix; null when the matrix has no such cell. */
export function matrixCell(m: RemittanceMatrix, sender: string, receiver: string): number | null {
  return matrixIndex(m).cell.get(`${sender}>${receiver}`) ?? null;
}

// ------------------------------------------------------------------ the graph

interface StockShaped {
  stock: ColumnTable;
  totals: ColumnTable;
}

/** The matrix as a migrant-stock table (orig = receiver, dest = sender) plus its totals table. Memoised. */
function stockShaped(m: RemittanceMatrix): StockShaped {
  return memo(m.rows as object, `stockShaped|${m.year}`, () => {
    const rows = rowsOf(m.rows).filter((r) => Number.isFinite(Number(r.usd)));
    const ix = matrixIndex(m);
    const codes = [...new Set([...ix.received.keys(), ...ix.sent.keys()])].sort();
    const stock = table({
      year: rows.map(() => m.year),
      dest: rows.map((r) => r.sender),
      orig: rows.map((r) => r.receiver),
      sex: rows.map(() => 'total'),
      stock: rows.map((r) => Number(r.usd)),
    });
    const totals = table({
      year: codes.map(() => m.year),
      iso3: codes,
      sex: codes.map(() => 'total'),
      immigrants: codes.map((c) => ix.sent.get(c) ?? 0),
      unknownOrigin: codes.map(() => 0),
      emigrants: codes.map((c) => ix.received.get(c) ?? 0),
      population: codes.map(() => null),
    });
    return { stock, totals };
  });
}

/**
 * Money sent back along the corridors, at the grouping / drill-down / selection of the query.
 * Links add up to the matrix total at every grouping in a world view (countries without a group go to
 * the "Not classified" node); with a selection they add up to what the selection sends (dir=in) or
 * receives (dir=out), the countries outside the top `top` in one exact "Other" node.
 */
export function moneyFlows(registry: Registry, matrix: RemittanceMatrix, q: MoneyQuery): MoneyFlows {
  if (matrix.year !== q.flowYear) throw new Error(`matrix of ${matrix.year} passed for flow year ${q.flowYear}`);
  const { stock, totals } = stockShaped(matrix);
  // A matrix year is not a stock year: corridorGraph uses it only to select the rows (all of this year)
  // and to look up a previous stock year, of which it finds none.
  const graph = corridorGraph(
    { registry, stock, totals },
    { year: q.flowYear as unknown as StockYear, sex: 'total', group: q.group, countries: q.countries, dir: q.dir, top: q.top, focus: q.focus, names: q.names },
  );
  return { flowYear: q.flowYear, query: { ...q, countries: [...q.countries] }, graph, total: graph.total };
}

// ------------------------------------------------------------------ table rows

/** A type, not an interface, so a row is also a plain record of table cells. */
export type MoneyTableRow = {
  flowyear: number;
  sender: string;
  sender_code: string;
  receiver: string;
  receiver_code: string;
  /** US$ (not millions). */
  usd: number;
};

/** Default node name without the message catalog (views pass their own, translated one). */
const plainName = (n: CorridorNode): string => n.name ?? n.key;

/** One row per link of the graph: sender (destination node) → receiver (origin node), exact US$. */
export function moneyTableRows(m: MoneyFlows, name: (n: CorridorNode) => string = plainName): MoneyTableRow[] {
  const byId = new Map(m.graph.nodes.map((n) => [n.id, n]));
  return m.graph.links.map((l) => {
    const receiver = byId.get(l.source) as CorridorNode;
    const sender = byId.get(l.target) as CorridorNode;
    return {
      flowyear: m.flowYear,
      sender: name(sender),
      sender_code: sender.code ?? name(sender),
      receiver: name(receiver),
      receiver_code: receiver.code ?? name(receiver),
      usd: l.value,
    };
  });
}

/**
 * Every published cell of a matrix, one row per sender → receiver (exact US$; cells without a number
 * are left out). The money Sankey's "Full dataset" and the data package's bilateral table both use it.
 */
export function matrixCellRows(m: RemittanceMatrix, label: (code: string) => string = (c) => c): MoneyTableRow[] {
  const out: MoneyTableRow[] = [];
  for (const r of rowsOf<BilateralRemittanceRow>(m.rows)) {
    const usd = Number(r.usd);
    if (!Number.isFinite(usd)) continue;
    out.push({ flowyear: m.year, sender: label(r.sender), sender_code: r.sender, receiver: label(r.receiver), receiver_code: r.receiver, usd });
  }
  return out;
}

// ------------------------------------------------------------------ WDI values (for comparison only)

/** WDI value of a code, series and year (economies and aggregates), null when there is none. */
export function wdiValue(remittances: Rows<RemittanceRow>, code: string, series: RemittanceSeries, year: number): RemittanceValue | null {
  const ix = memo(remittances as object, 'wdiIndex', () => {
    const m = new Map<string, RemittanceRow>();
    for (const r of rowsOf(remittances)) m.set(`${r.code}|${r.series}|${Number(r.year)}`, r);
    return m;
  });
  const r = ix.get(`${code}|${series}|${year}`);
  if (!r || !Number.isFinite(Number(r.value))) return null;
  return { year, value: Number(r.value), vintage: String(r.vintage), flag: r.flag ?? '' };
}

export interface MatrixNoteCountry {
  iso3: string;
  /** Matrix (model estimate), US$. */
  matrixReceived: number;
  matrixSent: number;
  /** WDI personal remittances received / paid (balance of payments), same year; null when not reported. */
  wdiReceived: RemittanceValue | null;
  wdiPaid: RemittanceValue | null;
}

export interface MatrixNote {
  flowYear: FlowYear;
  /** Sum of every matrix cell, US$ (model estimates). */
  matrixTotal: number;
  /** WDI world (WLD) personal remittances received in the same year, US$ (balance of payments). */
  wdiWorldReceived: RemittanceValue | null;
  /** The same comparison for each requested country (e.g. the selection). */
  countries: MatrixNoteCountry[];
}

/** Matrix totals next to the WDI figures of the same year: two different measures, compared, never mixed. */
export function matrixNote(matrix: RemittanceMatrix, remittances: Rows<RemittanceRow>, countries: readonly string[] = []): MatrixNote {
  const ix = matrixIndex(matrix);
  return {
    flowYear: matrix.year,
    matrixTotal: ix.total,
    wdiWorldReceived: wdiValue(remittances, 'WLD', 'received', matrix.year),
    countries: countries.map((iso3) => ({
      iso3,
      matrixReceived: ix.received.get(iso3) ?? 0,
      matrixSent: ix.sent.get(iso3) ?? 0,
      wdiReceived: wdiValue(remittances, iso3, 'received', matrix.year),
      wdiPaid: wdiValue(remittances, iso3, 'paid', matrix.year),
    })),
  };
}
