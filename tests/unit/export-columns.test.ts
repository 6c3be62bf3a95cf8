/**
 * The CSV column names are a public contract (docs/csv-columns.md): the document and the code agree,
 * every view types its table with its documented columns, and the full-dataset tables write exactly theirs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_KEY_RE, type CsvTableId } from '../../src/lib/export/columns';
import { fullDataTable } from '../../src/lib/export/full-data';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { META_IDS } from '../../src/lib/export/metadata';
import type { PackageId } from '../../src/lib/export/download-names';
import { VIEW_IDS } from '../../src/lib/state/types';
import { repoRoot } from '../fixtures/data-paths';

const ids = Object.keys(CSV_COLUMNS) as CsvTableId[];
/** Every dataset id, with the data package's own tables (META_IDS is a Record over all of them). */
const DATASET_IDS = Object.keys(META_IDS) as PackageId[];

/** docs/csv-columns.md: `## \`<id>\` — title`, then a table whose rows start with | `column` |. */
function documented(): Map<string, string[]> {
  const doc = readFileSync(path.join(repoRoot, 'docs/csv-columns.md'), 'utf8');
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of doc.split('\n')) {
    const h = /^## `([^`]+)`/.exec(line);
    if (h) {
      expect(out.has(h[1]), `section ${h[1]} appears once`).toBe(false);
      current = [];
      out.set(h[1], current);
      continue;
    }
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (row && current) current.push(row[1]);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(svelte|ts)$/.test(f) ? [p] : [];
  });
}

describe('CSV column names', () => {
  it('every table of the code is documented with exactly its columns, in order, and nothing else is', () => {
    const doc = documented();
    expect([...doc.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(doc.get(id), id).toEqual([...CSV_COLUMNS[id]]);
  });

  it('names are snake_case and unique within a table; every view and every dataset has a table', () => {
    for (const id of ids) {
      const keys = CSV_COLUMNS[id] as readonly string[];
      for (const k of keys) expect(k, `${id}.${k}`).toMatch(CSV_KEY_RE);
      expect(new Set(keys).size, id).toBe(keys.length);
    }
    for (const v of VIEW_IDS) expect(ids, v).toContain(v);
    for (const d of DATASET_IDS) expect(ids, d).toContain(`full:${d}`);
  });

  it('each view types its table with its own documented columns and uses no other column name', () => {
    const typed = new Set<string>();
    for (const file of sourceFiles(path.join(repoRoot, 'src/lib/views'))) {
      const src = readFileSync(file, 'utf8');
      const views = [...new Set([...src.matchAll(/ViewTable<'([a-z0-9-]+)'>/g)].map((m) => m[1]))];
      // a column definition: { key: '…', label: …, type: 'string' | 'number' | 'date' … } (legend items have no type)
      const keys = [...src.matchAll(/\{\s*key: '([^']+)'(?: as const)?,\s*label:(?:(?!key:)[\s\S]){0,200}?\btype: '(?:string|number|date)'/g)].map((m) => m[1]);
      if (!views.length) {
        expect(keys, `${file} defines table columns without ViewTable<…>`).toEqual([]);
        continue;
      }
      expect(views, file).toHaveLength(1);
      const id = views[0] as CsvTableId;
      typed.add(id);
      expect(keys.length, file).toBeGreaterThan(0);
      for (const k of keys) expect(CSV_COLUMNS[id] as readonly string[], `${path.basename(file)}: ${k}`).toContain(k);
    }
    expect([...typed].sort()).toEqual([...VIEW_IDS].sort());
  });

  it('the full-dataset tables write exactly their documented columns', async () => {
    const fetcher = nodeFetcher('data');
    for (const d of DATASET_IDS) {
      const table = await fullDataTable(d, { fetcher });
      expect(table.columns.map((c) => c.key), d).toEqual([...CSV_COLUMNS[`full:${d}`]]);
      const keys = new Set<string>(CSV_COLUMNS[`full:${d}`]);
      for (const k of Object.keys(table.rows[0])) expect(keys, `${d} row key ${k}`).toContain(k);
    }
  });
});
