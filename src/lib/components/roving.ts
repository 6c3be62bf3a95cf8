/**
 * Keyboard movement in a list of items — roving tabindex (map countries, chart points, Sankey nodes,
 * bars), listbox, menu, radio group, slider: which index a key moves to. One rule for every keyboard
 * list of the app, pure (no DOM), so it is unit-tested in Node. Callers keep their own extra keys
 * (Enter, Escape, type-ahead) and do the focusing.
 */

export interface RovingOptions {
  /** Arrows that move: `vertical` (Up/Down), `horizontal` (Left/Right) or `both` (default). */
  orientation?: 'vertical' | 'horizontal' | 'both';
  /** Past either end, continue at the other end (default); `false` stops at the ends. */
  wrap?: boolean;
  /**
   * Slider semantics (WAI-ARIA slider): Up and Right increase, Down and Left decrease. Default: list
   * semantics, Down and Right move to the next item, Up and Left to the previous.
   */
  slider?: boolean;
  /** PageUp / PageDown move by this many items (0 = not handled, the default). */
  page?: number;
}

/**
 * The index `key` moves to from `active` among `count` items, or `null` when the key does not move
 * (the caller then leaves the event alone). Home and End go to the first and the last item. With no
 * active item (`active` outside 0…count-1), a forward key goes to the first item and a backward key to
 * the last (the WAI-ARIA combobox rule). No items: `null`.
 */
export function rovingIndex(active: number, count: number, key: string, opts: RovingOptions = {}): number | null {
  if (count <= 0) return null;
  const { orientation = 'both', wrap = true, slider = false, page = 0 } = opts;
  const vertical = orientation !== 'horizontal';
  const horizontal = orientation !== 'vertical';
  let step: number;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowDown':
      if (!vertical) return null;
      step = slider ? -1 : 1;
      break;
    case 'ArrowUp':
      if (!vertical) return null;
      step = slider ? 1 : -1;
      break;
    case 'ArrowRight':
      if (!horizontal) return null;
      step = 1;
      break;
    case 'ArrowLeft':
      if (!horizontal) return null;
      step = -1;
      break;
    case 'PageUp':
      if (!page) return null;
      step = page;
      break;
    case 'PageDown':
      if (!page) return null;
      step = -page;
      break;
    default:
      return null;
  }
  if (active < 0 || active >= count) return step > 0 ? 0 : count - 1;
  const next = active + step;
  if (wrap) return ((next % count) + count) % count;
  return Math.min(count - 1, Math.max(0, next));
}
