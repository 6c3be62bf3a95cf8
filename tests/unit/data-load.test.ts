/** Loaders, fetchers and the reactive dataset store: happy paths and every failure mode. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { table, toArrowIPC } from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFetcher, bundledFiles } from '../../src/lib/data/fetchers.ts';
import {
  ARROW_SCHEMAS,
  DataLoadError,
  loadCosts,
  loadCountries,
  loadMeta,
  loadRemittances,
  loadStockTotals,
  loadStockYear,
  loadTreaties,
  type Fetcher,
} from '../../src/lib/data/load.ts';
import { nodeFetcher } from '../../src/lib/data/node-fetcher.ts';
import { DataStore } from '../../src/lib/data/store.svelte.ts';
import { DATA_FILES, STOCK_YEARS, type StockYear } from '../../src/lib/data/types.ts';
import { dataDir } from '../fixtures/data-paths.ts';

const good = nodeFetcher(dataDir);

/** A fetcher over data/ with some files replaced or failing. */
function patched(overrides: Record<string, Uint8Array | Error>, calls?: string[]): Fetcher {
  return async (file) => {
    calls?.push(file);
    const o = overrides[file];
    if (o instanceof Error) throw o;
    if (o) return o.buffer.slice(o.byteOffset, o.byteOffset + o.byteLength) as ArrayBuffer;
    return good(file);
  };
}

async function expectLoadError(p: Promise<unknown>, file: string, message: RegExp) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DataLoadError);
  expect((e as DataLoadError).file).toBe(file);
  expect((e as DataLoadError).message).toContain(file);
  expect((e as DataLoadError).message).toMatch(message);
}

describe('loaders on the bundled files', () => {
  it('load every dataset with the expected columns', async () => {
    const reg = await loadCountries(good);
    expect(reg.get('MEX')?.short).toBe('Mexico');
    const meta = await loadMeta(good);
    expect(meta.datasets.map((d) => d.id)).toContain('migrant-stock');
    for (const y of STOCK_YEARS) {
      const t = await loadStockYear(good, y);
      expect(t.columnNames()).toEqual(Object.keys(ARROW_SCHEMAS.stockYear));
      expect(t.get('year', 0)).toBe(y);
    }
    const totals = await loadStockTotals(good);
    expect(totals.numRows()).toBe(233 * 8 * 3);
    const rem = await loadRemittances(good);
    expect(rem.series.columnNames()).toEqual(Object.keys(ARROW_SCHEMAS.remittances));
    expect(rem.bilateral.numRows()).toBe(10_229);
    const costs = await loadCosts(good);
    expect(costs.corridor.numRows()).toBeGreaterThan(10_000);
    expect(costs.global.length).toBeGreaterThan(50);
    const tr = await loadTreaties(good);
    expect(tr.instruments).toHaveLength(8);
  });

  it('gives plain JS numbers and strings (no BigInt, no typed surprises)', async () => {
    const t = await loadStockYear(good, 2024);
    const row = t.object(0) as Record<string, unknown>;
    expect(typeof row.stock).toBe('number');
    expect(typeof row.dest).toBe('string');
    const totals = await loadStockTotals(good);
    const r = totals.objects().find((x) => (x as { year: number; sex: string }).year === 2024 && (x as { sex: string }).sex === 'male') as Record<string, unknown>;
    expect(r.population).toBeNull();
    const both = totals.objects().find((x) => (x as { year: number; sex: string }).year === 2024 && (x as { sex: string }).sex === 'total') as Record<string, unknown>;
    expect(typeof both.population).toBe('number');
  });

  it('keeps the default screen (countries, meta, stock 2024, stock totals, remittances) small', async () => {
    const { gzipSync } = await import('node:zlib');
    const files = [DATA_FILES.countries, DATA_FILES.meta, DATA_FILES.stockYear(2024), DATA_FILES.stockTotals, DATA_FILES.remittances];
    const gz = files.reduce((s, f) => s + gzipSync(readFileSync(path.join(dataDir, f))).byteLength, 0);
    expect(gz).toBeLessThan(1024 * 1024);
    expect(readFileSync(path.join(dataDir, DATA_FILES.stockYear(2024))).byteLength).toBeLessThan(400 * 1024);
  });
});

describe('loader failures are reported as DataLoadError naming the file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corridors-load-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('missing file', async () => {
    await expectLoadError(loadStockTotals(nodeFetcher(dir)), 'stock-totals.arrow', /not found/);
    await expectLoadError(loadCountries(nodeFetcher(dir)), 'countries.json', /not found/);
  });

  it('empty, truncated and garbage Arrow files', async () => {
    const bytes = readFileSync(path.join(dataDir, 'stock-2024.arrow'));
    await expectLoadError(loadStockYear(patched({ 'stock-2024.arrow': new Uint8Array(0) }), 2024), 'stock-2024.arrow', /empty/);
    await expectLoadError(loadStockYear(patched({ 'stock-2024.arrow': bytes.subarray(0, Math.floor(bytes.length / 2)) }), 2024), 'stock-2024.arrow', /./);
    await expectLoadError(loadStockYear(patched({ 'stock-2024.arrow': new TextEncoder().encode('<!doctype html><html>404</html>') }), 2024), 'stock-2024.arrow', /Arrow/);
  });

  it('Arrow file with the wrong columns or types', async () => {
    const wrongCols = toArrowIPC(table({ year: [2024], dest: ['USA'], stock: [1] }));
    await expectLoadError(loadStockYear(patched({ 'stock-2024.arrow': wrongCols }), 2024), 'stock-2024.arrow', /missing columns orig, sex/);
    const wrongType = toArrowIPC(table({ year: [2024], dest: [1], orig: ['MEX'], sex: ['total'], stock: [1] }));
    await expectLoadError(loadStockYear(patched({ 'stock-2024.arrow': wrongType }), 2024), 'stock-2024.arrow', /dest holds number/);
    const noRows = toArrowIPC(table({ year: [] as number[], dest: [], orig: [], sex: [], stock: [] as number[] }));
    await expectLoadError(loadStockYear(patched({ 'stock-2024.arrow': noRows }), 2024), 'stock-2024.arrow', /no rows/);
  });

  it('invalid or mis-shaped JSON', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    await expectLoadError(loadTreaties(patched({ 'treaties.json': enc('{"instruments": [') })), 'treaties.json', /not valid JSON/);
    await expectLoadError(loadTreaties(patched({ 'treaties.json': enc('{"instruments": []}') })), 'treaties.json', /expected/);
    await expectLoadError(loadCountries(patched({ 'countries.json': enc('{"countries": [{"iso3": 1}], "aliases": {}}') })), 'countries.json', /bad country/);
    await expectLoadError(loadMeta(patched({ 'meta.json': enc('[]') })), 'meta.json', /expected/);
  });

  it('one failing file fails its composite dataset with that file named', async () => {
    await expectLoadError(loadCosts(patched({ 'costs-provider.arrow': new Error('boom') })), 'costs-provider.arrow', /boom/);
    await expectLoadError(loadRemittances(patched({ 'remittances-bilateral-2021.arrow': new Error('offline') })), 'remittances-bilateral-2021.arrow', /offline/);
  });

  it('rejects a year that is not an IMS year', async () => {
    await expectLoadError(loadStockYear(good, 1991 as StockYear), 'stock-1991.arrow', /not an IMS 2024 year/);
  });

  it('reads a copied data folder the same way (node fetcher)', async () => {
    copyFileSync(path.join(dataDir, 'treaties.json'), path.join(dir, 'treaties.json'));
    expect((await loadTreaties(nodeFetcher(dir))).ratifications.length).toBeGreaterThan(800);
    writeFileSync(path.join(dir, 'x.json'), '{}');
    await expect(nodeFetcher(dir)('../x.json')).rejects.toBeInstanceOf(DataLoadError);
  });
});

describe('browserFetcher', () => {
  it('knows every bundled file through import.meta.glob (not the build report)', () => {
    const files = bundledFiles();
    expect(files).toContain('stock-2024.arrow');
    expect(files).toContain('countries.json');
    expect(files).not.toContain('build-report.json');
  });
  it('fetches the asset URL and turns HTTP and network errors into DataLoadError', async () => {
    const seen: string[] = [];
    const ok = browserFetcher(async (url) => {
      seen.push(String(url));
      return new Response(new Uint8Array([1, 2, 3]));
    });
    expect((await ok('meta.json')).byteLength).toBe(3);
    expect(seen[0]).toMatch(/meta\.json/);
    const notFound = browserFetcher(async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    await expectLoadError(notFound('meta.json'), 'meta.json', /HTTP 404/);
    const offline = browserFetcher(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expectLoadError(offline('treaties.json'), 'treaties.json', /network error/);
    await expectLoadError(ok('nope.arrow'), 'nope.arrow', /not part of this build/);
  });
});

describe('DataStore', () => {
  it('loads once (memoised) and exposes typed values when ready', async () => {
    const calls: string[] = [];
    const store = new DataStore(patched({}, calls));
    expect(store.status('countries')).toEqual({ state: 'idle' });
    const p1 = store.ensure('countries');
    const p2 = store.ensure('countries');
    expect(p1).toBe(p2);
    expect(store.status('countries').state).toBe('loading');
    expect(store.registry).toBeUndefined();
    const reg = await p1;
    expect(reg?.get('IND')?.short).toBe('India');
    expect(store.status('countries')).toEqual({ state: 'ready' });
    expect(store.registry).toBe(reg);
    expect(calls.filter((c) => c === 'countries.json')).toHaveLength(1);
  });

  it('loads stock years lazily, one file per year', async () => {
    const calls: string[] = [];
    const store = new DataStore(patched({}, calls));
    await store.ensure('stockYear', 2010);
    expect(store.stockYear(2010)?.numRows()).toBeGreaterThan(20_000);
    expect(store.stockYear(2024)).toBeUndefined();
    expect(store.status('stockYear', 2024).state).toBe('idle');
    expect(calls).toEqual(['stock-2010.arrow']);
    await store.ensure('stockYear');
    expect(store.stockYear(2024)).toBeDefined();
  });

  it('isolates failures and recovers with retry', async () => {
    let broken = true;
    const fetcher: Fetcher = (file) => (broken && file === 'costs-corridor.arrow' ? Promise.reject(new Error('HTTP 500')) : good(file));
    const store = new DataStore(fetcher);
    const [costs, treaties, meta] = await Promise.all([store.ensure('costs'), store.ensure('treaties'), store.ensure('meta')]);
    expect(costs).toBeUndefined();
    expect(store.status('costs').state).toBe('error');
    expect(store.status('costs').error).toMatch(/costs-corridor\.arrow.*HTTP 500/);
    expect(store.costs).toBeUndefined();
    expect(treaties?.instruments).toHaveLength(8);
    expect(store.status('treaties').state).toBe('ready');
    expect(meta?.datasets.length).toBeGreaterThan(0);
    // memoised: still the failed result until retry
    expect(await store.ensure('costs')).toBeUndefined();
    broken = false;
    const again = await store.retry('costs');
    expect(again).toBeDefined();
    expect(store.status('costs')).toEqual({ state: 'ready' });
    expect(store.costs?.corridor.numRows()).toBeGreaterThan(0);
  });

  it('loads stock totals and remittances', async () => {
    const store = new DataStore(good);
    await store.ensureAll(['stock', 'remittances']);
    expect(store.stockTotals?.numRows()).toBe(5592);
    expect(store.remittances?.series.numRows()).toBeGreaterThan(20_000);
  });
});
