/**
 * Country profile (side panel) against the real bundled data in data/.
 * Figures are checked against UN DESA / World Bank published headlines and against independent
 * recomputation from the raw rows with arquero, never against the function's own output.
 */
import { describe, expect, it } from 'vitest';
import { op, type ColumnTable } from 'arquero';
import { INSTRUMENT_IDS } from '../../src/lib/data/types';
import { partyCount, treatyIndex } from '../../src/lib/data/queries/treaties';
import {
  costProfile,
  partnersProfile,
  remittanceProfile,
  stockProfile,
  treatyProfile,
} from '../../src/lib/data/queries/profile';
import { loadBundled } from './helpers/bundled';

const data = await loadBundled();
const { totals, remit, costs, treaties } = data;
const stock2024 = data.stock.get(2024)!;
const stock2010 = data.stock.get(2010)!;

const sumWhere = (t: ColumnTable, pred: (r: Record<string, unknown>) => boolean, field: string) =>
  (t.objects() as Record<string, unknown>[]).filter(pred).reduce((s, r) => s + Number(r[field]), 0);

describe('stock profile', () => {
  it('matches the DESA IMS 2024 headlines (USA 52.4 M immigrants, India 18.5 M emigrants)', () => {
    const usa = stockProfile(totals, 'USA', 2024, 'total')!;
    expect(usa.immigrants).toBeGreaterThan(52.3e6);
    expect(usa.immigrants).toBeLessThan(52.5e6);
    const ind = stockProfile(totals, 'IND', 2024, 'total')!;
    expect(ind.emigrants).toBeGreaterThan(18.4e6);
    expect(ind.emigrants).toBeLessThan(18.6e6);
    const mex = stockProfile(totals, 'MEX', 2024, 'total')!;
    expect(mex.emigrants).toBeGreaterThan(11.5e6);
    expect(mex.emigrants).toBeLessThan(11.7e6);
  });

  it('immigrants = known-origin bilateral cells + unknown origin; emigrants = cells with that origin', () => {
    for (const iso of ['PHL', 'DEU', 'KEN']) {
      const p = stockProfile(totals, iso, 2010, 'female')!;
      const known = sumWhere(stock2010, (r) => r.dest === iso && r.sex === 'female', 'stock');
      expect(p.immigrants, iso).toBe(known + p.unknownOrigin);
      expect(p.emigrants, iso).toBe(sumWhere(stock2010, (r) => r.orig === iso && r.sex === 'female', 'stock'));
    }
  });

  it('gives % of population (WPP 2024) for 2010 and 2024, none by sex', () => {
    const p2010 = stockProfile(totals, 'DEU', 2010, 'total')!;
    expect(p2010.population).toBeGreaterThan(80e6);
    expect(p2010.immigrantsPct).toBeCloseTo((p2010.immigrants / p2010.population!) * 100, 10);
    expect(p2010.immigrantsPct).toBeGreaterThan(10);
    expect(p2010.immigrantsPct).toBeLessThan(20);
    const p2024 = stockProfile(totals, 'DEU', 2024, 'total')!;
    expect(p2024.population).toBeGreaterThan(80e6);
    expect(p2024.immigrantsPct).toBeCloseTo((p2024.immigrants / p2024.population!) * 100, 10);
    const male = stockProfile(totals, 'DEU', 2024, 'male')!;
    expect(male.population).toBeNull();
    expect(male.immigrantsPct).toBeNull();
    expect(male.emigrantsPct).toBeNull();
  });

  it('is null for areas outside the DESA estimates (Kosovo is part of Serbia, Antarctica)', () => {
    expect(stockProfile(totals, 'XKX', 2024, 'total')).toBeNull();
    expect(stockProfile(totals, 'ATA', 2024, 'total')).toBeNull();
  });
});

describe('top origin and destination', () => {
  it('Mexico: emigrants mostly in the United States; United States: largest origin Mexico', () => {
    const mex = partnersProfile(stock2024, 'MEX', 2024, 'total');
    expect(mex.topDestination?.iso3).toBe('USA');
    expect(mex.topDestination!.share).toBeGreaterThan(95);
    const usa = partnersProfile(stock2024, 'USA', 2024, 'total');
    expect(usa.topOrigin?.iso3).toBe('MEX');
    expect(usa.topOrigin!.stock).toBe(mex.topDestination!.stock);
  });

  it('is the maximum bilateral cell, with its share of the known total', () => {
    const p = partnersProfile(stock2024, 'IND', 2024, 'male');
    const cells = (stock2024.objects() as { dest: string; orig: string; sex: string; stock: number }[]).filter(
      (r) => r.orig === 'IND' && r.sex === 'male',
    );
    const max = cells.reduce((a, b) => (b.stock > a.stock ? b : a));
    const sum = cells.reduce((s, r) => s + r.stock, 0);
    expect(p.topDestination).toEqual({ iso3: max.dest, stock: max.stock, share: (max.stock / sum) * 100 });
  });

  it('has no top origin where every immigrant has an unknown origin (Holy See)', () => {
    expect(partnersProfile(stock2024, 'VAT', 2024, 'total').topOrigin).toBeNull();
  });
});

describe('remittance profile', () => {
  it('takes the latest year of each series with its vintage', () => {
    const p = remittanceProfile(remit.series, 'PHL');
    const rows = remit.series
      .params({ c: 'PHL' })
      .filter((d: Record<string, unknown>, $: { c: string }) => d.code === $.c && d.series === 'received')
      .rollup({ y: op.max('year') })
      .object() as { y: number };
    expect(p.received?.year).toBe(rows.y);
    expect(p.received?.vintage).toBe('2025-07-01');
    // Philippines: tens of billions of US$ a year
    expect(p.received!.value).toBeGreaterThan(30e9);
    expect(p.paid?.vintage).toBe('2025-02'); // newest vintage with paid figures
    expect(p.pctGdp!.value).toBeGreaterThan(5);
    expect(p.pctGdp!.value).toBeLessThan(15);
  });

  it('skips reported zeros that mean "not reported"', () => {
    const flagged = (remit.series.objects() as { code: string; agg: number; series: string; year: number; flag: string }[]).filter(
      (r) => r.flag === 'zero_not_reported' && r.agg === 0 && r.series === 'received',
    );
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged.slice(0, 20)) {
      const p = remittanceProfile(remit.series, r.code);
      expect(p.received?.flag ?? '', r.code).not.toBe('zero_not_reported');
    }
  });

  it('is empty for a country without remittance data', () => {
    expect(remittanceProfile(remit.series, 'VAT')).toEqual({ received: null, paid: null, pctGdp: null });
  });
});

describe('cost profile', () => {
  it('is the mean of corridor averages into the country in its latest quarter, negatives excluded', () => {
    const p = costProfile(costs.corridor, 'PHL', null, costs.country)!;
    const rows = (costs.corridor.objects() as { period: string; dest: string; cost: number; flag: string }[]).filter(
      (r) => r.dest === 'PHL' && r.flag !== 'negative' && r.cost >= 0,
    );
    const latest = rows.map((r) => r.period).sort().at(-1)!;
    const inQ = rows.filter((r) => r.period === latest);
    expect(p.basis).toBe('corridors');
    expect(p.quarter).toBe(latest);
    expect(p.n).toBe(inQ.length);
    expect(p.cost).toBeCloseTo(inQ.reduce((s, r) => s + r.cost, 0) / inQ.length, 10);
  });

  it('uses the chosen quarter, and says so when it falls back to the latest', () => {
    const q = costProfile(costs.corridor, 'IND', '2015Q1', costs.country)!;
    expect(q.quarter).toBe('2015Q1');
    expect(q.fellBack).toBe(false);
    const none = costProfile(costs.corridor, 'IND', '1999Q1', costs.country)!;
    expect(none.fellBack).toBe(true);
    expect(none.quarter).toBe(costProfile(costs.corridor, 'IND', null)!.quarter);
  });

  it('is null for a sending-only country without a WDI value (United States)', () => {
    expect(costProfile(costs.corridor, 'USA', null, costs.country)).toBeNull();
  });
});

describe('treaty profile', () => {
  it('counts the instruments a State is party to as of a date', () => {
    const ix = treatyIndex(treaties);
    const phl = treatyProfile(ix, 'PHL', null);
    expect(phl.total).toBe(8);
    // The Philippines is party to the 1990 Migrant Workers Convention (IV-13) since 1995
    expect(phl.parties).toContain('IV-13');
    expect(treatyProfile(ix, 'PHL', '1990-01-01').parties).not.toContain('IV-13');
    expect(treatyProfile(ix, 'ATA', null).parties).toEqual([]);
  });

  it('summed over every State equals the party counts of each instrument', () => {
    const ix = treatyIndex(treaties);
    for (const asOf of [null, '2005-06-30']) {
      const per = new Map<string, number>(INSTRUMENT_IDS.map((id) => [id, 0]));
      for (const iso of ix.states) for (const id of treatyProfile(ix, iso, asOf).parties) per.set(id, per.get(id)! + 1);
      for (const id of INSTRUMENT_IDS) expect(per.get(id), `${id} ${asOf}`).toBe(partyCount(ix, id, asOf).states);
    }
  });

  it('is memoised per State and date', () => {
    const ix = treatyIndex(treaties);
    expect(treatyProfile(ix, 'MEX', null)).toBe(treatyProfile(ix, 'MEX', null));
    expect(stockProfile(totals, 'MEX', 2024, 'total')).toBe(stockProfile(totals, 'MEX', 2024, 'total'));
  });
});

describe('refugee profile', () => {
  it('hosted and from, with per 1,000 inhabitants, equal the refugee files; UNRWA apart', async () => {
    const { loadPopulation, loadRefugees } = await import('../../src/lib/data/load');
    const { nodeFetcher } = await import('../../src/lib/data/node-fetcher');
    const { dataDir } = await import('../fixtures/data-paths');
    const f = nodeFetcher(dataDir);
    const { refugeeProfile } = await import('../../src/lib/data/queries/profile');
    const [{ totals: rt, unrwa }, population] = await Promise.all([loadRefugees(f), loadPopulation(f)]);
    const row = (code: string, year: number) => (rt.objects() as Record<string, number | string>[]).find((r) => r.code === code && r.year === year)!;
    const pak = refugeeProfile(rt, unrwa, population, 'PAK', 2010)!;
    expect(pak.year).toBe(2010);
    expect(pak.hosted).toBe(row('PAK', 2010).hostedRefugees);
    expect(pak.from).toBe(row('PAK', 2010).originRefugees);
    const pop = (population.objects() as { year: number; iso3: string; population: number }[]).find((r) => r.iso3 === 'PAK' && r.year === 2010)!.population;
    expect(pak.perThousand).toBeCloseTo((pak.hosted / pop) * 1000, 9);
    expect(pak.unrwaHosted).toBe(0);
    // Jordan: UNRWA 2010 field figure, never added to UNHCR's refugees
    const jor = refugeeProfile(rt, unrwa, population, 'JOR', 2010)!;
    expect(jor.unrwaHosted).toBe(1_942_431);
    expect(jor.hosted).toBe(row('JOR', 2010).hostedRefugees);
    // without population (not loaded yet): no per-1,000 figure, the counts still stand
    expect(refugeeProfile(rt, unrwa, undefined, 'PAK', 2010)!.perThousand).toBeNull();
  });
});
