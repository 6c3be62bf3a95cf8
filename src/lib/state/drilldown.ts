/**
 * The corridors Sankey's drill-down hierarchy — World › focused group › selected countries — as pure
 * functions of the shared filter state and the graph the query built: the breadcrumb trail and what
 * "back" (Escape / the back button) does. The view renders the crumbs and applies the updates.
 */
import type { Grouping } from '../data/types';
import type { CorridorGraph } from '../data/queries/corridors';
import type { FilterState } from './types';

/** The state change a crumb or "back" applies. */
export type DrilldownUpdate = Partial<Pick<FilterState, 'countries' | 'focus'>>;

export interface Crumb {
  level: 'world' | 'group' | 'selection';
  /** The focused group, or the selected countries' names; null for the world (the view names it). */
  label: string | null;
  /** Going to this level; null = not a link (the current level, or a level that cannot be reached from here). */
  go: DrilldownUpdate | null;
}

/** The subset of the registry the crumbs need. */
export interface CrumbRegistry {
  groups(g: Grouping): string[];
  label(iso3: string): string;
}

/** Breadcrumbs: none at the top level (world groups, world top corridors); World › group › selection otherwise. */
export function drilldownCrumbs(
  graph: Pick<CorridorGraph, 'mode' | 'focus' | 'selection'> | null,
  filters: Pick<FilterState, 'focus' | 'group'>,
  registry: CrumbRegistry | null,
): Crumb[] {
  if (!graph || (graph.mode !== 'drill' && graph.mode !== 'selection')) return [];
  const out: Crumb[] = [{ level: 'world', label: null, go: { countries: [], focus: null } }];
  const f = filters;
  // a focus kept under a selection still shows (the selection was made from inside the group)
  if (f.focus && f.group !== 'country' && (graph.focus || (graph.mode === 'selection' && registry?.groups(f.group).includes(f.focus)))) {
    out.push({ level: 'group', label: f.focus, go: graph.mode === 'selection' ? { countries: [] } : null });
  }
  if (graph.mode === 'selection')
    out.push({ level: 'selection', label: graph.selection.map((c) => registry?.label(c) ?? c).join(', '), go: null });
  return out;
}

/** One level up: a selection is cleared first, then the focus; null at the top (nothing to go back to). */
export function drilldownBack(filters: Pick<FilterState, 'countries' | 'focus'>): DrilldownUpdate | null {
  if (filters.countries.length) return { countries: [] };
  if (filters.focus) return { focus: null };
  return null;
}
