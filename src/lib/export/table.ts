/**
 * A view's displayed data as one tidy table. The same object feeds the view's accessible
 * "Table" alternative, its CSV download and its export metadata, so the three never disagree.
 */
export type Cell = string | number | null;

export interface Column {
  key: string;
  /** Header shown in the table and written to CSV (unit appended as "label (unit)"). */
  label: string;
  type: 'string' | 'number' | 'date';
  /** e.g. 'persons', 'current US$', '% of USD 200 sent' */
  unit?: string;
  /** Display formatting for the HTML table only; CSV always gets the exact value. */
  format?: (v: Cell) => string;
  /** Column holds an ISO3 code a user can click to select that country. */
  countryCode?: boolean;
}

export interface DisplayTable {
  columns: Column[];
  rows: Record<string, Cell>[];
}

export function columnHeader(c: Column): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}
