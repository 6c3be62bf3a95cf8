/**
 * Remittances in the bundle: the newest WDI vintage per point (2025-02 added), % of GDP computed from the
 * 2025-02 vintage, and the bilateral matrices 2017 / 2018 / 2021 against their published totals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBilateralRemittances, loadRemittances, type ColumnTable } from '../../src/lib/data/load.ts';
import { nodeFetcher } from '../../src/lib/data/node-fetcher.ts';
import { BILATERAL_YEARS, type BilateralRemittanceRow, type RemittanceRow } from '../../src/lib/data/types.ts';
import { dataDir } from '../fixtures/data-paths.ts';

const f = nodeFetcher(dataDir);
let series: RemittanceRow[];
const bilateral = new Map<number, BilateralRemittanceRow[]>();

beforeAll(async () => {
  series = (await loadRemittances(f)).series.objects() as RemittanceRow[];
  for (const y of BILATERAL_YEARS) bilateral.set(y, ((await loadBilateralRemittances(f, y)) as ColumnTable).objects() as BilateralRemittanceRow[]);
});

const v = (code: string, s: string, year: number) => series.find((r) => r.code === code && r.series === s && r.year === year);

describe('remittances: newest vintage per point', () => {
  it('paid 2023 comes from the 2025-02 vintage (SOURCE.md: Mexico 1,075,657,232)', () => {
    expect(v('MEX', 'paid', 2023)).toMatchObject({ value: 1_075_657_232, vintage: '2025-02', computed: 0 });
    expect(Math.round(v('IND', 'paid', 2021)!.value / 1e5) / 1e4).toBe(8.1814);
    expect(Math.round(v('MEX', 'paid', 2021)!.value / 1e5) / 1e4).toBe(0.7672); // revised after the 2023-05 vintage (1.0571)
    // aggregates are not in the 2025-02 vintage: they keep 2023-05-10
    expect(v('WLD', 'paid', 2021)!.vintage).toBe('2023-05-10');
  });

  it('received keeps the 2025-07-01 vintage (all its points are newest)', () => {
    expect(v('MEX', 'received', 2023)).toMatchObject({ value: 66_237_847_600, vintage: '2025-07-01' });
    expect(v('CHN', 'received', 2023)!.value / 1e9).toBeCloseTo(29.4843, 4);
  });

  it('% of GDP for the years the 2025-02 vintage covers is received ÷ GDP of that vintage, marked computed', () => {
    const computed = series.filter((r) => r.series === 'pct_gdp' && r.computed === 1);
    expect(computed.length).toBeGreaterThan(5000);
    expect(computed.every((r) => r.vintage === '2025-02' && r.agg === 0)).toBe(true);
    expect(Math.max(...computed.map((r) => r.year))).toBe(2023);
    expect(series.filter((r) => r.series === 'pct_gdp' && r.computed === 0).every((r) => r.vintage === '2023-05-10')).toBe(true);
    // Tajikistan 2011 stays close to the published 41.7 % (SOURCE.md rank 1)
    expect(v('TJK', 'pct_gdp', 2011)).toMatchObject({ vintage: '2025-02', computed: 1 });
    expect(v('TJK', 'pct_gdp', 2011)!.value).toBeCloseTo(41.7, 0);
    expect(series.filter((r) => r.computed === 1).every((r) => r.series === 'pct_gdp')).toBe(true);
  });
});

describe('bilateral remittance matrices', () => {
  const total = (y: number) => bilateral.get(y)!.reduce((s, r) => s + r.usd, 0) / 1e6;
  const corridor = (y: number, s: string, d: string) => bilateral.get(y)!.find((r) => r.sender === s && r.receiver === d)!.usd / 1e6;

  it('sum to the published totals (US$ million)', () => {
    expect(bilateral.get(2017)).toHaveLength(11_901);
    expect(bilateral.get(2018)).toHaveLength(6_062);
    expect(bilateral.get(2021)).toHaveLength(10_229);
    expect(total(2017)).toBeCloseTo(613_463.805, 2);
    expect(total(2018)).toBe(682_222);
    expect(total(2021)).toBeCloseTo(781_075.7, 0);
  });

  it('reproduce the SOURCE.md corridors for each year', () => {
    expect(corridor(2017, 'USA', 'MEX')).toBeCloseTo(30_019.19, 2);
    expect(corridor(2017, 'USA', 'IND')).toBeCloseTo(11_714.63, 2);
    expect(corridor(2017, 'ARE', 'IND')).toBeCloseTo(13_822.59, 2);
    expect(corridor(2018, 'USA', 'MEX')).toBe(34_704);
    expect(corridor(2018, 'USA', 'IND')).toBe(12_737);
    expect(corridor(2018, 'ARE', 'IND')).toBe(18_529);
    expect(corridor(2018, 'HKG', 'CHN')).toBe(16_340);
    expect(corridor(2021, 'USA', 'MEX')).toBeCloseTo(52_595.34, 2);
  });

  it('2018 is whole US$ millions with zero cells dropped; 2017 keeps no zero cell', () => {
    expect(bilateral.get(2018)!.every((r) => Number.isInteger(r.usd / 1e6) && r.usd > 0)).toBe(true);
    expect(bilateral.get(2017)!.every((r) => r.usd > 0)).toBe(true);
  });

  it('rejects a year without a matrix', async () => {
    await expect(loadBilateralRemittances(f, 2019 as never)).rejects.toThrow(/no bilateral matrix for 2019/);
  });
});
