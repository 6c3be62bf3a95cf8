import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { loadCountries, loadMeta } from '../../src/lib/data/load';
import type { Registry } from '../../src/lib/data/registry';
import type { MetaFile } from '../../src/lib/data/types';
import { fullDataFor, fullDataTable, primaryDataset } from '../../src/lib/export/full-data';
import { toCsv } from '../../src/lib/export/csv';
import { readCsv as parseCsv } from '../fixtures/csv-reader';

const fetcher = nodeFetcher('data');
let registry: Registry;
let meta: MetaFile;

beforeAll(async () => {
  registry = await loadCountries(fetcher);
  meta = await loadMeta(fetcher);
});

const files = (id: string) => meta.datasets.find((d) => d.id === id)!.files;

describe('full data tables from the bundled files', () => {
  it('bilateral stock: every year, every file row, plus unknown origin; world total 2024 = 304,021,813', async () => {
    const t = await fullDataTable('stockYear', { fetcher, registry });
    const f = files('migrant-stock');
    const bilateral = Object.entries(f)
      .filter(([k]) => /^stock-\d{4}\.arrow$/.test(k))
      .reduce((s, [, n]) => s + n, 0);
    const unknownRows = t.rows.filter((r) => r.origin_code === null);
    expect(t.rows.length).toBe(bilateral + unknownRows.length);
    expect(new Set(t.rows.map((r) => r.year))).toEqual(new Set([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024]));
    const world2024 = t.rows.filter((r) => r.year === 2024 && r.sex === 'total').reduce((s, r) => s + (r.migrants as number), 0);
    expect(world2024).toBe(304_021_813);
    const mexUsa = t.rows.find((r) => r.year === 2024 && r.destination_code === 'USA' && r.origin_code === 'MEX' && r.sex === 'total');
    expect(mexUsa?.destination).toBe(registry.label('USA'));
    expect(mexUsa?.migrants).toBeGreaterThan(10_000_000);
    expect(t.columns.find((c) => c.key === 'migrants')?.unit).toBe('persons');
  });

  it('stock totals, remittances, costs, treaties and countries have one row per source row', async () => {
    const totals = await fullDataTable('stock', { fetcher, registry });
    expect(totals.rows.length).toBe(files('migrant-stock')['stock-totals.arrow']);
    const rem = await fullDataTable('remittances', { fetcher, registry });
    expect(rem.rows.length).toBe(files('remittances')['remittances.arrow']);
    expect(new Set(rem.rows.map((r) => r.unit))).toEqual(new Set(['current US$', '% of GDP']));
    const costs = await fullDataTable('costs', { fetcher, registry });
    expect(costs.rows.length).toBe(files('remittance-prices')['costs-corridor.arrow']);
    expect(costs.columns.find((c) => c.key === 'cost_pct')?.unit).toBe('% of USD 200 sent');
    const tr = await fullDataTable('treaties', { fetcher });
    expect(tr.rows.length).toBe(files('treaties')['treaties.json']);
    expect(tr.rows.some((r) => r.iso3 === null)).toBe(true); // the EU, a party but not a State
    const c = await fullDataTable('countries', { fetcher, registry });
    expect(c.rows.length).toBe(files('countries')['countries.json']);
  });

  it('serialises to CSV that reads back row for row', async () => {
    const tr = await fullDataTable('treaties', { fetcher });
    const parsed = parseCsv(toCsv(tr), { restore: true });
    expect(parsed.length).toBe(tr.rows.length + 1);
    expect(parsed[0]).toEqual(['instrument_id', 'instrument', 'iso3', 'party', 'signature_date', 'consent_date', 'consent_year', 'consent_type', 'denunciation_date', 'source']);
    expect(parsed[1][2]).toBe(String(tr.rows[0].iso3 ?? ''));
  });

  it('picks the primary dataset of a view', () => {
    expect(primaryDataset(['countries', 'stockYear', 'treaties'])).toBe('stockYear');
    expect(primaryDataset(['countries'])).toBe('countries');
    expect(primaryDataset([])).toBeNull();
    expect(primaryDataset(['countries', 'stock'], 'corridors')).toBe('stockYear'); // the Sankey's bilateral table
    expect(primaryDataset(['countries', 'stock'], 'stock-map')).toBe('stock');
    expect(fullDataFor([], { fetcher })).toBeNull();
  });
});
