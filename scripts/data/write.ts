/** Deterministic writers for the bundled data files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { table, toArrowIPC } from 'arquero';
import { dictionary, float64, int8, int16, int32, utf8 } from '@uwdata/flechette';

export const T = {
  str8: () => dictionary(utf8(), int8()),
  str16: () => dictionary(utf8(), int16()),
  str32: () => dictionary(utf8(), int32()),
  int8,
  int16,
  int32,
  float64,
};

export type Columns = Record<string, unknown[]>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ArrowTypes = Record<string, any>;

export function arrowBytes(columns: Columns, types: ArrowTypes): Uint8Array {
  for (const name of Object.keys(columns)) {
    if (!(name in types)) throw new Error(`arrowBytes: no Arrow type given for column "${name}"`);
  }
  return toArrowIPC(table(columns), { types, format: 'stream' });
}

/** Stable JSON: keys in insertion order (callers build objects in a fixed order), sorted maps sorted. */
export function jsonBytes(value: unknown, pretty = false): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value, null, pretty ? 2 : undefined) + '\n');
}

export class OutputDir {
  readonly dir: string;
  readonly written = new Map<string, { bytes: number; rows: number | null }>();

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  write(file: string, bytes: Uint8Array, rows: number | null): void {
    writeFileSync(path.join(this.dir, file), bytes);
    this.written.set(file, { bytes: bytes.byteLength, rows });
  }

  arrow(file: string, columns: Columns, types: ArrowTypes): number {
    const rows = Object.values(columns)[0]?.length ?? 0;
    this.write(file, arrowBytes(columns, types), rows);
    return rows;
  }

  json(file: string, value: unknown, rows: number | null, pretty = false): void {
    this.write(file, jsonBytes(value, pretty), rows);
  }

  text(file: string, text: string): void {
    this.write(file, new TextEncoder().encode(text), null);
  }
}
