/**
 * Which views exist, their order on the dashboard and the component that renders each.
 * Each view is a Svelte component without props: it reads the shared state and the data store,
 * and renders itself inside a <ViewCard>.
 */
import type { Component } from 'svelte';
import type { ViewId } from '../state/types';
import type { MessageKey } from '../i18n';
import CorridorsView from './corridors/CorridorsView.svelte';
import StockTrend from './trends/StockTrend.svelte';
import RemittanceTrend from './trends/RemittanceTrend.svelte';
import CostTrend from './trends/CostTrend.svelte';
import StockMap from './maps/StockMap.svelte';
import RemittanceMap from './maps/RemittanceMap.svelte';
import CostMap from './maps/CostMap.svelte';
import TreatiesMap from './treaties/TreatiesMap.svelte';
import TreatiesTimeline from './treaties/TreatiesTimeline.svelte';
import TreatiesTable from './treaties/TreatiesTable.svelte';
import HostedMigrants from './insights/HostedMigrants.svelte';
import CostVsSize from './insights/CostVsSize.svelte';
import PerEmigrant from './insights/PerEmigrant.svelte';
import KeyFigures from './insights/KeyFigures.svelte';
import MoneyFlowsView from './flows/MoneyFlowsView.svelte';
import CorridorView from './corridor/CorridorView.svelte';
import FeesLost from './corridor/FeesLost.svelte';

export interface ViewEntry {
  id: ViewId;
  component: Component;
  /** Layout hint for the dashboard grid ('half': two side by side, e.g. people and money Sankeys). */
  size: 'full' | 'wide' | 'half' | 'normal';
  section: 'flows' | 'trends' | 'maps' | 'treaties' | 'insights' | 'top';
  nav: MessageKey;
}

export const VIEWS: ViewEntry[] = [
  { id: 'key-figures', component: KeyFigures, size: 'full', section: 'top', nav: 'app.title' },
  { id: 'corridors', component: CorridorsView, size: 'half', section: 'flows', nav: 'app.title' },
  { id: 'remittance-flows', component: MoneyFlowsView, size: 'half', section: 'flows', nav: 'app.title' },
  { id: 'corridor', component: CorridorView, size: 'full', section: 'flows', nav: 'app.title' },
  { id: 'stock-trend', component: StockTrend, size: 'normal', section: 'trends', nav: 'app.title' },
  { id: 'remittance-trend', component: RemittanceTrend, size: 'normal', section: 'trends', nav: 'app.title' },
  { id: 'cost-trend', component: CostTrend, size: 'normal', section: 'trends', nav: 'app.title' },
  { id: 'stock-map', component: StockMap, size: 'wide', section: 'maps', nav: 'app.title' },
  { id: 'remittance-map', component: RemittanceMap, size: 'normal', section: 'maps', nav: 'app.title' },
  { id: 'cost-map', component: CostMap, size: 'wide', section: 'maps', nav: 'app.title' },
  { id: 'treaties-map', component: TreatiesMap, size: 'wide', section: 'treaties', nav: 'app.title' },
  { id: 'treaties-timeline', component: TreatiesTimeline, size: 'normal', section: 'treaties', nav: 'app.title' },
  { id: 'treaties-table', component: TreatiesTable, size: 'full', section: 'treaties', nav: 'app.title' },
  { id: 'hosted', component: HostedMigrants, size: 'normal', section: 'insights', nav: 'app.title' },
  { id: 'cost-vs-size', component: CostVsSize, size: 'normal', section: 'insights', nav: 'app.title' },
  { id: 'per-emigrant', component: PerEmigrant, size: 'normal', section: 'insights', nav: 'app.title' },
  { id: 'fees-lost', component: FeesLost, size: 'normal', section: 'insights', nav: 'app.title' },
];

export function viewEntry(id: ViewId): ViewEntry | undefined {
  return VIEWS.find((v) => v.id === id);
}
