/**
 * The height a view's cell reserves, as a placeholder before the view mounts and while the mounted
 * view is still loading its data, so neither shifts the page. Measured from the rendered cards of the
 * default dashboard at 1400 px (the row height: cards of a row share it) and at 360 px wide, by
 * `npx tsx scripts/placeholder-heights.ts` (re-run it when a view's layout changes).
 */
import type { ViewEntry } from './view-entry';
import type { ViewId } from '../state/types';

/** [wide screen, narrow screen (≤ 48rem)] heights in px. */
const HEIGHTS: Record<ViewId, [number, number]> = {
  'key-figures': [428, 1025],
  corridors: [740, 714],
  'remittance-flows': [740, 801],
  corridor: [1320, 3301],
  'stock-trend': [706, 667],
  'remittance-trend': [706, 718],
  'cost-trend': [706, 804],
  'refugee-trend': [883, 974],
  'stock-map': [621, 595],
  'remittance-map': [621, 607],
  'cost-map': [654, 663],
  'refugee-map': [712, 664],
  'treaties-map': [804, 843],
  'treaties-timeline': [804, 874],
  'treaties-table': [904, 1264],
  hosted: [838, 956],
  'cost-vs-size': [838, 931],
  'per-emigrant': [838, 930],
  'fees-lost': [735, 791],
  'report-2012': [939, 1601],
};

const narrow = typeof window !== 'undefined' ? window.matchMedia('(max-width: 48rem)') : null;

/** CSS min-height of the cell of `entry` at the current screen width. */
export function placeholderHeight(entry: ViewEntry): string {
  const [wide, small] = HEIGHTS[entry.id];
  return `${narrow?.matches ? small : wide}px`;
}
