import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PRESETS,
  approxMeasure,
  composeSvg,
  escapeXml,
  findExternalRefs,
  fitScale,
  layoutExport,
  localiseUrls,
  pngSize,
  typeScale,
  wrapText,
  type LayoutInput,
} from '../../src/lib/export/image-layout';

const base: LayoutInput = {
  preset: 'current',
  chart: { width: 640, height: 400 },
  legend: { width: 300, height: 24 },
  title: 'International migrant stock, 2024',
  subtitle: 'Immigrants living in Germany, both sexes',
  footer: ['Source: UN DESA, International Migrant Stock 2024', 'Explore: https://example.org/corridors/?year=2024&country=DEU'],
};

describe('presets and sizes', () => {
  it('slide and square are full-HD frames; current follows the chart', () => {
    expect(PRESETS.slide).toEqual({ width: 1920, height: 1080 });
    expect(PRESETS.square).toEqual({ width: 1080, height: 1080 });
    expect(PRESETS.current).toBeNull();
    expect(typeScale('current')).toBe(1);
    expect(typeScale('slide')).toBe(2);
    expect(typeScale('square')).toBe(2);
  });

  it('PNG pixels: exactly the preset for slide/square, 2× the SVG for current', () => {
    expect(pngSize('slide', { width: 1920, height: 1080 })).toEqual({ width: 1920, height: 1080 });
    expect(pngSize('square', { width: 1080, height: 1080 })).toEqual({ width: 1080, height: 1080 });
    expect(pngSize('current', { width: 672, height: 531.4 })).toEqual({ width: 1344, height: 1063 });
  });

  it('fitScale keeps the aspect ratio inside the box', () => {
    expect(fitScale({ width: 200, height: 100 }, { width: 400, height: 400 })).toBe(2);
    expect(fitScale({ width: 200, height: 100 }, { width: 100, height: 400 })).toBe(0.5);
    expect(fitScale({ width: 0, height: 100 }, { width: 100, height: 100 })).toBe(1);
  });
});

describe('layoutExport', () => {
  it('current: chart at its size under the title block, legend and footer below, all inside the frame', () => {
    const L = layoutExport(base);
    expect(L.width).toBe(640 + 32);
    expect(L.chart).toMatchObject({ x: 16, scale: 1, width: 640, height: 400 });
    expect(L.chart.y).toBeGreaterThan(L.subtitle.y);
    expect(L.legend!.y).toBeGreaterThanOrEqual(L.chart.y + L.chart.height);
    expect(L.footer.y).toBeGreaterThan(L.legend!.y + L.legend!.height);
    const lastFooter = L.footer.y + (L.footer.lines.length - 1) * L.footer.lineHeight;
    expect(lastFooter).toBeLessThanOrEqual(L.height);
    expect(L.title.lines).toEqual(['International migrant stock, 2024']);
  });

  it('slide / square: chart scaled to fit between header and legend+footer, never overlapping', () => {
    for (const preset of ['slide', 'square'] as const) {
      fc.assert(
        fc.property(
          fc.integer({ min: 50, max: 3000 }),
          fc.integer({ min: 50, max: 3000 }),
          fc.string({ maxLength: 200 }),
          (w, h, title) => {
            const L = layoutExport({ ...base, preset, chart: { width: w, height: h }, title: title || 'T' });
            const f = PRESETS[preset]!;
            expect(L.width).toBe(f.width);
            expect(L.height).toBe(f.height);
            const eps = 1e-6;
            const headerBottom = L.subtitle.lines.length
              ? L.subtitle.y + (L.subtitle.lines.length - 1) * L.subtitle.lineHeight
              : L.title.y + (L.title.lines.length - 1) * L.title.lineHeight;
            if (L.chart.height > 0) {
              expect(L.chart.y).toBeGreaterThan(headerBottom - eps);
              expect(L.chart.y + L.chart.height).toBeLessThanOrEqual(L.legend!.y + eps);
              expect(L.chart.x).toBeGreaterThanOrEqual(L.pad - eps);
              expect(L.chart.x + L.chart.width).toBeLessThanOrEqual(f.width - L.pad + eps);
              // aspect ratio kept
              expect(L.chart.width / L.chart.height).toBeCloseTo(w / h, 6);
            }
            expect(L.legend!.y + L.legend!.height).toBeLessThanOrEqual(L.footer.y - L.footer.size * 0.95 + eps);
          },
        ),
        { numRuns: 200 },
      );
    }
  });

  it('a slide of a 640×400 chart fills the available width or height', () => {
    const L = layoutExport({ ...base, preset: 'slide' });
    const availW = 1920 - 2 * L.pad;
    expect(L.chart.scale).toBeGreaterThan(1.5);
    expect(Math.abs(L.chart.width - availW) < 1 || L.chart.height > 500).toBe(true);
    expect(L.title.size).toBe(36);
  });
});

describe('wrapText', () => {
  it('wraps on words and breaks long URLs, never exceeding the width', () => {
    const url = 'https://example.org/corridors/index.html?year=2024&country=MEX~PHL~IND&group=income&sex=female';
    const lines = wrapText(`Explore: ${url}`, 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(approxMeasure(l, 11)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace(/\s/g, '')).toBe(`Explore:${url}`);
  });
  it('keeps short text on one line', () => {
    expect(wrapText('Migrant stock', 500, 18)).toEqual(['Migrant stock']);
    expect(wrapText('', 500, 18)).toEqual([]);
  });
});

describe('composeSvg', () => {
  it('is a standalone, escaped SVG document with title, subtitle, chart, legend and footer', () => {
    const layout = layoutExport({ ...base, title: 'Côte d’Ivoire & <Ghana> "2024"' });
    const svg = composeSvg({
      layout,
      title: 'Côte d’Ivoire & <Ghana> "2024"',
      description: 'desc',
      chartMarkup: '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><rect width="10" height="10" fill="#e69f00"/></svg>',
      legendMarkup: '<rect width="8" height="8"/><text x="10" y="8">Party</text>',
    });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    for (const part of [
      'xmlns="http://www.w3.org/2000/svg"',
      '<title id="corridors-export-title">Côte d’Ivoire &amp; &lt;Ghana&gt; &quot;2024&quot;</title>',
      'Immigrants living in Germany, both sexes',
      'Source: UN DESA, International Migrant Stock 2024',
      'class="export-chart"',
      'class="export-legend"',
      `width="${layout.width}" height="${layout.height}"`,
    ])
      expect(svg).toContain(part);
    expect(svg).toMatch(/font-family="system-ui/);
    expect(findExternalRefs(svg)).toEqual([]);
    // balanced tags (a cheap well-formedness check; the e2e test parses with DOMParser)
    const open = (svg.match(/<svg[\s>]/g) ?? []).length;
    const close = (svg.match(/<\/svg>/g) ?? []).length;
    expect(open).toBe(close);
  });
});

describe('escapeXml / references', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&"c'\u0001\uFFFE`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeXml(s);
        expect(e).not.toMatch(/[<>"']/);
        expect(e).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      }),
    );
  });

  it('finds references to other files and allows local ones', () => {
    expect(findExternalRefs('<image href="data:image/png;base64,AAA"/><use href="#a"/><path fill="url(#g)"/>')).toEqual([]);
    expect(findExternalRefs('<image href="https://evil.example/x.png"/>')).toHaveLength(1);
    expect(findExternalRefs('<use xlink:href="sprite.svg#a"/>')).toHaveLength(1);
    expect(findExternalRefs('<path style="fill:url(other.svg#g)"/>')).toHaveLength(1);
    expect(findExternalRefs('<style>@font-face{src:url(x.woff)}</style>').length).toBeGreaterThan(0);
  });

  it('localises absolute url() references from computed styles', () => {
    expect(localiseUrls('url("http://127.0.0.1:5173/index.html?x=1#clip-3")')).toBe('url(#clip-3)');
    expect(localiseUrls('url(#a)')).toBe('url(#a)');
    expect(localiseUrls('rgb(0, 0, 0)')).toBe('rgb(0, 0, 0)');
  });
});
