/**
 * The pure part of image export: sizes and presets, PNG pixel size, scaling to fit, text wrapping,
 * where title, subtitle, chart, legend and the source / link lines go (`layoutExport`), the standalone
 * SVG document (`composeSvg`) and the checks that it references nothing outside itself. No DOM access:
 * runs in Node (unit-tested) and the browser. The DOM snapshot of a rendered card is `./image.ts`.
 *
 * Sizes. "current": the chart at its on-screen size; the PNG is drawn at 2× for sharp slides and
 * retina screens. "slide" (16:9) and "square": the SVG is exactly 1920×1080 / 1080×1080 user units
 * and the PNG exactly that many pixels; type is set at 2× (the same relative size as a 2× "current"
 * PNG) and the chart is scaled to fit between the title block and the legend/source block.
 */
import { PRESET_IDS, type PresetId } from './presets';
export { PRESET_IDS, type PresetId };

export interface Box {
  width: number;
  height: number;
}

/** Fixed output frames; `current` has none (it follows the chart). */
export const PRESETS: Record<PresetId, Box | null> = {
  current: null,
  slide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
};

/** PNG pixels per SVG unit for the `current` preset. */
export const CURRENT_PIXEL_RATIO = 2;

/** The generic system font stack set explicitly on every text (no web fonts in exports). */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

export const EXPORT_COLORS = { background: '#ffffff', text: '#1b1f24', muted: '#555d66' };

/** Type and spacing scale of a preset: 1 on screen, 2 for the full-HD frames. */
export function typeScale(preset: PresetId): number {
  const f = PRESETS[preset];
  return f ? Math.min(f.width, f.height) / 540 : 1;
}

/** PNG size in pixels for an SVG of `svg` size exported with `preset`. */
export function pngSize(preset: PresetId, svg: Box): Box {
  const f = PRESETS[preset];
  if (f) return { ...f };
  return { width: Math.round(svg.width * CURRENT_PIXEL_RATIO), height: Math.round(svg.height * CURRENT_PIXEL_RATIO) };
}

/** Fit `inner` inside `outer` keeping its aspect ratio (may scale up: it is vector). */
export function fitScale(inner: Box, outer: Box): number {
  if (inner.width <= 0 || inner.height <= 0) return 1;
  return Math.max(0, Math.min(outer.width / inner.width, outer.height / inner.height));
}

// ---------------------------------------------------------------- text

/** Width of `text` in px at `size` px. */
export type Measure = (text: string, size: number, weight?: number) => number;

/** Rough width for system sans-serif fonts (used in Node; the browser measures with a canvas). */
export const approxMeasure: Measure = (text, size, weight = 400) => {
  let em = 0;
  for (const ch of text) {
    if (/[il.,:;'|!ıI\s]/.test(ch)) em += 0.28;
    else if (/[mwMW@%]/.test(ch)) em += 0.85;
    else if (/[A-Z0-9]/.test(ch)) em += 0.64;
    else if (/[\u2E80-\u9FFF\uAC00-\uD7AF]/.test(ch)) em += 1;
    else em += 0.53;
  }
  return em * size * (weight >= 600 ? 1.06 : 1);
};

/** Greedy word wrap; words wider than the line (URLs) are broken after / ? & = or anywhere. */
export function wrapText(text: string, maxWidth: number, size: number, measure: Measure = approxMeasure, weight = 400): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s, size, weight) <= maxWidth;
  for (let word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    while (!fits(word) && word.length > 1) {
      // longest prefix that fits, preferring a break after a URL separator
      let cut = 1;
      while (cut < word.length && fits(word.slice(0, cut + 1))) cut++;
      const sep = Math.max(...['/', '?', '&', '=', '-', '_', '.'].map((c) => word.lastIndexOf(c, cut - 1)));
      if (sep > cut / 2) cut = sep + 1;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------- layout

export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight: number;
  weight: number;
  fill: string;
}

export interface Placed {
  x: number;
  y: number;
  scale: number;
  width: number;
  height: number;
}

export interface Layout {
  preset: PresetId;
  width: number;
  height: number;
  k: number;
  pad: number;
  title: TextBlock;
  subtitle: TextBlock;
  chart: Placed;
  legend: Placed | null;
  footer: TextBlock;
}

export interface LayoutInput {
  preset: PresetId;
  /** Natural (on-screen) size of the chart snapshot. */
  chart: Box;
  legend?: Box | null;
  title: string;
  subtitle?: string;
  /** Source line, note, permalink: one paragraph each. */
  footer: string[];
  measure?: Measure;
  /** Minimum width of a `current` export (narrow charts still get readable titles). */
  minWidth?: number;
}

const LINE = 1.25;

function block(text: string, x: number, top: number, width: number, size: number, weight: number, fill: string, measure: Measure): TextBlock {
  const lines = text ? wrapText(text, width, size, measure, weight) : [];
  return { lines, x, y: top + size * 0.95, size, lineHeight: size * LINE, weight, fill };
}
const blockHeight = (b: TextBlock) => (b.lines.length ? (b.lines.length - 1) * b.lineHeight + b.size * LINE : 0);

/** Where everything goes. Pure maths: the same numbers in Node and the browser. */
export function layoutExport(input: LayoutInput): Layout {
  const measure = input.measure ?? approxMeasure;
  const k = typeScale(input.preset);
  const pad = 16 * k;
  const gap = 8 * k;
  const frame = PRESETS[input.preset];
  const legendBox = input.legend && input.legend.width > 0 && input.legend.height > 0 ? input.legend : null;
  const width = frame
    ? frame.width
    : Math.ceil(Math.max(input.chart.width, legendBox?.width ?? 0, input.minWidth ?? 360) + 2 * pad);
  const textW = width - 2 * pad;

  const title = block(input.title, pad, pad, textW, 18 * k, 700, EXPORT_COLORS.text, measure);
  let y = pad + blockHeight(title);
  const subtitle = block(input.subtitle ?? '', pad, y + 2 * k, textW, 13 * k, 400, EXPORT_COLORS.muted, measure);
  y += subtitle.lines.length ? 2 * k + blockHeight(subtitle) : 0;
  const chartTop = y + gap;

  const footerText = input.footer.filter(Boolean);
  const footerLines: string[] = [];
  for (const p of footerText) footerLines.push(...wrapText(p, textW, 11 * k, measure));
  const footerH = footerLines.length ? (footerLines.length - 1) * 11 * k * LINE + 11 * k * LINE : 0;

  const legendScale = legendBox ? Math.min(frame ? k : 1, textW / legendBox.width) : 0;
  const legendH = legendBox ? legendBox.height * legendScale : 0;

  let chart: Placed;
  let height: number;
  if (frame) {
    height = frame.height;
    const bottom = height - pad - footerH - (legendBox ? legendH + gap : 0) - gap;
    const avail = { width: textW, height: Math.max(0, bottom - chartTop) };
    const s = fitScale(input.chart, avail);
    const w = input.chart.width * s,
      h = input.chart.height * s;
    chart = { x: pad + (textW - w) / 2, y: chartTop + (avail.height - h) / 2, scale: s, width: w, height: h };
  } else {
    const s = input.chart.width > textW ? textW / input.chart.width : 1;
    chart = { x: pad, y: chartTop, scale: s, width: input.chart.width * s, height: input.chart.height * s };
    height = Math.ceil(chartTop + chart.height + gap + (legendBox ? legendH + gap : 0) + footerH + pad);
  }

  const legend: Placed | null = legendBox
    ? {
        x: pad,
        y: (frame ? height - pad - footerH - gap - legendH : chart.y + chart.height + gap),
        scale: legendScale,
        width: legendBox.width * legendScale,
        height: legendH,
      }
    : null;
  const footerTop = height - pad - footerH;
  const footer: TextBlock = {
    lines: footerLines,
    x: pad,
    y: footerTop + 11 * k * 0.95,
    size: 11 * k,
    lineHeight: 11 * k * LINE,
    weight: 400,
    fill: EXPORT_COLORS.muted,
  };
  return { preset: input.preset, width, height, k, pad, title, subtitle, chart, legend, footer };
}

// ---------------------------------------------------------------- SVG text

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for XML content or a double-quoted attribute; drops characters XML cannot hold. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate or size as written in SVG (two decimals at most). */
export const num = (n: number) => String(Math.round(n * 100) / 100);

function textBlockSvg(b: TextBlock, cls: string): string {
  return b.lines
    .map(
      (l, i) =>
        `<text class="${cls}" x="${num(b.x)}" y="${num(b.y + i * b.lineHeight)}" font-size="${num(b.size)}" font-weight="${b.weight}" fill="${b.fill}" font-family="${escapeXml(FONT_STACK)}">${escapeXml(l)}</text>`,
    )
    .join('');
}

export interface ComposeInput {
  layout: Layout;
  title: string;
  /** Accessible description (<desc>). */
  description: string;
  /** Markup of the chart in its own coordinates (0…chart width/height at scale 1). */
  chartMarkup: string;
  legendMarkup?: string | null;
  /** Optional: wrap in an XML declaration (default true). */
  declaration?: boolean;
}

/** The standalone SVG document. */
export function composeSvg(c: ComposeInput): string {
  const L = c.layout;
  const parts: string[] = [];
  if (c.declaration !== false) parts.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${num(L.width)}" height="${num(L.height)}" viewBox="0 0 ${num(L.width)} ${num(L.height)}" role="img" aria-labelledby="corridors-export-title corridors-export-desc" font-family="${escapeXml(FONT_STACK)}">`,
    `<title id="corridors-export-title">${escapeXml(c.title)}</title>`,
    `<desc id="corridors-export-desc">${escapeXml(c.description)}</desc>`,
    `<rect x="0" y="0" width="${num(L.width)}" height="${num(L.height)}" fill="${EXPORT_COLORS.background}"/>`,
    textBlockSvg(L.title, 'export-title'),
    textBlockSvg(L.subtitle, 'export-subtitle'),
    `<g class="export-chart" transform="translate(${num(L.chart.x)} ${num(L.chart.y)}) scale(${L.chart.scale})">${c.chartMarkup}</g>`,
  );
  if (L.legend && c.legendMarkup)
    parts.push(`<g class="export-legend" transform="translate(${num(L.legend.x)} ${num(L.legend.y)}) scale(${L.legend.scale})">${c.legendMarkup}</g>`);
  parts.push(textBlockSvg(L.footer, 'export-footer'), '</svg>\n');
  return parts.join('');
}

/**
 * References to anything outside the file: href / xlink:href / src not starting with '#' or 'data:',
 * url(...) to another document, @import, @font-face. Empty = standalone.
 */
export function findExternalRefs(svg: string): string[] {
  const out: string[] = [];
  for (const m of svg.matchAll(/\s(?:xlink:href|href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    const v = (m[2] ?? m[3] ?? '').trim();
    if (!v.startsWith('#') && !v.startsWith('data:')) out.push(m[0].trim());
  }
  for (const m of svg.matchAll(/url\(\s*(?:&quot;|["']?)\s*([^)"'&]*)/gi)) {
    const v = m[1].trim();
    if (!v.startsWith('#') && !v.startsWith('data:')) out.push(m[0]);
  }
  if (/@import/i.test(svg)) out.push('@import');
  if (/@font-face/i.test(svg)) out.push('@font-face');
  return out;
}

/** url("http://host/page#id") → url(#id): computed styles give absolute URLs for local references. */
export function localiseUrls(value: string): string {
  return value.replace(/url\(\s*(["']?)[^)"']*?(#[^)"']+)\1\s*\)/g, 'url($2)');
}
