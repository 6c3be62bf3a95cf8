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
import { approxMeasure, EXPORT_COLORS, fitScale, PRESETS, wrapText, type Box, type Layout, type Measure, type TextBlock } from './image-layout';

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

// ---------------------------------------------------------------- slide images (SVG / PNG presets)

/**
 * Size of the smallest chart text on screen (px): Observable Plot's default, the size of the views' tick,
 * axis and mark labels. A slide image re-renders the chart at its chart box divided by
 * `slideChartScale` and places it at that scale, so this text comes out at the slide's axis size.
 */
export const SCREEN_CHART_TYPE = 10;

/** How much larger than on screen the chart is drawn on a slide image: axis size / screen chart text. */
export function slideChartScale(preset: SlidePresetId): number {
  return slideType(slideFrame(preset)).axis / SCREEN_CHART_TYPE;
}

export interface SlideImageInput {
  preset: SlidePresetId;
  title: string;
  subtitle?: string;
  /** Source line, note, licence, permalink: one paragraph each, set at the source size. */
  footer: string[];
  /** The legend as rendered for the slide (CSS px at 1 / slideChartScale), if any. */
  legend?: Box | null;
  /** The chart as rendered for the slide (CSS px); omitted: only the boxes are computed. */
  chart?: Box | null;
  measure?: Measure;
}

/** Where the chart goes on a slide image, and at what size to render it (CSS px) so it fills that box. */
export interface SlideImageBoxes {
  k: number;
  /** The slide layout (title, subtitle, source block; its `chart` is the box left for chart and legend). */
  slide: SlideLayout;
  /** The chart's box on the slide (frame px). */
  chart: Rect;
  /** The legend band (frame px), or null. */
  legend: Rect | null;
  /** Size to render the chart at (CSS px): the chart box / k. */
  stage: Box;
}

/** The boxes of a slide image: the title block, then the chart, the legend band at scale k, the footer. */
export function slideImageBoxes(input: SlideImageInput): SlideImageBoxes {
  const k = slideChartScale(input.preset);
  const slide = slideLayout({ preset: input.preset, title: input.title, subtitle: input.subtitle, source: input.footer, measure: input.measure });
  const area = slide.chart;
  const lg = input.legend && input.legend.width > 0 && input.legend.height > 0 ? input.legend : null;
  const legendScale = lg ? Math.min(k, area.width / lg.width) : 0;
  const legendH = lg ? lg.height * legendScale : 0;
  const legend: Rect | null = lg ? { x: area.x, y: area.y + area.height - legendH, width: lg.width * legendScale, height: legendH } : null;
  const chart: Rect = { ...area, height: Math.max(0, area.height - (legend ? legendH + slide.gap : 0)) };
  return { k, slide, chart, legend, stage: { width: chart.width / k, height: chart.height / k } };
}

const baseline = (b: SlideText) => b.y + (b.lineHeight - b.size) / 2 + b.size * 0.8;

function textBlock(b: SlideText | null, fill: string): TextBlock {
  if (!b) return { lines: [], x: 0, y: 0, size: 0, lineHeight: 0, weight: 400, fill };
  return { lines: b.lines, x: b.x, y: baseline(b), size: b.size, lineHeight: b.lineHeight, weight: b.bold ? 700 : 400, fill };
}

/**
 * The image-export layout (see image-layout.ts `Layout`, drawn by `composeSvg`) of a slide or square
 * image: slide type sizes, the chart at scale k in its box (smaller only if it does not fit), centred.
 */
export function layoutSlideExport(input: SlideImageInput): Layout {
  const boxes = slideImageBoxes(input);
  const { k, slide: L, chart: box } = boxes;
  const c = input.chart && input.chart.width > 0 && input.chart.height > 0 ? input.chart : boxes.stage;
  const s = Math.min(k, fitScale(c, box));
  const w = c.width * s;
  const h = c.height * s;
  const lg = boxes.legend;
  return {
    preset: input.preset,
    width: L.width,
    height: L.height,
    k: L.scale,
    pad: L.margin,
    title: textBlock(L.title, EXPORT_COLORS.text),
    subtitle: textBlock(L.subtitle, EXPORT_COLORS.muted),
    chart: { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, scale: s, width: w, height: h },
    legend: lg && input.legend ? { x: lg.x, y: lg.y, scale: lg.width / input.legend.width, width: lg.width, height: lg.height } : null,
    footer: textBlock(L.source, EXPORT_COLORS.muted),
  };
}
