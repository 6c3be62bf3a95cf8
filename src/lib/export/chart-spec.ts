/**
 * A native (editable) chart description for presenter exports, and the adapter that builds one from a
 * view's DisplayTable and the roles of its columns, so a view only declares which column is x, which
 * names the series and which holds y. Pure: no DOM, no PowerPoint library (that is loaded on demand).
 */
import { columnHeader, type Cell, type Column, type DisplayTable } from './table';

/** A horizontal reference line (e.g. the 5 % and 3 % remittance-cost targets). */
export interface ReferenceLine {
  label: string;
  value: number;
  /** Hex colour, '#rrggbb'. */
  color?: string;
}

export interface CategorySeries {
  name: string;
  /** One value per category (null: no observation). */
  values: (number | null)[];
  color?: string;
}

interface ChartBase {
  xTitle: string;
  yTitle: string;
  references?: ReferenceLine[];
}

/** Lines over ordered categories (trends); `step` draws the treaty timeline as a step line. */
export interface LineChartSpec extends ChartBase {
  kind: 'line';
  categories: string[];
  series: CategorySeries[];
  step?: boolean;
}

/** Bars per category (rankings); horizontal by default, largest first as given. */
export interface BarChartSpec extends ChartBase {
  kind: 'bar';
  categories: string[];
  series: CategorySeries[];
  horizontal?: boolean;
}

export interface ScatterPoint {
  x: number;
  y: number;
  label?: string;
}

export interface ScatterSeries {
  name: string;
  points: ScatterPoint[];
  color?: string;
}

/** Points on two numeric axes (cost vs corridor size). */
export interface ScatterChartSpec extends ChartBase {
  kind: 'scatter';
  series: ScatterSeries[];
}

export type ChartSpec = LineChartSpec | BarChartSpec | ScatterChartSpec;

/**
 * Which columns play which part; the view declares only this. `K` is the view's column names
 * (`ChartRoles<CsvKeyOf<'stock-trend'>>`), so a role naming a column the table does not have is a compile error.
 */
export interface ChartRoles<K extends string = string> {
  kind: ChartSpec['kind'];
  /** Category (line, bar) or numeric x (scatter) column key. */
  x: K;
  /** Numeric y column key. */
  y: K;
  /** Column whose values name the series (omitted: one series named after the y column). */
  series?: K;
  /** Scatter only: column labelling each point. */
  label?: K;
  references?: ReferenceLine[];
  xTitle?: string;
  yTitle?: string;
  step?: boolean;
  horizontal?: boolean;
}

export class ChartRolesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartRolesError';
  }
}

function column(table: DisplayTable, key: string, role: string): Column {
  const c = table.columns.find((col) => col.key === key);
  if (!c) throw new ChartRolesError(`chart role ${role}: the table has no column "${key}"`);
  return c;
}

const asText = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));

function asNumber(v: Cell | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function compareCategories(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return asText(a) < asText(b) ? -1 : asText(a) > asText(b) ? 1 : 0;
}

/**
 * The native chart for `table` with `roles`. Line charts order categories ascending (years,
 * quarters, dates); bar charts keep the table's row order (a ranking is already sorted). Series keep
 * their first-appearance order. Two rows for the same (x, series) are an error: the roles are wrong.
 */
export function chartFromTable(table: DisplayTable, roles: ChartRoles): ChartSpec {
  const xCol = column(table, roles.x, 'x');
  const yCol = column(table, roles.y, 'y');
  const sCol = roles.series ? column(table, roles.series, 'series') : null;
  const base: ChartBase = {
    xTitle: roles.xTitle ?? columnHeader(xCol),
    yTitle: roles.yTitle ?? columnHeader(yCol),
    ...(roles.references?.length ? { references: roles.references } : {}),
  };
  const seriesOf = (r: Record<string, Cell>) => (sCol ? asText(r[sCol.key]) : columnHeader(yCol));

  if (roles.kind === 'scatter') {
    const lCol = roles.label ? column(table, roles.label, 'label') : null;
    const bySeries = new Map<string, ScatterPoint[]>();
    for (const r of table.rows) {
      const x = asNumber(r[xCol.key]);
      const y = asNumber(r[yCol.key]);
      if (x === null || y === null) continue;
      const name = seriesOf(r);
      if (!bySeries.has(name)) bySeries.set(name, []);
      bySeries.get(name)!.push(lCol ? { x, y, label: asText(r[lCol.key]) } : { x, y });
    }
    return { kind: 'scatter', ...base, series: [...bySeries].map(([name, points]) => ({ name, points })) };
  }

  const cats: Cell[] = [];
  const seen = new Set<string>();
  for (const r of table.rows) {
    const k = asText(r[xCol.key]);
    if (!seen.has(k)) {
      seen.add(k);
      cats.push(r[xCol.key]);
    }
  }
  if (roles.kind === 'line') cats.sort(compareCategories);
  const categories = cats.map(asText);
  const index = new Map(categories.map((c, i) => [c, i]));
  const values = new Map<string, (number | null)[]>();
  const filled = new Set<string>();
  for (const r of table.rows) {
    const name = seriesOf(r);
    const cat = asText(r[xCol.key]);
    const key = `${name}\u0000${cat}`;
    if (filled.has(key)) throw new ChartRolesError(`two rows for ${xCol.key}=${cat}${sCol ? `, ${sCol.key}=${name}` : ''}`);
    filled.add(key);
    if (!values.has(name)) values.set(name, categories.map(() => null));
    values.get(name)![index.get(cat)!] = asNumber(r[yCol.key]);
  }
  const series = [...values].map(([name, v]) => ({ name, values: v }));
  if (roles.kind === 'line') return { kind: 'line', ...base, categories, series, ...(roles.step ? { step: true } : {}) };
  return { kind: 'bar', ...base, categories, series, horizontal: roles.horizontal ?? true };
}
