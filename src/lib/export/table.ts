/**
 * A view's displayed data as one tidy table. The same object feeds the view's accessible
 * "Table" alternative, its CSV download and its export metadata, so the three never disagree.
 */
export type Cell = string | number | null;

export interface Column<K extends string = string> {
  /** Stable snake_case column name: the CSV header (public contract, see columns.ts and docs/csv-columns.md). */
  key: K;
  /** Header shown in the on-screen table (unit appended as "label (unit)"), and the column's meaning in the data dictionary. */
  label: string;
  type: 'string' | 'number' | 'date';
  /** e.g. 'persons', 'current US$', '% of USD 200 sent' */
  unit?: string;
  /** Display formatting for the HTML table only; CSV always gets the exact value. */
  format?: (v: Cell) => string;
  /** Column holds an ISO3 code a user can click to select that country. */
  countryCode?: boolean;
}

export interface DisplayTable<K extends string = string> {
  columns: Column<K>[];
  rows: Record<string, Cell>[];
}

/** The on-screen header of a column: "label (unit)". */
export function columnHeader(c: Column): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}
