/**
 * SVG and PNG export of a view: one standalone SVG with title, subtitle (the filters in words),
 * the chart, the legend, the source line and the permalink.
 *
 * This is the DOM part (`snapshot`, `buildSvgExport`, `svgToPng`): it reads the rendered card.
 * Every `<svg>` in the figure is cloned with its computed styles inlined (fill, stroke, opacity,
 * fonts…), HTML parts (legend swatches, key-figure tiles) are redrawn as SVG rects and text at
 * their rendered positions, canvases become `data:` images. Nothing references another file:
 * no stylesheets, no @font-face, no external `href` (the app runs under a CSP without remote origins).
 * Sizes, presets and the layout of the image are the pure part, `./image-layout.ts` (re-exported here).
 */
import {
  EXPORT_COLORS,
  FONT_STACK,
  approxMeasure,
  num,
  layoutExport,
  localiseUrls,
  pngSize,
  composeSvg,
  escapeXml,
  type Box,
  type Measure,
  type PresetId,
} from './image-layout';
import { layoutSlideExport, type SlidePresetId } from './slide-layout';
import { onlyHints } from './hints';

export * from './image-layout';

// ---------------------------------------------------------------- DOM: snapshot

/** Styles copied from the rendered chart onto the clone. Inherited ones are written only where they change. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
  'visibility',
  'marker-start',
  'marker-mid',
  'marker-end',
] as const;
const NOT_INHERITED: Record<string, string[]> = {
  opacity: ['1'],
  'dominant-baseline': ['auto', 'normal'],
  'alignment-baseline': ['auto', 'baseline', 'normal'],
  'clip-path': ['none'],
  mask: ['none'],
  'mix-blend-mode': ['normal'],
};
const DROP_ELEMENTS = new Set(['style', 'script', 'foreignObject', 'link']);
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

export interface Snapshot extends Box {
  markup: string;
}

/** Marks an element (and its subtree) to leave out of image exports (tooltips, buttons…). */
export const EXPORT_IGNORE_ATTR = 'data-export-ignore';

function isHidden(cs: CSSStyleDeclaration): boolean {
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || cs.opacity === '0';
}

/**
 * Form fields are for the live page: no image shows them. (Buttons stay: in a figure they are its
 * content, e.g. clickable bars and legend entries; the card's own buttons are outside the figure.)
 */
const CONTROLS = 'input, select, textarea';
/** Hint paragraphs ("Click a dot…") are left out too (see hints.ts); short text blocks only. */
const TEXT_BLOCKS = new Set(['p', 'span', 'div', 'small', 'li']);

function isControl(el: Element): boolean {
  if (el.matches(CONTROLS)) return true;
  if (!(el instanceof HTMLElement) || !TEXT_BLOCKS.has(el.localName) || el.querySelector('svg, canvas, img')) return false;
  const text = el.textContent ?? '';
  return text.length < 600 && onlyHints(text);
}

function safeHref(v: string | null): boolean {
  return !!v && (v.startsWith('#') || v.startsWith('data:'));
}

/** Clone a rendered <svg> with computed styles inlined and external references removed. */
export function cloneSvg(src: SVGSVGElement, box: DOMRect | Box): SVGSVGElement {
  const dst = src.cloneNode(true) as SVGSVGElement;
  const srcEls = [src, ...Array.from(src.querySelectorAll('*'))];
  const dstEls = [dst, ...Array.from(dst.querySelectorAll('*'))];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const remove: Element[] = [];
  for (let i = 0; i < srcEls.length; i++) {
    const s = srcEls[i],
      d = dstEls[i];
    if (!d || remove.some((r) => r.contains(d))) continue;
    const tag = d.localName;
    if (DROP_ELEMENTS.has(tag) || s.hasAttribute(EXPORT_IGNORE_ATTR)) {
      remove.push(d);
      continue;
    }
    const cs = getComputedStyle(s);
    computed.set(s, cs);
    if (cs.display === 'none') {
      remove.push(d);
      continue;
    }
    const parentCs = s === src ? null : computed.get(s.parentElement as Element) ?? null;
    const styles: string[] = [];
    for (const p of INHERITED) {
      const v = cs.getPropertyValue(p);
      if (v && (!parentCs || parentCs.getPropertyValue(p) !== v)) styles.push(`${p}:${localiseUrls(v)}`);
    }
    for (const [p, defaults] of Object.entries(NOT_INHERITED)) {
      const v = cs.getPropertyValue(p);
      if (v && !defaults.includes(v)) styles.push(`${p}:${localiseUrls(v)}`);
    }
    if (TEXT_ELEMENTS.has(tag) || s === src) styles.push(`font-family:${FONT_STACK}`);
    d.setAttribute('style', styles.join(';'));
    for (const a of Array.from(d.attributes)) {
      const n = a.name.toLowerCase();
      if (n.startsWith('on') || n === 'tabindex' || n === 'class' || n.startsWith('aria-') || n === 'role' || n === 'font-family')
        d.removeAttribute(a.name);
      else if ((n === 'href' || n === 'xlink:href' || n === 'src') && !safeHref(a.value)) d.removeAttribute(a.name);
    }
    if (tag === 'image' && !safeHref(d.getAttribute('href') ?? d.getAttribute('xlink:href'))) remove.push(d);
  }
  for (const r of remove) r.remove();
  dst.setAttribute('width', num(box.width));
  dst.setAttribute('height', num(box.height));
  dst.removeAttribute('style');
  const rootStyle = getComputedStyle(src);
  const styles: string[] = [`font-family:${FONT_STACK}`];
  for (const p of INHERITED) {
    const v = rootStyle.getPropertyValue(p);
    if (v) styles.push(`${p}:${localiseUrls(v)}`);
  }
  styles.push('overflow:visible');
  dst.setAttribute('style', styles.join(';'));
  return dst;
}

let measureCtx: CanvasRenderingContext2D | null = null;
function ctx2d(): CanvasRenderingContext2D | null {
  if (!measureCtx && typeof document !== 'undefined') measureCtx = document.createElement('canvas').getContext('2d');
  return measureCtx;
}

/** Canvas text measurement with the export font stack (browser). */
export const canvasMeasure: Measure = (text, size, weight = 400) => {
  const c = ctx2d();
  if (!c) return approxMeasure(text, size, weight);
  c.font = `${weight} ${size}px ${FONT_STACK}`;
  return c.measureText(text).width;
};

function descentOf(cs: CSSStyleDeclaration): number {
  const size = parseFloat(cs.fontSize) || 12;
  const c = ctx2d();
  if (!c) return size * 0.22;
  c.font = `${cs.fontStyle} ${cs.fontWeight} ${size}px ${FONT_STACK}`;
  const m = c.measureText('Hg');
  return m.fontBoundingBoxDescent || size * 0.22;
}

function colorVisible(c: string): boolean {
  return !!c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
}

function textTransform(s: string, tt: string): string {
  if (tt === 'uppercase') return s.toUpperCase();
  if (tt === 'lowercase') return s.toLowerCase();
  return s;
}

/**
 * Redraw what `container` shows as SVG markup in its own coordinates: <svg> children cloned with
 * inlined styles, HTML boxes with a background or border as rects, text nodes as <text> lines
 * at their rendered positions, canvases as data: images.
 */
let snapshotCount = 0;

export function snapshot(container: Element): Snapshot {
  const origin = container.getBoundingClientRect();
  const out: string[] = [];
  const ser = new XMLSerializer();
  const rel = (r: DOMRect) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
  let minX = Infinity,
    minY = Infinity,
    maxX = 0,
    maxY = 0;
  /** Current clip (scroll / overflow-hidden containers), in snapshot coordinates. */
  let clip: { x1: number; y1: number; x2: number; y2: number } | null = null;
  const clipPrefix = `snap${++snapshotCount}`;
  let clipCount = 0;
  /** Extend the drawn area by the box (x1, y1)–(x2, y2), as far as it is visible. */
  const grow = (x2: number, y2: number, x1 = x2, y1 = y2) => {
    if (clip) {
      x1 = Math.max(x1, clip.x1);
      y1 = Math.max(y1, clip.y1);
      x2 = Math.min(x2, clip.x2);
      y2 = Math.min(y2, clip.y2);
      if (x2 <= x1 || y2 <= y1) return;
    }
    minX = Math.min(minX, x1);
    minY = Math.min(minY, y1);
    maxX = Math.max(maxX, x2);
    maxY = Math.max(maxY, y2);
  };
  /** Entirely outside the current clip (scrolled out of view)? */
  const hiddenByClip = (p: { x: number; y: number; width: number; height: number }) =>
    !!clip && (p.x >= clip.x2 || p.y >= clip.y2 || p.x + p.width <= clip.x1 || p.y + p.height <= clip.y1);

  const visitText = (node: Text, cs: CSSStyleDeclaration) => {
    const raw = node.textContent ?? '';
    if (!raw.trim()) return;
    const range = document.createRange();
    // measure from the first to the last visible character (collapsed edge spaces take no room in SVG)
    const start = raw.search(/\S/);
    const end = raw.length - (raw.match(/\s*$/)?.[0].length ?? 0);
    range.setStart(node, start);
    range.setEnd(node, end);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) return;
    const size = parseFloat(cs.fontSize) || 12;
    const descent = descentOf(cs);
    const attrs = `font-size="${num(size)}" font-weight="${escapeXml(cs.fontWeight)}"${cs.fontStyle !== 'normal' ? ` font-style="${escapeXml(cs.fontStyle)}"` : ''} fill="${escapeXml(cs.color)}" font-family="${escapeXml(FONT_STACK)}"`;
    const emit = (text: string, r: DOMRect) => {
      const p = rel(r);
      const t = textTransform(text.replace(/\s+/g, ' ').trim(), cs.textTransform);
      if (!t || hiddenByClip(p)) return;
      out.push(`<text x="${num(p.x)}" y="${num(p.y + p.height - descent)}" ${attrs}>${escapeXml(t)}</text>`);
      grow(p.x + p.width, p.y + p.height, p.x, p.y);
    };
    if (rects.length === 1) return emit(raw, rects[0]);
    // Wrapped text: one <text> per rendered line, grouped by the words' line boxes.
    const lines: { top: number; left: number; rect: DOMRect; words: string[] }[] = [];
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(raw))) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (!r.width) continue;
      const line = lines.find((l) => Math.abs(l.top - r.top) < size * 0.5);
      if (line) {
        line.words.push(m[0]);
        line.rect = new DOMRect(line.left, line.top, r.right - line.left, Math.max(line.rect.height, r.height));
      } else lines.push({ top: r.top, left: r.left, rect: r, words: [m[0]] });
    }
    for (const l of lines) emit(l.words.join(' '), l.rect);
  };

  const visit = (el: Element) => {
    if (el.hasAttribute(EXPORT_IGNORE_ATTR) || isControl(el)) return;
    const cs = getComputedStyle(el);
    if (isHidden(cs)) return;
    // content-visibility: hidden (e.g. the body of a closed <details>) and the like
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
    if (hiddenByClip(rel(el.getBoundingClientRect())) && cs.position !== 'fixed') return;
    // visually hidden helpers (.sr-only) are for screen readers only
    if (cs.position === 'absolute' && parseFloat(cs.width) <= 1 && parseFloat(cs.height) <= 1) return;
    if (el instanceof SVGSVGElement) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) return;
      const p = rel(r);
      const clone = cloneSvg(el, r);
      clone.setAttribute('x', num(p.x));
      clone.setAttribute('y', num(p.y));
      out.push(ser.serializeToString(clone));
      grow(p.x + p.width, p.y + p.height, p.x, p.y);
      return;
    }
    if (el instanceof HTMLCanvasElement) {
      const r = el.getBoundingClientRect();
      const p = rel(r);
      try {
        out.push(`<image x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" href="${el.toDataURL('image/png')}"/>`);
        grow(p.x + p.width, p.y + p.height, p.x, p.y);
      } catch {
        /* tainted canvas: leave it out */
      }
      return;
    }
    if (el instanceof HTMLImageElement) {
      const r = el.getBoundingClientRect();
      if (el.currentSrc.startsWith('data:') && r.width) {
        const p = rel(r);
        out.push(`<image x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" href="${escapeXml(el.currentSrc)}"/>`);
        grow(p.x + p.width, p.y + p.height, p.x, p.y);
      }
      return;
    }
    if (el instanceof HTMLElement) {
      const r = el.getBoundingClientRect();
      if (r.width && r.height) {
        const p = rel(r);
        const bg = cs.backgroundColor;
        const bw = ['Top', 'Right', 'Bottom', 'Left'].map((s) => parseFloat(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)) || 0);
        const bc = ['top', 'right', 'bottom', 'left'].map((s) => cs.getPropertyValue(`border-${s}-color`));
        const bs = ['top', 'right', 'bottom', 'left'].map((s) => cs.getPropertyValue(`border-${s}-style`));
        const rx = parseFloat(cs.borderTopLeftRadius) || 0;
        const uniform = bw.every((w) => w === bw[0]) && bc.every((c) => c === bc[0]) && bs.every((s) => s === bs[0]);
        const hasBg = colorVisible(bg);
        if (hasBg || (uniform && bw[0] > 0 && bs[0] !== 'none' && colorVisible(bc[0]))) {
          const stroke = uniform && bw[0] > 0 && bs[0] !== 'none' && colorVisible(bc[0]) ? ` stroke="${escapeXml(bc[0])}" stroke-width="${num(bw[0])}"` : '';
          const inset = stroke ? bw[0] / 2 : 0;
          out.push(
            `<rect x="${num(p.x + inset)}" y="${num(p.y + inset)}" width="${num(Math.max(0, p.width - 2 * inset))}" height="${num(Math.max(0, p.height - 2 * inset))}"${rx ? ` rx="${num(rx)}"` : ''} fill="${hasBg ? escapeXml(bg) : 'none'}"${stroke}/>`,
          );
          grow(p.x + p.width, p.y + p.height, p.x, p.y);
        }
        if (!uniform) {
          const [t, rt, b, l] = bw;
          const seg = (w: number, c: string, s: string, x1: number, y1: number, x2: number, y2: number) => {
            if (w > 0 && s !== 'none' && colorVisible(c)) grow(p.x + p.width, p.y + p.height, p.x, p.y);
            if (w > 0 && s !== 'none' && colorVisible(c))
              out.push(`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${escapeXml(c)}" stroke-width="${num(w)}"/>`);
          };
          seg(t, bc[0], bs[0], p.x, p.y + t / 2, p.x + p.width, p.y + t / 2);
          seg(rt, bc[1], bs[1], p.x + p.width - rt / 2, p.y, p.x + p.width - rt / 2, p.y + p.height);
          seg(b, bc[2], bs[2], p.x, p.y + p.height - b / 2, p.x + p.width, p.y + p.height - b / 2);
          seg(l, bc[3], bs[3], p.x + l / 2, p.y, p.x + l / 2, p.y + p.height);
        }
      }
    }
    // a closed <details> shows only its <summary>
    const children = el instanceof HTMLDetailsElement && !el.open ? Array.from(el.children).filter((c) => c.localName === 'summary') : Array.from(el.childNodes);
    // scroll and overflow-hidden containers clip their content, in the image too
    const clips = el instanceof HTMLElement && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible');
    const saved = clip;
    if (clips) {
      const r = rel(el.getBoundingClientRect());
      const bl = parseFloat(cs.borderLeftWidth) || 0,
        bt = parseFloat(cs.borderTopWidth) || 0;
      const box = { x1: r.x + bl, y1: r.y + bt, x2: r.x + bl + el.clientWidth, y2: r.y + bt + el.clientHeight };
      clip = saved
        ? { x1: Math.max(box.x1, saved.x1), y1: Math.max(box.y1, saved.y1), x2: Math.min(box.x2, saved.x2), y2: Math.min(box.y2, saved.y2) }
        : box;
      const id = `${clipPrefix}-c${++clipCount}`;
      out.push(
        `<clipPath id="${id}"><rect x="${num(clip.x1)}" y="${num(clip.y1)}" width="${num(Math.max(0, clip.x2 - clip.x1))}" height="${num(Math.max(0, clip.y2 - clip.y1))}"/></clipPath><g clip-path="url(#${id})">`,
      );
    }
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE) visitText(child as Text, cs);
      else if (child.nodeType === Node.ELEMENT_NODE) visit(child as Element);
    }
    if (clips) {
      out.push('</g>');
      clip = saved;
    }
  };

  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) visitText(child as Text, getComputedStyle(container));
    else if (child.nodeType === Node.ELEMENT_NODE) visit(child as Element);
  }
  if (!out.length || minX === Infinity) return { width: 0, height: 0, markup: "" };
  // Crop to what is drawn (a chart centred in a wide figure keeps no empty margins).
  const x0 = Math.max(0, Math.floor(minX)),
    y0 = Math.max(0, Math.floor(minY));
  return {
    width: Math.ceil(maxX - x0),
    height: Math.ceil(maxY - y0),
    markup: x0 || y0 ? `<g transform="translate(${-x0} ${-y0})">${out.join('')}</g>` : out.join(''),
  };
}

// ---------------------------------------------------------------- DOM: export

export interface ImageExportInput {
  preset: PresetId;
  title: string;
  subtitle: string;
  /** The figure element holding the chart. */
  figure: Element;
  legend?: Element | null;
  /** "Source: …" line as shown. */
  source: string;
  note?: string;
  permalink: string;
  /** Already-translated footer/description strings. */
  linkLine: string;
  description: string;
}

export interface ImageExport {
  svg: string;
  width: number;
  height: number;
  /** PNG pixel size for this preset. */
  png: Box;
}

/** Build the standalone SVG for a rendered view (browser). */
export function buildSvgExport(input: ImageExportInput): ImageExport {
  const chart = snapshot(input.figure);
  const legend = input.legend ? snapshot(input.legend) : null;
  const layout = layoutExport({
    preset: input.preset,
    chart: { width: Math.max(1, chart.width), height: Math.max(1, chart.height) },
    legend: legend && legend.markup ? legend : null,
    title: input.title,
    subtitle: input.subtitle,
    footer: [input.source, input.note ?? '', input.linkLine],
    measure: canvasMeasure,
  });
  const svg = composeSvg({
    layout,
    title: input.title,
    description: input.description,
    chartMarkup: chart.markup,
    legendMarkup: legend?.markup ?? null,
  });
  return { svg, width: layout.width, height: layout.height, png: pngSize(input.preset, layout) };
}

export interface SlideExportInput {
  preset: SlidePresetId;
  title: string;
  subtitle: string;
  /** The chart as re-rendered for the slide (at its stage size, see slideImageBoxes). */
  figure: Element;
  /** The legend as re-rendered for the slide, if any. */
  legend?: Element | null;
  /** Footer paragraphs: source line, note (without hints), licence, permalink. */
  footer: string[];
  description: string;
}

export interface SlideExport extends ImageExport {
  /** Only the chart and legend, at their size on the slide (the picture of a PowerPoint image slide). */
  visual: { svg: string; width: number; height: number };
}

/** Build the slide / square SVG of a view re-rendered for the slide (browser). */
export function buildSlideExport(input: SlideExportInput): SlideExport {
  const chart = snapshot(input.figure);
  const legend = input.legend ? snapshot(input.legend) : null;
  const lg = legend && legend.markup ? legend : null;
  const layout = layoutSlideExport({
    preset: input.preset,
    title: input.title,
    subtitle: input.subtitle,
    footer: input.footer,
    legend: lg,
    chart: { width: Math.max(1, chart.width), height: Math.max(1, chart.height) },
    measure: canvasMeasure,
  });
  const svg = composeSvg({ layout, title: input.title, description: input.description, chartMarkup: chart.markup, legendMarkup: lg?.markup ?? null });
  // the visual alone: chart and legend, cropped to the chart box and legend band
  const top = layout.chart.y;
  const left = Math.min(layout.chart.x, layout.legend?.x ?? Infinity);
  const bottom = layout.legend ? layout.legend.y + layout.legend.height : layout.chart.y + layout.chart.height;
  const right = Math.max(layout.chart.x + layout.chart.width, layout.legend ? layout.legend.x + layout.legend.width : 0);
  const visualLayout = {
    ...layout,
    width: Math.ceil(right - left),
    height: Math.ceil(bottom - top),
    title: { ...layout.title, lines: [] },
    subtitle: { ...layout.subtitle, lines: [] },
    footer: { ...layout.footer, lines: [] },
    chart: { ...layout.chart, x: layout.chart.x - left, y: 0 },
    legend: layout.legend ? { ...layout.legend, x: layout.legend.x - left, y: layout.legend.y - top } : null,
  };
  const visual = composeSvg({ layout: visualLayout, title: input.title, description: input.description, chartMarkup: chart.markup, legendMarkup: lg?.markup ?? null });
  return { svg, width: layout.width, height: layout.height, png: pngSize(input.preset, layout), visual: { svg: visual, width: visualLayout.width, height: visualLayout.height } };
}

/** Rasterise an SVG string to a PNG blob of exactly `px` pixels (browser; blob: URL only). */
export async function svgToPng(svg: string, px: Box): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = px.width;
    canvas.height = px.height;
    const c = canvas.getContext('2d');
    if (!c) throw new Error('Canvas 2D is not available');
    c.fillStyle = EXPORT_COLORS.background;
    c.fillRect(0, 0, px.width, px.height);
    c.drawImage(img, 0, 0, px.width, px.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
