/**
 * Input validation for the raw CSV files of the data build step (parsing is d3-dsv's).
 * Every error names the raw file (relative to the raw folder), the line and the column.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { csvParseRows } from 'd3-dsv';

export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}

/**
 * Parse CSV text into rows of strings with d3-dsv (RFC 4180: quotes, doubled quotes, CRLF, newlines in quotes).
 * A leading byte-order mark is removed first; parsing itself is the library's.
 */
export function parseCSV(text: string): string[][] {
  return csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A parsed raw CSV with a validated header. `rel` is the path relative to the raw folder. */
export class RawTable {
  readonly rel: string;
  readonly header: string[];
  readonly rows: string[][];
  private readonly idx: Map<string, number>;

  constructor(rel: string, header: string[], rows: string[][]) {
    this.rel = rel;
    this.header = header;
    this.rows = rows;
    this.idx = new Map(header.map((h, i) => [h, i]));
  }

  get length(): number {
    return this.rows.length;
  }

  /** Column accessor: `const year = t.col('year'); year(row)`. */
  col(name: string): (row: string[]) => string {
    const i = this.idx.get(name);
    if (i === undefined) throw new BuildError(`${this.rel}: missing column "${name}"`);
    return (row) => row[i] ?? '';
  }

  /** Human-readable location of a data row (1-based line number, header = line 1). */
  where(rowIndex: number, column?: string): string {
    return `${this.rel}, line ${rowIndex + 2}${column ? `, column "${column}"` : ''}`;
  }
}

/** Read a CSV from the raw folder and check that every expected column is present. */
export function readRaw(rawDir: string, rel: string, required: readonly string[]): RawTable {
  const file = path.join(rawDir, rel);
  if (!existsSync(file)) throw new BuildError(`${rel}: raw file not found in the raw folder`);
  const all = parseCSV(readFileSync(file, 'utf8'));
  if (all.length === 0) throw new BuildError(`${rel}: file is empty`);
  const header = all[0].map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new BuildError(
      `${rel}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} ` +
        `(header has: ${header.join(', ')})`,
    );
  }
  const rows = all.slice(1).filter((r) => !(r.length === 1 && r[0] === ''));
  rows.forEach((r, i) => {
    if (r.length !== header.length) {
      throw new BuildError(`${rel}, line ${i + 2}: ${r.length} fields, header has ${header.length}`);
    }
  });
  return new RawTable(rel, header, rows);
}

export interface NumOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Parse a required number; throws a BuildError naming file/line/column on bad text or range. */
export function parseNum(text: string, where: string, opts: NumOptions = {}): number {
  const s = text.trim();
  if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) {
    throw new BuildError(`${where}: not a number: ${JSON.stringify(text)}`);
  }
  const v = Number(s);
  if (!Number.isFinite(v)) throw new BuildError(`${where}: not a finite number: ${JSON.stringify(text)}`);
  if (opts.integer && !Number.isInteger(v)) throw new BuildError(`${where}: expected an integer, got ${s}`);
  if (opts.min !== undefined && v < opts.min) throw new BuildError(`${where}: ${s} is below ${opts.min}`);
  if (opts.max !== undefined && v > opts.max) throw new BuildError(`${where}: ${s} is above ${opts.max}`);
  return v;
}

/** Parse an optional number: '' (and the given missing markers) → null. */
export function parseOptNum(
  text: string,
  where: string,
  opts: NumOptions = {},
  missing: readonly string[] = ['', '..', 'NA'],
): number | null {
  if (missing.includes(text.trim())) return null;
  return parseNum(text, where, opts);
}

export function expectOneOf<T extends string>(text: string, allowed: readonly T[], where: string): T {
  if (!(allowed as readonly string[]).includes(text)) {
    throw new BuildError(`${where}: unexpected value ${JSON.stringify(text)} (expected one of ${allowed.join(', ')})`);
  }
  return text as T;
}

export function expectDate(text: string, where: string): string | null {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s + 'T00:00:00Z'))) {
    throw new BuildError(`${where}: not a YYYY-MM-DD date: ${JSON.stringify(text)}`);
  }
  return s;
}
