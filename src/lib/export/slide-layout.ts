/**
 * Slide layout maths for presenter exports (PowerPoint deck; usable by any fixed-frame export):
 * type sizes, margins, and where the title, subtitle, chart, legend band and source line go.
 * Pure: the same numbers in Node and in the browser.
 *
 * Units are pixels of the frame (1920×1080 for "slide", 1080×1080 for "square"). Type sizes are set for
 * a 1080 px short side and scale with the short side of the frame, so a square deck uses the same
 * sizes relative to its height as the 16:9 one. At 1920×1080: title ≥ 44 px, subtitle ≥ 28 px,
 * axis, tick and label text ≥ 20 px, source line ≥ 18 px.
 *
 * The chart box is what is left once the title block, the legend band and the source block are placed.
 */
import { approxMeasure, PRESETS, wrapText, type Box, type Measure } from './image-layout';

export type SlidePresetId = 'slide' | 'square';
export const SLIDE_PRESET_IDS: readonly SlidePresetId[] = ['slide', 'square'];

/** Frame size of a slide preset (the same frames as the image export). */
export function slideFrame(preset: SlidePresetId): Box {
  return { ...PRESETS[preset]! };
}

/** Reference short side the type sizes are given for. */
const REFERENCE_SIDE = 1080;

/** Type sizes (px at a 1080 px short side) and their weights. */
export const SLIDE_TYPE = {
  title: 48,
  subtitle: 30,
  /** Axis titles, tick labels, data labels. */
  axis: 22,
  legend: 22,
  /** Table cells on the data slides. */
  table: 20,
  source: 20,
} as const;

/** Readability floor at 1920×1080 (scaled with the short side for other frames). */
export const SLIDE_TYPE_MIN = { title: 44, subtitle: 28, axis: 20, legend: 20, table: 20, source: 18 } as const;

export type SlideTextRole = keyof typeof SLIDE_TYPE;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SlideText extends Rect {
  lines: string[];
  /** Font size (px). */
  size: number;
  lineHeight: number;
  bold: boolean;
}

export interface SlideLayout {
  preset: SlidePresetId;
  width: number;
  height: number;
  /** Type scale: short side / 1080. */
  scale: number;
  margin: number;
  gap: number;
  type: Record<SlideTextRole, number>;
  title: SlideText;
  subtitle: SlideText | null;
  /** Band under the chart for its legend (null when the chart has none). */
  legend: Rect | null;
  chart: Rect;
  source: SlideText;
}

export interface SlideLayoutInput {
  preset: SlidePresetId;
  title: string;
  subtitle?: string;
  /** Source line (and anything else printed at the foot of the slide), one paragraph each. */
  source: string[];
  /** Number of legend entries (0: no legend band). */
  legendEntries?: number;
  /** Approximate width of the longest legend entry (px at the legend size); defaults to 16 characters. */
  legendEntryWidth?: number;
  measure?: Measure;
}

/** Line height factor of slide text. */
export const SLIDE_LINE = 1.2;

/** Sizes for a frame: the reference sizes times the short-side scale. */
export function slideType(frame: Box): Record<SlideTextRole, number> {
  const k = Math.min(frame.width, frame.height) / REFERENCE_SIDE;
  const out = {} as Record<SlideTextRole, number>;
  for (const role of Object.keys(SLIDE_TYPE) as SlideTextRole[]) out[role] = SLIDE_TYPE[role] * k;
  return out;
}

/** A text block of paragraphs wrapped to `width` at `size` px, its top at `y`. */
export function slideText(content: string[], x: number, y: number, width: number, size: number, bold: boolean, measure: Measure = approxMeasure): SlideText {
  const lines = content.filter(Boolean).flatMap((p) => wrapText(p, width, size, measure, bold ? 700 : 400));
  const lineHeight = size * SLIDE_LINE;
  return { x, y, width, height: lines.length * lineHeight, lines, size, lineHeight, bold };
}

/** Legend rows needed for `entries` entries of about `entryWidth` px laid out in a row that wraps. */
export function legendRows(entries: number, entryWidth: number, bandWidth: number): number {
  if (entries <= 0) return 0;
  const perRow = Math.max(1, Math.floor(bandWidth / Math.max(1, entryWidth)));
  return Math.ceil(entries / perRow);
}

/** Where everything goes on slide 1. */
export function slideLayout(input: SlideLayoutInput): SlideLayout {
  const measure = input.measure ?? approxMeasure;
  const frame = slideFrame(input.preset);
  const type = slideType(frame);
  const scale = type.title / SLIDE_TYPE.title;
  const margin = 64 * scale;
  const gap = 16 * scale;
  const innerW = frame.width - 2 * margin;

  const title = slideText([input.title], margin, margin, innerW, type.title, true, measure);
  let top = title.y + title.height;
  let subtitle: SlideText | null = null;
  if (input.subtitle) {
    subtitle = slideText([input.subtitle], margin, top + gap / 2, innerW, type.subtitle, false, measure);
    top = subtitle.y + subtitle.height;
  }
  const chartTop = top + gap;

  const source = slideText(input.source, margin, 0, innerW, type.source, false, measure);
  source.y = frame.height - margin - source.height;

  const entries = input.legendEntries ?? 0;
  // legend swatch + gap + label + spacing, in legend-size ems
  const entryW = (input.legendEntryWidth ?? measure('M'.repeat(16), type.legend) * 0.6) + 3 * type.legend;
  const rows = legendRows(entries, entryW, innerW);
  const legendH = rows ? rows * type.legend * 1.6 : 0;
  const legend: Rect | null = rows ? { x: margin, y: source.y - gap - legendH, width: innerW, height: legendH } : null;

  const chartBottom = (legend ? legend.y : source.y) - gap;
  const chart: Rect = { x: margin, y: chartTop, width: innerW, height: Math.max(0, chartBottom - chartTop) };
  return { preset: input.preset, width: frame.width, height: frame.height, scale, margin, gap, type, title, subtitle, legend, chart, source };
}

/** Fit an image of `inner` size into `outer` (keeps the aspect ratio, centred). */
export function containRect(inner: Box, outer: Rect): Rect {
  if (inner.width <= 0 || inner.height <= 0) return { ...outer };
  const s = Math.min(outer.width / inner.width, outer.height / inner.height);
  const width = inner.width * s;
  const height = inner.height * s;
  return { x: outer.x + (outer.width - width) / 2, y: outer.y + (outer.height - height) / 2, width, height };
}

export interface TablePaging {
  /** Table box on each data slide (under the title, above the source line). */
  box: Rect;
  /** Height of one table row (header and body). */
  rowHeight: number;
  /** Body rows per slide (the header repeats on every slide). */
  rowsPerSlide: number;
  /** [first, end) row indices of each data slide; at least one slide, even for an empty table. */
  pages: [number, number][];
}

/** Where the title of a data slide goes (set at the subtitle size, bold), wrapped to the slide width. */
export function tableTitle(preset: SlidePresetId, title: string, measure: Measure = approxMeasure): SlideText {
  const frame = slideFrame(preset);
  const type = slideType(frame);
  const margin = 64 * (type.title / SLIDE_TYPE.title);
  return slideText([title], margin, margin, frame.width - 2 * margin, type.subtitle, true, measure);
}

/**
 * How a table of `rowCount` rows is split across data slides of `preset`, under a title of
 * `titleLines` lines (see tableTitle) and above `sourceLines` lines of source.
 */
export function tablePaging(preset: SlidePresetId, rowCount: number, titleLines = 1, sourceLines = 1): TablePaging {
  const frame = slideFrame(preset);
  const type = slideType(frame);
  const scale = type.title / SLIDE_TYPE.title;
  const margin = 64 * scale;
  const gap = 16 * scale;
  const titleH = titleLines * type.subtitle * SLIDE_LINE;
  const sourceH = sourceLines * type.source * SLIDE_LINE;
  const top = margin + titleH + gap;
  const box: Rect = { x: margin, y: top, width: frame.width - 2 * margin, height: frame.height - margin - sourceH - gap - top };
  const rowHeight = type.table * 1.7;
  const rowsPerSlide = Math.max(1, Math.floor(box.height / rowHeight) - 1);
  const pages: [number, number][] = [];
  for (let i = 0; i < rowCount; i += rowsPerSlide) pages.push([i, Math.min(rowCount, i + rowsPerSlide)]);
  if (!pages.length) pages.push([0, 0]);
  return { box, rowHeight, rowsPerSlide, pages };
}
