/**
 * Corridors Sankey geometry and words, on graphs built from the bundled data: d3-sankey layout
 * proportions, labels that never overlap, truncation/wrapping, year transitions, the DisplayTable
 * (table + CSV) and the subtitle.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import { loadCountries, loadStockTotals, loadStockYear } from '../../src/lib/data/load';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import type { Registry } from '../../src/lib/data/registry';
import { corridorGraph, type CorridorGraph, type CorridorQuery } from '../../src/lib/data/queries/corridors';
import {
  chartHeight,
  estimateWidth,
  interpolateGeometry,
  layoutSankey,
  linkD,
  related,
  truncate,
  wrap,
  type SankeyLayout,
} from '../../src/lib/components/sankey/layout';
import { corridorTable, linkAriaLabel, nodeAriaLabel, nodeName, subtitle, summary } from '../../src/lib/views/corridors/text';
import { toCsv } from '../../src/lib/export/csv';
import { defaultState } from '../../src/lib/state/url';
import { formatCompact } from '../../src/lib/i18n/format';
import { CORRIDORS_COLUMNS } from '../fixtures/columns';

let registry: Registry;
let totals: ColumnTable;
let s2024: ColumnTable;
let s2020: ColumnTable;

beforeAll(async () => {
  const f = nodeFetcher('data');
  registry = await loadCountries(f);
  totals = await loadStockTotals(f);
  s2024 = await loadStockYear(f, 2024);
  s2020 = await loadStockYear(f, 2020);
});

const base: CorridorQuery = { year: 2024, sex: 'total', group: 'region', countries: [], dir: 'in', top: 15, focus: null };
const graph = (q: Partial<CorridorQuery> = {}, stock = s2024, prevStock: ColumnTable | null = null): CorridorGraph =>
  corridorGraph({ registry, stock, totals, prevStock }, { ...base, ...q });

function lay(g: CorridorGraph, width = 1000): SankeyLayout {
  return layoutSankey(g, { width, height: chartHeight(g, width), name: nodeName, valueText: (n) => formatCompact(n.value) });
}

const LINE = 13;

describe('layout', () => {
  it('origins on the left, destinations on the right; heights proportional to migrants', () => {
    const g = graph();
    const l = lay(g);
    const origins = g.nodes.filter((n) => n.side === 'origin');
    const dests = g.nodes.filter((n) => n.side === 'destination');
    const maxOriginX = Math.max(...origins.map((n) => l.geometry.nodes.get(n.id)!.x1));
    const minDestX = Math.min(...dests.map((n) => l.geometry.nodes.get(n.id)!.x0));
    expect(maxOriginX).toBeLessThan(minDestX);
    // one scale for every node: height / value is constant
    const k = g.nodes.map((n) => {
      const b = l.geometry.nodes.get(n.id)!;
      return (b.y1 - b.y0) / n.value;
    });
    for (const x of k) expect(x).toBeCloseTo(k[0], 9);
    // link widths use the same scale and add up to the node height
    for (const n of origins) {
      const b = l.geometry.nodes.get(n.id)!;
      const w = g.links.filter((x) => x.source === n.id).reduce((s, x) => s + l.geometry.links.get(x.id)!.width, 0);
      expect(w).toBeCloseTo(b.y1 - b.y0, 6);
    }
    // everything inside the drawing area
    for (const b of l.geometry.nodes.values()) {
      expect(b.y0).toBeGreaterThanOrEqual(0);
      expect(b.y1).toBeLessThanOrEqual(l.height);
      expect(b.x0).toBeGreaterThanOrEqual(l.labelWidth - 1);
      expect(b.x1).toBeLessThanOrEqual(l.width - l.labelWidth + 1);
    }
    // nodes follow the query's display order (largest first, unknown origin last)
    const ys = origins.sort((a, b) => a.order - b.order).map((n) => l.geometry.nodes.get(n.id)!.y0);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(origins.at(-1)!.id).toBe('o:unknown');
  });

  it('links are drawn as horizontal cubic curves between the node columns', () => {
    const g = graph();
    const l = lay(g);
    const box = l.geometry.links.get('o:g:Asia>d:g:Europe')!;
    expect(linkD(box)).toMatch(/^M[\d.]+,[\d.]+C[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    expect(box.sx).toBeLessThan(box.tx);
  });

  it('labels never overlap, small nodes lose theirs first, at several widths and groupings', () => {
    const cases: Partial<CorridorQuery>[] = [
      {},
      { group: 'subregion' },
      { group: 'subregion', focus: 'Western Asia' },
      { group: 'country', top: 50 },
      { countries: ['MEX'], top: 50 },
      { group: 'sdg' },
    ];
    for (const q of cases) {
      const g = graph(q);
      for (const width of [360, 700, 1200]) {
        const l = lay(g, width);
        for (const side of ['origin', 'destination']) {
          const bands = g.nodes
            .filter((n) => n.side === side && l.labels.has(n.id))
            .map((n) => {
              const b = l.geometry.nodes.get(n.id)!;
              const k = l.labels.get(n.id)!.lines.length;
              const cy = (b.y0 + b.y1) / 2;
              return { n, a: cy - (k * LINE) / 2, z: cy + (k * LINE) / 2 };
            })
            .sort((x, y) => x.a - y.a);
          for (let i = 1; i < bands.length; i++) {
            expect(bands[i].a, `${JSON.stringify(q)} ${width} ${side}`).toBeGreaterThanOrEqual(bands[i - 1].z);
          }
          // the largest node on each side always has its label
          const largest = g.nodes.filter((n) => n.side === side).sort((a, b) => b.value - a.value)[0];
          expect(l.labels.has(largest.id)).toBe(true);
        }
        // every label line fits in the label column
        for (const lab of l.labels.values()) for (const line of lab.lines) expect(estimateWidth(line)).toBeLessThanOrEqual(l.labelWidth - 10);
      }
    }
    // with 50 country corridors in a 360px-wide chart some labels must go
    const busy = graph({ group: 'country', top: 50 });
    const l = lay(busy, 360);
    expect(l.labels.size).toBeLessThan(busy.nodes.length);
  });

  it('truncates and wraps long names', () => {
    expect(truncate('Mexico', 100)).toBe('Mexico');
    const t = truncate('Saint Pierre and Miquelon', 60);
    expect(t.endsWith('…')).toBe(true);
    expect(estimateWidth(t)).toBeLessThanOrEqual(60);
    expect(wrap('Northern Africa and Western Asia', 110)?.lines).toEqual(['Northern Africa', 'and Western Asia']);
    expect(wrap('Northern Africa and Western Asia', 130)?.lines).toEqual(['Northern Africa and', 'Western Asia']);
    expect(wrap('Supercalifragilistic', 40)).toBeNull();
    const g = graph({ group: 'sdg' });
    const l = lay(g, 360);
    const truncated = [...l.labels.values()].filter((x) => x.truncated);
    expect(truncated.length).toBeGreaterThan(0);
  });

  it('interpolates between two years: common items move, new items grow from zero', () => {
    const a = lay(graph({ group: 'development' }));
    const g90 = graph({ group: 'country', top: 5 });
    const b = lay(graph({ group: 'development', year: 2020 }, s2020));
    expect(interpolateGeometry(a.geometry, b.geometry, 1)).toBe(b.geometry);
    const mid = interpolateGeometry(a.geometry, b.geometry, 0.5);
    const id = 'o:g:South>d:g:South';
    expect(mid.links.get(id)!.width).toBeCloseTo((a.geometry.links.get(id)!.width + b.geometry.links.get(id)!.width) / 2, 9);
    const start = interpolateGeometry(lay(g90).geometry, b.geometry, 0);
    expect(start.links.get(id)!.width).toBe(0);
  });

  it('highlight: a node relates to its links and their other ends; a link to its two nodes', () => {
    const g = graph();
    const r = related(g, { kind: 'node', id: 'o:g:Oceania' })!;
    expect([...r.links].every((id) => id.startsWith('o:g:Oceania>'))).toBe(true);
    expect(r.nodes.has('d:g:Europe')).toBe(true);
    expect(r.nodes.has('o:g:Asia')).toBe(false);
    const rl = related(g, { kind: 'link', id: 'o:g:Asia>d:g:Europe' })!;
    expect([...rl.nodes].sort()).toEqual(['d:g:Europe', 'o:g:Asia']);
    expect(related(g, null)).toBeNull();
  });
});

describe('table, CSV and words', () => {
  it('the DisplayTable has one row per displayed link, exact values, codes and unit', () => {
    const g = graph({ countries: ['MEX'], top: 5 });
    const t = corridorTable(g);
    expect(t.columns.map((c) => c.key)).toEqual(CORRIDORS_COLUMNS);
    expect(t.columns.find((c) => c.key === 'migrants')?.unit).toBe('persons');
    expect(t.rows).toHaveLength(g.links.length);
    expect(t.rows.reduce((s, r) => s + (r.migrants as number), 0)).toBe(g.total);
    const usa = t.rows.find((r) => r.origin_code === 'USA')!;
    expect(usa).toMatchObject({ year: 2024, sex: 'total', origin: 'United States', destination: 'Mexico', destination_code: 'MEX' });
    expect(t.rows.find((r) => r.origin_type === 'unknown')?.origin).toBe('Unknown origin');
    expect(t.rows.find((r) => r.origin_type === 'other')?.origin_code).toBe('Other countries');
    const csv = toCsv(t).split('\r\n');
    expect(csv[0]).toBe('\uFEFFyear,sex,origin,origin_code,origin_type,destination,destination_code,destination_type,migrants');
    expect(csv).toContain(`2024,total,United States,USA,country,Mexico,MEX,country,${usa.migrants}`);
  });

  it('group codes are the group names; drill-down "Other" names its group', () => {
    const t = corridorTable(graph({ group: 'region', focus: 'Oceania', top: 3 }));
    expect(t.rows.some((r) => r.origin_code === 'Asia' && r.origin_type === 'group')).toBe(true);
    expect(t.rows.some((r) => r.destination === 'Other Oceania')).toBe(true);
    expect(t.rows.some((r) => r.destination_code === 'AUS')).toBe(true);
  });

  it('subtitle puts the filters in words', () => {
    const f = { ...defaultState() };
    expect(subtitle(graph(), f, registry)).toBe('2024 · both sexes · by UN region');
    const sel = { ...f, countries: ['MEX'] };
    expect(subtitle(graph({ countries: ['MEX'] }), sel, registry)).toBe('2024 · both sexes · immigrants living in Mexico · top 15 origins');
    const out = { ...f, countries: ['PHL'], dir: 'out' as const, sex: 'female' as const, year: 2020 as const };
    expect(subtitle(graph({ countries: ['PHL'], dir: 'out', sex: 'female', year: 2020 }, s2020), out, registry)).toBe(
      '2020 · female · emigrants born in Philippines · top 15 destinations',
    );
    const dev = { ...f, group: 'development' as const };
    expect(subtitle(graph({ group: 'development' }), dev, registry)).toBe('2024 · both sexes · by development group (North/South)');
    const drill = { ...f, group: 'subregion' as const, focus: 'Northern America' };
    expect(subtitle(graph({ group: 'subregion', focus: 'Northern America' }), drill, registry)).toBe(
      '2024 · both sexes · by UN subregion · Northern America by country',
    );
  });

  it('accessible labels and summary carry the numbers a tooltip shows', () => {
    const g = graph({ countries: ['MEX'], dir: 'out' }, s2024, s2020);
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    const l = g.links.find((x) => x.id === 'o:c:MEX>d:c:USA')!;
    const label = linkAriaLabel(g, l, byId);
    expect(label).toContain('Mexico to United States: 11,279,561 migrants.');
    expect(label).toMatch(/of emigrants from Mexico/);
    expect(label).toContain('Change since 2020: +102,509 (+0.9%)');
    const usa = byId.get('d:c:USA')!;
    expect(nodeAriaLabel(g, usa)).toMatch(/^Destination United States: 11,279,561 migrants\. .*of all 52,375,047 immigrants in United States/);
    expect(summary(g, byId)).toContain('Largest corridors: Mexico → United States 11.3M');
  });
});
