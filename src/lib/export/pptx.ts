/**
 * Editable PowerPoint deck of a view.
 *
 * Slide 1: title, subtitle (the filters in words), the chart — a native PowerPoint chart that can be
 * restyled and whose data opens in Excel ("Edit data"), or a PNG for views PowerPoint cannot draw
 * (Sankey, maps) — and the source line. Speaker notes: permalink, citation, licence.
 * Slides 2…: the view's data table, paginated (the header repeats; each slide says which rows it has).
 *
 * A pure function of its input (no DOM): the same bytes in Node tests and in the browser. The
 * PowerPoint library is large, so the app imports this module with `import()`: it becomes its own chunk.
 * Runs offline: images are passed as data, never fetched.
 */
import PptxGenJS from 'pptxgenjs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { t, getLocale } from '../i18n';
import { formatInteger } from '../i18n/format';
import { categoryPalette, mutedColor, referenceColor } from '../components/plot/plot-helpers';
import type { BarChartSpec, CategorySeries, ChartSpec, LineChartSpec, ReferenceLine, ScatterChartSpec } from './chart-spec';
import { containRect, slideFrame, slideLayout, slideText, tablePaging, tableTitle, type Rect, type SlidePresetId, type SlideText } from './slide-layout';
import { columnHeader, type Cell, type Column, type DisplayTable } from './table';

/** A raster image for slide 1 (Sankey, maps): PNG bytes or a `data:image/png;base64,` URL, with its pixel size. */
export interface DeckImage {
  png: Uint8Array | string;
  width: number;
  height: number;
  /** Alternative text (the image description of the view). */
  alt: string;
}

export interface DeckInput {
  title: string;
  /** The filters in words. */
  subtitle: string;
  /** The card's source line, as shown. */
  sourceLine: string;
  permalink: string;
  /** Full citation(s) of the sources. */
  citation: string;
  licence: string;
  table: DisplayTable;
  visual: { chart: ChartSpec } | { image: DeckImage };
  preset?: SlidePresetId;
  /** ISO timestamp written as the document's creation date and the files' dates (deterministic output). */
  generated: string;
  /** At most this many data slides (default 20); the last one says how many rows were left out. */
  maxTableSlides?: number;
}

/** Pixels of the 1920×1080 frame per inch of a 13.333 × 7.5 in widescreen slide. */
export const PX_PER_INCH = 144;
const inch = (px: number) => px / PX_PER_INCH;
/** Font size in points for a size in frame pixels (1 px = 1/144 in = 0.5 pt). */
export const pt = (px: number) => Math.round(((px * 72) / PX_PER_INCH) * 10) / 10;

const FONT = 'Arial';
const TEXT = '1B1F24';
const hex = (c: string) => c.replace(/^#/, '').toUpperCase();

function box(r: Rect) {
  return { x: inch(r.x), y: inch(r.y), w: inch(r.width), h: inch(r.height) };
}

function addText(slide: PptxGenJS.Slide, block: SlideText, color: string): void {
  if (!block.lines.length) return;
  slide.addText(block.lines.join('\n'), {
    ...box(block),
    fontFace: FONT,
    fontSize: pt(block.size),
    bold: block.bold,
    color,
    margin: 0,
    valign: 'top',
    align: 'left',
    lineSpacingMultiple: 1,
    breakLine: false,
  });
}

const fmtNumber = (v: number) =>
  Number.isInteger(v) ? formatInteger(v) : new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 4 }).format(v);

/** A table cell as shown on a data slide: the column's own display format, else numbers via Intl. */
export function slideCell(c: Column, v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  if (c.format) return c.format(v);
  return typeof v === 'number' ? (Number.isFinite(v) ? fmtNumber(v) : '') : String(v);
}

function referenceCaption(refs: ReferenceLine[]): string {
  return t('export.pptx.references', {
    lines: refs.map((r) => t('export.pptx.reference', { label: r.label, value: fmtNumber(r.value) })).join(' · '),
  });
}

/** Series colours: given ones, else the app's categorical palette in order. */
function colours(series: { color?: string }[]): string[] {
  const pal = categoryPalette();
  return series.map((s, i) => hex(s.color ?? pal[i % pal.length]));
}

function refColours(refs: ReferenceLine[]): string[] {
  return refs.map((r, i) => hex(r.color ?? (i ? mutedColor() : referenceColor())));
}

/** Constant series across every category: how a reference line is drawn in a category chart. */
function referenceSeries(refs: ReferenceLine[], categories: string[]) {
  return refs.map((r) => ({ name: r.label, labels: categories, values: categories.map(() => r.value) }));
}

/** The chart plus its reference lines as dashed lines without markers, sharing its axes. */
function withReferences(main: PptxGenJS.IChartMulti, refs: ReferenceLine[], categories: string[]): PptxGenJS.IChartMulti[] {
  return [
    main,
    {
      type: 'line',
      data: referenceSeries(refs, categories),
      options: { chartColors: refColours(refs), lineSize: 1.5, lineDash: 'dash', lineDataSymbol: 'none' },
    },
  ];
}

function seriesData(series: CategorySeries[], categories: string[]) {
  // the library's types say number[], its XML writer writes null as an empty point (a gap)
  return series.map((s) => ({ name: s.name, labels: categories, values: s.values as number[] }));
}

function axisOptions(spec: ChartSpec, axisPx: number, legendPx: number, showLegend: boolean): PptxGenJS.IChartOpts {
  return {
    showLegend,
    legendPos: 'b',
    legendFontSize: pt(legendPx),
    legendFontFace: FONT,
    legendColor: TEXT,
    showCatAxisTitle: !!spec.xTitle,
    catAxisTitle: spec.xTitle,
    catAxisTitleFontSize: pt(axisPx),
    catAxisTitleColor: TEXT,
    catAxisLabelFontSize: pt(axisPx),
    catAxisLabelFontFace: FONT,
    catAxisLabelColor: TEXT,
    showValAxisTitle: !!spec.yTitle,
    valAxisTitle: spec.yTitle,
    valAxisTitleFontSize: pt(axisPx),
    valAxisTitleColor: TEXT,
    valAxisLabelFontSize: pt(axisPx),
    valAxisLabelFontFace: FONT,
    valAxisLabelColor: TEXT,
    dataLabelFontSize: pt(axisPx),
    displayBlanksAs: 'gap',
  };
}

type ChartCall = { types: PptxGenJS.IChartMulti[] } | { type: PptxGenJS.CHART_NAME; data: PptxGenJS.OptsChartData[]; opts: PptxGenJS.IChartOpts };

/**
 * A combined chart (e.g. lines plus reference lines): the library takes the options in place of the
 * data argument for this form (`addChart(types, options)`), which its type declaration does not cover.
 */
function addMultiChart(slide: PptxGenJS.Slide, types: PptxGenJS.IChartMulti[], opts: PptxGenJS.IChartOpts): void {
  slide.addChart(types, null as unknown as unknown[], opts);
}

/** The library call for a chart spec (exported for tests of the mapping; the deck uses it internally). */
export function chartCall(pptx: PptxGenJS, spec: ChartSpec, axisPx: number, legendPx: number): { call: ChartCall; opts: PptxGenJS.IChartOpts; caption: string | null } {
  const refs = spec.references ?? [];
  if (spec.kind === 'scatter') return scatterCall(pptx, spec, axisPx, legendPx);
  const nSeries = spec.series.length;
  const base = axisOptions(spec, axisPx, legendPx, nSeries > 1 || refs.length > 0);
  if (spec.kind === 'line') return lineCall(pptx, spec, base, refs);
  return barCall(pptx, spec, base, refs);
}

function lineCall(pptx: PptxGenJS, spec: LineChartSpec, base: PptxGenJS.IChartOpts, refs: ReferenceLine[]) {
  const main: PptxGenJS.IChartOpts = {
    chartColors: colours(spec.series),
    lineSize: 2.5,
    lineDataSymbol: spec.step ? 'none' : 'circle',
    lineDataSymbolSize: 6,
  };
  if (!refs.length) {
    return { call: { type: 'line' as const, data: seriesData(spec.series, spec.categories), opts: { ...base, ...main } }, opts: base, caption: null };
  }
  return { call: { types: withReferences({ type: 'line', data: seriesData(spec.series, spec.categories), options: main }, refs, spec.categories) }, opts: base, caption: null };
}

function barCall(pptx: PptxGenJS, spec: BarChartSpec, base: PptxGenJS.IChartOpts, refs: ReferenceLine[]) {
  const horizontal = spec.horizontal ?? true;
  const main: PptxGenJS.IChartOpts = {
    barDir: horizontal ? 'bar' : 'col',
    chartColors: colours(spec.series),
    barGapWidthPct: 40,
  };
  if (!refs.length || horizontal) {
    // PowerPoint draws the first category of horizontal bars at the bottom: reverse so a ranking reads
    // top-down. A horizontal reference line cannot cross horizontal bars: its value is printed under the chart.
    const cats = horizontal ? [...spec.categories].reverse() : spec.categories;
    const series = horizontal ? spec.series.map((s) => ({ ...s, values: [...s.values].reverse() })) : spec.series;
    return {
      call: { type: 'bar' as const, data: seriesData(series, cats), opts: { ...base, ...main } },
      opts: base,
      caption: refs.length ? referenceCaption(refs) : null,
    };
  }
  return { call: { types: withReferences({ type: 'bar', data: seriesData(spec.series, spec.categories), options: main }, refs, spec.categories) }, opts: base, caption: null };
}

function scatterCall(pptx: PptxGenJS, spec: ScatterChartSpec, axisPx: number, legendPx: number) {
  // one shared x column; each series has its y where its points are and gaps elsewhere
  const xs: number[] = [];
  const ys: (number | null)[][] = spec.series.map(() => []);
  const labels: string[][] = spec.series.map(() => []);
  spec.series.forEach((s, si) => {
    for (const p of s.points) {
      xs.push(p.x);
      spec.series.forEach((_, sj) => {
        ys[sj].push(sj === si ? p.y : null);
        labels[sj].push(sj === si ? (p.label ?? '') : '');
      });
    }
  });
  const hasLabels = spec.series.some((s) => s.points.some((p) => p.label));
  const data = [
    { name: spec.xTitle, values: xs },
    ...spec.series.map((s, i) => ({ name: s.name, values: ys[i] as number[], ...(hasLabels ? { labels: labels[i] } : {}) })),
  ];
  const refs = spec.references ?? [];
  const opts: PptxGenJS.IChartOpts = {
    ...axisOptions(spec, axisPx, legendPx, spec.series.length > 1),
    chartColors: colours(spec.series),
    lineSize: 0,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 8,
    ...(hasLabels ? { showLabel: true, dataLabelFormatScatter: 'custom' as const, dataLabelPosition: 'r' as const, dataLabelColor: TEXT } : {}),
  };
  return {
    call: { type: 'scatter' as const, data: data as PptxGenJS.OptsChartData[], opts },
    opts,
    caption: refs.length ? referenceCaption(refs) : null,
  };
}

function imageData(png: Uint8Array | string): string {
  if (typeof png === 'string') {
    if (!png.startsWith('data:image/png;base64,')) throw new Error('the slide image must be a PNG data URL');
    return png.slice('data:'.length);
  }
  let bin = '';
  for (let i = 0; i < png.length; i += 0x8000) bin += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return `image/png;base64,${btoa(bin)}`;
}

function notesOf(input: DeckInput): string {
  return [
    t('export.readme.permalink', { url: input.permalink }),
    input.citation ? t('export.pptx.citation', { citation: input.citation }) : '',
    input.licence ? t('export.readme.licence', { licence: input.licence }) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The deck as .pptx bytes. */
export async function buildDeck(input: DeckInput): Promise<Uint8Array<ArrayBuffer>> {
  const preset = input.preset ?? 'slide';
  const frame = slideFrame(preset);
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: `CORRIDORS_${preset}`, width: inch(frame.width), height: inch(frame.height) });
  pptx.layout = `CORRIDORS_${preset}`;
  pptx.title = input.title;
  pptx.subject = input.subtitle;
  pptx.author = t('export.pptx.author');
  pptx.company = t('export.pptx.author');
  const notes = notesOf(input);
  const sourceText = t('export.imageSource', { source: input.sourceLine });

  // ---- slide 1: the chart
  const legendEntries =
    'chart' in input.visual && input.visual.chart.kind !== 'scatter'
      ? input.visual.chart.series.length + (input.visual.chart.references?.length ?? 0)
      : 'chart' in input.visual
        ? input.visual.chart.series.length
        : 0;
  const showsLegend = legendEntries > 1;
  const L = slideLayout({ preset, title: input.title, subtitle: input.subtitle, source: [sourceText], legendEntries: showsLegend ? legendEntries : 0 });
  const s1 = pptx.addSlide();
  addText(s1, L.title, TEXT);
  if (L.subtitle) addText(s1, L.subtitle, hex(mutedColor()));
  addText(s1, L.source, hex(mutedColor()));
  if ('chart' in input.visual) {
    const { call, opts, caption } = chartCall(pptx, input.visual.chart, L.type.axis, L.type.legend);
    // the chart draws its own legend at its bottom: its frame spans the chart box and the legend band
    let area: Rect = L.legend ? { ...L.chart, height: L.legend.y + L.legend.height - L.chart.y } : L.chart;
    if (caption) {
      const h = L.type.source * 1.2 * 2;
      addText(s1, { ...area, y: area.y + area.height - h, height: h, lines: [caption], size: L.type.axis, lineHeight: L.type.axis * 1.2, bold: false }, TEXT);
      area = { ...area, height: Math.max(0, area.height - h - L.gap) };
    }
    const place = { ...box(area), fontFace: FONT };
    if ('types' in call) addMultiChart(s1, call.types, { ...opts, ...place });
    else s1.addChart(call.type, call.data, { ...call.opts, ...place });
  } else {
    const img = input.visual.image;
    s1.addImage({ data: imageData(img.png), ...box(containRect(img, L.chart)), altText: img.alt });
  }
  s1.addNotes(notes);

  // ---- slides 2…: the data table
  const headers = input.table.columns.map(columnHeader);
  const total = input.table.rows.length;
  const tableTitleOf = (rowsText: string) => tableTitle(preset, `${t('export.pptx.tableTitle', { title: input.title })} · ${rowsText}`);
  // the longest title (widest row numbers) decides how many lines every data slide reserves
  const widest = tableTitleOf(t('export.tableTruncated', { shown: formatInteger(total), total: formatInteger(total) }));
  const source = slideText([sourceText], L.margin, 0, L.width - 2 * L.margin, L.type.source, false);
  source.y = L.height - L.margin - source.height;
  const paging = tablePaging(preset, total, widest.lines.length, source.lines.length);
  const maxSlides = Math.max(1, input.maxTableSlides ?? 20);
  const pages = paging.pages.slice(0, maxSlides);
  const widths = columnWidths(input.table, headers, paging.box.width);
  pages.forEach(([from, to], i) => {
    const s = pptx.addSlide();
    const rowsText =
      i === pages.length - 1 && to < total
        ? t('export.tableTruncated', { shown: formatInteger(to), total: formatInteger(total) })
        : t('export.pptx.tableRows', { from: formatInteger(total ? from + 1 : 0), to: formatInteger(to), total: formatInteger(total) });
    addText(s, tableTitleOf(rowsText), TEXT);
    const cellOpts = { fontFace: FONT, fontSize: pt(L.type.table), color: TEXT, margin: [0, 4, 0, 4] as [number, number, number, number] };
    const head = headers.map((h) => ({ text: h, options: { ...cellOpts, bold: true, fill: { color: 'EEF1F4' } } }));
    const body = input.table.rows
      .slice(from, to)
      .map((r) =>
        input.table.columns.map((c) => ({ text: slideCell(c, r[c.key]), options: { ...cellOpts, align: c.type === 'number' ? ('right' as const) : ('left' as const) } })),
      );
    s.addTable([head, ...body], {
      ...box({ ...paging.box, height: paging.rowHeight * (body.length + 1) }),
      colW: widths.map(inch),
      rowH: inch(paging.rowHeight),
      border: { type: 'solid', pt: 0.5, color: 'C9CFD6' },
      valign: 'middle',
      autoPage: false,
    });
    addText(s, source, hex(mutedColor()));
    s.addNotes(notes);
  });

  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return stampZip(bytes, input.generated);
}

/** Column widths proportional to the longest text of each column (header counts half), filling `total`. */
function columnWidths(table: DisplayTable, headers: string[], total: number): number[] {
  const sample = table.rows.slice(0, 200);
  const len = table.columns.map((c, i) => {
    let m = Math.ceil(headers[i].length / 2);
    for (const r of sample) m = Math.max(m, slideCell(c, r[c.key]).length);
    return Math.min(40, Math.max(4, m));
  });
  const sum = len.reduce((a, b) => a + b, 0);
  return len.map((l) => (l / sum) * total);
}

const W3CDTF = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;
/** Chart parts and their workbooks, which the library numbers with a counter shared by every deck of the page. */
const CHART_PART = /(\bchart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g;

/**
 * Make the package a function of the input: charts numbered from 1 in every deck, document dates and
 * file dates set to `generated` (also inside the chart workbooks, which are ZIPs themselves).
 */
function stampZip(bytes: Uint8Array, generated: string): Uint8Array<ArrayBuffer> {
  const date = new Date(generated);
  // ZIP dates start in 1980
  const when = Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  const iso = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = unzipSync(bytes);
  const ids = [...new Set(Object.keys(files).flatMap((n) => [...n.matchAll(CHART_PART)].map((m) => Number(m[2]))))].sort((a, b) => a - b);
  const renumber = new Map(ids.map((id, i) => [id, i + 1]));
  const rename = (s: string) => s.replace(CHART_PART, (_, a: string, n: string, ext: string) => `${a}${renumber.get(Number(n)) ?? n}${ext}`);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    let d = data;
    if (name.endsWith('.xlsx')) d = stampZip(data, generated);
    else if (/\.(xml|rels)$/.test(name)) {
      let xml = rename(new TextDecoder().decode(data));
      if (name === 'docProps/core.xml') xml = xml.replace(W3CDTF, `$1${iso}$2`);
      d = new TextEncoder().encode(xml);
    }
    out[rename(name)] = [d, { mtime: when }];
  }
  // entries keep their order: [Content_Types].xml stays where the library put it
  return zipSync(out, { level: 6 });
}
