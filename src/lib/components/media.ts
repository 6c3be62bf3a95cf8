/**
 * The media queries the app reacts to, each written once. Read `.current` in markup, `$derived` or an
 * effect and it updates when the query's answer changes; outside a browser it is false.
 */
import { MediaQuery } from 'svelte/reactivity';
import { prefersReducedMotion } from 'svelte/motion';
import type { ViewId } from '../state/types';

/** Below this width the filter bar becomes a drawer and paired views stack (the CSS uses the same 48rem). */
export const narrowScreen = new MediaQuery('max-width: 48rem', false);

/** The reader asked for reduced motion: no autoplay, no animated scrolling or tweening. */
export { prefersReducedMotion };

/**
 * Bring a view's cell to the top of the screen (smoothly, unless the reader asked for reduced motion)
 * and move focus to it. The cell's scroll margin keeps it clear of the sticky filter bar.
 */
export function revealView(id: ViewId): void {
  const el = document.getElementById(`view-${id}`);
  if (!el) return;
  el.scrollIntoView({ behavior: prefersReducedMotion.current ? 'auto' : 'smooth', block: 'start' });
  el.focus({ preventScroll: true });
}
