import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildDeck, pt, type DeckInput } from '../../src/lib/export/pptx';
import { chartFromTable, ChartRolesError } from '../../src/lib/export/chart-spec';
import { COST_TARGETS } from '../../src/lib/data/queries/series';
import { tablePaging } from '../../src/lib/export/slide-layout';
import type { DisplayTable } from '../../src/lib/export/table';

const costTable: DisplayTable = {
  columns: [
    { key: 'series', label: 'Series', type: 'string' },
    { key: 'period', label: 'Quarter', type: 'string' },
    { key: 'value', label: 'Average total cost', type: 'number', unit: '% of USD 200 sent' },
  ],
  rows: [
    { series: 'Mexico', period: '2020Q2', value: 4.87 },
    { series: 'Mexico', period: '2020Q1', value: 5.125 },
    { series: 'Philippines', period: '2020Q1', value: 3.9 },
    { series: 'Philippines', period: '2020Q2', value: null },
    { series: 'Philippines', period: '2020Q3', value: 3.25 },
  ],
};

const base = (over: Partial<DeckInput> = {}): DeckInput => ({
  title: 'Cost of sending USD 200',
  subtitle: 'Mexico and Philippines, all quarters',
  sourceLine: 'World Bank, Remittance Prices Worldwide',
  permalink: 'https://example.org/corridors/?country=MEX~PHL',
  citation: 'World Bank, Remittance Prices Worldwide.',
  licence: 'CC BY 4.0',
  table: costTable,
  visual: { chart: chartFromTable(costTable, { kind: 'line', x: 'period', y: 'value', series: 'series' }) },
  generated: '2025-06-30T12:00:00Z',
  ...over,
});

const text = (files: Record<string, Uint8Array>, name: string) => {
  expect(files[name], name).toBeDefined();
  return strFromU8(files[name]);
};

/** The series of a chart part: name, category labels and values, read from the chart XML. */
function chartSeries(xml: string) {
  const pts = (s: string) => [...s.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), m[2]] as const);
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1];
    const cat = /<c:(?:cat|xVal)>([\s\S]*?)<\/c:(?:cat|xVal)>/.exec(ser)?.[1] ?? '';
    const val = /<c:(?:val|yVal)>([\s\S]*?)<\/c:(?:val|yVal)>/.exec(ser)![1];
    const cats = pts(cat);
    return { name, pairs: pts(val).map(([i, v]) => [cats.find(([j]) => j === i)?.[1] ?? '', v] as const) };
  });
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

describe('chart spec from a table and column roles', () => {
  it('pivots a long table into ordered categories and named series', () => {
    const spec = chartFromTable(costTable, { kind: 'line', x: 'period', y: 'value', series: 'series' });
    expect(spec.kind).toBe('line');
    if (spec.kind !== 'line') return;
    expect(spec.categories).toEqual(['2020Q1', '2020Q2', '2020Q3']);
    expect(spec.series).toEqual([
      { name: 'Mexico', values: [5.125, 4.87, null] },
      { name: 'Philippines', values: [3.9, null, 3.25] },
    ]);
    expect(spec.xTitle).toBe('Quarter');
    expect(spec.yTitle).toBe('Average total cost (% of USD 200 sent)');
  });

  it('keeps a ranking in row order, names a single series after y, and rejects wrong roles', () => {
    const rank: DisplayTable = {
      columns: [
        { key: 'name', label: 'Country', type: 'string' },
        { key: 'usd', label: 'Remittances', type: 'number', unit: 'US$' },
      ],
      rows: [
        { name: 'India', usd: 125 },
        { name: 'Mexico', usd: 67 },
        { name: 'China', usd: 50 },
      ],
    };
    const spec = chartFromTable(rank, { kind: 'bar', x: 'name', y: 'usd' });
    expect(spec).toMatchObject({ kind: 'bar', categories: ['India', 'Mexico', 'China'], series: [{ name: 'Remittances (US$)', values: [125, 67, 50] }] });
    expect(() => chartFromTable(rank, { kind: 'bar', x: 'nope', y: 'usd' })).toThrow(ChartRolesError);
    expect(() => chartFromTable(costTable, { kind: 'line', x: 'period', y: 'value' })).toThrow(/two rows for period=2020Q1/);
  });
});

describe('PowerPoint deck', () => {
  it('slide 1 holds the title, subtitle, source and a native line chart whose values equal the table', async () => {
    const refs = [
      { label: 'G8 5x5 objective', value: COST_TARGETS.g8 },
      { label: 'SDG 10.c target', value: COST_TARGETS.sdg },
    ];
    const input = base({ visual: { chart: chartFromTable(costTable, { kind: 'line', x: 'period', y: 'value', series: 'series', references: refs }) } });
    const files = unzipSync(await buildDeck(input));
    const slide = text(files, 'ppt/slides/slide1.xml');
    for (const s of [input.title, input.subtitle, `Source: ${input.sourceLine}`]) expect(unescape(slide)).toContain(s);
    expect(slide).toContain('<c:chart ');
    // title ≥ 44 px at 1920×1080 = 22 pt (sz is in 1/100 pt)
    const sizes = [...slide.matchAll(/sz="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(pt(44) * 100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(pt(18) * 100);

    const chart = text(files, 'ppt/charts/chart1.xml');
    const series = chartSeries(chart);
    const observed = series.filter((s) => !refs.some((r) => r.label === s.name));
    const got = observed.flatMap((s) => s.pairs.filter(([, v]) => v !== '').map(([cat, v]) => `${s.name}|${cat}|${v}`)).sort();
    const want = costTable.rows.filter((r) => r.value !== null).map((r) => `${r.series}|${r.period}|${r.value}`).sort();
    expect(got).toEqual(want);
    // missing observations stay gaps, not zeros
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    // each reference line is a constant series across all categories
    for (const r of refs) {
      const s = series.find((x) => x.name === r.label)!;
      expect(s.pairs.map(([, v]) => Number(v))).toEqual([r.value, r.value, r.value]);
    }
    expect(chart).toContain('<a:prstDash val="dash"/>');
    // axis titles and tick labels at ≥ 20 px = 10 pt
    expect(unescape(chart)).toContain('Average total cost (% of USD 200 sent)');
    const axisSizes = [...chart.matchAll(/sz="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...axisSizes)).toBeGreaterThanOrEqual(pt(20) * 100);
    // the chart's data opens in a spreadsheet
    expect(Object.keys(files).some((f) => /^ppt\/embeddings\/.*\.xlsx$/.test(f))).toBe(true);
  });

  it('speaker notes carry the permalink, citation and licence; slide 2 is the data table', async () => {
    const input = base();
    const files = unzipSync(await buildDeck(input));
    const notes = unescape(text(files, 'ppt/notesSlides/notesSlide1.xml'));
    expect(notes).toContain(input.permalink);
    expect(notes).toContain(input.citation);
    expect(notes).toContain(input.licence);
    const table = unescape(text(files, 'ppt/slides/slide2.xml'));
    expect(table).toContain('<a:tbl>');
    expect(table).toContain('Rows 1–5 of 5');
    expect(table).toContain('Average total cost (% of USD 200 sent)');
    expect(table).toContain('5.125');
    expect(files['ppt/slides/slide3.xml']).toBeUndefined();
  });

  it('paginates a long table and says which rows each slide has', async () => {
    const rows = Array.from({ length: 95 }, (_, i) => ({ series: `S${i}`, period: '2020Q1', value: i }));
    const table: DisplayTable = { columns: costTable.columns, rows };
    const files = unzipSync(await buildDeck(base({ table, visual: { chart: chartFromTable(table, { kind: 'bar', x: 'series', y: 'value' }) } })));
    const per = tablePaging('slide', rows.length).rowsPerSlide;
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
    expect(slides).toBe(1 + Math.ceil(95 / per));
    const s2 = unescape(text(files, 'ppt/slides/slide2.xml'));
    expect(s2).toContain(`Rows 1–${per} of 95`);
    expect((s2.match(/<a:tr /g) ?? []).length).toBe(per + 1);
    const last = unescape(text(files, `ppt/slides/slide${slides}.xml`));
    expect(last).toContain(`of 95`);
    expect(last).toContain(`<a:t>S94</a:t>`);
    // capped: the last data slide says how many rows were left out
    const capped = unzipSync(await buildDeck(base({ table, maxTableSlides: 2, visual: { chart: chartFromTable(table, { kind: 'bar', x: 'series', y: 'value' }) } })));
    expect(unescape(text(capped, 'ppt/slides/slide3.xml'))).toContain(`Showing the first ${2 * per} of 95 rows`);
    expect(capped['ppt/slides/slide4.xml']).toBeUndefined();
  });

  it('bar and scatter charts carry the table values; a scatter lists reference lines as text', async () => {
    const pts: DisplayTable = {
      columns: [
        { key: 'corridor', label: 'Corridor', type: 'string' },
        { key: 'usd', label: 'Remittances', type: 'number', unit: 'US$' },
        { key: 'cost', label: 'Cost', type: 'number', unit: '%' },
      ],
      rows: [
        { corridor: 'USA → MEX', usd: 60e9, cost: 4.2 },
        { corridor: 'USA → PHL', usd: 12e9, cost: 5.6 },
      ],
    };
    const spec = chartFromTable(pts, { kind: 'scatter', x: 'usd', y: 'cost', label: 'corridor', references: [{ label: 'SDG 10.c target', value: 3 }] });
    const files = unzipSync(await buildDeck(base({ table: pts, visual: { chart: spec } })));
    const chart = text(files, 'ppt/charts/chart1.xml');
    expect(chart).toContain('<c:scatterChart>');
    const [s] = chartSeries(chart);
    expect(s.pairs.map(([x, y]) => [Number(x), Number(y)])).toEqual(pts.rows.map((r) => [r.usd, r.cost]));
    expect(unescape(text(files, 'ppt/slides/slide1.xml'))).toContain('Reference lines: SDG 10.c target (3)');

    const barInput = base({ table: pts, visual: { chart: chartFromTable(pts, { kind: 'bar', x: 'corridor', y: 'usd' }) } });
    const barBytes = await buildDeck(barInput);
    // the same input gives the same bytes, however many decks were built before (charts numbered from 1)
    expect(Buffer.from(await buildDeck(barInput)).equals(Buffer.from(barBytes))).toBe(true);
    const bar = unzipSync(barBytes);
    const barXml = text(bar, 'ppt/charts/chart1.xml');
    expect(barXml).toContain('<c:barDir val="bar"/>');
    const pairs = chartSeries(barXml)[0].pairs.map(([c, v]) => [unescape(c), Number(v)]);
    expect(new Map(pairs as [string, number][])).toEqual(new Map(pts.rows.map((r) => [r.corridor as string, r.usd as number])));

    // vertical bars draw reference lines natively, as a line chart over the same categories
    const col = chartFromTable(pts, { kind: 'bar', x: 'corridor', y: 'cost', horizontal: false, references: [{ label: 'SDG 10.c target', value: 3 }] });
    const colXml = text(unzipSync(await buildDeck(base({ table: pts, visual: { chart: col } }))), 'ppt/charts/chart1.xml');
    expect(colXml).toContain('<c:barDir val="col"/>');
    expect(colXml).toContain('<c:lineChart>');
    expect(chartSeries(colXml).find((x) => x.name === 'SDG 10.c target')!.pairs.map(([, v]) => Number(v))).toEqual([3, 3]);
  });

  it('places a PNG (Sankey, maps) fitted into the chart box, and is deterministic', async () => {
    // 1×1 transparent PNG
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const input = base({ visual: { image: { png, width: 1920, height: 1080, alt: 'Sankey of corridors' } } });
    const a = await buildDeck(input);
    const files = unzipSync(a);
    expect(Object.keys(files).some((f) => /^ppt\/media\/.*\.png$/.test(f))).toBe(true);
    expect(files['ppt/charts/chart1.xml']).toBeUndefined();
    const slide = unescape(text(files, 'ppt/slides/slide1.xml'));
    expect(slide).toContain('descr="Sankey of corridors"');
    expect(text(files, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T12:00:00Z</dcterms:created>');
    const b = await buildDeck(input);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    // a square deck
    const sq = unzipSync(await buildDeck({ ...input, preset: 'square' }));
    expect(text(sq, 'ppt/presentation.xml')).toMatch(/<p:sldSz cx="6858000" cy="6858000"/);
  });
});
