/**
 * Slide / square images (pure part): the chart box and the size the chart is re-rendered at, the
 * composed layout's type sizes, interaction hints left out of exports, and the "Use in code" filters.
 */
import { describe, expect, it } from 'vitest';
import { layoutSlideExport, slideChartScale, slideImageBoxes, SCREEN_CHART_TYPE, SLIDE_TYPE_MIN } from '../../src/lib/export/slide-layout';
import { composeSvg } from '../../src/lib/export/image-layout';
import { INTERACTION_HINT_KEYS, interactionHints, onlyHints, withoutHints } from '../../src/lib/export/hints';
import { resolveSnippetFilters, viewSnippetFilters } from '../../src/lib/export/snippet-filters';
import { schemaFields, type DataPackage } from '../../src/lib/export/datapackage';
import { hasMessage, t } from '../../src/lib/i18n';
import { DEFAULT_STATE } from '../../src/lib/state/url';

const base = {
  title: 'Cost of sending remittances over time',
  subtitle: 'Mexico and Philippines · Average · Selected: 2025 Q3',
  footer: ['Source: World Bank, Remittance Prices Worldwide', 'Licence: CC BY 4.0', 'Explore: https://example.org/corridors/?country=MEX~PHL'],
};

describe('slide images', () => {
  for (const preset of ['slide', 'square'] as const) {
    it(`${preset}: the chart is re-rendered at its box / k and placed at scale k; text meets the floors`, () => {
      const k = slideChartScale(preset);
      expect(SCREEN_CHART_TYPE * k).toBeGreaterThanOrEqual(SLIDE_TYPE_MIN.axis);
      const legend = { width: 700, height: 40 };
      const boxes = slideImageBoxes({ ...base, preset, legend });
      expect(boxes.stage.width * k).toBeCloseTo(boxes.chart.width, 6);
      expect(boxes.stage.height * k).toBeCloseTo(boxes.chart.height, 6);
      // chart, then legend band, then the footer: no overlap
      expect(boxes.chart.y + boxes.chart.height).toBeLessThanOrEqual(boxes.legend!.y + 1e-9);
      expect(boxes.legend!.y + boxes.legend!.height).toBeLessThanOrEqual(boxes.slide.source.y + 1e-9);

      const L = layoutSlideExport({ ...base, preset, legend, chart: boxes.stage });
      expect([L.width, L.height]).toEqual(preset === 'slide' ? [1920, 1080] : [1080, 1080]);
      expect(L.chart.scale).toBeCloseTo(k, 6); // a chart rendered at the stage size fills its box
      expect(L.chart.width).toBeCloseTo(boxes.chart.width, 6);
      expect(L.title.size).toBeGreaterThanOrEqual(44);
      expect(L.subtitle.size).toBeGreaterThanOrEqual(28);
      expect(L.footer.size).toBeGreaterThanOrEqual(18);
      expect(L.footer.lines.join(' ')).toContain('Licence: CC BY 4.0');
      const svg = composeSvg({ layout: L, title: base.title, description: 'd', chartMarkup: '<rect width="10" height="10"/>' });
      expect(svg).toContain('width="' + L.width + '"');
    });
  }

  it('a chart too tall for its box is scaled down to fit, centred', () => {
    const boxes = slideImageBoxes({ ...base, preset: 'slide' });
    const tall = { width: boxes.stage.width / 2, height: boxes.stage.height * 2 };
    const L = layoutSlideExport({ ...base, preset: 'slide', chart: tall });
    expect(L.chart.height).toBeCloseTo(boxes.chart.height, 6);
    expect(L.chart.x).toBeGreaterThan(boxes.chart.x);
  });
});

describe('interaction hints', () => {
  it('every listed hint is a catalog message', () => {
    for (const k of INTERACTION_HINT_KEYS) expect(hasMessage(k), k).toBe(true);
  });

  it('are removed from notes and recognised as hint-only text', () => {
    const note = `${t('trends.cost.noteGrid')} ${t('trends.clickHint')}`;
    expect(withoutHints(note)).toBe(t('trends.cost.noteGrid'));
    expect(onlyHints(`${t('treaties.timeline.hint')} ${t('treaties.controls.dateHint')}`)).toBe(true);
    expect(onlyHints(note)).toBe(false);
    expect(onlyHints('   ')).toBe(false);
    expect(interactionHints()).toHaveLength(INTERACTION_HINT_KEYS.length);
  });
});

describe('"Use in code" filters', () => {
  const state = { ...DEFAULT_STATE, year: 2020 as const, countries: ['MEX', 'PHL'], sex: 'female' as const };

  it('takes the simple filters of a view and names them like the published CSV header', () => {
    const keyed = viewSnippetFilters('stock-map', 'stock', state);
    expect(keyed).toEqual([
      { key: 'year', op: 'eq', value: 2020 },
      { key: 'sex', op: 'eq', value: 'female' },
      { key: 'iso3', op: 'in', values: ['MEX', 'PHL'] },
    ]);
    // a trend shows every year: no year filter
    expect(viewSnippetFilters('stock-trend', 'stock', state).map((f) => f.key)).toEqual(['sex', 'iso3']);
    // the bilateral file: the selection is the destination (dir=in) or the origin (dir=out)
    expect(viewSnippetFilters('corridors', 'stockYear', { ...state, dir: 'out' }).at(-1)).toEqual({ key: 'origin_code', op: 'in', values: ['MEX', 'PHL'] });

    const fields = schemaFields({
      columns: [
        { key: 'year', label: 'Year', type: 'number' },
        { key: 'iso3', label: 'ISO3', type: 'string' },
        { key: 'immigrants', label: 'Immigrants', type: 'number', unit: 'persons' },
      ],
      rows: [{ year: 2020, iso3: 'MEX', immigrants: 1 }],
    });
    const pkg = { resources: [{ name: 'migrant-stock-totals', schema: { fields } }] } as unknown as DataPackage;
    // the CSV header is the stable key (docs/csv-columns.md); 'sex' is not in this schema: left out (more rows, never wrong ones)
    expect(resolveSnippetFilters(keyed, 'stock', pkg)).toEqual([
      { column: 'year', op: 'eq', value: 2020 },
      { column: 'iso3', op: 'in', values: ['MEX', 'PHL'] },
    ]);
    expect(resolveSnippetFilters(keyed, 'stock', null)).toEqual([]);
  });
});
