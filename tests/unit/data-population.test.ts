/**
 * WPP 2024 population in the bundle: one revision for every share 1990–2024, aggregated to IMS areas.
 * Checks against the raw source skip when ../shared/data-raw is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCSV } from '../../scripts/data/csv.ts';
import { loadPopulation, loadStockTotals, type ColumnTable } from '../../src/lib/data/load.ts';
import { nodeFetcher } from '../../src/lib/data/node-fetcher.ts';
import { stockMap } from '../../src/lib/data/queries/maps.ts';
import type { PopulationRow, StockTotalRow } from '../../src/lib/data/types.ts';
import { dataDir, hasRaw, noteIfNoRaw, rawDir } from '../fixtures/data-paths.ts';

const f = nodeFetcher(dataDir);
let pop: PopulationRow[];
let totals: ColumnTable;
let totalRows: StockTotalRow[];

beforeAll(async () => {
  pop = (await loadPopulation(f)).objects() as PopulationRow[];
  totals = await loadStockTotals(f);
  totalRows = totals.objects() as StockTotalRow[];
});

const popOf = (iso3: string, year: number) => pop.find((r) => r.iso3 === iso3 && r.year === year)?.population;

describe('population.arrow (WPP 2024)', () => {
  it('has every IMS area for every year 1990–2024', () => {
    expect(pop).toHaveLength(233 * 35);
    expect(new Set(pop.map((r) => r.year)).size).toBe(35);
    expect(popOf('IND', 2024)).toBe(1_450_935_791);
    expect(popOf('KEN', 2024)).toBe(56_432_944);
    expect(popOf('VAT', 2024)).toBe(496);
  });

  it('aggregates WPP areas to IMS areas: Serbia + Kosovo, Guernsey + Jersey = Channel Islands', () => {
    expect(popOf('SRB', 2024)).toBe(8_421_006);
    expect(popOf('CHI', 2024)).toBe(168_126);
    expect(pop.some((r) => ['XKX', 'GGY', 'JEY', 'BLM', 'MAF'].includes(r.iso3))).toBe(false);
  });

  it('is the population of stock-totals (both sexes) in every IMS year, 2024 included', () => {
    for (const r of totalRows.filter((x) => x.sex === 'total')) expect(r.population, `${r.iso3} ${r.year}`).toBe(popOf(r.iso3, r.year));
  });

  it('share = stock ÷ population for Serbia, the Channel Islands, Germany and India, in 2024 and 2010', () => {
    for (const year of [2024, 2010] as const) {
      const m = stockMap(totals, { year, sex: 'total', dir: 'in', measure: 'share' });
      expect(m.measure).toBe('share');
      for (const iso3 of ['SRB', 'CHI', 'DEU', 'IND']) {
        const row = totalRows.find((r) => r.year === year && r.iso3 === iso3 && r.sex === 'total')!;
        expect(m.values.get(iso3), `${iso3} ${year}`).toBeCloseTo((row.immigrants / popOf(iso3, year)!) * 100, 12);
      }
    }
    const out = stockMap(totals, { year: 2024, sex: 'total', dir: 'out', measure: 'share' });
    const srb = totalRows.find((r) => r.year === 2024 && r.iso3 === 'SRB' && r.sex === 'total')!;
    expect(out.values.get('SRB')).toBeCloseTo((srb.emigrants / 8_421_006) * 100, 12);
  });
});

describe.skipIf(!hasRaw)('population against the raw WPP 2024 files', () => {
  noteIfNoRaw();
  it('the sum of the 237 WPP areas equals the World line within rounding, every year', () => {
    const [, ...areas] = parseCSV(readFileSync(path.join(rawDir, 'population/wpp2024_population.csv'), 'utf8'));
    const [, ...world] = parseCSV(readFileSync(path.join(rawDir, 'population/original/ddf--datapoints--population--by--world--time.1990-2024-extract.csv'), 'utf8'));
    expect(new Set(areas.map((r) => r[0])).size).toBe(237);
    expect(world).toHaveLength(35);
    for (const [, year, thousands] of world) {
      const sum = areas.filter((r) => r[3] === year).reduce((s, r) => s + Number(r[4]), 0);
      expect(Math.abs(sum - Math.round(Number(thousands) * 1000)), year).toBeLessThanOrEqual(15);
    }
    // the bundle holds every WPP person except Saint Barthélemy and Saint Martin (not IMS areas)
    const y2024 = areas.filter((r) => r[3] === '2024');
    const notIms = y2024.filter((r) => r[0] === 'BLM' || r[0] === 'MAF').reduce((s, r) => s + Number(r[4]), 0);
    const bundled = pop.filter((r) => r.year === 2024).reduce((s, r) => s + r.population, 0);
    expect(bundled + notIms).toBe(8_161_972_576);
  });
});
