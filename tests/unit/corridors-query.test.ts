/**
 * Corridors (Sankey) query against the real bundled data (data/), read with nodeFetcher('data').
 * Reference figures are UN DESA International Migrant Stock 2024 published totals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import { loadCountries, loadStockTotals, loadStockYear } from '../../src/lib/data/load';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import type { Registry } from '../../src/lib/data/registry';
import { STOCK_YEARS, type Grouping, type Sex, type StockYear } from '../../src/lib/data/types';
import {
  corridorGraph,
  previousStockYear,
  stockCells,
  unclassifiedNames,
  yearTotals,
  type CorridorGraph,
  type CorridorQuery,
} from '../../src/lib/data/queries/corridors';

const fetcher = nodeFetcher('data');
let registry: Registry;
let totals: ColumnTable;
const stock = new Map<StockYear, ColumnTable>();

beforeAll(async () => {
  registry = await loadCountries(fetcher);
  totals = await loadStockTotals(fetcher);
  for (const y of STOCK_YEARS) stock.set(y, await loadStockYear(fetcher, y));
});

const base: CorridorQuery = { year: 2024, sex: 'total', group: 'region', countries: [], dir: 'in', top: 15, focus: null };

function graph(q: Partial<CorridorQuery>, withPrev = false): CorridorGraph {
  const query = { ...base, ...q };
  const prev = previousStockYear(query.year);
  return corridorGraph(
    { registry, stock: stock.get(query.year)!, totals, prevStock: withPrev && prev ? stock.get(prev)! : null },
    query,
  );
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const linkSum = (g: CorridorGraph) => sum(g.links.map((l) => l.value));
const node = (g: CorridorGraph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id} in ${g.nodes.map((x) => x.id).join(', ')}`);
  return n;
};
const link = (g: CorridorGraph, s: string, t: string) => g.links.find((l) => l.source === s && l.target === t)?.value;

/** DESA world total for a year and sex = sum of every destination's immigrants (incl. unknown origin). */
function worldTotal(year: number, sex: Sex): number {
  return sum([...yearTotals(totals, year, sex).immigrants.values()]);
}

const GROUPINGS: Grouping[] = ['region', 'subregion', 'sdg', 'development', 'income', 'country'];

describe('world totals', () => {
  // 304,021,813 (2024) and 153,916,063 (1990): DESA world totals, migrant-stock SOURCE.md
  it('match the DESA published world totals (2024 and 1990, both sexes)', () => {
    expect(graph({ year: 2024 }).total).toBe(304_021_813);
    expect(graph({ year: 1990 }).total).toBe(153_916_063);
    expect(worldTotal(2024, 'total')).toBe(304_021_813);
  });

  it('every grouping, year and sex: links (incl. unknown origin) sum to the world total, both sides', () => {
    for (const year of STOCK_YEARS) {
      for (const sex of ['total', 'male', 'female'] as Sex[]) {
        const world = worldTotal(year, sex);
        for (const group of GROUPINGS) {
          const g = graph({ year, sex, group });
          expect(linkSum(g), `${year} ${sex} ${group}`).toBe(world);
          const o = sum(g.nodes.filter((n) => n.side === 'origin').map((n) => n.value));
          const d = sum(g.nodes.filter((n) => n.side === 'destination').map((n) => n.value));
          expect(o).toBe(world);
          expect(d).toBe(world);
        }
      }
    }
  });

  it('male + female = total for every corridor between regions (2024)', () => {
    const [t, m, f] = (['total', 'male', 'female'] as Sex[]).map((sex) => graph({ sex }));
    for (const l of t.links) {
      expect((link(m, l.source, l.target) ?? 0) + (link(f, l.source, l.target) ?? 0), l.id).toBe(l.value);
    }
  });

  it('unknown origin is its own origin node, never dropped', () => {
    const g = graph({});
    const u = node(g, 'o:unknown');
    const expected = sum([...yearTotals(totals, 2024, 'total').unknown.values()]);
    expect(u.value).toBe(expected);
    expect(u.value).toBeGreaterThan(1_000_000);
    expect(g.unknown).toBe(expected);
    expect(g.nodes.some((n) => n.id === 'd:unknown')).toBe(false);
  });
});

describe('North/South 1990 (DESA development groups)', () => {
  // NN, NS, SN, SS and unknown → N / S for 1990: migrant-stock SOURCE.md, "North/South"
  it('matches the published matrix', () => {
    const g = graph({ year: 1990, group: 'development' });
    const published: [string, string, number][] = [
      ['o:g:North', 'd:g:North', 41_906_289],
      ['o:g:North', 'd:g:South', 11_051_530],
      ['o:g:South', 'd:g:North', 35_126_501],
      ['o:g:South', 'd:g:South', 52_760_088],
      ['o:unknown', 'd:g:North', 7_543_757],
      ['o:unknown', 'd:g:South', 5_527_898],
    ];
    for (const [from, to, migrants] of published) expect(link(g, from, to), `${from} → ${to}`).toBe(migrants);
    expect(g.links).toHaveLength(6);
    expect(g.total).toBe(153_916_063);
  });
});

describe('group totals', () => {
  it('a group node equals the sum of its members (origin: emigrants, destination: immigrants)', () => {
    const tot = yearTotals(totals, 2024, 'total');
    for (const group of ['region', 'subregion', 'sdg', 'income', 'development'] as Grouping[]) {
      const g = graph({ group });
      for (const n of g.nodes.filter((x) => x.kind === 'group')) {
        const members = registry.imsAreas().filter((c) => registry.groupOf(c.iso3, group) === n.code);
        expect(members.length, `${group} ${n.code}`).toBeGreaterThan(0);
        const expected =
          n.side === 'origin'
            ? sum(members.map((c) => tot.emigrants.get(c.iso3) ?? 0))
            : sum(members.map((c) => tot.immigrants.get(c.iso3) ?? 0));
        expect(n.value, `${group} ${n.id}`).toBe(expected);
        expect(n.total).toBe(n.value);
      }
    }
  });

  it('the emigrants column equals the bilateral sums by origin, and immigrants = bilateral by destination + unknown', () => {
    const cells = stockCells(stock.get(2024)!, 2024, 'total');
    const tot = yearTotals(totals, 2024, 'total');
    const byOrig = new Map<string, number>();
    const byDest = new Map<string, number>();
    cells.orig.forEach((o, i) => byOrig.set(o, (byOrig.get(o) ?? 0) + cells.stock[i]));
    cells.dest.forEach((d, i) => byDest.set(d, (byDest.get(d) ?? 0) + cells.stock[i]));
    for (const iso of ['MEX', 'IND', 'USA', 'DEU', 'SYR']) {
      expect(tot.emigrants.get(iso)).toBe(byOrig.get(iso));
      expect(tot.immigrants.get(iso)).toBe((byDest.get(iso) ?? 0) + (tot.unknown.get(iso) ?? 0));
    }
  });

  it('countries without an income group are kept as "not classified", so income totals stay exact', () => {
    const g = graph({ group: 'income' });
    const none = g.nodes.filter((n) => n.kind === 'unclassified');
    expect(none.length).toBeGreaterThan(0);
    expect(linkSum(g)).toBe(304_021_813);
  });
});

describe('drill-down', () => {
  it('members of the focused group (+ "Other <group>") sum to the group, on both sides', () => {
    const world = graph({ group: 'subregion' });
    for (const focus of ['Northern America', 'Western Asia', 'South America']) {
      const g = graph({ group: 'subregion', focus });
      expect(g.mode).toBe('drill');
      expect(g.focus).toBe(focus);
      expect(linkSum(g)).toBe(304_021_813);
      for (const side of ['origin', 'destination'] as const) {
        const members = g.nodes.filter((n) => n.side === side && n.parent === focus);
        expect(members.length).toBeGreaterThan(1);
        const countries = members.filter((n) => n.kind === 'country');
        expect(countries.length).toBeLessThanOrEqual(16);
        expect(countries.every((n) => registry.groupOf(n.code!, 'subregion') === focus)).toBe(true);
        const groupNode = node(world, `${side === 'origin' ? 'o' : 'd'}:g:${focus}`);
        expect(sum(members.map((n) => n.value)), `${focus} ${side}`).toBe(groupNode.value);
        // the group itself is replaced by its members
        expect(g.nodes.some((n) => n.id === groupNode.id)).toBe(false);
      }
      // other groups are unchanged
      const other = world.nodes.find((n) => n.kind === 'group' && n.code !== focus && n.side === 'origin')!;
      expect(node(g, other.id).value).toBe(other.value);
    }
  });

  it('Northern America is shown country by country (USA, Canada …) and a country node equals its own total', () => {
    const g = graph({ group: 'subregion', focus: 'Northern America' });
    const usa = node(g, 'd:c:USA');
    const tot = yearTotals(totals, 2024, 'total');
    expect(usa.value).toBe(tot.immigrants.get('USA'));
    expect(node(g, 'o:c:USA').value).toBe(tot.emigrants.get('USA'));
    expect(node(g, 'd:c:CAN').value).toBe(tot.immigrants.get('CAN'));
  });

  it('a focus that is not a group of the grouping is ignored (and the URL focus is not trusted)', () => {
    const g = graph({ group: 'region', focus: 'Northern America' });
    expect(g.mode).toBe('groups');
    expect(g.focus).toBeNull();
    expect(graph({ group: 'country', focus: 'Asia' }).mode).toBe('top');
  });

  it('with top = 5, the rest of a large group is "Other <group>" with its exact total', () => {
    const g = graph({ group: 'region', focus: 'Asia', top: 5 });
    const origins = g.nodes.filter((n) => n.side === 'origin' && n.parent === 'Asia').sort((a, b) => a.order - b.order);
    expect(origins.filter((n) => n.kind === 'country')).toHaveLength(5);
    const other = node(g, 'o:other:Asia');
    const asia = node(graph({ group: 'region' }), 'o:g:Asia');
    expect(sum(origins.map((n) => n.value))).toBe(asia.value);
    expect(other.value).toBe(asia.value - sum(origins.filter((n) => n.kind === 'country').map((n) => n.value)));
    // India is the largest origin in Asia: first in the cluster; "Other Asia" comes last
    expect(origins[0].code).toBe('IND');
    expect(origins.at(-1)!.id).toBe('o:other:Asia');
  });
});

describe('top-N world corridors (group = country, no selection)', () => {
  it('names the countries of the N largest corridors; Other on each side; exact totals', () => {
    for (const top of [5, 15, 50]) {
      const g = graph({ group: 'country', top });
      expect(g.mode).toBe('top');
      expect(linkSum(g)).toBe(304_021_813);
      expect(g.nodes.some((n) => n.id === 'o:other')).toBe(true);
      expect(g.nodes.some((n) => n.id === 'd:other')).toBe(true);
      const named = g.links.filter((l) => l.source.startsWith('o:c:') && l.target.startsWith('d:c:'));
      expect(named.length).toBeGreaterThanOrEqual(top);
      // every named country node carries its full emigrant / immigrant total
      const tot = yearTotals(totals, 2024, 'total');
      for (const n of g.nodes.filter((x) => x.kind === 'country')) {
        expect(n.value).toBe(n.side === 'origin' ? tot.emigrants.get(n.code!) : tot.immigrants.get(n.code!));
      }
    }
    // the largest corridor in 2024 is Mexico → United States: 11,279,561 (DESA bilateral stock, both sexes)
    const named = graph({ group: 'country' }).links.filter((l) => !l.source.includes('other') && !l.target.includes('other'));
    expect(named[0].id).toBe('o:c:MEX>d:c:USA');
    expect(named[0].value).toBe(11_279_561);
  });
});

describe('country focus (selection)', () => {
  const tot = () => yearTotals(totals, 2024, 'total');

  it('Mexico dir=in: top-N origins + Other + unknown = immigrants living in Mexico', () => {
    for (const top of [5, 15, 25]) {
      const g = graph({ countries: ['MEX'], dir: 'in', top });
      expect(g.mode).toBe('selection');
      expect(linkSum(g)).toBe(tot().immigrants.get('MEX'));
      const origins = g.nodes.filter((n) => n.side === 'origin');
      expect(origins.filter((n) => n.kind === 'country')).toHaveLength(top);
      expect(node(g, 'o:unknown').value).toBe(tot().unknown.get('MEX'));
      expect(node(g, 'o:other').value).toBeGreaterThan(0);
      expect(g.nodes.filter((n) => n.side === 'destination').map((n) => n.id)).toEqual(['d:c:MEX']);
      // the top origin of immigrants in Mexico is the United States
      expect(g.links[0].source).toBe('o:c:USA');
    }
  });

  it('Mexico dir=out: top-N destinations + Other = emigrants born in Mexico, no unknown origin', () => {
    const g = graph({ countries: ['MEX'], dir: 'out', top: 10 });
    expect(linkSum(g)).toBe(tot().emigrants.get('MEX'));
    expect(g.nodes.some((n) => n.kind === 'unknown')).toBe(false);
    expect(g.nodes.filter((n) => n.side === 'destination' && n.kind === 'country')).toHaveLength(10);
    expect(link(g, 'o:c:MEX', 'd:c:USA')).toBe(11_279_561);
    expect(node(g, 'd:other').value).toBe(tot().emigrants.get('MEX')! - sum(g.links.filter((l) => l.target !== 'd:other').map((l) => l.value)));
  });

  it('several countries: totals are the sum over the selection; the selection overrides a drill-down focus', () => {
    const g = graph({ countries: ['MEX', 'USA'], dir: 'in', group: 'subregion', focus: 'Northern America' });
    expect(g.mode).toBe('selection');
    expect(g.focus).toBeNull();
    expect(linkSum(g)).toBe(tot().immigrants.get('MEX')! + tot().immigrants.get('USA')!);
    const out = graph({ countries: ['IND', 'PHL'], dir: 'out' });
    expect(linkSum(out)).toBe(tot().emigrants.get('IND')! + tot().emigrants.get('PHL')!);
  });

  it('unknown codes in the selection are ignored', () => {
    const g = graph({ countries: ['MEX', 'ZZZ'] });
    expect(g.selection).toEqual(['MEX']);
    expect(linkSum(g)).toBe(tot().immigrants.get('MEX'));
  });
});

describe('changes since the previous stock year', () => {
  it('previous values use the same node definitions; none for 1990', () => {
    expect(previousStockYear(1990)).toBeNull();
    expect(previousStockYear(2024)).toBe(2020);
    const g = graph({ group: 'development' }, true);
    expect(g.prevYear).toBe(2020);
    expect(g.prevTotal).toBe(worldTotal(2020, 'total'));
    expect(sum(g.links.map((l) => l.prev ?? 0))).toBe(g.prevTotal);
    const sel = graph({ countries: ['MEX'], dir: 'out' }, true);
    expect(link(sel, 'o:c:MEX', 'd:c:USA')).toBe(11_279_561);
    // Mexico → United States, 2024 and 2020, both sexes (DESA bilateral stock)
    expect(sel.links[0].prev).toBe(11_177_052);
    const first = graph({ year: 1990 }, true);
    expect(first.prevYear).toBeNull();
    expect(first.links.every((l) => l.prev === null)).toBe(true);
  });

  it('is memoised: the same parameters give the same object', () => {
    expect(graph({ group: 'sdg' })).toBe(graph({ group: 'sdg' }));
    expect(graph({ group: 'sdg' }, true)).toBe(graph({ group: 'sdg' }, true));
    expect(graph({ group: 'sdg', top: 10 })).not.toBe(graph({ group: 'sdg' }));
  });
});

describe('unclassified areas (the "Not classified" node)', () => {
  it('are the DESA areas without a group under the grouping; only the income grouping has any', () => {
    for (const g of ['region', 'subregion', 'sdg', 'development', 'country'] as const) expect(unclassifiedNames(registry, g)).toEqual([]);
    const names = unclassifiedNames(registry, 'income');
    const expected = registry
      .imsAreas()
      .filter((c) => registry.groupOf(c.iso3, 'income') === null)
      .map((c) => c.short);
    expect(names).toEqual(expected);
    // the World Bank FY26 classification leaves Venezuela unclassified (countries SOURCE.md, `wb_income_group`);
    // territories that are not World Bank economies (Western Sahara, Reunion…) have no income group either
    expect(names).toEqual(expect.arrayContaining(['Venezuela', 'Western Sahara', 'Reunion']));
    expect(names).not.toContain('Mexico');
  });

  it("hold exactly the immigrants of the income grouping's Not classified destination node", () => {
    const g = graph({ group: 'income' });
    const none = node(g, 'd:none');
    const codes = registry
      .imsAreas()
      .filter((c) => unclassifiedNames(registry, 'income').includes(c.short))
      .map((c) => c.iso3);
    const immigrants = yearTotals(totals, 2024, 'total').immigrants;
    expect(none.value).toBe(sum(codes.map((c) => immigrants.get(c) ?? 0)));
  });
});
