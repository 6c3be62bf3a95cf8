/**
 * CSV serialisation of a DisplayTable: RFC 4180 quoting, UTF-8 with BOM (Excel opens accents correctly),
 * and no spreadsheet formula injection: a text cell starting with = + - @ tab or CR is prefixed with '.
 * Numbers stay numbers (written unrounded, as JavaScript's shortest round-trip form).
 */
import { columnHeader, type Cell, type DisplayTable } from './table';

export const BOM = '\uFEFF';
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Neutralise a text cell that a spreadsheet would run as a formula. */
export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCell(v: Cell, type: 'string' | 'number' | 'date'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    return String(v);
  }
  if (type === 'number' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v)) return v;
  return quote(neutralise(v));
}

export interface CsvOptions {
  /** Leading comment-free metadata is not part of CSV; pass it via metadata.json instead. Default true. */
  bom?: boolean;
}

export function toCsv(table: DisplayTable, opts: CsvOptions = {}): string {
  const header = table.columns.map((c) => quote(neutralise(columnHeader(c)))).join(',');
  const lines = table.rows.map((r) => table.columns.map((c) => formatCell(r[c.key] ?? null, c.type)).join(','));
  return (opts.bom === false ? '' : BOM) + [header, ...lines].join('\r\n') + '\r\n';
}

/** Parse CSV produced by toCsv back into string cells (used by tests and round-trip checks). */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (inQuotes) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
