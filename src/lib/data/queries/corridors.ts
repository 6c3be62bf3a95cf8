/**
 * Corridors (Sankey) query: migrant stocks from origin to destination, aggregated to the nodes the
 * Corridors view shows. Pure TypeScript + arquero; runs in Node (tests) and in the browser.
 *
 * Inputs: one year's bilateral table (`stock-<year>.arrow`, known origins only) and the all-years
 * totals table (`stock-totals.arrow`, whose `unknownOrigin` is DESA's "Others"). Every migrant of
 * the chosen year and sex is in exactly one link, so the links always add up to the published total
 * of what is shown (304,021,813 for the world in 2024, both sexes): migrants of unknown origin get
 * their own origin node, countries without a group under a grouping get a "Not classified" node,
 * and whatever a top-N cut leaves out goes to an "Other" node with its exact total.
 *
 * Four shapes, chosen from the shared filter state:
 * - `groups`    world, group ≠ country: origin groups → destination groups.
 * - `drill`     world, `focus` = a group of the grouping: that group is expanded into its member
 *               countries on BOTH sides (top `top` members per side; the rest "Other <group>").
 * - `top`       world, group = country: the `top` largest country-to-country corridors decide which
 *               countries are named; all flows between named countries are shown, every other
 *               country is "Other" on its side.
 * - `selection` countries selected: the selection's top `top` origins (dir=in, plus unknown origin)
 *               or destinations (dir=out) by country; the rest one "Other" node.
 */
import type { ColumnTable } from 'arquero';
import type { Direction, Grouping, Sex, StockYear } from '../types';
import { STOCK_YEARS } from '../types';
import type { Registry } from '../registry';
import { createSelector } from './memo';

export interface CorridorQuery {
  year: StockYear;
  sex: Sex;
  group: Grouping;
  countries: readonly string[];
  dir: Direction;
  top: number;
  focus: string | null;
  /**
   * The names in use (the interface language, e.g. 'fr'): node names come from the registry's namers,
   * so a change of language must build a new graph rather than reuse the memoised one.
   */
  names?: string;
}

export type CorridorMode = 'groups' | 'drill' | 'top' | 'selection';
export type NodeSide = 'origin' | 'destination';
/** country: one ISO3; group: a group of the grouping; other: the rest (of the world, or of the focused group);
 *  unknown: DESA "Others" (origin unknown); unclassified: countries without a group under the grouping. */
export type NodeKind = 'country' | 'group' | 'other' | 'unknown' | 'unclassified';

export interface CorridorNode {
  /** Side-specific id: `o:<key>` or `d:<key>` (the same group appears on both sides). */
  id: string;
  side: NodeSide;
  /** Side-independent key: `c:ISO3`, `g:<group>`, `other`, `other:<group>`, `unknown`, `none`. */
  key: string;
  kind: NodeKind;
  /** ISO3 for countries, the group key for groups, null otherwise. */
  code: string | null;
  /** Display name from the registry (short country name / group label); null for other / unknown / unclassified. */
  name: string | null;
  /** For `other:<group>` (drill-down) and member countries in a drill-down: the focused group. */
  parent: string | null;
  /** Colour category (a group of `colourGrouping`), null for grey nodes (other, unknown, unclassified). */
  colour: string | null;
  /** Migrants in the links of this node (persons). */
  value: number;
  /** The node's own world total (emigrants of an origin / immigrants of a destination), when meaningful. */
  total: number | null;
  /** `value` in the previous stock year with the same node definitions; null for 1990. */
  prev: number | null;
  /** Number of countries the node stands for (1 for a country). */
  members: number;
  /** Display order within its side (0 = top). */
  order: number;
}

export interface CorridorLink {
  id: string;
  source: string;
  target: string;
  value: number;
  prev: number | null;
}

export interface CorridorGraph {
  query: CorridorQuery;
  mode: CorridorMode;
  /** The focus group actually applied (null when `focus` is not a group of the grouping, or a selection overrides it). */
  focus: string | null;
  /** Selected ISO3 codes that are DESA areas (in selection mode). */
  selection: string[];
  colourGrouping: Grouping;
  /** Colour categories in display order. */
  colourDomain: string[];
  nodes: CorridorNode[];
  links: CorridorLink[];
  /** Sum of all links (persons). */
  total: number;
  /** Migrants of unknown origin included. */
  unknown: number;
  prevYear: StockYear | null;
  prevTotal: number | null;
}

export interface CorridorSources {
  registry: Registry;
  /** `stock-<year>.arrow` for `query.year`. */
  stock: ColumnTable;
  /** `stock-totals.arrow`. */
  totals: ColumnTable;
  /** `stock-<previous year>.arrow`, when loaded (for changes); omitted or null → `prev` is null. */
  prevStock?: ColumnTable | null;
}

// ------------------------------------------------------------------ prepared columns (memoised)

interface Cells {
  orig: string[];
  dest: string[];
  stock: number[];
}

interface YearTotals {
  immigrants: Map<string, number>;
  unknown: Map<string, number>;
  emigrants: Map<string, number>;
}

/** The rows of a stock table (bilateral cells or per-area totals) for one year and sex. */
function rowsOfYearAndSex(t: ColumnTable, year: number, sex: Sex): ColumnTable {
  return t
    .params({ year, sex })
    .filter((d: { year: number; sex: string }, $: { year: number; sex: string }) => d.year === $.year && d.sex === $.sex);
}

const cellsSel = createSelector(
  { key: (p: { year: number; sex: Sex }) => `${p.year}|${p.sex}`, limit: 64 },
  ([stock]: [ColumnTable], { year, sex }): Cells => {
    const t = rowsOfYearAndSex(stock, year, sex);
    return {
      orig: Array.from(t.array('orig') as ArrayLike<string>),
      dest: Array.from(t.array('dest') as ArrayLike<string>),
      stock: Array.from(t.array('stock') as ArrayLike<number>, Number),
    };
  },
);

/** Bilateral cells of one year and sex as plain column arrays (memoised per table). */
export function stockCells(stock: ColumnTable, year: number, sex: Sex): Cells {
  return cellsSel([stock], { year, sex });
}

const totalsSel = createSelector(
  { key: (p: { year: number; sex: Sex }) => `${p.year}|${p.sex}`, limit: 64 },
  ([totals]: [ColumnTable], { year, sex }): YearTotals => {
    const t = rowsOfYearAndSex(totals, year, sex);
    const iso = t.array('iso3') as ArrayLike<string>;
    const imm = t.array('immigrants') as ArrayLike<number>;
    const unk = t.array('unknownOrigin') as ArrayLike<number>;
    const emi = t.array('emigrants') as ArrayLike<number>;
    const y: YearTotals = { immigrants: new Map(), unknown: new Map(), emigrants: new Map() };
    for (let i = 0; i < iso.length; i++) {
      y.immigrants.set(iso[i], Number(imm[i]) || 0);
      y.unknown.set(iso[i], Number(unk[i]) || 0);
      y.emigrants.set(iso[i], Number(emi[i]) || 0);
    }
    return y;
  },
);

/** Per-country totals of one year and sex (memoised per table). */
export function yearTotals(totals: ColumnTable, year: number, sex: Sex): YearTotals {
  return totalsSel([totals], { year, sex });
}

/** The stock year before `year`, or null for the first one (1990). */
export function previousStockYear(year: StockYear): StockYear | null {
  const i = STOCK_YEARS.indexOf(year);
  return i > 0 ? STOCK_YEARS[i - 1] : null;
}

/** Colours follow the grouping, except where it has too many groups: subregions and countries take their region's colour. */
export function colourGroupingOf(group: Grouping): Grouping {
  return group === 'subregion' || group === 'country' ? 'region' : group;
}

// ------------------------------------------------------------------ node mapping

/** How countries map to node keys; null = not part of the graph. Reapplied to the previous year for changes. */
interface Mapping {
  origin(iso3: string): string | null;
  destination(iso3: string): string | null;
  /** Include migrants of unknown origin (to the destination's node) as origin node `unknown`. */
  unknown: boolean;
}

const SEP = '\u0001';

/** Aggregate cells (+ unknown origin) by node keys. */
function aggregate(cells: Cells, tot: YearTotals, m: Mapping): Map<string, number> {
  const out = new Map<string, number>();
  const add = (o: string, d: string, v: number) => {
    if (!v) return;
    const k = o + SEP + d;
    out.set(k, (out.get(k) ?? 0) + v);
  };
  const oCache = new Map<string, string | null>();
  const dCache = new Map<string, string | null>();
  const ok = (iso: string) => {
    let v = oCache.get(iso);
    if (v === undefined) oCache.set(iso, (v = m.origin(iso)));
    return v;
  };
  const dk = (iso: string) => {
    let v = dCache.get(iso);
    if (v === undefined) dCache.set(iso, (v = m.destination(iso)));
    return v;
  };
  for (let i = 0; i < cells.stock.length; i++) {
    const d = dk(cells.dest[i]);
    if (d === null) continue;
    const o = ok(cells.orig[i]);
    if (o === null) continue;
    add(o, d, cells.stock[i]);
  }
  if (m.unknown) {
    for (const [iso, v] of tot.unknown) {
      const d = dk(iso);
      if (d !== null) add('unknown', d, v);
    }
  }
  return out;
}

/** Rank keys of a Map<string, number> by value desc, ties by key (deterministic). */
function ranked(m: Map<string, number>): string[] {
  return [...m.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k]) => k);
}

function sumBy(keys: Iterable<string>, f: (k: string) => number): number {
  let s = 0;
  for (const k of keys) s += f(k);
  return s;
}

// ------------------------------------------------------------------ the graph

function queryKey(q: CorridorQuery): string {
  return JSON.stringify([q.year, q.sex, q.group, [...q.countries], q.dir, q.top, q.focus, q.names ?? '']);
}

const graphSel = createSelector(
  { key: queryKey, limit: 64 },
  ([stock, totals, registry]: [ColumnTable, ColumnTable, Registry], q: CorridorQuery) =>
    buildGraph({ stock, totals, registry }, q),
);

/** The graph with previous-year values: one per (graph, previous year's table, totals). */
const withPreviousSel = createSelector(
  { key: () => '', limit: 1 },
  ([g, prevStock, totals]: [CorridorGraph, ColumnTable, ColumnTable]) => addPrevious(g, totals, prevStock),
);

/**
 * The corridors graph for a query. Memoised by (stock table, totals table, registry, year, sex, group,
 * countries, dir, top, focus); with `prevStock`, a copy with previous-year values is memoised too.
 */
export function corridorGraph(src: CorridorSources, q: CorridorQuery): CorridorGraph {
  const g = graphSel([src.stock, src.totals, src.registry], q);
  if (!src.prevStock || !g.prevYear) return g;
  return withPreviousSel([g, src.prevStock, src.totals], null);
}

interface NodeMeta {
  kind: NodeKind;
  code: string | null;
  name: string | null;
  parent: string | null;
  colour: string | null;
  members: number;
  total: number | null;
}

function buildGraph(src: Omit<CorridorSources, 'prevStock'>, q: CorridorQuery): CorridorGraph {
  const { registry } = src;
  const cells = stockCells(src.stock, q.year, q.sex);
  const tot = yearTotals(src.totals, q.year, q.sex);
  const top = Math.max(1, Math.floor(q.top));
  const colourGrouping = colourGroupingOf(q.group);
  const colourDomain = registry.groups(colourGrouping, { imsOnly: true });

  // every DESA area with data this year
  const areas = new Set<string>([...tot.immigrants.keys()]);
  for (let i = 0; i < cells.stock.length; i++) {
    areas.add(cells.orig[i]);
    areas.add(cells.dest[i]);
  }
  const emigrants = (iso: string) => tot.emigrants.get(iso) ?? 0;
  const immigrants = (iso: string) => tot.immigrants.get(iso) ?? 0;
  const grp = (iso: string) => registry.groupOf(iso, q.group);
  const colourOfCountry = (iso: string) => registry.groupOf(iso, colourGrouping);
  const membersOf = (g: string) => [...areas].filter((iso) => grp(iso) === g);
  const colourOfGroup = (g: string) => {
    if (q.group === colourGrouping) return g;
    const m = membersOf(g);
    return m.length ? colourOfCountry(m[0]) : null;
  };

  const selection = q.countries.filter((c) => areas.has(c));
  const groupKeys = new Set(registry.groups(q.group, { imsOnly: true }));
  const focus =
    selection.length === 0 && q.group !== 'country' && q.focus !== null && groupKeys.has(q.focus) ? q.focus : null;
  const mode: CorridorMode = selection.length ? 'selection' : q.group === 'country' ? 'top' : focus ? 'drill' : 'groups';
  const world = mode !== 'selection';

  // per key: how to describe the node (side-independent parts; totals are per side)
  const countryMeta = (iso: string, side: NodeSide, parent: string | null = null): NodeMeta => ({
    kind: 'country',
    code: iso,
    name: registry.label(iso),
    parent,
    colour: colourOfCountry(iso),
    members: 1,
    total: side === 'origin' ? emigrants(iso) : immigrants(iso),
  });

  let mapping: Mapping;
  const meta = new Map<string, (side: NodeSide) => NodeMeta>();
  const metaFor = (key: string): ((side: NodeSide) => NodeMeta) => {
    const f = meta.get(key);
    if (f) return f;
    if (key.startsWith('c:')) return (side) => countryMeta(key.slice(2), side, focus && grp(key.slice(2)) === focus ? focus : null);
    if (key.startsWith('g:')) {
      const g = key.slice(2);
      const members = membersOf(g);
      return (side) => ({
        kind: 'group',
        code: g,
        name: registry.groupLabel(q.group, g),
        parent: null,
        colour: colourOfGroup(g),
        members: members.length,
        total: sumBy(members, side === 'origin' ? emigrants : immigrants),
      });
    }
    if (key === 'unknown')
      return () => ({ kind: 'unknown', code: null, name: null, parent: null, colour: null, members: 0, total: null });
    if (key === 'none')
      return () => ({ kind: 'unclassified', code: null, name: null, parent: null, colour: null, members: 0, total: null });
    // other / other:<group>
    const parent = key.startsWith('other:') ? key.slice(6) : null;
    return () => ({
      kind: 'other',
      code: null,
      name: null,
      parent,
      colour: parent ? colourOfGroup(parent) : null,
      members: 0,
      total: null,
    });
  };

  if (mode === 'groups') {
    const k = (iso: string) => {
      const g = grp(iso);
      return g === null ? 'none' : `g:${g}`;
    };
    mapping = { origin: k, destination: k, unknown: true };
  } else if (mode === 'drill') {
    const f = focus as string;
    const members = membersOf(f);
    const topOf = (value: (iso: string) => number) => {
      const r = ranked(new Map(members.map((iso) => [iso, value(iso)])));
      // never an "Other" of a single country: show it instead
      return new Set(r.length <= top + 1 ? r : r.slice(0, top));
    };
    const shownO = topOf(emigrants);
    const shownD = topOf(immigrants);
    const k = (shown: Set<string>) => (iso: string) => {
      const g = grp(iso);
      if (g === null) return 'none';
      if (g !== f) return `g:${g}`;
      return shown.has(iso) ? `c:${iso}` : `other:${f}`;
    };
    mapping = { origin: k(shownO), destination: k(shownD), unknown: true };
  } else if (mode === 'top') {
    const pairs = new Map<string, number>();
    for (let i = 0; i < cells.stock.length; i++) {
      if (cells.stock[i] > 0) pairs.set(cells.orig[i] + SEP + cells.dest[i], cells.stock[i]);
    }
    const best = ranked(pairs).slice(0, top);
    const O = new Set(best.map((p) => p.split(SEP)[0]));
    const D = new Set(best.map((p) => p.split(SEP)[1]));
    mapping = {
      origin: (iso) => (O.has(iso) ? `c:${iso}` : 'other'),
      destination: (iso) => (D.has(iso) ? `c:${iso}` : 'other'),
      unknown: true,
    };
  } else {
    const S = new Set(selection);
    const counterpart = new Map<string, number>();
    for (let i = 0; i < cells.stock.length; i++) {
      const inSel = q.dir === 'in' ? S.has(cells.dest[i]) : S.has(cells.orig[i]);
      if (!inSel) continue;
      const c = q.dir === 'in' ? cells.orig[i] : cells.dest[i];
      counterpart.set(c, (counterpart.get(c) ?? 0) + cells.stock[i]);
    }
    const r = ranked(counterpart);
    const shown = new Set(r.length <= top + 1 ? r : r.slice(0, top));
    const sel = (iso: string) => (S.has(iso) ? `c:${iso}` : null);
    const other = (iso: string) => (shown.has(iso) ? `c:${iso}` : 'other');
    mapping =
      q.dir === 'in'
        ? { origin: other, destination: sel, unknown: true }
        : { origin: sel, destination: other, unknown: false };
  }

  const agg = aggregate(cells, tot, mapping);

  // nodes & links
  const nodeValue = new Map<string, number>();
  const links: CorridorLink[] = [];
  let total = 0;
  let unknown = 0;
  for (const [k, v] of agg) {
    const [o, d] = k.split(SEP);
    const source = `o:${o}`;
    const target = `d:${d}`;
    links.push({ id: `${source}>${target}`, source, target, value: v, prev: null });
    nodeValue.set(source, (nodeValue.get(source) ?? 0) + v);
    nodeValue.set(target, (nodeValue.get(target) ?? 0) + v);
    total += v;
    if (o === 'unknown') unknown += v;
  }

  const nodes: CorridorNode[] = [];
  for (const [id, value] of nodeValue) {
    const side: NodeSide = id.startsWith('o:') ? 'origin' : 'destination';
    const key = id.slice(2);
    const m = metaFor(key)(side);
    // in a world view, an aggregate node (other, unknown, unclassified) holds all of its flows: its total is its value
    const total = m.total ?? (world ? value : null);
    nodes.push({ id, side, key, ...m, total, value, prev: null, order: 0 });
  }
  orderNodes(nodes, focus);
  links.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));

  return {
    query: { ...q, countries: [...q.countries] },
    mode,
    focus,
    selection,
    colourGrouping,
    colourDomain,
    nodes,
    links,
    total,
    unknown,
    prevYear: previousStockYear(q.year),
    prevTotal: null,
    [MAPPING]: mapping,
  } as CorridorGraph;
}

const MAPPING = Symbol('mapping');

/** Order within a side: by value, the focused group's members kept together at the group's place; grey nodes last. */
function orderNodes(nodes: CorridorNode[], focus: string | null): void {
  const rank = (n: CorridorNode) => (n.kind === 'other' && !n.parent ? 1 : n.kind === 'unclassified' ? 2 : n.kind === 'unknown' ? 3 : 0);
  for (const side of ['origin', 'destination'] as NodeSide[]) {
    const own = nodes.filter((n) => n.side === side);
    const clusterValue = own.filter((n) => focus && n.parent === focus).reduce((s, n) => s + n.value, 0);
    const sortValue = (n: CorridorNode) => (focus && n.parent === focus ? clusterValue : n.value);
    own.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        sortValue(b) - sortValue(a) ||
        // inside the focused cluster: "Other <group>" last, then by value
        Number(a.kind === 'other') - Number(b.kind === 'other') ||
        b.value - a.value ||
        (a.id < b.id ? -1 : 1),
    );
    own.forEach((n, i) => (n.order = i));
  }
}

function addPrevious(g: CorridorGraph, totals: ColumnTable, prevStock: ColumnTable): CorridorGraph {
  const prevYear = g.prevYear as StockYear;
  const mapping = (g as unknown as Record<symbol, Mapping>)[MAPPING];
  const cells = stockCells(prevStock, prevYear, g.query.sex);
  const tot = yearTotals(totals, prevYear, g.query.sex);
  const agg = aggregate(cells, tot, mapping);
  const prevNode = new Map<string, number>();
  let prevTotal = 0;
  const links = g.links.map((l) => {
    const k = l.source.slice(2) + SEP + l.target.slice(2);
    return { ...l, prev: agg.get(k) ?? 0 };
  });
  for (const [k, v] of agg) {
    const [o, d] = k.split(SEP);
    prevNode.set(`o:${o}`, (prevNode.get(`o:${o}`) ?? 0) + v);
    prevNode.set(`d:${d}`, (prevNode.get(`d:${d}`) ?? 0) + v);
    prevTotal += v;
  }
  const nodes = g.nodes.map((n) => ({ ...n, prev: prevNode.get(n.id) ?? 0 }));
  return { ...g, nodes, links, prevTotal, [MAPPING]: mapping } as CorridorGraph;
}

// ------------------------------------------------------------------ helpers for views and tests

/** Short names of the DESA areas without a group under a grouping (the "Not classified" node), registry order. */
export function unclassifiedNames(registry: Registry, group: Grouping): string[] {
  return registry
    .imsAreas()
    .filter((c) => registry.groupOf(c.iso3, group) === null)
    .map((c) => c.short);
}

/** Nodes by id. */
export function nodeIndex(g: CorridorGraph): Map<string, CorridorNode> {
  return new Map(g.nodes.map((n) => [n.id, n]));
}

/** Sum of the values of the links leaving (origin) or entering (destination) nodes matching a predicate. */
export function sideTotal(g: CorridorGraph, side: NodeSide): number {
  return g.nodes.filter((n) => n.side === side).reduce((s, n) => s + n.value, 0);
}
