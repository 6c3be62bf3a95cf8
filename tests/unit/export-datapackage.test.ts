import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { loadBilateralRemittances, loadCountries, loadMeta } from '../../src/lib/data/load';
import { BILATERAL_YEARS, POPULATION_YEARS, type MetaFile } from '../../src/lib/data/types';
import { toCsv } from '../../src/lib/export/csv';
import { readCsv as parseCsv } from '../fixtures/csv-reader';
import { fullDataTable } from '../../src/lib/export/full-data';
import {
  buildDataPackage,
  DOWNLOAD_DATASETS,
  DOWNLOADS_DIR,
  downloadPath,
  type DataPackage,
  type PackageFile,
} from '../../src/lib/export/datapackage';
import { dataDownloads } from '../../scripts/lib/downloads';

const fetcher = nodeFetcher('data');
let meta: MetaFile;
let descriptor: DataPackage;
let files: PackageFile[];

beforeAll(async () => {
  const registry = await loadCountries(fetcher);
  meta = await loadMeta(fetcher);
  ({ descriptor, files } = await buildDataPackage({ fetcher, registry }, meta));
}, 120_000);

const NAME = /^[a-z0-9._-]+$/;
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any']);

function check(value: string, type: string): boolean {
  if (value === '') return true; // missingValues
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(value);
    case 'number':
      return /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
    default:
      return true;
  }
}

describe('static data package', () => {
  it('has one CSV per dataset plus the descriptor, all under downloads/', () => {
    expect(files.map((f) => f.path)).toEqual([...DOWNLOAD_DATASETS.map(downloadPath), `${DOWNLOADS_DIR}/datapackage.json`]);
    expect(descriptor.resources.map((r) => `${DOWNLOADS_DIR}/${r.path}`)).toEqual(DOWNLOAD_DATASETS.map(downloadPath));
    expect(JSON.parse(files.at(-1)!.content)).toEqual(descriptor);
  });

  it('descriptor has the Tabular Data Package structure', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.name).toMatch(NAME);
    expect(descriptor.title).toBeTruthy();
    expect(Array.isArray(descriptor.resources) && descriptor.resources.length).toBeGreaterThan(0);
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length); // unique names
    for (const r of descriptor.resources) {
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.name).toMatch(NAME);
      // path: a relative POSIX path, no parent directory, no absolute path or URL scheme
      expect(r.path).toMatch(/^[a-z0-9._-]+\.csv$/);
      expect(r.format).toBe('csv');
      expect(r.mediatype).toBe('text/csv');
      expect(r.title).toBeTruthy();
      expect(r.citation).toBeTruthy();
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.title).toBeTruthy();
      expect(r.licenses.length).toBeGreaterThan(0);
      for (const l of r.licenses) {
        expect(l.name || l.path).toBeTruthy(); // spec: name or path is required
        expect(l.title).toBeTruthy();
        if (l.path) expect(() => new URL(l.path!)).not.toThrow();
      }
      expect(r.dialect).toMatchObject({ delimiter: ',', header: true });
      expect(r.schema.fields.length).toBeGreaterThan(0);
      for (const f of r.schema.fields) {
        expect(typeof f.name).toBe('string');
        expect(TYPES.has(f.type), `${r.name}.${f.name}: ${f.type}`).toBe(true);
      }
      expect(new Set(r.schema.fields.map((f) => f.name)).size).toBe(r.schema.fields.length);
    }
    // licences and citations come from data/meta.json
    const stock = descriptor.resources.find((r) => r.name === 'migrant-stock-bilateral')!;
    expect(stock.licenses[0]).toMatchObject({ name: 'CC-BY-3.0-IGO', title: 'CC BY 3.0 IGO' });
    expect(stock.citation).toContain(meta.datasets.find((d) => d.id === 'migrant-stock')!.citation!);
  });

  it('schema fields equal the CSV header of every resource, and every value fits its field type', () => {
    for (const r of descriptor.resources) {
      const file = files.find((f) => f.path === `${DOWNLOADS_DIR}/${r.path}`)!;
      expect(new TextEncoder().encode(file.content).length).toBe(r.bytes);
      const rows = parseCsv(file.content);
      expect(rows[0], r.name).toEqual(r.schema.fields.map((f) => f.name));
      r.schema.fields.forEach((f, i) => {
        const bad = rows.slice(1).find((row) => !check(row[i], f.type));
        expect(bad?.[i], `${r.name}.${f.name} (${f.type})`).toBeUndefined();
      });
    }
    const units = descriptor.resources.find((r) => r.name === 'remittance-costs')!.schema.fields.find((f) => f.name === 'cost_pct');
    expect(units).toMatchObject({ type: 'number', unit: '% of USD 200 sent' });
  });

  it('the CSVs are exactly the app\'s "Full dataset" download', async () => {
    for (const id of ['treaties', 'costs'] as const) {
      const csv = toCsv(await fullDataTable(id, { fetcher }));
      expect(files.find((f) => f.path === downloadPath(id))!.content).toBe(csv);
    }
    const rows = parseCsv(files.find((f) => f.path === downloadPath('stockYear'))!.content).length - 1;
    const f = meta.datasets.find((d) => d.id === 'migrant-stock')!.files;
    expect(rows).toBeGreaterThan(Object.entries(f).filter(([k]) => /^stock-\d{4}/.test(k)).reduce((s, [, n]) => s + n, 0));
  });

  it('also holds the tables the app loads on demand, each complete: population, refugees, the bilateral matrices', async () => {
    // row counts per bundled file, as the data step wrote them into data/meta.json
    const fileRows = (id: string, file: RegExp) =>
      Object.entries(meta.datasets.find((d) => d.id === id)!.files)
        .filter(([k]) => file.test(k))
        .reduce((s, [, n]) => s + n, 0);
    const csvOf = (id: (typeof DOWNLOAD_DATASETS)[number]) => {
      const [header, ...rows] = parseCsv(files.find((f) => f.path === downloadPath(id))!.content);
      return { header, rows };
    };

    // population: one row per IMS area and year 1990–2024
    const pop = csvOf('population');
    expect(pop.rows.length).toBe(fileRows('population', /^population\.arrow$/));
    const areas = new Set(pop.rows.map((r) => r[pop.header.indexOf('iso3')]));
    expect(pop.rows.length).toBe(areas.size * (POPULATION_YEARS.last - POPULATION_YEARS.first + 1));

    // refugees: the per-country totals file, row for row
    expect(csvOf('refugees').rows.length).toBe(fileRows('refugees', /^refugees-totals\.arrow$/));

    // bilateral matrices: every corridor of the three years, and per year the same US$ sum as the matrix file
    const bil = csvOf('remittancesBilateral');
    expect(bil.rows.length).toBe(fileRows('remittances-bilateral', /^remittances-bilateral-\d{4}\.arrow$/));
    const [yearAt, usdAt] = [bil.header.indexOf('flowyear'), bil.header.indexOf('usd')];
    for (const year of BILATERAL_YEARS) {
      const inCsv = bil.rows.filter((r) => Number(r[yearAt]) === year).reduce((s, r) => s + Number(r[usdAt]), 0);
      const inFile = (await loadBilateralRemittances(fetcher, year)).rollup({ usd: 'sum(d.usd)' }).get('usd', 0) as number;
      expect(inCsv / inFile, String(year)).toBeCloseTo(1, 9);
    }
    const resource = descriptor.resources.find((r) => r.name === 'remittances-bilateral')!;
    expect(resource.sources.map((s) => s.title)).toEqual([meta.datasets.find((d) => d.id === 'remittances-bilateral')!.title]);
  });

  it('the Vite plugin emits the same files into the bundle', async () => {
    const plugin = dataDownloads();
    const emitted: { fileName: string; source: string }[] = [];
    const hook = plugin.generateBundle as unknown as (this: unknown) => Promise<void>;
    expect(plugin.apply).toBe('build');
    await hook.call({ emitFile: (f: { fileName: string; source: string }) => emitted.push(f) });
    expect(emitted.map((e) => e.fileName)).toEqual(files.map((f) => f.path));
    expect(emitted.map((e) => e.source)).toEqual(files.map((f) => f.content));
  }, 120_000);
});
