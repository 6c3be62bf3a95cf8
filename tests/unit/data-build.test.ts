/**
 * Bundled data/ reproduce the published source figures; the build is deterministic.
 * Tests of data/ always run; tests that read the raw sources skip when ../shared/data-raw is absent.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { parseCSV } from '../../scripts/data/csv.ts';
import { PUBLISHED_WORLD } from '../../scripts/data/stock.ts';
import type { ColumnTable } from '../../src/lib/data/load.ts';
import { REMITTANCE_VINTAGES, STOCK_YEARS, type InstrumentId, type Ratification, type RemittanceSeries } from '../../src/lib/data/types.ts';
import { dataDir, hasRaw, noteIfNoRaw, rawDir } from '../fixtures/data-paths.ts';
import { loadBundled } from './helpers/bundled.ts';

const { registry: reg, totals, stock: years, remit: rem, costs, treaties, meta } = await loadBundled();

const rows = <T>(t: ColumnTable) => t.objects() as T[];

// ---------------------------------------------------------------- migrant stock
describe('migrant stock: world totals equal DESA IMS 2024', () => {
  type TotalRow = { year: number; iso3: string; sex: string; immigrants: number; unknownOrigin: number; emigrants: number; population: number | null };
  const world = (year: number, sex: string, field: 'immigrants' | 'unknownOrigin' | 'emigrants') =>
    rows<TotalRow>(totals).filter((r) => r.year === year && r.sex === sex).reduce((s, r) => s + r[field], 0);

  it('matches every published world figure exactly', () => {
    for (const [key, value] of Object.entries(PUBLISHED_WORLD)) {
      const [y, sex] = key.split(' ');
      expect(world(Number(y), sex, 'immigrants'), key).toBe(value);
    }
    expect(world(2024, 'total', 'immigrants')).toBe(304_021_813);
    expect(world(1990, 'total', 'immigrants')).toBe(153_916_063);
    expect(world(2024, 'male', 'immigrants')).toBe(158_009_795);
    expect(world(2024, 'female', 'immigrants')).toBe(146_012_018);
  });

  it('world total = Σ immigrants = Σ bilateral + Σ unknown origin, for all 24 year × sex figures', () => {
    let n = 0;
    for (const year of STOCK_YEARS) {
      for (const sex of ['total', 'male', 'female']) {
        const cells = rows<{ sex: string; stock: number }>(years.get(year)!).filter((r) => r.sex === sex).reduce((s, r) => s + r.stock, 0);
        expect(world(year, sex, 'immigrants'), `${year} ${sex}`).toBe(cells + world(year, sex, 'unknownOrigin'));
        expect(world(year, sex, 'emigrants'), `${year} ${sex}`).toBe(cells);
        n++;
      }
      expect(world(year, 'total', 'immigrants')).toBe(world(year, 'male', 'immigrants') + world(year, 'female', 'immigrants'));
    }
    expect(n).toBe(24);
    expect(world(2024, 'total', 'unknownOrigin')).toBe(22_065_614);
    expect(world(1990, 'total', 'immigrants') - world(1990, 'total', 'unknownOrigin')).toBe(140_844_408);
  });

  it('North/South (DESA development groups) equal the exact SOURCE.md figures for 1990 and 2010', () => {
    const expected: Record<number, Record<string, number>> = {
      1990: { NN: 41_906_289, NS: 11_051_530, SN: 35_126_501, SS: 52_760_088, uN: 7_543_757, uS: 5_527_898 },
      2010: { NN: 47_974_002, NS: 8_447_272, SN: 71_848_187, SS: 73_720_816, uN: 12_693_468, uS: 6_336_647 },
    };
    for (const year of [1990, 2010] as const) {
      const got: Record<string, number> = { NN: 0, NS: 0, SN: 0, SS: 0, uN: 0, uS: 0 };
      const d = (iso3: string) => (reg.groupOf(iso3, 'development') === 'North' ? 'N' : 'S');
      for (const r of rows<{ orig: string; dest: string; sex: string; stock: number }>(years.get(year)!)) {
        if (r.sex === 'total') got[d(r.orig) + d(r.dest)] += r.stock;
      }
      for (const r of rows<TotalRow>(totals)) if (r.year === year && r.sex === 'total') got['u' + d(r.iso3)] += r.unknownOrigin;
      expect(got).toEqual(expected[year]);
    }
  });

  it('has WPP 2024 population for every IMS year (both sexes; null by sex); stock files hold only IMS areas', () => {
    const t = rows<TotalRow>(totals);
    expect(t).toHaveLength(233 * 8 * 3);
    expect(t.filter((r) => r.sex !== 'total').every((r) => r.population === null)).toBe(true);
    expect(t.filter((r) => r.sex === 'total').every((r) => typeof r.population === 'number' && r.population > 0)).toBe(true);
    const ind = t.find((r) => r.year === 2020 && r.iso3 === 'IND' && r.sex === 'total')!;
    expect(ind.population).toBeGreaterThan(1.3e9);
    const ims = new Set(reg.imsAreas().map((c) => c.iso3));
    for (const r of rows<{ dest: string; orig: string; stock: number }>(years.get(2024)!)) {
      expect(ims.has(r.dest) && ims.has(r.orig) && r.stock > 0).toBe(true);
    }
    expect(rows(years.get(2024)!).some((r) => (r as { orig: string }).orig === 'XKX')).toBe(false);
  });
});

// ---------------------------------------------------------------- remittances
describe('remittances', () => {
  type R = { code: string; agg: number; series: string; year: number; value: number; vintage: string; flag: string };
  const all = () => rows<R>(rem.series);
  const v = (code: string, series: string, year: number) => all().find((r) => r.code === code && r.series === series && r.year === year);
  const bn = (x: number | undefined) => Math.round((x ?? NaN) / 1e7) / 100;

  it('reproduces the SOURCE.md spot checks (2025-07-01 vintage received)', () => {
    expect(bn(v('WLD', 'received', 2011)?.value)).toBe(472.48);
    expect(bn(v('LMY', 'received', 2011)?.value)).toBe(328.91);
    expect(bn(v('IND', 'received', 2011)?.value)).toBe(62.5);
    expect(bn(v('MEX', 'received', 2011)?.value)).toBe(24.19);
    expect(bn(v('LMY', 'paid', 2011)?.value)).toBe(75.3);
    expect(bn(v('USA', 'paid', 2011)?.value)).toBeCloseTo(50.9, 1);
    expect(v('TJK', 'pct_gdp', 2011)?.value).toBeCloseTo(41.7, 1);
  });

  it('keeps vintages apart and flags caveats', () => {
    for (const r of all()) expect(REMITTANCE_VINTAGES[r.series as RemittanceSeries]).toContain(r.vintage);
    expect(all().filter((r) => r.series === 'received' && r.vintage === '2025-07-01')).toHaveLength(10_042);
    expect(v('WLD', 'received', 2024)?.flag).toBe('partial_aggregate');
    expect(v('WLD', 'received', 2023)?.flag).toBe('');
    expect(v('WLD', 'paid', 2022)?.flag).toBe('partial_aggregate');
    expect(v('WLD', 'paid', 2021)?.flag).toBe('');
    expect(all().filter((r) => r.series === 'paid' && r.year === 2022 && !r.agg && r.vintage === '2023-05-10').every((r) => r.flag === 'provisional' || r.flag === 'zero_not_reported')).toBe(true);
    expect(v('SGP', 'received', 2010)).toMatchObject({ value: 0, flag: 'zero_not_reported' });
    expect(all().filter((r) => r.agg).every((r) => !reg.has(r.code))).toBe(true); // WB aggregate codes never clash with registry codes
    expect(all().some((r) => r.code === 'XKX' && !r.agg)).toBe(true);
  });

  it('bilateral 2021 matrix is in US$ and sums to the workbook total', () => {
    const b = rows<{ sender: string; receiver: string; usd: number }>(rem.bilateral);
    expect(b).toHaveLength(10_229);
    expect(b.reduce((s, r) => s + r.usd, 0) / 1e6).toBeCloseTo(781_075.7, 0);
    expect(Math.round(b.find((r) => r.sender === 'USA' && r.receiver === 'MEX')!.usd / 1e6)).toBe(52_595);
    expect(meta.datasets.find((d) => d.files['remittances-bilateral-2021.arrow'])?.modelEstimate).toBe(true);
  });
});

// ---------------------------------------------------------------- costs
describe('remittance costs', () => {
  type C = { period: string; source: string; dest: string; cost: number; basis: string; nServices: number | null; flag: string };
  it('has one value per corridor × quarter, 2011Q1–2025Q3, negatives kept and flagged', () => {
    const c = rows<C>(costs.corridor);
    const keys = new Set(c.map((r) => `${r.period}|${r.source}|${r.dest}`));
    expect(keys.size).toBe(c.length);
    expect(c[0].period).toBe('2011Q1');
    expect(c[c.length - 1].period).toBe('2025Q3');
    expect(c.some((r) => r.period === '2025Q2')).toBe(false);
    expect(c.find((r) => r.period === '2014Q2' && r.source === 'USA' && r.dest === 'HND')).toMatchObject({ flag: 'negative' });
    expect(c.filter((r) => r.cost < 0).every((r) => r.flag === 'negative')).toBe(true);
    expect(c.filter((r) => r.period <= '2020Q3').every((r) => r.basis === 'transparent_services_mean')).toBe(true);
    expect(new Set(c.map((r) => r.basis))).toEqual(new Set(['transparent_services_mean', 'all_services_mean']));
    expect(c.some((r) => r.dest === 'XKX')).toBe(true);
    expect(c.some((r) => r.dest === 'KSV' || r.dest === 'ANT')).toBe(false);
  });
  it('provider types are normalised and country vintages kept apart', () => {
    const p = rows<{ provider: string; cost: number; flag: string }>(costs.provider);
    expect(new Set(p.map((r) => r.provider))).toEqual(new Set(['Bank', 'Money Transfer Operator', 'Post office', 'Mixed / other']));
    expect(p.filter((r) => r.cost < 0).every((r) => r.flag === 'negative')).toBe(true);
    const k = rows<{ iso3: string; vintage: string; year: number; cost: number }>(costs.country);
    expect(new Set(k.map((r) => r.vintage))).toEqual(new Set(['2023-05-10', 'newer-undated']));
    expect(k.filter((r) => r.vintage === '2023-05-10').every((r) => r.year >= 2011 && r.year <= 2020)).toBe(true);
    expect(costs.global.find((g) => g.quarter === '2011Q3' && g.indicator === 'global_average')?.value).toBe(9.3);
  });
});

// ---------------------------------------------------------------- treaties
function partiesAsOf(rats: Ratification[], id: InstrumentId, date: string, statesOnly = true): number {
  const y = Number(date.slice(0, 4));
  return rats.filter(
    (r) =>
      r.instrument === id &&
      r.consentType &&
      (!statesOnly || r.iso3 !== null) &&
      ((r.consent !== null && r.consent <= date) ||
        (r.consent === null && r.consentYear !== null && r.consentYear < y) ||
        (r.consent === null && r.inForceSince != null && r.inForceSince <= date)),
  ).length;
}

describe('treaties', () => {
  it('party counts as of 2012-06-30 match the SOURCE.md check numbers', () => {
    // [instrument, as of, parties (states only unless said), with the EU and other non-state parties?]
    const checks: [InstrumentId, string, number, boolean?][] = [
      ['XVIII-12-a', '2012-06-30', 149],
      ['XVIII-12-a', '2012-06-30', 150, true],
      ['XVIII-12-b', '2012-06-30', 130],
      ['IV-13', '2012-06-30', 46],
      ['V-2', '2012-06-30', 145],
      ['V-5', '2012-06-30', 146],
      ['C097', '2012-06-30', 48],
      ['C143', '2012-06-30', 23],
      ['IV-13', '2026-02-03', 60],
    ];
    for (const [id, date, parties, withNonStates] of checks)
      expect(partiesAsOf(treaties.ratifications, id, date, !withNonStates), `${id} ${date}`).toBe(parties);
  });
  it('keeps the EU with iso3 null, year-only consents, and instrument gaps', () => {
    const eu = treaties.ratifications.filter((r) => r.iso3 === null);
    expect(eu.map((r) => r.instrument).sort()).toEqual(['XVIII-12-a', 'XVIII-12-b']);
    expect(eu.every((r) => r.party === 'European Union' && r.consentType === 'approval')).toBe(true);
    expect(treaties.ratifications).toHaveLength(811);
    expect(treaties.ratifications.filter((r) => r.instrument === 'C143').every((r) => r.consent === null)).toBe(true);
    expect(treaties.ratifications.find((r) => r.instrument === 'C143' && r.iso3 === 'SWE')?.consentYear).toBe(1982);
    expect(treaties.instruments.map((i) => i.id)).toHaveLength(8);
    for (const i of treaties.instruments) {
      expect(i.gaps.length).toBeGreaterThan(0);
      expect(i.dataAsOf).toBeTruthy();
    }
  });
});

// ---------------------------------------------------------------- provenance
describe('meta.json and SOURCES.md', () => {
  it('names publishers, licences and row counts of every bundled file', () => {
    const files = new Set(readdirSync(dataDir).filter((x) => /\.(arrow|json)$/.test(x) && x !== 'meta.json' && x !== 'build-report.json'));
    const inMeta = new Set(meta.datasets.flatMap((d) => Object.keys(d.files)));
    expect(inMeta).toEqual(files);
    for (const d of meta.datasets) {
      expect(d.publisher && d.licence && d.licenceUrl && d.citation && d.revision).toBeTruthy();
    }
    const text = readFileSync(path.join(dataDir, 'SOURCES.md'), 'utf8') + JSON.stringify(meta);
    for (const p of ['UN DESA', 'Population Division', 'World Development Indicators', 'Remittance Prices Worldwide', 'KNOMAD', 'Treaty Collection', 'NORMLEX']) {
      expect(text).toContain(p);
    }
    expect(text).not.toMatch(/\/work\/|\/home\/|\/Users\/|[A-Z]:\\\\/);
  });
  it('the build report accounts for the special cases', () => {
    const report = JSON.parse(readFileSync(path.join(dataDir, 'build-report.json'), 'utf8'));
    const prices = report.datasets['remittance-prices'].inputs;
    const dropped = JSON.stringify(prices);
    expect(dropped).toContain('ANT');
    for (const acc of Object.values(report.datasets).flatMap((d) => Object.values((d as { inputs: object }).inputs))) {
      const a = acc as { total: number; used: number; dropped: Record<string, { count: number }> };
      expect(a.used + Object.values(a.dropped).reduce((s, b) => s + b.count, 0)).toBe(a.total);
    }
  });
});

// ---------------------------------------------------------------- against the raw sources
describe.skipIf(!hasRaw)('bundled data against the raw sources', () => {
  noteIfNoRaw();
  const read = (rel: string) => {
    const [header, ...rs] = parseCSV(readFileSync(path.join(rawDir, rel), 'utf8'));
    return rs.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };

  it('world stock per year and sex equals the raw destination totals', () => {
    const raw = new Map<string, number>();
    for (const r of read('migrant-stock/destination_totals.csv')) {
      const k = `${r.year} ${r.sex}`;
      raw.set(k, (raw.get(k) ?? 0) + Number(r.stock_all_origins));
    }
    expect(raw.size).toBe(24);
    for (const [k, total] of raw) {
      const [y, sex] = k.split(' ');
      const bundled = rows<{ year: number; sex: string; immigrants: number }>(totals).filter((r) => r.year === Number(y) && r.sex === sex).reduce((s, r) => s + r.immigrants, 0);
      expect(bundled, k).toBe(total);
    }
  });

  it('remittance values equal the raw tidy files', () => {
    const r25 = read('remittances/remittances_received_2025.csv');
    const r23 = read('remittances/remittances.csv');
    const b = rows<{ code: string; series: string; year: number; value: number }>(rem.series);
    for (const [code, year] of [['WLD', 2011], ['LMY', 2011], ['IND', 2011], ['PHL', 2024], ['LIC', 2024]] as const) {
      const raw = Number(r25.find((r) => r.iso3 === code && r.year === String(year))!.received_usd);
      expect(b.find((x) => x.code === code && x.series === 'received' && x.year === year)!.value).toBe(raw);
    }
    // paid: the 2025-02 vintage where it has the point, else 2023-05-10 (aggregates)
    const r2502 = read('remittances/wdi_2025-02/wdi_remittances.csv');
    const rawPaid = Number(r2502.find((r) => r.iso3 === 'USA' && r.year === '2011')!.paid_usd);
    expect(b.find((x) => x.code === 'USA' && x.series === 'paid' && x.year === 2011)!.value).toBe(rawPaid);
    const rawWldPaid = Number(r23.find((r) => r.iso3 === 'WLD' && r.year === '2011')!.paid_usd);
    expect(b.find((x) => x.code === 'WLD' && x.series === 'paid' && x.year === 2011)!.value).toBe(rawWldPaid);
  });

  it('corridor averages and provider means recomputed from the raw quotes (transparent services)', () => {
    const quotes = read('remittance-prices/corridor_costs.csv');
    const c = rows<{ period: string; source: string; dest: string; cost: number; nServices: number | null }>(costs.corridor);
    const p = rows<{ period: string; source: string; dest: string; provider: string; cost: number; nServices: number | null }>(costs.provider);
    const corridors: [string, string, string][] = [
      ['2011Q1', 'ARE', 'EGY'],
      ['2011Q3', 'USA', 'MEX'],
      ['2013Q2', 'GBR', 'NGA'],
      ['2014Q2', 'USA', 'HND'],
      ['2014Q2', 'SAU', 'IND'],
    ];
    for (const [period, s, d] of corridors) {
      const q = quotes.filter((r) => r.period === period && r.source_iso3 === s && r.destination_iso3 === d && r.transparent === 'yes');
      expect(q.length, `${period} ${s}->${d}`).toBeGreaterThan(0);
      const mean = q.reduce((sum, r) => sum + Number(r.cc1_total_cost_pct), 0) / q.length;
      const row = c.find((r) => r.period === period && r.source === s && r.dest === d)!;
      expect(Math.abs(row.cost - mean), `${period} ${s}->${d}`).toBeLessThan(1e-4);
      expect(row.nServices).toBe(q.length);
      const mto = q.filter((r) => r.firm_type === 'Money Transfer Operator' && Number(r.cc1_total_cost_pct) >= 0);
      const prow = p.find((r) => r.period === period && r.source === s && r.dest === d && r.provider === 'Money Transfer Operator');
      if (mto.length) {
        expect(prow!.cost).toBeCloseTo(mto.reduce((sum, r) => sum + Number(r.cc1_total_cost_pct), 0) / mto.length, 9);
        expect(prow!.nServices).toBe(mto.length);
      }
    }
  });
});

describe.skipIf(!hasRaw)('reproducibility', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('two builds are byte-identical and equal to the committed data/', () => {
    const a = mkdtempSync(path.join(tmpdir(), 'corridors-data-a-'));
    const b = mkdtempSync(path.join(tmpdir(), 'corridors-data-b-'));
    dirs.push(a, b);
    buildData({ raw: rawDir, out: a, quiet: true });
    buildData({ raw: rawDir, out: b, quiet: true });
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    for (const file of files) {
      const x = readFileSync(path.join(a, file));
      expect(x.equals(readFileSync(path.join(b, file))), file).toBe(true);
      expect(x.equals(readFileSync(path.join(dataDir, file))), `data/${file} is out of date: run npm run data -- --raw ../shared/data-raw`).toBe(true);
    }
  }, 240_000); // two full builds (refugees and population included) on a shared 2-core machine
});

// ---------------------------------------------------------------- input validation of the build step
describe('build-step validation', () => {
  it('names the file and the missing column; rejects bad numbers; fails on unknown codes', async () => {
    const { readRaw, parseNum, BuildError } = await import('../../scripts/data/csv.ts');
    const { joinCode } = await import('../../scripts/data/join.ts');
    const { InputAccount } = await import('../../scripts/data/report.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'corridors-raw-'));
    try {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(path.join(dir, 'migrant-stock'));
      writeFileSync(path.join(dir, 'migrant-stock', 'bilateral_stock.csv'), 'year,dest_code,orig_code,stock\n1990,4,586,1\n');
      expect(() => readRaw(dir, 'migrant-stock/bilateral_stock.csv', ['year', 'sex', 'stock'])).toThrow(/migrant-stock\/bilateral_stock\.csv: missing column "sex"/);
      expect(() => readRaw(dir, 'migrant-stock/nope.csv', ['x'])).toThrow(BuildError);
      expect(() => parseNum('12a', 'f.csv, line 3, column "stock"')).toThrow(/f\.csv, line 3.*not a number/);
      expect(() => parseNum('-1', 'f.csv', { min: 0 })).toThrow(/below 0/);
      const acc = new InputAccount('x.csv', 3, 'rows');
      expect(joinCode(reg, 'KSV', 'Kosovo', 'x.csv, line 2', acc)).toBe('XKX');
      expect(joinCode(reg, 'ANT', 'Netherlands-Antilles', 'x.csv, line 3', acc)).toBeNull();
      expect(acc.droppedCount()).toBe(1);
      expect(() => joinCode(reg, 'SUN', 'USSR', 'x.csv, line 4', acc)).toThrow(/x\.csv, line 4: code "SUN".*not in the registry/);
      expect(() => joinCode(reg, 'FRA', 'Germany', 'x.csv, line 5', acc)).toThrow(/resolves to DEU, but the code is FRA/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
