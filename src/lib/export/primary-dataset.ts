/** Which bundled dataset a view's "Full dataset" download (and its "Use in code" snippet) covers. */
import type { DatasetId } from '../data/types';
import type { ViewId } from '../state/types';

/**
 * Views whose full table is not their first declared dataset: the migration-corridors Sankey loads
 * the bilateral per-year files itself (it declares only the totals), so its full data is the bilateral table.
 */
export const VIEW_FULL_DATASET: Partial<Record<ViewId, DatasetId>> = {
  corridors: 'stockYear',
};

/** Which dataset a view's "Full data" download covers: the first one that is not the country registry. */
export function primaryDataset(datasets: readonly DatasetId[], view?: ViewId): DatasetId | null {
  if (view && VIEW_FULL_DATASET[view]) return VIEW_FULL_DATASET[view];
  return datasets.find((d) => d !== 'countries') ?? datasets[0] ?? null;
}
