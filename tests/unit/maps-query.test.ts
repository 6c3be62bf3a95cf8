/**
 * Map queries and the map's geography join, against the real bundled files in data/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { CorridorCostRow, RemittanceRow, StockRow, StockTotalRow } from '../../src/lib/data/types';
import {
  corridorCostMap,
  costMap,
  remittanceMap,
  sendersInQuarter,
  stockMap,
  stockMapBreakPool,
  REMITTANCE_WINDOW,
} from '../../src/lib/data/queries/maps';
import { costQuarters, resolveQuarter } from '../../src/lib/data/queries/costs';
import {
  colorScale,
  hasDotValues,
  joinAtlas,
  layoutMap,
  loadAtlas110,
  logThresholds,
  niceThresholds,
  type AtlasTopology,
} from '../../src/lib/components/map/geo';
import { loadBundled } from './helpers/bundled';

const data = await loadBundled();
const { registry, totals } = data;
const totalRows = totals.objects() as StockTotalRow[];
const remit = data.remit.series;
const remitRows = remit.objects() as RemittanceRow[];
const corridor = data.costs.corridor;
const costRows = corridor.objects() as CorridorCostRow[];
const topo = await loadAtlas110();

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('stock map', () => {
  it("a country's immigrant value is its DESA destination total", () => {
    const m = stockMap(totals, { year: 2024, sex: 'total', dir: 'in', measure: 'count' });
    // DESA IMS 2024, destination totals: Mexico, 2024, both sexes, all origins
    expect(m.values.get('MEX')).toBe(1_726_089);
    // one row per DESA area: the revision covers 233 countries or areas (migrant-stock SOURCE.md)
    expect(m.rows.length).toBe(233);
    // the world total of the destination totals is the published DESA figure
    expect(m.rows.reduce((s, r) => s + r.count, 0)).toBe(304_021_813);
  });

  it('emigrants equal the sum of bilateral cells with that origin', async () => {
    const bilateral = data.stock.get(2020)!.objects() as StockRow[];
    const m = stockMap(totals, { year: 2020, sex: 'female', dir: 'out', measure: 'count' });
    for (const iso3 of ['MEX', 'IND', 'PHL', 'SYR', 'UKR']) {
      const sum = bilateral.filter((r) => r.orig === iso3 && r.sex === 'female').reduce((s, r) => s + r.stock, 0);
      expect(m.values.get(iso3)).toBe(sum);
      expect(sum).toBeGreaterThan(100_000);
    }
  });

  it('share of population uses the WPP 2024 population (2020 and 2024), and falls back to counts by sex', () => {
    const share = stockMap(totals, { year: 2020, sex: 'total', dir: 'in', measure: 'share' });
    expect(share.measure).toBe('share');
    const deu = totalRows.find((r) => r.year === 2020 && r.iso3 === 'DEU' && r.sex === 'total')!;
    expect(share.values.get('DEU')).toBeCloseTo((deu.immigrants / deu.population!) * 100, 10);
    expect(share.values.get('DEU')).toBeGreaterThan(10);
    expect(share.values.get('DEU')).toBeLessThan(25);
    const y2024 = stockMap(totals, { year: 2024, sex: 'total', dir: 'in', measure: 'share' });
    expect(y2024.shareUnavailable).toBe(false);
    expect(y2024.measure).toBe('share');
    const deu24 = totalRows.find((r) => r.year === 2024 && r.iso3 === 'DEU' && r.sex === 'total')!;
    expect(y2024.values.get('DEU')).toBeCloseTo((deu24.immigrants / deu24.population!) * 100, 10);
    // WPP 2024 has no population by sex: share falls back to counts
    const male = stockMap(totals, { year: 2024, sex: 'male', dir: 'in', measure: 'share' });
    expect(male.shareUnavailable).toBe(true);
    expect(male.measure).toBe('count');
    expect(male.values.get('DEU')).toBe(male.rows.find((r) => r.iso3 === 'DEU')!.count);
  });

  it('is memoised by its parameters', () => {
    const a = stockMap(totals, { year: 2010, sex: 'male', dir: 'in', measure: 'count' });
    const b = stockMap(totals, { year: 2010, sex: 'male', dir: 'in', measure: 'count' });
    const c = stockMap(totals, { year: 2010, sex: 'male', dir: 'out', measure: 'count' });
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});

describe('remittance map (% of GDP)', () => {
  it('takes the latest reported value in the window, with its year', () => {
    const m = remittanceMap(remit, 2020);
    const phl = remitRows.filter((r) => r.code === 'PHL' && r.series === 'pct_gdp' && r.year === 2020)[0];
    // the chosen year's own value, not an earlier one in the window
    expect(m.values.get('PHL')).toBe(phl.value);
    expect(m.rows.find((r) => r.iso3 === 'PHL')!.year).toBe(2020);
    for (const r of m.rows) {
      if (r.year === null) continue;
      expect(r.year).toBeLessThanOrEqual(2020);
      expect(r.year).toBeGreaterThanOrEqual(2020 - REMITTANCE_WINDOW);
    }
    // 2024 is past the end of the % of GDP series (2023, computed from the 2025-02 vintage, remittances SOURCE.md): values are the latest up to 2023
    const latest = remittanceMap(remit, 2024);
    expect(latest.dataEnd).toBe(2023);
    expect(latest.to).toBe(2023);
    expect(latest.vintages).toEqual(['2025-02']);
  });

  it('shows zeros flagged "not reported" as no data, never as 0', () => {
    const m = remittanceMap(remit, 2020);
    const sgp = m.rows.find((r) => r.iso3 === 'SGP')!;
    expect(sgp.value).toBeNull();
    expect(sgp.notReported).toBe(true);
    for (const r of m.rows) {
      if (r.value === 0) {
        const src = remitRows.find((x) => x.code === r.iso3 && x.series === 'pct_gdp' && x.year === r.year)!;
        expect(src.flag).toBe('');
      }
    }
  });

  it('keeps Kosovo separate (World Bank convention) and excludes aggregates', () => {
    const m = remittanceMap(remit, 2020);
    expect(m.values.get('XKX')).toBeGreaterThan(10);
    expect(m.values.has('WLD')).toBe(false);
    expect(m.values.has('LMY')).toBe(false);
  });
});

describe('cost map', () => {
  it('defaults to the latest quarter', () => {
    const qs = costQuarters(corridor);
    expect(qs[qs.length - 1]).toBe('2025Q3');
    expect(resolveQuarter(corridor, null)).toBe('2025Q3');
    expect(resolveQuarter(corridor, '2019Q2')).toBe('2019Q2');
    expect(resolveQuarter(corridor, '1999Q1')).toBe('2025Q3');
  });

  it('the average per receiving country equals the mean of its corridor rows that quarter', () => {
    for (const q of ['2025Q3', '2022Q3', '2014Q2']) {
      const m = costMap(corridor, q, 'to');
      const rowsQ = costRows.filter((r) => r.period === q);
      const dests = [...new Set(rowsQ.map((r) => r.dest))];
      expect(m.rows.length).toBe(dests.length);
      for (const d of dests) {
        const mine = rowsQ.filter((r) => r.dest === d);
        const usable = mine.filter((r) => r.flag !== 'negative' && r.cost >= 0).map((r) => r.cost);
        const row = m.rows.find((r) => r.iso3 === d)!;
        expect(row.n).toBe(usable.length);
        expect(row.excluded).toBe(mine.length - usable.length);
        if (usable.length) expect(row.value).toBeCloseTo(mean(usable), 12);
        else expect(row.value).toBeNull();
      }
    }
    // a concrete case with a negative corridor: Nigeria in 2022Q3 (GHA→NGA published as negative)
    const ngaRows = costRows.filter((r) => r.period === '2022Q3' && r.dest === 'NGA');
    const nga = costMap(corridor, '2022Q3', 'to').rows.find((r) => r.iso3 === 'NGA')!;
    expect(nga.excluded).toBe(1);
    expect(nga.n).toBe(ngaRows.length - 1);
    expect(nga.value).toBeGreaterThan(0);
  });

  it('the average per sending country equals the mean of its corridor rows', () => {
    const m = costMap(corridor, '2025Q3', 'from');
    const usa = costRows.filter((r) => r.period === '2025Q3' && r.source === 'USA' && r.flag !== 'negative');
    expect(usa.length).toBeGreaterThan(10);
    expect(m.values.get('USA')).toBeCloseTo(mean(usa.map((r) => r.cost)), 12);
  });

  it('corridor mode: the cost from one sending country to each of its receiving countries', () => {
    const senders = sendersInQuarter(corridor, '2025Q3');
    expect(senders.has('USA')).toBe(true);
    expect(senders.has('MEX')).toBe(false);
    const m = corridorCostMap(corridor, '2025Q3', 'USA');
    const rows = costRows.filter((r) => r.period === '2025Q3' && r.source === 'USA');
    expect(m.rows.length).toBe(rows.length);
    expect(m.values.get('MEX')).toBe(rows.find((r) => r.dest === 'MEX')!.cost);
    // a negative published corridor stays in the table but is not painted
    const neg = corridorCostMap(corridor, '2022Q3', 'GHA').rows.find((r) => r.iso3 === 'NGA')!;
    expect(neg.published).toBeLessThan(0);
    expect(neg.value).toBeNull();
  });
});

describe('geo join (world-atlas 110m ↔ registry)', () => {
  it('places every atlas feature except none', () => {
    for (const conv of ['desa', 'wb'] as const) {
      const j = joinAtlas(topo, registry, conv);
      expect(j.unmatched).toEqual([]);
      expect(j.shapes.every((s) => s.iso3 !== null)).toBe(true);
      // one shape per ISO3 (duplicates merged)
      const isos = j.shapes.map((s) => s.iso3);
      expect(new Set(isos).size).toBe(isos.length);
    }
  });

  it('every IMS area with data has a 110m polygon or a dot (none is invisible)', () => {
    const j = joinAtlas(topo, registry, 'desa');
    const m = stockMap(totals, { year: 2024, sex: 'total', dir: 'in', measure: 'count' });
    const layout = layoutMap(j, 960);
    const dotIdx = new Map(j.dots.map((d, i) => [d.iso3, i]));
    let shapes = 0;
    let dots = 0;
    for (const r of m.rows) {
      expect(registry.get(r.iso3)?.inIms).toBe(true);
      const how = j.drawnAs.get(r.iso3);
      expect(how === 'shape' || how === 'dot', `${r.iso3} is drawn`).toBe(true);
      if (how === 'dot') {
        dots++;
        const xy = layout.dotXY[dotIdx.get(r.iso3)!];
        expect(xy, `${r.iso3} projects`).not.toBeNull();
        expect(xy![0]).toBeGreaterThanOrEqual(0);
        expect(xy![0]).toBeLessThanOrEqual(layout.width);
        expect(xy![1]).toBeGreaterThanOrEqual(0);
        expect(xy![1]).toBeLessThanOrEqual(layout.height);
      } else shapes++;
    }
    // DESA IMS 2024 covers 233 countries or areas (migrant-stock SOURCE.md)
    expect(m.rows.length).toBe(233);
    // at 110m, 61 IMS areas have no polygon (small islands, HKG, SGP, BHR, CHI…: registry `atlas110 = false`)
    expect(dots).toBe(61);
    expect(shapes).toBe(233 - 61);
    for (const iso3 of ['SGP', 'HKG', 'BHR', 'CHI', 'MLT', 'MDV']) expect(j.drawnAs.get(iso3)).toBe('dot');
    // N. Cyprus and Somaliland are merged into Cyprus and Somalia
    expect(j.shapes.find((s) => s.iso3 === 'CYP')!.atlasNames.sort()).toEqual(['Cyprus', 'N. Cyprus']);
    expect(j.shapes.find((s) => s.iso3 === 'SOM')!.atlasNames.sort()).toEqual(['Somalia', 'Somaliland']);
    // Antarctica is left out of the frame
    expect(j.drawnAs.has('ATA')).toBe(false);
  });

  it('every economy with a remittance value is drawn under the World Bank convention', () => {
    const j = joinAtlas(topo, registry, 'wb');
    const m = remittanceMap(remit, 2020);
    for (const r of m.rows) if (r.value !== null) expect(j.drawnAs.get(r.iso3), r.iso3).toMatch(/shape|dot/);
  });

  it('Kosovo conventions: DESA paints it as Serbia, the World Bank draws XKX separately', () => {
    const desa = joinAtlas(topo, registry, 'desa');
    expect(desa.shapes.some((s) => s.iso3 === 'XKX')).toBe(false);
    expect(desa.shapes.find((s) => s.iso3 === 'SRB')!.atlasNames.sort()).toEqual(['Kosovo', 'Serbia']);
    expect(desa.drawnAs.get('XKX')).toBe('merged');
    expect(desa.dots.some((d) => d.iso3 === 'XKX')).toBe(false);
    // DESA stock data have no Kosovo row: its migrants are in Serbia's figure
    expect(stockMap(totals, { year: 2024, sex: 'total', dir: 'in', measure: 'count' }).values.has('XKX')).toBe(false);

    const wb = joinAtlas(topo, registry, 'wb');
    expect(wb.shapes.find((s) => s.iso3 === 'XKX')!.atlasNames).toEqual(['Kosovo']);
    expect(wb.shapes.find((s) => s.iso3 === 'SRB')!.atlasNames).toEqual(['Serbia']);
    expect(wb.drawnAs.get('XKX')).toBe('shape');
  });

  it('duplicate atlas ids (50m: Australia and Ashmore and Cartier Is. share "036") become one shape', () => {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topo50 = JSON.parse(readFileSync(file, 'utf8')) as AtlasTopology;
    const j = joinAtlas(topo50, registry, 'desa');
    const isos = j.shapes.map((s) => s.iso3).filter((c) => c !== null);
    expect(new Set(isos).size).toBe(isos.length);
    // id-less features no registry row stands for are drawn inert, never attached to a wrong country
    expect(j.unmatched.sort()).toEqual(['Indian Ocean Ter.', 'Siachen Glacier']);
    expect(j.shapes.find((s) => s.iso3 === 'AUS')!.atlasNames.sort()).toEqual(['Ashmore and Cartier Is.', 'Australia']);
  });

  it('Equal Earth layout: one path per shape, height from the land (no Antarctica)', () => {
    const j = joinAtlas(topo, registry, 'desa');
    const l = layoutMap(j, 800);
    expect(l.width).toBe(800);
    expect(l.paths.length).toBe(j.shapes.length);
    expect(l.paths.every((p) => p.startsWith('M'))).toBe(true);
    // Equal Earth is ~2.05:1 for the whole globe; without Antarctica the frame is wider than that
    expect(l.height).toBeGreaterThan(300);
    expect(l.height).toBeLessThan(390);
  });
});

describe('colour scales', () => {
  const fmt = (v: number) => String(v);
  it('threshold bins: every value gets the colour of its bin, null gets no-data', () => {
    const s = colorScale({ type: 'threshold', thresholds: [10, 100] }, [], '#eee', fmt);
    expect(s.color(null)).toBe('#eee');
    expect(s.color(Number.NaN)).toBe('#eee');
    expect(s.color(5)).not.toBe(s.color(10));
    expect(s.color(10)).toBe(s.color(99));
    expect(s.color(100)).toBe(s.color(1e9));
    expect(s.legend).toEqual({
      type: 'swatches',
      items: [
        { color: s.color(5), label: '< 10' },
        { color: s.color(50), label: '10–100' },
        { color: s.color(500), label: '≥ 100' },
      ],
    });
  });

  it('stock map class breaks are pooled over every stock year (both sexes) of the measure shown', () => {
    const bothSexes = (year: number) => totalRows.filter((r) => r.year === year && r.sex === 'total');
    const count = stockMapBreakPool(totals, { dir: 'out', measure: 'count' });
    // one value per stock-totals row of both sexes, every year
    expect(count).toHaveLength(totalRows.filter((r) => r.sex === 'total').length);
    const mex2020 = bothSexes(2020).find((r) => r.iso3 === 'MEX')!;
    expect(count).toContain(mex2020.emigrants);
    // shares: WPP 2024 gives every stock year a population (both sexes), 2024 included (population SOURCE.md)
    expect(bothSexes(2024).find((r) => r.iso3 === 'MEX')!.population).toBeGreaterThan(0);
    const share = stockMapBreakPool(totals, { dir: 'in', measure: 'share' });
    expect(share).toHaveLength(totalRows.filter((r) => r.sex === 'total').length);
    const mex2024 = bothSexes(2024).find((r) => r.iso3 === 'MEX')!;
    expect(share).toContain((mex2024.immigrants / mex2024.population!) * 100);
    expect(share).toContain((mex2020.immigrants / mex2020.population!) * 100);
    // the breaks depend on direction and measure only: the same pool object whatever the year or sex shown
    expect(stockMapBreakPool(totals, { dir: 'out', measure: 'count' })).toBe(count);
    expect(logThresholds(share, 7).length).toBeGreaterThan(2);
  });

  it('friendly class breaks inside the data range', () => {
    const m = stockMap(totals, { year: 2024, sex: 'total', dir: 'in', measure: 'count' });
    const th = niceThresholds(m.values.values(), 6);
    expect(th.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < th.length; i++) expect(th[i]).toBeGreaterThan(th[i - 1]);
    for (const t of th) expect(String(t)).toMatch(/^[1-9]\d?0*$/);
  });

  it('log-spaced breaks for skewed counts: friendly 1–3–10 steps inside the data', () => {
    const pool = stockMapBreakPool(totals, { dir: 'in', measure: 'count' });
    expect(logThresholds(pool, 7)).toEqual([10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000]);
    expect(logThresholds([0.5, 1, 2, 3], 7)).toEqual([1, 2]);
    expect(logThresholds([null, 5], 7)).toEqual([]);
  });

  it('the legend explains dots only when a dot area has a value', () => {
    expect(hasDotValues(new Map([['SGP', 1]]), registry, 'desa')).toBe(true);
    expect(hasDotValues(new Map([['SGP', null], ['MEX', 3]]), registry, 'desa')).toBe(false);
  });

  it('categorical: each code its own colour', () => {
    const s = colorScale(
      { type: 'categorical', categories: [{ value: 1, label: 'Party', color: '#009e73' }, { value: 0, label: 'Not party', color: '#e69f00' }] },
      [],
      '#eee',
      fmt,
    );
    expect(s.color(1)).toBe('#009e73');
    expect(s.color(0)).toBe('#e69f00');
    expect(s.color(2)).toBe('#eee');
  });
});
