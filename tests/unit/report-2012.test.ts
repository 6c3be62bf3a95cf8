/**
 * "The 2012 report, recomputed" (A/67/254, Section II) against the bundled data: every statement has a live
 * figure or a stated reason; the live figures equal direct calls of the queries the other views use; where the
 * sources' notes (SOURCE.md check figures) say the data reproduce a figure, they do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { loadCosts, loadCountries, loadRefugees, loadRemittances, loadStockTotals, loadStockYear, loadTreaties } from '../../src/lib/data/load';
import {
  REPORT_STATUS_DATE,
  STATEMENTS,
  originDestination,
  recompute,
  refugeesOfParties,
  reportRows,
  type ReportRow,
  type ReportSources,
} from '../../src/lib/data/queries/report-2012';
import { worldStockTotals, remittanceSeries } from '../../src/lib/data/queries/series';
import { migrantFigure, hostedMigrants } from '../../src/lib/data/queries/insights';
import { computeGlobalAverage } from '../../src/lib/data/queries/global-cost';
import { partyCount, partyStates, treatyIndex } from '../../src/lib/data/queries/treaties';
import { refugeesHostedByParties } from '../../src/lib/data/queries/refugees';
import type { RefugeeTotalRow, StockTotalRow } from '../../src/lib/data/types';

const REPORT_TEXT = '../shared/reference/A-67-254.txt';
let src: ReportSources;
let rows: ReportRow[];
const row = (id: string): ReportRow => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const live = (id: string): number => {
  const v = row(id).recomputed;
  if (v === null) throw new Error(`row ${id} has no recomputed value`);
  return v;
};

beforeAll(async () => {
  const f = nodeFetcher('data');
  const [registry, totals, s1990, s2010, remittances, costs, treaties, refugees] = await Promise.all([
    loadCountries(f),
    loadStockTotals(f),
    loadStockYear(f, 1990),
    loadStockYear(f, 2010),
    loadRemittances(f),
    loadCosts(f),
    loadTreaties(f),
    loadRefugees(f),
  ]);
  src = { registry, totals, stock: { 1990: s1990, 2010: s2010 }, remittances, costs, treaties, refugees };
  rows = reportRows(src);
});

describe('statements of A/67/254, Section II', () => {
  it('one row per statement, ids unique, every published figure inside its quote', () => {
    expect(rows).toHaveLength(STATEMENTS.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.quote.includes(r.publishedAs), r.id).toBe(true);
    expect(rows.filter((r) => r.id.startsWith('t1-'))).toHaveLength(54);
  });

  // the report's text is a raw input outside the repository: checked when it is there
  it.skipIf(!existsSync(REPORT_TEXT))("every quote is the report's text", () => {
    const report = readFileSync(REPORT_TEXT, 'utf8');
    // the running text without footnote lines (a page break puts footnotes inside sentences of ¶5 and ¶12)
    const flat = report
      .split('\n')
      .filter((l) => !/^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(l))
      .join(' ')
      .replace(/\\\$/g, '$') // the text file escapes "$" as "\$"
      .replace(/\s+/g, ' ');
    for (const r of rows) {
      if (r.id.startsWith('t1-')) continue; // table cells are quoted as "Table 1, row, column: cell"
      for (const part of r.quote.split('…').map((x) => x.trim()).filter(Boolean)) expect(flat.includes(part), `${r.id}: ${part}`).toBe(true);
    }
    // every printed cell of Table 1 is there, in the report's layout
    for (const r of rows.filter((x) => x.id.startsWith('t1-'))) expect(report.includes(r.publishedAs), r.id).toBe(true);
  });

  it('every row has a computed value or a stated reason it cannot be computed', () => {
    for (const r of rows) {
      if (r.recomputed === null) {
        expect(r.basis.code.startsWith('no'), r.id).toBe(true);
        expect(r.difference).toBeNull();
      } else {
        expect(Number.isFinite(r.recomputed), r.id).toBe(true);
        expect(r.basis.code.startsWith('no'), r.id).toBe(false);
        expect(r.difference).toBeCloseTo(r.recomputed - r.published, 9);
        if (r.unit !== 'rank') expect(r.differencePct).toBeCloseTo(((r.recomputed - r.published) / r.published) * 100, 9);
      }
    }
    const computed = rows.filter((r) => r.recomputed !== null).length;
    expect(computed).toBeGreaterThan(90);
    expect(rows.length - computed).toBeGreaterThan(0);
  });

  it('a statement without a computation is reported as such, not as a number', () => {
    const st = STATEMENTS.find((x) => x.id === 'p12-cost-2008')!;
    expect(typeof st.compute).not.toBe('function');
    expect(recompute(st, src)).toMatchObject({ recomputed: null, difference: null, basis: { code: 'noRpwBefore2011' } });
  });
});

describe('recomputed values are the queries the other views use', () => {
  it('world migrant stock 1990 and 2010 = the stock-totals world totals', () => {
    for (const year of [1990, 2010] as const) {
      const w = worldStockTotals(src.totals, { sex: 'total', year });
      expect(live(`p5-world-${year}`)).toBe(w.immigrants / 1e6);
      expect(live(`t1-total-y${year}`)).toBe(w.immigrants / 1e6);
    }
  });

  it('shares in the North = the key figures query', () => {
    const dev = (iso3: string) => src.registry.get(iso3)?.dev ?? null;
    for (const year of [1990, 2010] as const) {
      const f = migrantFigure(src.totals.objects() as StockTotalRow[], year, 'total', dev);
      expect(live(`p5-north-share-${year}`)).toBeCloseTo(f.northShare!, 9);
    }
  });

  it('North/South corridors add up: origins + unknown = destinations = world', () => {
    for (const year of [1990, 2010] as const) {
      const o = originDestination(src, year);
      expect(o.NN + o.NS + o.SN + o.SS + o.unknown).toBe(o.total);
      expect(o.inNorth + o.inSouth).toBe(o.total);
      expect(o.fromNorth).toBe(o.NN + o.NS);
      expect(o.fromSouth).toBe(o.SN + o.SS);
      const unknown = (src.totals.objects() as StockTotalRow[]).filter((r) => r.year === year && r.sex === 'total').reduce((s, r) => s + r.unknownOrigin, 0);
      expect(o.unknown).toBe(unknown);
    }
  });

  it('remittances 2011 = the remittance series query', () => {
    const s = remittanceSeries(src.remittances.series, src.registry, { codes: ['LMY', 'CHN', 'IND', 'MEX', 'PHL'], series: 'received' });
    const at = (code: string, year: number) => s.points.find((p) => p.code === code && p.year === year)!.value!;
    expect(live('p10-developing-2011')).toBe(at('LMY', 2011) / 1e9);
    expect(live('p10-developing-growth')).toBeCloseTo((at('LMY', 2011) / at('LMY', 2010) - 1) * 100, 9);
    for (const c of ['CHN', 'IND', 'MEX', 'PHL']) expect(live(`p10-received-${c}`)).toBe(at(c, 2011) / 1e9);
  });

  it('global average 2011 Q3 = the computed global average', () => {
    expect(live('p12-cost-2011q3')).toBe(computeGlobalAverage(src.costs.corridor, '2011Q3')!.value);
  });

  it('treaty counts and hosted migrants = the treaty and insight queries on 30 June 2012', () => {
    const ix = treatyIndex(src.treaties);
    expect(live('p14-parties')).toBe(partyStates(ix, ['C097', 'C143', 'IV-13'], 'any', REPORT_STATUS_DATE).size);
    expect(live('p18-parties')).toBe(partyStates(ix, ['V-2', 'V-5'], 'any', REPORT_STATUS_DATE).size);
    expect(live('p19-trafficking')).toBe(partyCount(ix, 'XVIII-12-a', REPORT_STATUS_DATE).states);
    expect(live('p19-smuggling')).toBe(partyCount(ix, 'XVIII-12-b', REPORT_STATUS_DATE).states);
    const h = hostedMigrants(src.totals, ix, ['C097', 'C143', 'IV-13'], 'any', REPORT_STATUS_DATE);
    expect(h.year).toBe(2010);
    expect(live('p14-hosted')).toBe(h.hosted / 1e6);
    expect(live('p14-hosted-share')).toBe(h.share);
  });

  it('refugees hosted by the parties = the refugee series query, and the world = the hosted-by-parties query', () => {
    const ix = treatyIndex(src.treaties);
    const parties = partyStates(ix, ['V-2', 'V-5'], 'any', REPORT_STATUS_DATE);
    const r = refugeesOfParties(src);
    expect(r.year).toBe(2010);
    expect(r.parties).toBe(parties.size);
    // the parties' refugees, summed straight from the totals table
    const rows2010 = (src.refugees.totals.objects() as RefugeeTotalRow[]).filter((x) => x.year === 2010);
    expect(r.hosted).toBe(rows2010.filter((x) => parties.has(x.code)).reduce((s, x) => s + x.hostedRefugees, 0));
    // the world does not depend on the parties: refugeesHostedByParties for end-2010 gives the same totals
    const q = refugeesHostedByParties(src.refugees.totals, src.refugees.unrwa, ix, ['V-2', 'V-5'], 'any', '2010-12-31');
    expect(q.year).toBe(2010);
    expect(r).toMatchObject({ world: q.world, unrwaWorld: q.unrwaWorld, unrwaHosted: 0 });
    expect(live('p18-hosted')).toBe(r.hosted / 1e6);
    expect(live('p18-share-without-unrwa')).toBeCloseTo((r.hosted / r.world) * 100, 9);
    expect(live('p18-share')).toBeCloseTo((r.hosted / (r.world + r.unrwaWorld)) * 100, 9);
    expect(live('p18-unrwa')).toBe(r.unrwaWorld / 1e6);
  });
});

describe('where the sources say the data reproduce a figure, they do', () => {
  it('North/South 1990 and 2010 equal the IMS 2024 figures of the migrant-stock source notes, to the person', () => {
    expect(originDestination(src, 1990)).toMatchObject({ NN: 41_906_289, NS: 11_051_530, SN: 35_126_501, SS: 52_760_088, total: 153_916_063 });
    expect(originDestination(src, 2010)).toMatchObject({ NN: 47_974_002, NS: 8_447_272, SN: 71_848_187, SS: 73_720_816, total: 221_020_392 });
    expect(originDestination(src, 1990).unknown).toBe(7_543_757 + 5_527_898);
    expect(originDestination(src, 2010).unknown).toBe(12_693_468 + 6_336_647);
  });

  it('remittances received 2011 equal the WDI 2025-07-01 figures of the remittances source notes', () => {
    expect(live('p10-developing-2011')).toBeCloseTo(328.91, 2);
    expect(live('p10-received-IND')).toBeCloseTo(62.4991, 3);
    expect(live('p10-received-MEX')).toBeCloseTo(24.19, 3);
    expect(live('p10-received-PHL')).toBeCloseTo(23.0536, 3);
    expect(live('p10-received-CHN')).toBeCloseTo(16.57, 2);
    for (const c of ['IND', 'MEX', 'PHL']) expect(live(`p10-received-${c}`)).toBeGreaterThan(row(`p10-received-${c}`).published);
    // the four largest as % of GDP are all in the top 6 (source notes), Tajikistan first
    expect(live('p10-gdp-rank-TJK')).toBe(1);
    for (const c of ['LSO', 'MDA', 'WSM', 'TJK']) expect(live(`p10-gdp-rank-${c}`)).toBeLessThanOrEqual(6);
  });

  it('refugees 2010 and UNRWA 2010 equal the refugee source notes', () => {
    const r = refugeesOfParties(src);
    expect(r.world).toBe(10_548_835);
    expect(r.unrwaWorld).toBe(4_691_079);
  });

  it('every statement with a stated agreement reproduces the published figure within it', () => {
    const agreeing = rows.filter((r) => r.agreeWithin !== null);
    expect(agreeing.map((r) => r.id).sort()).toEqual(
      ['t1-NN-y1990', 't1-SS-y2010', 'p8-ss-2010', 'p12-cost-2011q3', 'p18-parties', 'p19-trafficking', 'p19-smuggling'].sort(),
    );
    for (const r of agreeing) expect(Math.abs(r.difference!), r.id).toBeLessThanOrEqual(r.agreeWithin! + 1e-9);
    // the treaty counts exactly: 148, 149, 130
    expect([live('p18-parties'), live('p19-trafficking'), live('p19-smuggling')]).toEqual([148, 149, 130]);
    // the migrant-worker instruments: 84 with the bundled (third-pass) ratifications, against 83
    expect(live('p14-parties')).toBe(84);
  });
});
