/**
 * CSV serialisation of a DisplayTable (RFC 4180): comma separated, CRLF line ends, UTF-8 with BOM
 * (so Excel opens accented names correctly), one header row "label (unit)".
 *
 * Formula injection (OWASP "CSV injection"): a text cell that starts with = + - @ tab or CR is
 * prefixed with an apostrophe so no spreadsheet runs it. To keep the transformation reversible
 * (`parseCsv(…, { restore: true })` gives back the exact text), a text cell that already starts with
 * apostrophes followed by one of those characters gets one more apostrophe.
 *
 * Numbers stay numbers: finite numbers are written unrounded in JavaScript's shortest round-trip
 * form (`String(n)`: -12.5, 0.1, 1e+21), never quoted and never prefixed, so a spreadsheet reads
 * -12.5 as a negative number, not as text. Non-finite numbers and null become an empty cell.
 */
import { columnHeader, type Cell, type Column, type DisplayTable } from './table';

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

function quote(text: string): string {
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
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

/** The header line cells: "label (unit)" per column. */
export function csvHeader(table: DisplayTable): string[] {
  return table.columns.map((c) => columnHeader(c));
}

export function toCsv(table: DisplayTable, opts: CsvOptions = {}): string {
  const header = csvHeader(table).map((h) => quote(neutralise(h))).join(',');
  const lines = table.rows.map((r) => table.columns.map((c) => formatCell(r[c.key], c.type)).join(','));
  return (opts.bom === false ? '' : BOM) + [header, ...lines].join('\r\n') + '\r\n';
}

export interface ParseOptions {
  /** Undo formula neutralisation so cells equal the original text (default false: cells as written). */
  restore?: boolean;
}

/**
 * Parse RFC 4180 CSV (as written by toCsv, or by a spreadsheet) into string cells.
 * Accepts CRLF or LF line ends and an optional BOM; a final line end does not add an empty row.
 */
export function parseCsv(text: string, opts: ParseOptions = {}): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let inQuotes = false;
  const endCell = () => {
    row.push(opts.restore ? restore(cell) : cell);
    cell = '';
    quoted = false;
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (inQuotes) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += ch;
    } else if (ch === '"') {
      inQuotes = true;
      quoted = true;
    } else if (ch === ',') endCell();
    else if (ch === '\n' || (ch === '\r' && s[i + 1] === '\n')) {
      if (ch === '\r') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell !== '' || quoted || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** The string each cell of `table` must read back as from its CSV: the displayed data, exactly. */
export function expectedCells(table: DisplayTable): string[][] {
  return [
    csvHeader(table),
    ...table.rows.map((r) =>
      table.columns.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return '';
        if (typeof v === 'number') return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : '';
        return String(v);
      }),
    ),
  ];
}
