/** What the Sankeys do to the shared state besides selecting: go back one drill-down level. */
import { drilldownBack } from '../../state/drilldown';
import { app } from '../../state/state.svelte';

/** Escape with nothing pinned: up one level (selection → group → world); false when already at the top. */
export function sankeyBack(): boolean {
  const up = drilldownBack(app.filters);
  if (up) app.update(up);
  return up !== null;
}
