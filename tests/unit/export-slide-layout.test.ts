import { describe, expect, it } from 'vitest';
import { containRect, legendRows, SLIDE_TYPE_MIN, slideLayout, slideType, tablePaging, type Rect } from '../../src/lib/export/slide-layout';

const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.width <= w + 1e-9 && r.y + r.height <= h + 1e-9;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('slide layout', () => {
  it('type sizes meet the readability floor at 1920×1080 and scale with the short side', () => {
    const slide = slideType({ width: 1920, height: 1080 });
    for (const [role, min] of Object.entries(SLIDE_TYPE_MIN)) expect(slide[role as keyof typeof slide], role).toBeGreaterThanOrEqual(min);
    expect(slide.title).toBeGreaterThanOrEqual(44);
    expect(slide.subtitle).toBeGreaterThanOrEqual(28);
    expect(slide.axis).toBeGreaterThanOrEqual(20);
    expect(slide.source).toBeGreaterThanOrEqual(18);
    // square 1080×1080 has the same short side: the same sizes; a 4K frame doubles them
    expect(slideType({ width: 1080, height: 1080 })).toEqual(slide);
    expect(slideType({ width: 3840, height: 2160 }).title).toBe(2 * slide.title);
  });

  for (const preset of ['slide', 'square'] as const) {
    it(`${preset}: title, subtitle, chart, legend and source stack without overlap inside the margins`, () => {
      const L = slideLayout({
        preset,
        title: 'Average total cost of sending USD 200 to Mexico, the Philippines and India',
        subtitle: 'Corridors from the United States, 2011 Q1 – 2025 Q3; basis: all services',
        source: ['Source: World Bank, Remittance Prices Worldwide (CC BY 4.0)'],
        legendEntries: 5,
      });
      const boxes = [L.title, L.subtitle!, L.chart, L.legend!, L.source];
      for (const b of boxes) {
        expect(inside(b, L.width, L.height)).toBe(true);
        expect(b.x).toBeGreaterThanOrEqual(L.margin);
        expect(b.x + b.width).toBeLessThanOrEqual(L.width - L.margin + 1e-9);
      }
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${i}/${j}`).toBe(false);
      // the chart box is exactly the space left between the title block and the legend band
      expect(L.chart.y).toBeCloseTo(L.subtitle!.y + L.subtitle!.height + L.gap);
      expect(L.chart.y + L.chart.height).toBeCloseTo(L.legend!.y - L.gap);
      expect(L.legend!.y + L.legend!.height).toBeCloseTo(L.source.y - L.gap);
      expect(L.source.y + L.source.height).toBeCloseTo(L.height - L.margin);
      expect(L.chart.height).toBeGreaterThan(L.height / 2.5);
    });
  }

  it('long titles wrap and take chart space; no legend band without legend entries', () => {
    const short = slideLayout({ preset: 'slide', title: 'Remittances', source: ['Source: World Bank'] });
    const long = slideLayout({ preset: 'slide', title: 'Remittances '.repeat(20), source: ['Source: World Bank'] });
    expect(short.legend).toBeNull();
    expect(short.subtitle).toBeNull();
    expect(long.title.lines.length).toBeGreaterThan(1);
    expect(long.chart.height).toBeCloseTo(short.chart.height - (long.title.lines.length - 1) * long.title.lineHeight);
  });

  it('legend rows wrap entries to the band width', () => {
    expect(legendRows(0, 100, 1000)).toBe(0);
    expect(legendRows(10, 100, 1000)).toBe(1);
    expect(legendRows(11, 100, 1000)).toBe(2);
    expect(legendRows(3, 5000, 1000)).toBe(3);
  });

  it('fits an image into a box keeping its aspect ratio, centred', () => {
    const r = containRect({ width: 1920, height: 1080 }, { x: 10, y: 20, width: 960, height: 1000 });
    expect(r.width).toBe(960);
    expect(r.height).toBe(540);
    expect(r.y).toBe(20 + (1000 - 540) / 2);
  });

  it('table paging covers every row once with a fixed number of rows per slide', () => {
    const p = tablePaging('slide', 95);
    expect(p.rowsPerSlide).toBeGreaterThan(5);
    expect((p.rowsPerSlide + 1) * p.rowHeight).toBeLessThanOrEqual(p.box.height);
    const covered = p.pages.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i));
    expect(covered).toEqual(Array.from({ length: 95 }, (_, i) => i));
    expect(tablePaging('slide', 0).pages).toEqual([[0, 0]]);
    expect(tablePaging('square', 95).rowsPerSlide).toBe(p.rowsPerSlide); // same height, same rows
  });
});
