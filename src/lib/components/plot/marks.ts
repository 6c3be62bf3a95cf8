/**
 * Small mark factories shared by the trend charts (after Observable Plot's own: a function of data and
 * options that returns a mark), so each chart states what it draws and not how a marker is styled:
 * the selected-period marker, the points the keyboard selects, the pointer tooltip, the chart height,
 * the first/last values of a series for the text summary, and legend entries for series.
 */
import * as Plot from '@observablehq/plot';
import type { LegendEntry } from './legend';
import { focusableDots, mutedColor, type FocusableOptions } from './plot-helpers';

/** Height of a trend chart for its width: 0.55 of it, between 240 and 360 px. */
export function trendHeight(width: number): number {
  return Math.round(Math.min(360, Math.max(240, width * 0.55)));
}

/** The selected period (a year, a quarter's date): a dotted vertical rule labelled above the frame. None for null. */
export function currentPeriodMark(x: number | Date | null, label: string): Plot.CompoundMark | null {
  if (x === null) return null;
  const color = mutedColor();
  return Plot.marks(
    Plot.ruleX([x], { stroke: color, strokeWidth: 1.5, strokeDasharray: '2 3' }),
    Plot.text([x], { x: (d: number | Date) => d, frameAnchor: 'top', text: () => label, dy: -12, fill: color, fontWeight: 'bold' }),
  );
}

/**
 * The points of a trend chart as a dot mark whose circles are keyboard-operable buttons (see
 * `focusableDots`, given the same data): each is announced by `label` (its tooltip text), in data order.
 */
export function selectableDots<T>(
  data: readonly T[],
  options: Omit<Plot.DotOptions, 'sort' | 'ariaLabel' | 'render'> & { label: (d: T) => string; focus: Omit<FocusableOptions<T>, 'data'> },
): Plot.Dot {
  const { label, focus, ...dot } = options;
  return Plot.dot(data, { ...dot, sort: null, ariaLabel: label, render: focusableDots<T>({ data, ...focus }) });
}

/**
 * Tooltip of the point nearest the pointer (within 30 px). Hidden from assistive technology: the
 * focusable points carry the same text as their labels.
 */
export function pointerTip<T>(data: readonly T[], options: { x: string; y: string; title: string | ((d: T) => string) }): Plot.Tip {
  return Plot.tip(data, Plot.pointer({ ...options, maxRadius: 30, ariaHidden: 'true' }));
}

type Valued<T> = T & { value: number };

/** First and last point with a value of the points a predicate keeps (in order), for "from … in … to … in …". */
export function seriesEnds<T extends { value: number | null }>(
  points: readonly T[],
  keep: (p: T) => boolean = () => true,
): { first: Valued<T>; last: Valued<T> } | null {
  const pts = points.filter((p): p is Valued<T> => p.value !== null && keep(p));
  return pts.length ? { first: pts[0], last: pts[pts.length - 1] } : null;
}

/** A legend entry per series: its key, a country code (a button that selects it), and how it is drawn. */
export function seriesLegend<S extends { key: string; kind: string; code?: string | null }>(
  series: readonly S[],
  style: (s: S) => Omit<LegendEntry, 'key' | 'code'>,
): LegendEntry[] {
  return series.map((s) => ({ key: s.key, ...style(s), code: s.kind === 'country' && s.code ? s.code : undefined }));
}
