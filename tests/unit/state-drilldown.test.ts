/**
 * The corridors drill-down hierarchy (state/drilldown.ts): breadcrumbs and "back", on small graphs
 * and on the real query's modes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import { loadCountries, loadStockTotals, loadStockYear } from '../../src/lib/data/load';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import type { Registry } from '../../src/lib/data/registry';
import type { Grouping } from '../../src/lib/data/types';
import { corridorGraph, type CorridorGraph } from '../../src/lib/data/queries/corridors';
import { drilldownBack, drilldownCrumbs, type CrumbRegistry } from '../../src/lib/state/drilldown';

const reg: CrumbRegistry = {
  groups: (g: Grouping) => (g === 'region' ? ['Africa', 'Asia'] : []),
  label: (iso3: string) => ({ MEX: 'Mexico', PHL: 'Philippines' })[iso3] ?? iso3,
};
const g = (mode: CorridorGraph['mode'], focus: string | null = null, selection: string[] = []) => ({ mode, focus, selection });

describe('drill-down crumbs', () => {
  it('none at the top level (world groups, world top corridors) or without a graph', () => {
    expect(drilldownCrumbs(g('groups'), { focus: null, group: 'region' }, reg)).toEqual([]);
    expect(drilldownCrumbs(g('top'), { focus: null, group: 'country' }, reg)).toEqual([]);
    expect(drilldownCrumbs(null, { focus: 'Asia', group: 'region' }, reg)).toEqual([]);
  });

  it('World › group in a drill-down: the world is a link, the group is the current level', () => {
    expect(drilldownCrumbs(g('drill', 'Asia'), { focus: 'Asia', group: 'region' }, reg)).toEqual([
      { level: 'world', label: null, go: { countries: [], focus: null } },
      { level: 'group', label: 'Asia', go: null },
    ]);
  });

  it('World › group › selection when countries were picked inside a group; the group link clears the selection', () => {
    expect(drilldownCrumbs(g('selection', null, ['PHL', 'MEX']), { focus: 'Asia', group: 'region' }, reg)).toEqual([
      { level: 'world', label: null, go: { countries: [], focus: null } },
      { level: 'group', label: 'Asia', go: { countries: [] } },
      { level: 'selection', label: 'Philippines, Mexico', go: null },
    ]);
  });

  it('no group crumb for a focus that is not a group of the grouping, or under the country grouping', () => {
    const sel = g('selection', null, ['MEX']);
    expect(drilldownCrumbs(sel, { focus: 'Atlantis', group: 'region' }, reg).map((c) => c.level)).toEqual(['world', 'selection']);
    expect(drilldownCrumbs(sel, { focus: 'Asia', group: 'country' }, reg).map((c) => c.level)).toEqual(['world', 'selection']);
    // without the registry (still loading) the focus cannot be checked: no group crumb, codes as names
    expect(drilldownCrumbs(sel, { focus: 'Asia', group: 'region' }, null)).toEqual([
      { level: 'world', label: null, go: { countries: [], focus: null } },
      { level: 'selection', label: 'MEX', go: null },
    ]);
  });
});

describe('drill-down back', () => {
  it('clears the selection first, then the focus, then there is nothing to go back to', () => {
    expect(drilldownBack({ countries: ['MEX'], focus: 'Asia' })).toEqual({ countries: [] });
    expect(drilldownBack({ countries: [], focus: 'Asia' })).toEqual({ focus: null });
    expect(drilldownBack({ countries: [], focus: null })).toBeNull();
  });
});

describe('on the real corridors query', () => {
  const fetcher = nodeFetcher('data');
  let registry: Registry;
  let totals: ColumnTable;
  let stock: ColumnTable;
  beforeAll(async () => {
    registry = await loadCountries(fetcher);
    totals = await loadStockTotals(fetcher);
    stock = await loadStockYear(fetcher, 2024);
  });
  const q = { year: 2024 as const, sex: 'total' as const, dir: 'in' as const, top: 10 };

  it('a focus on a real subregion drills down; walking back returns to the world groups', () => {
    const filters = { group: 'subregion' as const, countries: [] as string[], focus: 'Eastern Asia' };
    const graph = corridorGraph({ registry, stock, totals }, { ...q, ...filters });
    expect(graph.mode).toBe('drill');
    const crumbs = drilldownCrumbs(graph, filters, registry);
    expect(crumbs.map((c) => c.label)).toEqual([null, 'Eastern Asia']);
    const up = drilldownBack(filters)!;
    const top = corridorGraph({ registry, stock, totals }, { ...q, ...filters, ...up });
    expect(top.mode).toBe('groups');
    expect(drilldownCrumbs(top, { ...filters, ...up }, registry)).toEqual([]);
  });

  it('a country picked inside the focused group keeps the group crumb', () => {
    const filters = { group: 'subregion' as const, countries: ['CHN'], focus: 'Eastern Asia' };
    const graph = corridorGraph({ registry, stock, totals }, { ...q, ...filters });
    expect(graph.mode).toBe('selection');
    expect(drilldownCrumbs(graph, filters, registry).map((c) => c.label)).toEqual([null, 'Eastern Asia', registry.label('CHN')]);
  });
});
