import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { buildMetadata, buildReadme, buildZip, sourcesFor, type ExportContext } from '../../src/lib/export/metadata';
import { toCsv } from '../../src/lib/export/csv';
import { readCsv as parseCsv } from '../fixtures/csv-reader';
import { defaultState, parseQuery } from '../../src/lib/state/url';
import type { DatasetId, MetaFile } from '../../src/lib/data/types';
import { loadMeta } from '../../src/lib/data/load';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import type { DisplayTable } from '../../src/lib/export/table';

const meta: MetaFile = {
  builtFrom: 'UN DESA IMS 2024 workbook (destination and origin), retrieved 2025-01-15',
  datasets: [
    {
      id: 'migrant-stock',
      title: 'International Migrant Stock 2024',
      publisher: 'UN DESA Population Division',
      revision: '2024',
      licence: 'CC BY 3.0 IGO',
      licenceUrl: 'https://creativecommons.org/licenses/by/3.0/igo/',
      citation: 'United Nations Department of Economic and Social Affairs, Population Division (2024). International Migrant Stock 2024.',
      coverage: '233 countries and areas, 1990–2024',
      gaps: [],
      url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
      files: { 'stock-2024.arrow': 123 },
    },
  ],
};

const table: DisplayTable = {
  columns: [
    { key: 'orig', label: 'Origin', type: 'string', countryCode: true },
    { key: 'origName', label: 'Origin name', type: 'string' },
    { key: 'stock', label: 'Migrant stock', type: 'number', unit: 'persons' },
  ],
  rows: [
    { orig: 'MEX', origName: 'Mexico', stock: 10_676_418 },
    { orig: 'IND', origName: 'India', stock: 2_978_237 },
  ],
};

function ctx(over: Partial<ExportContext> = {}): ExportContext {
  const filters = { ...defaultState(), year: 2020 as const, countries: ['USA'], embed: 'corridors' as const };
  return {
    view: 'corridors',
    title: 'Migration corridors',
    subtitle: 'Immigrants living in United States of America, 2020, both sexes',
    filters,
    permalink: 'https://example.org/corridors/?year=2020&country=USA',
    datasets: ['stockYear', 'countries', 'treaties'],
    sourceLine: 'UN DESA, International Migrant Stock 2024',
    meta,
    table,
    scope: 'view',
    csvName: 'corridors-2020-USA.csv',
    generated: '2025-03-01T12:00:00.000Z',
    ...over,
  };
}

describe('buildMetadata', () => {
  it('describes the view, its filters (in words and as state), permalink, columns and sources', () => {
    const md = buildMetadata(ctx());
    expect(md.title).toBe('Migration corridors');
    expect(md.filters.inWords).toContain('United States of America');
    expect(md.filters.state.year).toBe(2020);
    expect(md.filters.state.countries).toEqual(['USA']);
    expect('embed' in md.filters.state).toBe(false);
    // the query string reproduces the state without embed mode
    expect(md.filters.query).toBe('year=2020&country=USA');
    expect(parseQuery(md.filters.query).state).toMatchObject({ year: 2020, countries: ['USA'], embed: null });
    expect(md.permalink).toBe('https://example.org/corridors/?year=2020&country=USA');
    expect(md.file).toMatchObject({ name: 'corridors-2020-USA.csv', rows: 2, scope: 'view', encoding: 'UTF-8 with BOM' });
    // the data dictionary: stable names (the CSV header), meaning (the on-screen label), unit
    expect(md.file.columns.map((c) => c.name)).toEqual(['orig', 'origName', 'stock']);
    expect(md.file.columns.map((c) => c.meaning)).toEqual(['Origin', 'Origin name', 'Migrant stock']);
    expect(md.file.columns[2].unit).toBe('persons');
    expect(md.file.columns[0].countryCode).toBe(true);
    expect(md.dataBuiltFrom).toContain('retrieved 2025-01-15');
    expect(md.generated).toBe('2025-03-01T12:00:00.000Z');
    // JSON-serialisable as is
    expect(JSON.parse(JSON.stringify(md))).toEqual(md);
  });

  it('takes provenance from meta.json and falls back to the original publishers', () => {
    const s = sourcesFor(['stockYear', 'stock', 'countries', 'treaties'], meta);
    expect(s.map((x) => x.id)).toEqual(['migrant-stock', 'treaties', 'countries']);
    expect(s[0]).toMatchObject({ publisher: 'UN DESA Population Division', licence: 'CC BY 3.0 IGO', revision: '2024' });
    expect('files' in s[0]).toBe(false);
    expect(s[1].publisher).toMatch(/UNTC/);
    expect(s[1].publisher).toMatch(/ILO/);
    const none = sourcesFor(['remittances', 'costs'], null);
    expect(none.map((x) => x.publisher).join(' ')).toMatch(/World Bank/);
  });
});

describe('with the bundled data/meta.json', () => {
  it('finds publisher, revision, licence and citation for every dataset a view can declare', async () => {
    const real = await loadMeta(nodeFetcher('data'));
    const all: DatasetId[] = ['countries', 'stock', 'stockYear', 'remittances', 'costs', 'treaties'];
    const s = sourcesFor(all, real);
    expect(s.map((x) => x.id)).toEqual(['migrant-stock', 'remittances', 'remittances-bilateral', 'remittance-prices', 'treaties', 'countries']);
    for (const x of s) {
      expect(x.publisher, x.id).toBeTruthy();
      expect(x.revision, x.id).toBeTruthy();
      expect(x.licence, x.id).toBeTruthy();
      expect(x.citation, x.id).toBeTruthy();
    }
    const readme = buildReadme(buildMetadata(ctx({ meta: real, datasets: all })));
    expect(readme).toContain('CC BY 3.0 IGO');
    expect(readme).toContain('United Nations Treaty Collection');
    expect(readme).toContain('NORMLEX');
    expect(readme).toContain(real.builtFrom.slice(0, 30));
  });
});

describe('buildReadme', () => {
  it('names the view, the permalink, the files and the publishers to cite', () => {
    const txt = buildReadme(buildMetadata(ctx()));
    expect(txt).toContain('View: Migration corridors');
    expect(txt).toContain('https://example.org/corridors/?year=2020&country=USA');
    expect(txt).toContain('corridors-2020-USA.csv');
    expect(txt).toContain('metadata.json');
    // the data dictionary: each column's stable name, meaning and unit
    expect(txt).toContain('- orig: Origin\r\n');
    expect(txt).toContain('- stock: Migrant stock (persons)\r\n');
    for (const p of ['UN DESA', 'World Bank', 'UNTC', 'ILO']) expect(txt).toContain(p);
    expect(txt).toContain('CC BY 3.0 IGO');
    expect(txt).toContain('International Migrant Stock 2024.');
    // plain text, no line longer than ~100 characters except unbreakable URLs
    for (const line of txt.split('\r\n')) if (!/https?:\/\//.test(line)) expect(line.length).toBeLessThanOrEqual(96);
  });
});

describe('buildZip', () => {
  it('contains the CSV, a valid metadata.json and README.txt', () => {
    const c = ctx({ scope: 'full' });
    const md = buildMetadata(c);
    const csv = toCsv(table);
    const files = unzipSync(buildZip(csv, md));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'corridors-2020-USA.csv', 'metadata.json']);
    const back = JSON.parse(strFromU8(files['metadata.json']));
    expect(back).toEqual(md);
    expect(back.file.scope).toBe('full');
    const csvBytes = files['corridors-2020-USA.csv'];
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM kept
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes)).toBe(csv);
    expect(parseCsv(strFromU8(files['corridors-2020-USA.csv']))[1]).toEqual(['MEX', 'Mexico', '10676418']);
    expect(strFromU8(files['README.txt'])).toContain('complete dataset');
  });
});
