/**
 * Time-series queries (src/lib/data/queries/series.ts) against the real bundled files in data/.
 * Expected values are recomputed here from the raw rows, independently of the query code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { from, type ColumnTable } from 'arquero';
import { loadCosts, loadCountries, loadRemittances, loadStockTotals, loadStockYear, type CostTables } from '../../src/lib/data/load';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import type { Registry } from '../../src/lib/data/registry';
import {
  STOCK_YEARS,
  type CorridorCostRow,
  type ProviderCostRow,
  type RemittanceRow,
  type StockRow,
  type StockTotalRow,
} from '../../src/lib/data/types';
import {
  costSeries,
  globalAverageSeries,
  providerSeries,
  remittanceSeries,
  stockSeries,
  worldStockTotals,
} from '../../src/lib/data/queries/series';

const fetcher = nodeFetcher('data');
let registry: Registry;
let totals: ColumnTable;
let totalRows: StockTotalRow[];
let stock2024: StockRow[];
let remit: ColumnTable;
let remitRows: RemittanceRow[];
let costs: CostTables;
let corridorRows: CorridorCostRow[];
let providerRows: ProviderCostRow[];

beforeAll(async () => {
  registry = await loadCountries(fetcher);
  totals = await loadStockTotals(fetcher);
  totalRows = totals.objects() as unknown as StockTotalRow[];
  stock2024 = (await loadStockYear(fetcher, 2024)).objects() as unknown as StockRow[];
  remit = (await loadRemittances(fetcher)).series;
  remitRows = remit.objects() as unknown as RemittanceRow[];
  costs = await loadCosts(fetcher);
  corridorRows = costs.corridor.objects() as unknown as CorridorCostRow[];
  providerRows = costs.provider.objects() as unknown as ProviderCostRow[];
});

const base = { dir: 'in', measure: 'count', sexes: ['total'], grouping: 'region', reference: false } as const;

describe('stock series', () => {
  it.each(['MEX', 'USA'])('%s 2024: immigrants = sum of its bilateral corridors + unknown origin', (iso) => {
    const r = stockSeries(totals, registry, { ...base, countries: [iso] });
    const p = r.points.find((x) => x.key === iso && x.year === 2024)!;
    const bilateral = stock2024.filter((s) => s.dest === iso && s.sex === 'total').reduce((a, s) => a + s.stock, 0);
    const unknown = totalRows.find((x) => x.iso3 === iso && x.year === 2024 && x.sex === 'total')!.unknownOrigin;
    expect(bilateral).toBeGreaterThan(0);
    expect(p.count).toBe(bilateral + unknown);
    expect(p.value).toBe(p.count);
  });

  it('emigrants of a country = sum of the corridors with it as origin (Mexico 2024)', () => {
    const r = stockSeries(totals, registry, { ...base, dir: 'out', countries: ['MEX'] });
    const p = r.points.find((x) => x.year === 2024)!;
    const expected = stock2024.filter((s) => s.orig === 'MEX' && s.sex === 'total').reduce((a, s) => a + s.stock, 0);
    expect(p.count).toBe(expected);
    expect(p.count).toBeGreaterThan(10_000_000);
  });

  it('the world series equals the DESA world total (304,021,813 immigrants in 2024)', () => {
    const r = stockSeries(totals, registry, { ...base, countries: [] });
    expect(r.series.map((s) => s.key)).toEqual(['WORLD']);
    expect(r.points.map((p) => p.year)).toEqual([...STOCK_YEARS]);
    expect(r.points.find((p) => p.year === 2024)!.value).toBe(304_021_813);
  });

  it('world emigrants = world immigrants − unknown origin, for every year and sex', () => {
    for (const sex of ['total', 'male', 'female'] as const) {
      const out = stockSeries(totals, registry, { ...base, dir: 'out', sexes: [sex], countries: [] });
      for (const year of STOCK_YEARS) {
        const rows = totalRows.filter((x) => x.year === year && x.sex === sex);
        const imm = rows.reduce((a, x) => a + x.immigrants, 0);
        const unk = rows.reduce((a, x) => a + x.unknownOrigin, 0);
        expect(out.points.find((p) => p.year === year)!.value).toBe(imm - unk);
      }
    }
    const w = worldStockTotals(totals, { sex: 'total', year: 2024 });
    expect(w.immigrants - w.unknownOrigin).toBe(w.emigrants);
  });

  it('male + female = both sexes for a country line', () => {
    const r = stockSeries(totals, registry, { ...base, sexes: ['total', 'male', 'female'], countries: ['DEU'] });
    for (const year of STOCK_YEARS) {
      const v = (sex: string) => r.points.find((p) => p.year === year && p.sex === sex)!.count!;
      expect(v('male') + v('female')).toBe(v('total'));
    }
  });

  it('share of population: count / population × 100 for every year incl. 2024 (WPP 2024), none by sex', () => {
    const r = stockSeries(totals, registry, { ...base, measure: 'share', countries: ['USA'] });
    for (const year of [2020, 2024]) {
      const row = totalRows.find((x) => x.iso3 === 'USA' && x.year === year && x.sex === 'total')!;
      expect(r.points.find((p) => p.year === year)!.value).toBeCloseTo((row.immigrants / row.population!) * 100, 10);
    }
    expect(r.shareUnavailableYears).toEqual([]);
    // WPP 2024 has no population by sex: those points are null, the count is still there, never mixed into the share line
    const male = stockSeries(totals, registry, { ...base, measure: 'share', countries: ['USA'], sexes: ['male'] });
    const p2024 = male.points.find((p) => p.year === 2024)!;
    expect(p2024.value).toBeNull();
    expect(p2024.count).toBeGreaterThan(0);
    expect(male.shareUnavailableYears).toEqual([...STOCK_YEARS]);
  });

  it('reference line: the country’s group at the current grouping sums its member areas', () => {
    const r = stockSeries(totals, registry, { ...base, reference: true, grouping: 'region', countries: ['MEX'] });
    const group = r.series.find((s) => s.reference)!;
    expect(group.label).toBe('Americas');
    const members = new Set(registry.groupMembers('region', 'Americas', { imsOnly: true }));
    const expected = totalRows
      .filter((x) => x.year === 2020 && x.sex === 'total' && members.has(x.iso3))
      .reduce((a, x) => a + x.immigrants, 0);
    expect(r.points.find((p) => p.key === group.key && p.year === 2020)!.value).toBe(expected);
    // grouping 'country' → the world is the reference
    const w = stockSeries(totals, registry, { ...base, reference: true, grouping: 'country', countries: ['MEX'] });
    expect(w.series.find((s) => s.reference)?.kind).toBe('world');
  });

  it('is memoised by its parameters', () => {
    const p = { ...base, countries: ['MEX'] };
    expect(stockSeries(totals, registry, p)).toBe(stockSeries(totals, registry, { ...p, countries: ['MEX'] }));
    expect(stockSeries(totals, registry, p)).not.toBe(stockSeries(totals, registry, { ...p, dir: 'out' }));
  });
});

describe('remittance series', () => {
  // India 62.50 and World 472.48 (US$ bn, 2011) are the figures of remittances SOURCE.md
  it('India 2011 received = US$ 62.50 bn, WDI vintage 2025-07-01', () => {
    const r = remittanceSeries(remit, registry, { codes: ['IND'], series: 'received' });
    const p = r.points.find((x) => x.year === 2011)!;
    expect(p.value! / 1e9).toBeCloseTo(62.5, 2);
    expect(p.vintage).toBe('2025-07-01');
    expect(r.vintages).toEqual(['2025-07-01']);
  });

  it('paid and % of GDP: the 2025-02 vintage where it has the point, else 2023-05-10', () => {
    for (const series of ['paid', 'pct_gdp'] as const) {
      const r = remittanceSeries(remit, registry, { codes: ['IND'], series });
      expect(r.vintages).toEqual(['2023-05-10', '2025-02']);
      for (const p of r.points) expect(p.vintage, `${series} ${p.year}`).toBe(p.year >= 1990 ? '2025-02' : '2023-05-10');
    }
  });

  it('World and LMY: partial 2024 aggregates are left out, and listed', () => {
    const r = remittanceSeries(remit, registry, { codes: ['WLD', 'LMY'], series: 'received' });
    const partial = remitRows.filter(
      (x) => (x.code === 'WLD' || x.code === 'LMY') && x.series === 'received' && x.flag === 'partial_aggregate',
    );
    expect(partial.map((x) => x.year)).toEqual([2024, 2024]);
    expect(r.excludedPartial.map((x) => `${x.code} ${x.year}`).sort()).toEqual(['LMY 2024', 'WLD 2024']);
    expect(r.points.some((p) => p.year === 2024)).toBe(false);
    expect(r.years).toEqual([1970, 2023]);
    const wld2011 = r.points.find((p) => p.code === 'WLD' && p.year === 2011)!;
    expect(wld2011.value! / 1e9).toBeCloseTo(472.48, 2);
  });

  it('reported zeros flagged zero_not_reported are gaps (null), never zeros', () => {
    const zeros = remitRows.filter((x) => x.code === 'AFG' && x.series === 'received' && x.flag === 'zero_not_reported');
    expect(zeros.length).toBeGreaterThan(0);
    const r = remittanceSeries(remit, registry, { codes: ['AFG'], series: 'received' });
    for (const z of zeros) {
      const p = r.points.find((x) => x.year === z.year)!;
      expect(p.value).toBeNull();
    }
    expect(r.zeroGaps.map((z) => z.year)).toEqual(zeros.map((z) => z.year));
    expect(r.points.every((p) => p.value !== 0)).toBe(true);
  });

  it('series are dense: a year without a row is a null point, so the line breaks', () => {
    const r = remittanceSeries(remit, registry, { codes: ['ABW'], series: 'received' });
    const years = r.points.map((p) => p.year);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0] + i));
    const withRow = new Set(remitRows.filter((x) => x.code === 'ABW' && x.series === 'received').map((x) => x.year));
    for (const p of r.points) if (!withRow.has(p.year)) expect(p.value).toBeNull();
  });

  it('provisional values are kept and marked', () => {
    // every provisional 2022 value of the 2023-05-10 vintage is now superseded by the 2025-02 vintage,
    // so the rule is checked on the bundled rows with ABW's 2022 paid value marked as the 2023 vintage had it
    expect(remitRows.some((x) => x.flag === 'provisional' && x.agg === 0)).toBe(false);
    const marked = remitRows.map((x) => (x.code === 'ABW' && x.series === 'paid' && x.year === 2022 ? { ...x, flag: 'provisional' as const } : x));
    const prov = marked.filter((x) => x.code === 'ABW' && x.series === 'paid' && x.flag === 'provisional');
    expect(prov.length).toBe(1);
    const r = remittanceSeries(from(marked), registry, { codes: ['ABW'], series: 'paid' });
    const p = r.points.find((x) => x.year === prov[0].year)!;
    expect(p.provisional).toBe(true);
    expect(p.value).toBe(prov[0].value);
  });
});

describe('cost series', () => {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('a country’s average equals the mean of its corridor rows in a quarter (to and from)', () => {
    const r = costSeries(costs.corridor, registry, { countries: ['IND', 'USA'], corridorMean: false });
    for (const [iso, dir, period] of [
      ['IND', 'to', '2011Q1'],
      ['IND', 'to', '2025Q3'],
      ['USA', 'from', '2016Q2'],
      ['USA', 'from', '2022Q4'],
    ] as const) {
      const rows = corridorRows.filter(
        (c) => c.period === period && (dir === 'to' ? c.dest === iso : c.source === iso) && c.flag !== 'negative',
      );
      expect(rows.length).toBeGreaterThan(0);
      const p = r.points.find((x) => x.key === `${iso}|${dir}` && x.period === period)!;
      expect(p.n).toBe(rows.length);
      expect(p.value).toBeCloseTo(mean(rows.map((c) => c.cost)), 12);
    }
  });

  it('negative published costs are excluded from the means and counted', () => {
    const neg = corridorRows.find((c) => c.flag === 'negative')!;
    const r = costSeries(costs.corridor, registry, { countries: [neg.dest], corridorMean: false });
    const p = r.points.find((x) => x.key === `${neg.dest}|to` && x.period === neg.period)!;
    const ok = corridorRows.filter((c) => c.period === neg.period && c.dest === neg.dest && c.flag !== 'negative');
    expect(p.excludedNegative).toBeGreaterThanOrEqual(1);
    if (ok.length) expect(p.value).toBeCloseTo(mean(ok.map((c) => c.cost)), 12);
    else expect(p.value).toBeNull();
    expect(r.excludedNegative).toBeGreaterThanOrEqual(1);
    const all = costSeries(costs.corridor, registry, { countries: [], corridorMean: true });
    expect(all.excludedNegative).toBe(corridorRows.filter((c) => c.flag === 'negative').length);
  });

  it('the period grid is the survey rounds; a round without a corridor is a gap', () => {
    const r = costSeries(costs.corridor, registry, { countries: ['IND'], corridorMean: false });
    expect(r.periods).toEqual([...new Set(corridorRows.map((c) => c.period))].sort());
    expect(r.periods).toContain('2011Q3');
    expect(r.periods).not.toContain('2011Q2'); // semi-annual survey in 2011–2012
    const from = r.points.filter((p) => p.key === 'IND|from');
    const withData = new Set(corridorRows.filter((c) => c.source === 'IND').map((c) => c.period));
    for (const p of from) expect(p.value === null).toBe(!withData.has(p.period));
    expect(from.some((p) => p.value === null)).toBe(true);
  });

  it('marks the basis: all-services means from 2020 Q4 are reported', () => {
    const r = costSeries(costs.corridor, registry, { countries: [], corridorMean: true });
    const allBasis = new Set(corridorRows.filter((c) => c.basis === 'all_services_mean').map((c) => c.period));
    expect(r.allServicesPeriods).toEqual([...allBasis].sort());
    expect(r.allServicesPeriods[0]).toBe('2020Q4');
  });

  it('provider split: mean of the provider rows of the selection per quarter', () => {
    const r = providerSeries(costs.provider, { countries: ['IND'] });
    const rows = providerRows.filter((p) => p.period === '2013Q1' && p.dest === 'IND' && p.provider === 'Bank' && p.flag !== 'negative');
    expect(rows.length).toBeGreaterThan(0);
    const p = r.points.find((x) => x.key === 'Bank|to' && x.period === '2013Q1')!;
    expect(p.value).toBeCloseTo(mean(rows.map((x) => x.cost)), 12);
    expect(r.providers[0]).toBe('Bank');
  });

  // 9.30 % (Q3 2011, RPW Issue 3) and 7.60 % (Q2 2016, RPW Issue 19): remittance-prices SOURCE.md
  it('global average: the published RPW figures, one per quarter, exact figures preferred', () => {
    const g = globalAverageSeries(costs.global);
    expect(g.find((x) => x.period === '2011Q3')?.value).toBe(9.3);
    expect(g.find((x) => x.period === '2016Q2')?.value).toBe(7.6);
    expect(new Set(g.map((x) => x.period)).size).toBe(g.length);
    // published figures are exact; after the last published quarter (2023Q3) the figures are computed, and say so
    expect(g.filter((x) => x.period <= '2023Q3').every((x) => x.valueType === 'exact')).toBe(true);
    expect(g.filter((x) => x.period > '2023Q3').every((x) => x.valueType === 'computed' && /computed by Corridors/.test(x.publication))).toBe(true);
    // the mean of corridor averages is a different, labelled series
    const m = costSeries(costs.corridor, registry, { countries: [], corridorMean: true });
    const m2016 = m.points.find((p) => p.period === '2016Q2')!.value!;
    expect(Math.abs(m2016 - 7.6)).toBeGreaterThan(0.01);
  });
});
