/**
 * CSV serialisation of a DisplayTable (RFC 4180): comma separated, CRLF line ends, UTF-8 with BOM
 * (so Excel opens accented names correctly), one header row of stable column keys (see
 * docs/csv-columns.md). Quoting and parsing are d3-dsv's; this module only adds the two things a
 * spreadsheet needs on top: the BOM and the formula-injection guard.
 *
 * Formula injection (OWASP "CSV injection"): a text cell that starts with = + - @ tab or CR is
 * prefixed with an apostrophe so no spreadsheet runs it. To keep the transformation reversible
 * (`restore` gives back the exact text), a text cell that already starts with
 * apostrophes followed by one of those characters gets one more apostrophe.
 *
 * Numbers stay numbers: finite numbers are written unrounded in JavaScript's shortest round-trip
 * form (`String(n)`: -12.5, 0.1, 1e+21), never quoted and never prefixed, so a spreadsheet reads
 * -12.5 as a negative number, not as text. Non-finite numbers and null become an empty cell.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Cell, Column, DisplayTable } from './table';

export const BOM = '\uFEFF';
/** Characters that make a spreadsheet treat a cell as a formula (or smuggle one in). */
const DANGEROUS_START = /^'*[=+\-@\t\r]/;
/** A neutralised cell: one added apostrophe, then possibly more apostrophes, then a dangerous char. */
const NEUTRALISED = /^''*[=+\-@\t\r]/;
/** A plain decimal number as text (what `String(n)` writes for a finite number). */
const NUMERIC_TEXT = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Neutralise a text cell that a spreadsheet would run as a formula. */
export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** Undo `neutralise` (exact inverse on every string). */
export function restore(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * Quote a text cell: d3-dsv quotes a cell holding a quote, comma or line break; a cell with leading
 * or trailing whitespace is quoted too, so a reader that trims unquoted cells still keeps it.
 */
function quote(text: string): string {
  return text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : csvFormatRow([text]);
}

/** One cell as CSV text. */
export function formatCell(v: Cell | undefined, type: Column['type'] = 'string'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : '';
  if (typeof v !== 'string') return quote(neutralise(String(v)));
  // A number column may carry numeric text (e.g. from a source file): write it as a number.
  if (type === 'number' && NUMERIC_TEXT.test(v)) return v;
  return quote(neutralise(v));
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true: Excel needs it to read UTF-8). */
  bom?: boolean;
}

/** The header line cells: the stable column names (keys), never the translated labels. */
export function csvHeader(table: DisplayTable): string[] {
  return table.columns.map((c) => c.key);
}

export function toCsv(table: DisplayTable, opts: CsvOptions = {}): string {
  const header = csvHeader(table).map((h) => quote(neutralise(h))).join(',');
  const lines = table.rows.map((r) => table.columns.map((c) => formatCell(r[c.key], c.type)).join(','));
  return (opts.bom === false ? '' : BOM) + [header, ...lines].join('\r\n') + '\r\n';
}
