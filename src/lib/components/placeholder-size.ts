/**
 * The height a view's placeholder reserves before the view mounts, so mounting does not shift the
 * page. Measured from the rendered cards of the default dashboard at 1400 px and at 360 px wide (a
 * card's height depends mostly on its chart, which scales with the cell width only for the maps).
 */
import type { ViewEntry } from '../views/registry';
import type { ViewId } from '../state/types';

/** [wide screen, narrow screen (≤ 48rem)] heights in px. */
const HEIGHTS: Record<ViewId, [number, number]> = {
  'key-figures': [200, 400],
  corridors: [700, 700],
  'stock-trend': [480, 480],
  'remittance-trend': [480, 480],
  'cost-trend': [480, 480],
  'stock-map': [560, 420],
  'remittance-map': [480, 420],
  'cost-map': [560, 420],
  'treaties-map': [560, 420],
  'treaties-timeline': [480, 480],
  'treaties-table': [700, 700],
  hosted: [480, 480],
  'cost-vs-size': [480, 480],
  'per-emigrant': [560, 560],
};

const narrow = typeof window !== 'undefined' ? window.matchMedia('(max-width: 48rem)') : null;

/** CSS min-height of the placeholder of `entry` at the current screen width. */
export function placeholderHeight(entry: ViewEntry): string {
  const [wide, small] = HEIGHTS[entry.id];
  return `${narrow?.matches ? small : wide}px`;
}
