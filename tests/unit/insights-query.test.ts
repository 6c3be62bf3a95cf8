import { describe, expect, it } from 'vitest';
import type {
  CorridorCostRow,
  GlobalCostFigure,
  Instrument,
  Ratification,
  RemittanceRow,
  StockRow,
  StockTotalRow,
  TreatiesFile,
} from '../../src/lib/data/types';
import { treatyIndex } from '../../src/lib/data/queries/treaties';
import {
  costVsSize,
  hostedMigrants,
  hostedSeries,
  latestCompleteRemittance,
  latestGlobalCost,
  migrantFigure,
  nearestStockYear,
  perEmigrant,
  perEmigrantRanking,
  PER_EMIGRANT_MIN_EMIGRANTS,
  PER_EMIGRANT_TOP,
  type PerEmigrantRow,
  stockYearForQuarter,
} from '../../src/lib/data/queries/insights';

// ---------------------------------------------------------------- small fixture

const tot = (year: number, iso3: string, immigrants: number, emigrants = 0): StockTotalRow => ({
  year,
  iso3,
  sex: 'total',
  immigrants,
  unknownOrigin: 0,
  emigrants,
  population: null,
});

// 2010: AAA 100, BBB 300, CCC 600 → world 1000. 2015: AAA 200, BBB 300, CCC 500 → 1000.
const totals: StockTotalRow[] = [
  tot(2010, 'AAA', 100, 50),
  tot(2010, 'BBB', 300, 400),
  tot(2010, 'CCC', 600, 20),
  tot(2015, 'AAA', 200, 60),
  tot(2015, 'BBB', 300, 500),
  tot(2015, 'CCC', 500, 25),
  { ...tot(2010, 'AAA', 99999), sex: 'female' }, // other sex: must be ignored
];

const instrument: Instrument = {
  id: 'IV-13',
  name: 'ICRMW',
  short: 'ICRMW',
  adopted: '1990-12-18',
  entryIntoForce: '2003-07-01',
  depositary: 'UN',
  url: 'https://example.org',
  dataAsOf: '2020-01-01',
  gaps: [],
};
const rat = (iso3: string | null, consent: string): Ratification => ({
  instrument: 'IV-13',
  iso3,
  party: iso3 ?? 'EU',
  signature: null,
  consent,
  consentYear: null,
  consentType: 'ratification',
  denunciation: null,
  source: 'fixture',
  inForceSince: null,
  derived: false,
});
// AAA party since 2005, BBB since 2012-07-01, EU (never a State) since 2000
const treaties: TreatiesFile = { instruments: [instrument], ratifications: [rat('AAA', '2005-01-01'), rat('BBB', '2012-07-01'), rat(null, '2000-01-01')] };

describe('stock year nearest a date', () => {
  it('uses the mid-year (1 July) reference date of each stock year', () => {
    expect(nearestStockYear('2012-06-30')).toBe(2010);
    expect(nearestStockYear('2013-01-01')).toBe(2015);
    expect(nearestStockYear('2023-01-01')).toBe(2024);
    expect(nearestStockYear('1985-01-01')).toBe(1990);
    expect(nearestStockYear(null)).toBe(2024);
    expect(stockYearForQuarter('2011Q1')).toBe(2010);
    expect(stockYearForQuarter('2025Q1')).toBe(2024);
  });

  it('takes a calendar year too (its mid-year): the remittance chart picks a stock year this way', () => {
    expect(nearestStockYear(2012)).toBe(2010);
    expect(nearestStockYear(2013)).toBe(2015);
    expect(nearestStockYear(2015)).toBe(2015);
    // 2022 is as far from 2020 as from 2024: ties go to the earlier year
    expect(nearestStockYear(2022)).toBe(2020);
    expect(nearestStockYear(2023)).toBe(2024);
    expect(nearestStockYear(1970)).toBe(1990);
    expect(nearestStockYear(2030)).toBe(2024);
  });
});

describe('hosted migrants on a fixture (hand computation)', () => {
  const ix = treatyIndex(treaties);
  it('share = immigrants of party States / world total, stock year nearest the date', () => {
    // 2012-06-30: only AAA is a party; nearest stock year 2010 → 100 / 1000 = 10 %
    const r = hostedMigrants(totals, ix, ['IV-13'], 'any', '2012-06-30');
    expect(r).toMatchObject({ year: 2010, hosted: 100, world: 1000, parties: 1, partiesWithStock: 1 });
    expect(r.share).toBeCloseTo(10, 10);
    // 2012-07-01: BBB joins, still 2010 stocks → 400 / 1000
    expect(hostedMigrants(totals, ix, ['IV-13'], 'any', '2012-07-01').share).toBeCloseTo(40, 10);
    // latest: AAA + BBB, 2024 stocks absent from the fixture → world 0, share 0
    expect(hostedMigrants(totals, ix, ['IV-13'], 'any', null)).toMatchObject({ year: 2024, world: 0, share: 0 });
  });
  it('series uses each stock year with the status on its 1 July', () => {
    const s = hostedSeries(totals, ix, ['IV-13'], 'any');
    const y2010 = s.find((r) => r.year === 2010)!;
    const y2015 = s.find((r) => r.year === 2015)!;
    expect(y2010).toMatchObject({ asOf: '2010-07-01', hosted: 100, world: 1000 });
    expect(y2015).toMatchObject({ asOf: '2015-07-01', hosted: 500, world: 1000, parties: 2 });
    expect(y2015.share).toBeCloseTo(50, 10);
  });
});

describe('cost vs corridor size on a fixture', () => {
  const costs: CorridorCostRow[] = [
    { period: '2011Q1', source: 'USA', dest: 'MEX', cost: 6.5, basis: 'transparent_services_mean', nServices: 20, flag: '' },
    { period: '2011Q1', source: 'USA', dest: 'PHL', cost: -0.4, basis: 'transparent_services_mean', nServices: 2, flag: 'negative' },
    { period: '2011Q1', source: 'GBR', dest: 'MEX', cost: 9, basis: 'transparent_services_mean', nServices: 3, flag: '' },
    { period: '2011Q2', source: 'USA', dest: 'MEX', cost: 6.1, basis: 'transparent_services_mean', nServices: 20, flag: '' },
  ];
  const stock: StockRow[] = [
    { year: 2010, orig: 'MEX', dest: 'USA', sex: 'total', stock: 12_000_000 },
    { year: 2010, orig: 'MEX', dest: 'USA', sex: 'female', stock: 5_000_000 },
    { year: 2010, orig: 'USA', dest: 'MEX', sex: 'total', stock: 800_000 },
  ];
  it('joins sending → receiving money to origin = receiving, destination = sending', () => {
    const r = costVsSize(costs, stock, '2011Q1');
    expect(r.stockYear).toBe(2010);
    expect(r.points).toEqual([
      { source: 'USA', dest: 'MEX', period: '2011Q1', cost: 6.5, basis: 'transparent_services_mean', nServices: 20, stock: 12_000_000, stockYear: 2010 },
    ]);
    expect(r.negative).toBe(1);
    expect(r.withoutStock).toBe(1); // GBR → MEX has no stock cell
  });
});

describe('remittances per emigrant on a fixture', () => {
  const remit: RemittanceRow[] = [
    { code: 'BBB', name: 'B', agg: 0, series: 'received', year: 2010, value: 1_000_000, vintage: '2025-07-01', flag: '' },
    { code: 'BBB', name: 'B', agg: 0, series: 'received', year: 2011, value: 2_000_000, vintage: '2025-07-01', flag: '' },
    { code: 'BBB', name: 'B', agg: 0, series: 'paid', year: 2010, value: 5, vintage: '2025-07-01', flag: '' },
    { code: 'LMY', name: 'LMIC', agg: 1, series: 'received', year: 2010, value: 9e9, vintage: '2025-07-01', flag: '' },
    { code: 'LMY', name: 'LMIC', agg: 1, series: 'received', year: 2011, value: 9.5e9, vintage: '2025-07-01', flag: '' },
    { code: 'LMY', name: 'LMIC', agg: 1, series: 'received', year: 2012, value: 1e9, vintage: '2025-07-01', flag: 'partial_aggregate' },
  ];
  it('received US$ ÷ emigrants, by hand: 1,000,000 / 400 = 2,500', () => {
    const r = perEmigrant(remit, totals);
    expect(r).toEqual([{ iso3: 'BBB', year: 2010, received: 1_000_000, emigrants: 400, perEmigrant: 2500, vintage: '2025-07-01', flag: '' }]);
  });
  it('latest complete aggregate year skips a partial one', () => {
    expect(latestCompleteRemittance(remit)).toEqual({ code: 'LMY', year: 2011, value: 9.5e9, vintage: '2025-07-01', skippedYear: 2012 });
  });
});

describe('key figures on a fixture', () => {
  const dev = (iso3: string) => (iso3 === 'CCC' ? 'North' : 'South') as 'North' | 'South';
  it('world total and share in the North', () => {
    const f = migrantFigure(totals, 2010, 'total', dev);
    expect(f.total).toBe(1000);
    expect(f.northShare).toBeCloseTo(60, 10);
  });
  it('selection: immigrants living in it, or emigrants born in it with share in the North', () => {
    expect(migrantFigure(totals, 2010, 'total', dev, ['BBB'], 'in')).toMatchObject({ total: 300, worldShare: 30, northShare: 0 });
    const bil: StockRow[] = [
      { year: 2010, orig: 'BBB', dest: 'CCC', sex: 'total', stock: 300 },
      { year: 2010, orig: 'BBB', dest: 'AAA', sex: 'total', stock: 100 },
    ];
    const out = migrantFigure(totals, 2010, 'total', dev, ['BBB'], 'out', bil);
    expect(out.total).toBe(400);
    expect(out.northShare).toBeCloseTo(75, 10);
  });
  it('latest published global average cost', () => {
    const figs: GlobalCostFigure[] = [
      { quarter: '2024Q4', indicator: 'global_average', value: 6.62, statement: '', publication: '', url: '' },
      { quarter: '2025Q1', indicator: 'global_average', value: 6.49, statement: '', publication: '', url: '' },
      { quarter: '2025Q2', indicator: 'banks', value: 14, statement: '', publication: '', url: '' },
    ];
    expect(latestGlobalCost(figs)?.quarter).toBe('2025Q1');
  });
});

// ---------------------------------------------------------------- real bundled data

describe('on the bundled data', async () => {
  const { nodeFetcher } = await import('../../src/lib/data/node-fetcher');
  const { loadStockTotals, loadTreaties, loadRemittances, loadCosts, loadStockYear } = await import('../../src/lib/data/load');
  const fetcher = nodeFetcher('data');
  const [totalsTable, treatiesFile, remit] = await Promise.all([loadStockTotals(fetcher), loadTreaties(fetcher), loadRemittances(fetcher)]);
  const totalRows = totalsTable.objects() as unknown as StockTotalRow[];
  const ix = treatyIndex(treatiesFile);

  it('hosted share = immigrants of party States / world total (Trafficking Protocol, 2012-06-30 → 2010 stocks)', () => {
    const r = hostedMigrants(totalsTable, ix, ['XVIII-12-a'], 'any', '2012-06-30');
    expect(r.year).toBe(2010);
    // 149 States (EU not counted) party to the Trafficking Protocol by 2012-06-30: treaties SOURCE.md check table
    expect(r.parties).toBe(149);
    // independent computation straight from the rows
    const parties = new Set(
      treatiesFile.ratifications
        .filter((x) => x.instrument === 'XVIII-12-a' && x.iso3 && x.consent && x.consent <= '2012-06-30')
        .map((x) => x.iso3 as string),
    );
    expect(parties.size).toBe(149);
    const rows2010 = totalRows.filter((x) => x.year === 2010 && x.sex === 'total');
    const world = rows2010.reduce((s, x) => s + x.immigrants, 0);
    const hosted = rows2010.filter((x) => parties.has(x.iso3)).reduce((s, x) => s + x.immigrants, 0);
    expect(r.world).toBe(world);
    expect(r.hosted).toBe(hosted);
    expect(r.share).toBeCloseTo((hosted / world) * 100, 10);
    // plausibility: DESA's 2010 world total is about 221 million; most migrants live in Trafficking Protocol parties
    expect(world).toBeGreaterThan(215e6);
    expect(world).toBeLessThan(230e6);
    expect(r.share).toBeGreaterThan(50);
    expect(r.share).toBeLessThan(100);
  });

  it('hosted series: one point per stock year, rising for the ICRMW as parties join', () => {
    const s = hostedSeries(totalsTable, ix, ['IV-13'], 'any');
    expect(s.map((x) => x.year)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024]);
    expect(s[0].parties).toBe(0); // not yet in force nor ratified by 1 July 1990
    expect(s.at(-1)!.share).toBeGreaterThan(s[4].share);
    // world total 2024 as published by DESA: 304,021,813 (both sexes)
    expect(s.at(-1)!.world).toBe(304_021_813);
  });

  it('remittances per emigrant for one country, by hand (Mexico, 2020)', () => {
    const rows = perEmigrant(remit.series, totalsTable);
    const mex = rows.find((x) => x.iso3 === 'MEX' && x.year === 2020)!;
    const received = (remit.series.objects() as unknown as RemittanceRow[]).find(
      (x) => x.code === 'MEX' && x.series === 'received' && x.year === 2020 && x.agg === 0,
    )!.value;
    const emigrants = totalRows.find((x) => x.iso3 === 'MEX' && x.year === 2020 && x.sex === 'total')!.emigrants;
    expect(mex.received).toBe(received);
    expect(mex.emigrants).toBe(emigrants);
    expect(mex.perEmigrant).toBeCloseTo(received / emigrants, 9);
    // about 11 million Mexican emigrants and about US$ 40 billion received in 2020 → a few thousand US$ each
    expect(mex.perEmigrant).toBeGreaterThan(2000);
    expect(mex.perEmigrant).toBeLessThan(6000);
  });

  it('latest complete LMY remittances skip the partial last year', () => {
    const r = latestCompleteRemittance(remit.series)!;
    expect(r.code).toBe('LMY');
    expect(r.vintage).toBe('2025-07-01');
    expect(r.year).toBeLessThan(2024); // 2024 aggregates are partial sums (flag partial_aggregate)
    expect(r.value).toBeGreaterThan(4e11);
  });

  it('cost vs size joins real corridors (latest quarter, nearest stock year)', async () => {
    const costs = await loadCosts(fetcher);
    const rows = costs.corridor.objects() as unknown as CorridorCostRow[];
    const q = rows.reduce((m, r) => (r.period > m ? r.period : m), '');
    const stock = await loadStockYear(fetcher, stockYearForQuarter(q));
    const res = costVsSize(costs.corridor, stock, q);
    expect(res.points.length).toBeGreaterThan(50);
    const usMex = res.points.find((p) => p.source === 'USA' && p.dest === 'MEX');
    if (usMex) expect(usMex.stock).toBeGreaterThan(10e6);
    for (const p of res.points) expect(p.cost).toBeGreaterThanOrEqual(0);
  });
});

describe('per-emigrant ranking on a fixture', () => {
  const per = (iso3: string, year: number, perEmigrant: number, emigrants: number): PerEmigrantRow => ({
    iso3,
    year,
    received: perEmigrant * emigrants,
    emigrants,
    perEmigrant,
    vintage: '2025-07-01',
    flag: '',
  });
  const rows = [
    per('AAA', 2020, 900, 1_000), // too few emigrants to rank
    per('BBB', 2020, 500, 60_000),
    per('CCC', 2020, 300, 80_000),
    per('DDD', 2020, 200, 50_000), // exactly the threshold: ranked
    per('EEE', 2020, 100, 70_000),
    per('BBB', 2015, 700, 60_000),
  ];

  it('ranks the year by value among economies with enough emigrants; the top N are the bars', () => {
    const r = perEmigrantRanking(rows, 2020, [], { minEmigrants: 50_000, top: 2 });
    expect(r.yearRows.map((x) => x.iso3)).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE']);
    expect(r.ranked.map((x) => x.iso3)).toEqual(['BBB', 'CCC', 'DDD', 'EEE']);
    expect([...r.rankOf]).toEqual([['BBB', 1], ['CCC', 2], ['DDD', 3], ['EEE', 4]]);
    expect(r.bars.map((b) => [b.r.iso3, b.outside])).toEqual([['BBB', false], ['CCC', false]]);
    expect(r.max).toBe(500);
    expect(r.missing).toEqual([]);
  });

  it('keeps the selection visible: selected economies outside the top follow it (by value), unranked ones too', () => {
    const r = perEmigrantRanking(rows, 2020, ['EEE', 'AAA', 'BBB', 'ZZZ'], { minEmigrants: 50_000, top: 2 });
    expect(r.bars.map((b) => [b.r.iso3, b.outside])).toEqual([
      ['BBB', false],
      ['CCC', false],
      ['AAA', true],
      ['EEE', true],
    ]);
    expect(r.rankOf.has('AAA')).toBe(false);
    expect(r.max).toBe(900);
    expect(r.missing).toEqual(['ZZZ']);
  });

  it('without rows the bar scale is 1 and every selected code is missing', () => {
    const r = perEmigrantRanking(rows, 1990, ['BBB']);
    expect(r.bars).toEqual([]);
    expect(r.max).toBe(1);
    expect(r.missing).toEqual(['BBB']);
  });

  it('defaults: 50,000 emigrants at least, top 20', () => {
    expect(PER_EMIGRANT_MIN_EMIGRANTS).toBe(50_000);
    expect(PER_EMIGRANT_TOP).toBe(20);
    const many = Array.from({ length: 25 }, (_, i) => per(`A${String(i).padStart(2, '0')}`, 2020, 1000 - i, 50_000));
    const r = perEmigrantRanking([...many, per('LOW', 2020, 5000, 49_999)], 2020, []);
    expect(r.bars).toHaveLength(20);
    expect(r.ranked).toHaveLength(25);
    expect(r.rankOf.has('LOW')).toBe(false);
  });
});
