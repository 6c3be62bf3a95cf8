/**
 * The height a view's cell reserves, as a placeholder before the view mounts and while the mounted
 * view is still loading its data, so neither shifts the page. The heights are measured from the rendered
 * cards of the default dashboard at 1400 px (the row height: cards of a row share it) and at 360 px wide
 * by `npx tsx scripts/placeholder-heights.ts`, which writes placeholder-heights.json (re-run it when a
 * view's layout changes).
 */
import type { ViewEntry } from './view-entry';
import type { ViewId } from '../state/types';
import measured from './placeholder-heights.json';
import { narrowScreen } from './media';

/** [wide screen, narrow screen (≤ 48rem)] heights in px, for every view (the type check fails if one is missing). */
const HEIGHTS: Record<ViewId, readonly number[]> = measured;

/** CSS min-height of the cell of `entry` at the current screen width. */
export function placeholderHeight(entry: ViewEntry): string {
  const [wide, small] = HEIGHTS[entry.id];
  return `${narrowScreen.current ? small : wide}px`;
}
