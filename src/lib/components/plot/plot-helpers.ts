/**
 * Small helpers shared by the Plot-based views (trends; reusable by maps and insights):
 * the Okabe–Ito palette read from the CSS tokens, a render transform that makes a dot mark
 * keyboard-operable (roving tabindex, arrows to move, Enter/Space to select), and the frame of the
 * insight cards' small charts.
 */
import * as Plot from '@observablehq/plot';
import type { RenderFunction } from '@observablehq/plot';
import { rovingIndex } from '../roving';

/** Okabe–Ito, ordered for lines on white (yellow last: weakest contrast). Hex fallbacks match app.css. */
const CATEGORY_TOKENS: [string, string][] = [
  ['--cat-5', '#0072b2'],
  ['--cat-6', '#d55e00'],
  ['--cat-3', '#009e73'],
  ['--cat-7', '#cc79a7'],
  ['--cat-1', '#e69f00'],
  ['--cat-2', '#56b4e9'],
  ['--cat-8', '#999999'],
  ['--cat-4', '#f0e442'],
];

/**
 * Resolved colour tokens, read once: the tokens are constants of `:root` in app.css, and reading a
 * computed style forces a style recalculation, which chart accessors (a colour per datum) would
 * otherwise trigger on every render.
 */
const tokenCache = new Map<string, string>();

function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  let v = tokenCache.get(name);
  if (v === undefined) {
    v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    // Only remember a resolved value (before the stylesheet applies, keep asking).
    if (v) tokenCache.set(name, v);
  }
  return v || fallback;
}

/** The categorical palette as concrete colours (Plot needs real colours for its legends and tips). */
export function categoryPalette(): string[] {
  return CATEGORY_TOKENS.map(([n, f]) => cssVar(n, f));
}

/** Neutral colour for reference lines (world, group, global average). */
export function referenceColor(): string {
  return cssVar('--text', '#1b1f24');
}

/** Colour of the SDG 10.c target line (Okabe–Ito bluish green). */
export function sdgColor(): string {
  return cssVar('--cat-3', '#009e73');
}

export function mutedColor(): string {
  return cssVar('--muted', '#555d66');
}

/** Stable colour per series key: the i-th non-reference key gets the i-th palette colour. */
export function colorMap(keys: readonly string[]): Map<string, string> {
  const pal = categoryPalette();
  const m = new Map<string, string>();
  keys.forEach((k, i) => m.set(k, pal[i % pal.length]));
  return m;
}

export interface FocusableOptions<T> {
  /** The mark's data (the same array passed to Plot.dot). */
  data: readonly T[];
  /** Series of a datum: Left/Right move within a series, Up/Down across series. */
  series: (d: T) => string;
  /** Position along x (number or Date) to order points and to find neighbours across series. */
  x: (d: T) => number;
  /** Enter / Space (and click) on a point. */
  onselect: (d: T, event: KeyboardEvent | MouseEvent) => void;
  /** Which point takes the tab stop (e.g. the current year); default the last point of the first series. */
  initial?: (d: T) => boolean;
}

/**
 * A render transform for Plot.dot: every rendered circle becomes a keyboard-operable button with a
 * roving tabindex (one tab stop for the whole mark). Pair it with an `ariaLabel` channel on the mark so
 * each point is announced with its values.
 */
export function focusableDots<T>(opts: FocusableOptions<T>): RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    const els = Array.from(g.querySelectorAll<SVGElement>('circle, path, text'));
    if (els.length !== index.length) return g;
    type Item = { el: SVGElement; d: T; s: string; x: number };
    const items: Item[] = els.map((el, k) => {
      const d = opts.data[index[k]];
      return { el, d, s: opts.series(d), x: opts.x(d) };
    });
    const bySeries = new Map<string, Item[]>();
    for (const it of items) {
      let a = bySeries.get(it.s);
      if (!a) bySeries.set(it.s, (a = []));
      a.push(it);
    }
    for (const a of bySeries.values()) a.sort((p, q) => p.x - q.x);
    const seriesKeys = [...bySeries.keys()];
    let current =
      items.find((it) => opts.initial?.(it.d)) ?? bySeries.get(seriesKeys[0])?.[bySeries.get(seriesKeys[0])!.length - 1];
    const focus = (it: Item | undefined) => {
      if (!it) return;
      if (current) current.el.setAttribute('tabindex', '-1');
      current = it;
      it.el.setAttribute('tabindex', '0');
      it.el.focus();
    };
    for (const it of items) {
      it.el.setAttribute('tabindex', it === current ? '0' : '-1');
      it.el.setAttribute('role', 'button');
      it.el.classList.add('focusable-point');
      it.el.addEventListener('keydown', (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          opts.onselect(it.d, e);
          return;
        }
        // Up/Down: the nearest point of the next / previous series (wrapping).
        const sj = rovingIndex(seriesKeys.indexOf(it.s), seriesKeys.length, e.key, { orientation: 'vertical' });
        if (sj !== null && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          const other = bySeries.get(seriesKeys[sj]);
          if (!other?.length) return;
          let best = other[0];
          for (const o of other) if (Math.abs(o.x - it.x) < Math.abs(best.x - it.x)) best = o;
          focus(best);
          return;
        }
        // Left/Right, Home/End: along the series.
        const list = bySeries.get(it.s)!;
        const i = rovingIndex(list.indexOf(it), list.length, e.key, { orientation: 'horizontal', wrap: false });
        if (i === null) return;
        e.preventDefault();
        focus(list[i]);
      });
      it.el.addEventListener('click', (e: MouseEvent) => {
        e.stopPropagation();
        opts.onselect(it.d, e);
      });
    }
    return g;
  };
}

/**
 * The render function (see PlotFigure) of an insight card's small chart: the page's font at 11 px,
 * `defaultHeight` px high unless a slide stage sets the height. `options` (margins, scales, marks) is
 * called at each render, so what it reads stays reactive there.
 */
export function insightPlot(
  defaultHeight: number,
  options: () => Omit<Plot.PlotOptions, 'width' | 'height' | 'style'>,
): (ctx: { width: number; height?: number }) => ReturnType<typeof Plot.plot> {
  return ({ width, height }) =>
    Plot.plot({ width, height: height ?? defaultHeight, style: { fontFamily: 'inherit', fontSize: '11px' }, ...options() });
}
