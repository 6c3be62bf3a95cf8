/**
 * Which views exist, their order on the dashboard and the component that renders each.
 * Each view is a Svelte component without props: it reads the shared state and the data store,
 * and renders itself inside a <ViewCard>.
 *
 * Only the views of the first screen (key figures, the corridor Sankey) are in the entry bundle; every
 * other view is a separate chunk (with Plot, the maps, …) loaded by `load()` when it is first needed.
 */
import type { Component } from 'svelte';
import type { ViewId } from '../state/types';
import type { ViewEntry } from '../components/view-entry';
import CorridorsView from './corridors/CorridorsView.svelte';
import KeyFigures from './insights/KeyFigures.svelte';

export type { ViewEntry } from '../components/view-entry';

/** A view in the entry bundle. */
const eager = (c: Component) => () => Promise.resolve(c);
/** A view in its own chunk. */
const lazy = (imp: () => Promise<{ default: Component }>) => () => imp().then((m) => m.default);

export const VIEWS: ViewEntry[] = [
  { id: 'key-figures', load: eager(KeyFigures), size: 'full', section: 'top' },
  { id: 'corridors', load: eager(CorridorsView), size: 'half', section: 'flows' },
  { id: 'remittance-flows', load: lazy(() => import('./flows/MoneyFlowsView.svelte')), size: 'half', section: 'flows' },
  { id: 'corridor', load: lazy(() => import('./corridor/CorridorView.svelte')), size: 'full', section: 'flows' },
  { id: 'stock-trend', load: lazy(() => import('./trends/StockTrend.svelte')), size: 'normal', section: 'trends' },
  { id: 'remittance-trend', load: lazy(() => import('./trends/RemittanceTrend.svelte')), size: 'normal', section: 'trends' },
  { id: 'cost-trend', load: lazy(() => import('./trends/CostTrend.svelte')), size: 'normal', section: 'trends' },
  { id: 'refugee-trend', load: lazy(() => import('./refugees/RefugeeTrend.svelte')), size: 'normal', section: 'trends' },
  { id: 'stock-map', load: lazy(() => import('./maps/StockMap.svelte')), size: 'wide', section: 'maps' },
  { id: 'remittance-map', load: lazy(() => import('./maps/RemittanceMap.svelte')), size: 'normal', section: 'maps' },
  { id: 'cost-map', load: lazy(() => import('./maps/CostMap.svelte')), size: 'wide', section: 'maps' },
  { id: 'refugee-map', load: lazy(() => import('./refugees/RefugeeMap.svelte')), size: 'wide', section: 'maps' },
  { id: 'treaties-map', load: lazy(() => import('./treaties/TreatiesMap.svelte')), size: 'wide', section: 'treaties' },
  { id: 'treaties-timeline', load: lazy(() => import('./treaties/TreatiesTimeline.svelte')), size: 'normal', section: 'treaties' },
  { id: 'treaties-table', load: lazy(() => import('./treaties/TreatiesTable.svelte')), size: 'full', section: 'treaties' },
  { id: 'hosted', load: lazy(() => import('./insights/HostedMigrants.svelte')), size: 'normal', section: 'insights' },
  { id: 'cost-vs-size', load: lazy(() => import('./insights/CostVsSize.svelte')), size: 'normal', section: 'insights' },
  { id: 'per-emigrant', load: lazy(() => import('./insights/PerEmigrant.svelte')), size: 'normal', section: 'insights' },
  { id: 'fees-lost', load: lazy(() => import('./corridor/FeesLost.svelte')), size: 'normal', section: 'insights' },
  { id: 'report-2012', load: lazy(() => import('./report/Report2012.svelte')), size: 'full', section: 'report' },
];

export function viewEntry(id: ViewId): ViewEntry | undefined {
  return VIEWS.find((v) => v.id === id);
}
