/**
 * One corridor joined across the datasets (people, money back, cost, fees, protection) and the world
 * fees: hand fixtures for the arithmetic, the bundled data for the shapes, and the raw CSVs (read with
 * d3-dsv) for the figures; the raw checks skip with a note when ../shared/data-raw is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse, type DSVRowArray } from 'd3';
import { describe, expect, it } from 'vitest';
import { STOCK_YEARS, type BilateralRemittanceRow, type CorridorCostRow } from '../../src/lib/data/types';
import { treatyIndex } from '../../src/lib/data/queries/treaties';
import type { RemittanceMatrix } from '../../src/lib/data/queries/flows';
import {
  corridorCost,
  corridorFees,
  corridorMoney,
  corridorPeople,
  corridorProtection,
  corridorTidyRows,
  corridorYearCost,
  feesOn,
  stockYearForFlowYear,
  worldFees,
  type CorridorPair,
} from '../../src/lib/data/queries/corridor';
import { hasRaw, noteIfNoRaw, rawDir } from '../fixtures/data-paths';
import { loadBundled } from './helpers/bundled';

const data = await loadBundled();
const { registry, totals, stock, remit, costs } = data;
const treaties = treatyIndex(data.treaties);
const matrix: RemittanceMatrix = { year: 2021, rows: remit.bilateral };

const MEX_USA: CorridorPair = { origin: 'MEX', destination: 'USA' };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------- hand fixtures

const costRow = (period: string, source: string, dest: string, cost: number, flag = ''): CorridorCostRow => ({
  period,
  source,
  dest,
  cost,
  basis: 'transparent_services_mean',
  nServices: 10,
  flag,
});
const fixtureCosts: CorridorCostRow[] = [
  costRow('2021Q1', 'AAA', 'BBB', 6),
  costRow('2021Q3', 'AAA', 'BBB', 8),
  costRow('2021Q2', 'AAA', 'BBB', -2, 'negative'), // published negative: never averaged
  costRow('2020Q4', 'AAA', 'BBB', 50), // another year: not in 2021's mean
  costRow('2021Q1', 'AAA', 'CCC', 2), // below the 3 % target: saves nothing
  costRow('2021Q1', 'DDD', 'BBB', 10), // priced, but no matrix cell
];
const fixtureMatrix: RemittanceMatrix = {
  year: 2021,
  rows: [
    { sender: 'AAA', receiver: 'BBB', usd: 1e9 },
    { sender: 'AAA', receiver: 'CCC', usd: 5e8 },
    { sender: 'EEE', receiver: 'BBB', usd: 5e8 }, // not priced
  ] satisfies BilateralRemittanceRow[],
};

describe('fees lost (hand fixture)', () => {
  it('fees = flow × the mean of the usable quarters of the matrix year; savings at 3 %', () => {
    expect(corridorYearCost(fixtureCosts, 'AAA', 'BBB', 2021)).toEqual({ cost: 7, quarters: ['2021Q1', '2021Q3'], bases: ['transparent_services_mean'] });
    const [fy] = corridorFees([fixtureMatrix], fixtureCosts, { origin: 'BBB', destination: 'AAA' });
    expect(fy.status).toBe('ok');
    expect(fy.flow).toBe(1e9);
    expect(fy.fees).toBeCloseTo(7e7, 4);
    expect(fy.feesAtTarget).toBeCloseTo(3e7, 4);
    expect(fy.savings).toBeCloseTo(4e7, 4);
    expect(feesOn(5e8, 2)).toEqual({ fees: 1e7, feesAtTarget: 1.5e7, savings: 0 });
  });

  it('no cost in the year → not-priced, no matrix cell → no-estimate; never NaN', () => {
    const [unpriced] = corridorFees([fixtureMatrix], fixtureCosts, { origin: 'BBB', destination: 'EEE' });
    expect(unpriced).toEqual({ flowYear: 2021, status: 'not-priced', flow: 5e8, cost: null });
    const [noCell] = corridorFees([fixtureMatrix], fixtureCosts, { origin: 'BBB', destination: 'DDD' });
    expect(noCell.status).toBe('no-estimate');
    expect(noCell.fees).toBeUndefined();
  });

  it('world: coverage, fees and savings summed corridor by corridor, ranked by receiving country', () => {
    const w = worldFees(fixtureMatrix, fixtureCosts);
    expect(w.matrixTotal).toBe(2e9);
    expect(w.pricedFlow).toBe(1.5e9);
    expect(w.coverage).toBeCloseTo(75, 10);
    expect(w.corridors).toBe(2);
    expect(w.pricedWithoutEstimate).toBe(1);
    expect(w.fees).toBeCloseTo(7e7 + 1e7, 4);
    expect(w.feesAtTarget).toBeCloseTo(3e7 + 1.5e7, 4);
    expect(w.savings).toBeCloseTo(4e7, 4); // AAA → CCC is below 3 % and does not offset AAA → BBB
    expect(w.byReceiver.map((r) => [r.iso3, r.rank])).toEqual([
      ['BBB', 1],
      ['CCC', 2],
    ]);
    const bbb = w.byReceiver[0];
    expect(bbb.flow).toBe(1.5e9);
    expect(bbb.pricedFlow).toBe(1e9);
    expect(bbb.coverage).toBeCloseTo(100 * (1e9 / 1.5e9), 10);
    expect(bbb.cost).toBeCloseTo(7, 10);
  });
});

describe('cost: not priced (hand fixture and bundled data)', () => {
  it('a corridor RPW never surveyed is "not priced", with the nearest priced alternatives, never NaN', () => {
    const c = corridorCost(fixtureCosts, null, { origin: 'BBB', destination: 'EEE' });
    expect(c.status).toBe('not-priced');
    if (c.status !== 'not-priced') return;
    // the origin's other priced corridors, latest usable quarter each
    expect(c.alternatives).toEqual([
      { relation: 'into-origin', source: 'AAA', dest: 'BBB', period: '2021Q3', cost: 8 },
      { relation: 'into-origin', source: 'DDD', dest: 'BBB', period: '2021Q1', cost: 10 },
    ]);
  });

  it('Canada → United States migrants: USA → CAN is not priced; alternatives from the United States', () => {
    const pair = { origin: 'CAN', destination: 'USA' };
    const c = corridorCost(costs.corridor, costs.provider, pair);
    expect(c.status).toBe('not-priced');
    if (c.status !== 'not-priced') return;
    expect(c.alternatives.length).toBeGreaterThan(0);
    expect(c.alternatives.every((a) => a.source === 'USA' && Number.isFinite(a.cost))).toBe(true);
    const rows = corridorTidyRows({ cost: c, fees: corridorFees([matrix], costs.corridor, pair) });
    expect(rows).toContainEqual({ measure: 'cost_status', period: 'all', sex: null, value: 'not priced', unit: 'status', source: 'remittance-prices' });
    expect(rows.some((r) => r.measure.startsWith('fees'))).toBe(false);
    expect(rows.every((r) => typeof r.value === 'string' || Number.isFinite(r.value))).toBe(true);
  });
});

describe('one corridor, bundled data', () => {
  it('people: 8 stock years × 3 sexes; both sexes = male + female; shares and rank', () => {
    const p = corridorPeople(totals, stock, MEX_USA);
    expect(p.points).toHaveLength(24);
    for (const y of STOCK_YEARS) {
      const [t, m, fm] = (['total', 'male', 'female'] as const).map((s) => p.points.find((x) => x.year === y && x.sex === s)!);
      expect(t.migrants).toBe(m.migrants + fm.migrants);
      expect(t.reverse).toBe(m.reverse + fm.reverse);
      expect(t.rank).toBe(1); // Mexico is the largest known origin of the United States in every year
    }
    const t24 = p.points.find((x) => x.year === 2024 && x.sex === 'total')!;
    const row = (totals.objects() as { year: number; iso3: string; sex: string; immigrants: number; emigrants: number }[]).filter(
      (r) => r.year === 2024 && r.sex === 'total',
    );
    expect(t24.shareOfOriginEmigrants).toBeCloseTo((100 * t24.migrants) / row.find((r) => r.iso3 === 'MEX')!.emigrants, 10);
    expect(t24.shareOfDestinationImmigrants).toBeCloseTo((100 * t24.migrants) / row.find((r) => r.iso3 === 'USA')!.immigrants, 10);
  });

  it('a corridor with no migrants has 0 persons, a null rank and a 0 % share — never NaN', () => {
    const p = corridorPeople(totals, stock, { origin: 'TUV', destination: 'ISL' });
    const t = p.points.find((x) => x.year === 2024 && x.sex === 'total')!;
    expect(t.migrants).toBe(0);
    expect(t.rank).toBeNull();
    for (const x of p.points) for (const v of [x.shareOfOriginEmigrants, x.shareOfDestinationImmigrants]) expect(v === null || Number.isFinite(v)).toBe(true);
  });

  it('money back: matrix cells both ways, per migrant at the nearest stock year, WDI received for context', () => {
    expect([stockYearForFlowYear(2017), stockYearForFlowYear(2018), stockYearForFlowYear(2021)]).toEqual([2015, 2020, 2020]);
    const people = corridorPeople(totals, stock, MEX_USA);
    const [m] = corridorMoney([matrix], remit.series, people, MEX_USA);
    const cell = (s: string, r: string) => (remit.bilateral.objects() as BilateralRemittanceRow[]).find((x) => x.sender === s && x.receiver === r)!.usd;
    expect(m.toOrigin).toBe(cell('USA', 'MEX'));
    expect(m.toDestination).toBe(cell('MEX', 'USA'));
    expect(m.stockYear).toBe(2020);
    expect(m.migrants).toBe(people.points.find((x) => x.year === 2020 && x.sex === 'total')!.migrants);
    expect(m.perMigrant).toBeCloseTo(m.toOrigin! / m.migrants!, 10);
    expect(m.originReceived).toMatchObject({ year: 2021, vintage: '2025-07-01' });
  });

  it('cost: every surveyed quarter of USA → MEX, ranks among the corridors priced that quarter', () => {
    const c = corridorCost(costs.corridor, costs.provider, MEX_USA);
    expect(c.status).toBe('priced');
    if (c.status !== 'priced') return;
    const all = costs.corridor.objects() as CorridorCostRow[];
    const own = all.filter((r) => r.source === 'USA' && r.dest === 'MEX');
    expect(c.quarters.map((q) => q.period)).toEqual(own.map((r) => r.period).sort());
    for (const q of c.quarters.filter((x) => x.usable)) {
      const usable = all.filter((r) => r.period === q.period && r.flag !== 'negative' && r.cost >= 0);
      expect(q.priced).toBe(usable.length);
      expect(q.rank).toBe(1 + usable.filter((r) => r.cost < q.cost).length);
    }
    expect(c.latest?.period).toBe(c.quarters.filter((q) => q.usable).at(-1)!.period);
  });

  it('fees on the real corridor use the 2021 quarters of USA → MEX and state them', () => {
    const [fy] = corridorFees([matrix], costs.corridor, MEX_USA);
    expect(fy.status).toBe('ok');
    const q2021 = (costs.corridor.objects() as CorridorCostRow[]).filter((r) => r.source === 'USA' && r.dest === 'MEX' && r.period.startsWith('2021'));
    expect(fy.cost!.quarters).toEqual(q2021.map((r) => r.period).sort());
    const mean = sum(q2021.map((r) => r.cost)) / q2021.length;
    expect(fy.fees).toBeCloseTo((fy.flow! * mean) / 100, 2);
  });

  it('world fees 2021: coverage ≤ 100 %, receivers add up to the world', () => {
    const w = worldFees(matrix, costs.corridor);
    expect(w.coverage!).toBeGreaterThan(0);
    expect(w.coverage!).toBeLessThanOrEqual(100);
    expect(sum(w.byReceiver.map((r) => r.fees))).toBeCloseTo(w.fees, 0);
    expect(sum(w.byReceiver.map((r) => r.savings))).toBeCloseTo(w.savings, 0);
    expect(sum(w.byReceiver.map((r) => r.pricedFlow))).toBeCloseTo(w.pricedFlow, 0);
    expect(w.byReceiver.map((r) => r.rank)).toEqual(w.byReceiver.map((_, i) => i + 1));
    for (let i = 1; i < w.byReceiver.length; i++) expect(w.byReceiver[i - 1].fees).toBeGreaterThanOrEqual(w.byReceiver[i].fees);
  });

  it('protection: both States on the eight instruments as of a date', () => {
    const before = corridorProtection(treaties, MEX_USA, '1999-01-01');
    const latest = corridorProtection(treaties, MEX_USA, null);
    expect(latest.rows.map((r) => r.instrument)).toEqual(['IV-13', 'XVIII-12-a', 'XVIII-12-b', 'V-2', 'V-5', 'C097', 'C143', 'C189']);
    // Mexico ratified the 1990 Migrant Workers Convention on 1999-03-08; the United States is not a party
    expect(before.rows.find((r) => r.instrument === 'IV-13')!.origin).not.toBe('party');
    expect(latest.rows.find((r) => r.instrument === 'IV-13')).toEqual({ instrument: 'IV-13', origin: 'party', destination: 'none' });
    expect(latest.originIsState && latest.destinationIsState).toBe(true);
  });

  it('tidy rows: measure, period, sex, value, unit, source — e.g. migrants,2024,total,11279561,persons', () => {
    const people = corridorPeople(totals, stock, MEX_USA);
    const rows = corridorTidyRows({
      people,
      money: corridorMoney([matrix], remit.series, people, MEX_USA),
      cost: corridorCost(costs.corridor, costs.provider, MEX_USA),
      fees: corridorFees([matrix], costs.corridor, MEX_USA),
      protection: corridorProtection(treaties, MEX_USA, null),
    });
    expect(rows).toContainEqual({ measure: 'migrants', period: '2024', sex: 'total', value: 11_279_561, unit: 'persons', source: 'migrant-stock' });
    expect(rows).toContainEqual({ measure: 'treaty_origin_IV-13', period: 'latest', sex: null, value: 'party', unit: 'status', source: 'treaties' });
    const sources = new Set(rows.map((r) => r.source));
    expect([...sources].sort()).toEqual(['migrant-stock', 'remittance-prices', 'remittances', 'remittances-bilateral', 'treaties']);
    expect(rows.every((r) => Object.keys(r).join() === 'measure,period,sex,value,unit,source')).toBe(true);
    expect(rows.every((r) => typeof r.value === 'string' || Number.isFinite(r.value))).toBe(true);
    expect(rows.find((r) => r.measure === 'fees_estimated' && r.period === '2021')).toBeDefined();
    // units are codes; what a per-migrant figure and a yearly mean cost refer to are rows of their own
    const perMigrant = rows.find((r) => r.measure === 'remittances_per_migrant' && r.period === '2021');
    expect(perMigrant?.unit).toBe('US$ per migrant');
    expect(rows).toContainEqual({ measure: 'remittances_per_migrant_stock_year', period: '2021', sex: null, value: 2020, unit: 'year', source: 'migrant-stock' });
    const yearMean = rows.find((r) => r.measure === 'cost_year_mean' && r.period === '2021');
    expect(yearMean?.unit).toBe('% of USD 200');
    const quarters = rows.find((r) => r.measure === 'cost_year_mean_quarters' && r.period === '2021');
    expect(String(quarters?.value)).toMatch(/^2021Q[1-4]( 2021Q[1-4])*$/);
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(rows.map((r) => r.unit).filter((u) => /^[%\w$ ]+$/.test(u))));
  });
});

describe.skipIf(!hasRaw)('corridor figures against the raw files', () => {
  noteIfNoRaw();
  const cache = new Map<string, DSVRowArray>();
  const csv = (rel: string) => {
    let t = cache.get(rel);
    if (!t) cache.set(rel, (t = csvParse(readFileSync(path.join(rawDir, rel), 'utf8'))));
    return t;
  };
  const m49 = (iso3: string) => String(Number(registry.get(iso3)!.m49));
  const pairs: CorridorPair[] = [MEX_USA, { origin: 'PHL', destination: 'SAU' }, { origin: 'IND', destination: 'ARE' }];

  it('people: every year and sex, and the reverse corridor, equal the DESA bilateral cells', () => {
    const raw = csv('migrant-stock/bilateral_stock.csv');
    const cells = new Map(raw.map((r) => [`${r.year}|${r.orig_code}|${r.dest_code}|${r.sex}`, Number(r.stock)]));
    const destTotals = new Map(csv('migrant-stock/destination_totals.csv').map((r) => [`${r.year}|${r.dest_code}|${r.sex}`, Number(r.stock_all_origins)]));
    for (const pair of pairs) {
      const o = m49(pair.origin);
      const d = m49(pair.destination);
      for (const p of corridorPeople(totals, stock, pair).points) {
        const k = `${p.year}|${o}|${d}|${p.sex}`;
        expect(p.migrants, `${pair.origin}-${pair.destination} ${p.year} ${p.sex}`).toBe(cells.get(k) ?? 0);
        expect(p.reverse).toBe(cells.get(`${p.year}|${d}|${o}|${p.sex}`) ?? 0);
        expect(p.shareOfDestinationImmigrants).toBeCloseTo((100 * p.migrants) / destTotals.get(`${p.year}|${d}|${p.sex}`)!, 10);
      }
    }
  });

  it('money: the 2021 matrix cell destination → origin equals the raw KNOMAD value (US$ million × 1e6)', () => {
    const raw = csv('remittances/bilateral_remittances_2021.csv');
    for (const pair of pairs) {
      const r = raw.find((x) => x.sender_iso3 === pair.destination && x.receiver_iso3 === pair.origin)!;
      const [m] = corridorMoney([matrix], null, null, pair);
      expect(m.toOrigin!, `${pair.destination}→${pair.origin}`).toBeCloseTo(Number(r.usd_millions) * 1e6, 3);
    }
  });

  it('cost per quarter equals the raw RPW corridor averages (DataBank 2011–2020Q3, 2020Q4–2025 file)', () => {
    const older = csv('remittance-prices/corridor_avg_costs.csv');
    const newer = csv('remittance-prices/corridor_avg_costs_2020_2025.csv');
    for (const pair of pairs) {
      const c = corridorCost(costs.corridor, costs.provider, pair);
      expect(c.status).toBe('priced');
      if (c.status !== 'priced') continue;
      const raw = [
        ...older.filter((r) => r.source_iso3 === pair.destination && r.destination_iso3 === pair.origin).map((r) => [r.period, Number(r.avg_total_cost_pct)] as const),
        ...newer.filter((r) => r.source_iso3 === pair.destination && r.destination_iso3 === pair.origin).map((r) => [r.period, Number(r.avg_total_cost_pct_200)] as const),
      ];
      expect(raw.length).toBeGreaterThan(20);
      for (const [period, value] of raw) {
        const q = c.quarters.find((x) => x.period === period);
        expect(q, `${pair.destination}→${pair.origin} ${period}`).toBeDefined();
        expect(Math.abs(q!.cost - value)).toBeLessThan(1e-6);
      }
    }
  });

  it('provider split where present: USA → IND bank and MTO means equal the raw firm-type file', () => {
    const raw = csv('remittance-prices/corridor_costs_by_firmtype_2011_2025.csv').filter((r) => r.source_iso3 === 'USA' && r.destination_iso3 === 'IND' && r.period === '2025Q3');
    expect(raw).toHaveLength(1);
    const c = corridorCost(costs.corridor, costs.provider, { origin: 'IND', destination: 'USA' });
    if (c.status !== 'priced') throw new Error('USA → IND should be priced');
    const q = c.quarters.find((x) => x.period === '2025Q3')!;
    expect(q.providers.find((p) => p.provider === 'Bank')!.cost).toBeCloseTo(Number(raw[0].bank_avg_cost_pct_200), 9);
    expect(q.providers.find((p) => p.provider === 'Money Transfer Operator')!.cost).toBeCloseTo(Number(raw[0].mto_avg_cost_pct_200), 9);
  });
});
