/**
 * fast-check generators of valid filter states, shared by the state tests and the URL fuzz gate.
 * Built from the domains in types.ts, not from the parser's validators, so the tests stay independent
 * of the code they check. A new FilterState field is added here once.
 */
import fc from 'fast-check';
import { FLOW_YEARS, INSTRUMENT_IDS, SEXES, STOCK_YEARS } from '../../src/lib/data/types';
import { VIEW_IDS, type FilterState } from '../../src/lib/state/types';
import { FOCUS_MAX, GROUPINGS, MAX_COUNTRIES, TOP_MAX, TOP_MIN } from '../../src/lib/state/url';

const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
export const iso3 = fc.tuple(upper, upper, upper).map((a) => a.join(''));
export const quarter = fc
  .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 4 }))
  .map(([y, q]) => `${y}Q${q}`);
export const date = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Group names as they appear in the data, plus arbitrary printable unicode text. */
export const focus = fc.oneof(
  fc.constantFrom('Eastern Asia', 'High income', "Côte d'Ivoire", 'Latin America and the Caribbean', 'Sub-Saharan Africa', 'A & B', '50% + 1', 'a=b', '#1'),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: FOCUS_MAX })
    .map((s) => s.replace(/[<>\u0000-\u001f\u007f]/g, '').trim())
    .filter((s) => s.length > 0 && s.length <= FOCUS_MAX),
);

export const validState: fc.Arbitrary<FilterState> = fc
  .record({
    year: fc.constantFrom(...STOCK_YEARS),
    countries: fc.uniqueArray(iso3, { maxLength: MAX_COUNTRIES }),
    group: fc.constantFrom(...GROUPINGS),
    sex: fc.constantFrom(...SEXES),
    dir: fc.constantFrom('in' as const, 'out' as const),
    quarter: fc.option(quarter, { nil: null }),
    date: fc.option(date, { nil: null }),
    instruments: fc.uniqueArray(fc.constantFrom(...INSTRUMENT_IDS)),
    setOp: fc.constantFrom('any' as const, 'all' as const),
    top: fc.integer({ min: TOP_MIN, max: TOP_MAX }),
    focus: fc.option(focus, { nil: null }),
    measure: fc.constantFrom('count' as const, 'share' as const),
    scale: fc.constantFrom('linear' as const, 'log' as const),
    costDir: fc.constantFrom('to' as const, 'from' as const),
    embed: fc.option(fc.constantFrom(...VIEW_IDS), { nil: null }),
    controls: fc.boolean(),
    series: fc.constantFrom('received' as const, 'paid' as const, 'pct_gdp' as const),
    costSplit: fc.constantFrom('corridors' as const, 'providers' as const),
    bySex: fc.boolean(),
    ref: fc.constantFrom('auto' as const, 'on' as const, 'off' as const),
    lang: fc.constantFrom(null, 'en' as const, 'fr' as const, 'es' as const),
    hostedMeasure: fc.constantFrom('migrants' as const, 'refugees' as const),
    refugeeMeasure: fc.constantFrom('count' as const, 'perThousand' as const),
    corridor: fc.option(
      fc
        .tuple(iso3, iso3)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => `${a}-${b}`),
      { nil: null },
    ),
    flowYear: fc.constantFrom(...FLOW_YEARS),
  })
  // A focus (Sankey drill-down into a group) has no meaning when the grouping is per country.
  .map((s) => (s.group === 'country' ? { ...s, focus: null } : s));
