import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STOCK_YEARS } from '../../src/lib/data/types';
import type { FilterState } from '../../src/lib/state/types';
import {
  DEFAULT_STATE,
  PARAM_NAMES,
  defaultState,
  isValidDate,
  parseQuery,
  sameState,
  serialiseState,
} from '../../src/lib/state/url';
import { app } from '../../src/lib/state/state.svelte';
import { validState } from './state-arbitraries';

// ------------------------------------------------------------------ arbitraries

/** Query strings built from our parameter names with random, often hostile values. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '%',
    '%E0%A4%A',
    '%00',
    '=SUM(A1)',
    'constructor',
    '__proto__',
    '2024.0',
    ' 2024',
    '1e3',
    'NaN',
    'Infinity',
    '-1',
    '~~~',
    'MEX~~PHL',
    'mex',
    '2024Q5',
    '2023-02-29',
    '9999-99-99',
  ),
);
const hostileQuery = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES, '__proto__', 'constructor'), fc.string()), hostileValue, fc.boolean()),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v, enc]) => `${encodeURIComponent(k)}=${enc ? encodeURIComponent(v) : v}`).join('&'));

// ------------------------------------------------------------------ tests

describe('serialise / parse', () => {
  it('default state serialises to the empty query and back', () => {
    expect(serialiseState(defaultState())).toBe('');
    const r = parseQuery('');
    expect(r.state).toEqual(defaultState());
    expect(r.invalid).toEqual([]);
    expect(r.params.every((p) => p.status === 'missing')).toBe(true);
  });

  it('writes readable permalinks with the public parameter names', () => {
    const s: FilterState = {
      ...defaultState(),
      year: 2010,
      countries: ['MEX', 'PHL'],
      group: 'subregion',
      sex: 'female',
      dir: 'out',
      quarter: '2024Q2',
      date: '2015-06-30',
      instruments: ['IV-13', 'C189'],
      setOp: 'all',
      top: 20,
      focus: 'Eastern Asia',
      measure: 'share',
      scale: 'log',
      costDir: 'from',
      embed: 'corridors',
      controls: true,
    };
    const qs = serialiseState(s);
    expect(qs).toBe(
      'year=2010&country=MEX~PHL&group=subregion&sex=female&dir=out&quarter=2024Q2&date=2015-06-30' +
        '&instrument=IV-13~C189&set=all&top=20&focus=Eastern+Asia&measure=share&scale=log&costdir=from' +
        '&embed=corridors&controls=1',
    );
    expect(parseQuery(`?${qs}`).state).toEqual(s);
  });

  it('round trip state → URL → state is the identity for any valid state (property)', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const r = parseQuery(serialiseState(s));
        expect(r.invalid).toEqual([]);
        expect(r.state).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('round trip holds with the leading "?" and through a real URL', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const u = new URL(`https://example.org/corridors/?${serialiseState(s)}#maps`);
        expect(parseQuery(u.search).state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('an empty instrument list survives the round trip (instrument= means none)', () => {
    const s = { ...defaultState(), instruments: [] };
    expect(serialiseState(s)).toBe('instrument=');
    expect(parseQuery('instrument=').state.instruments).toEqual([]);
  });
});

describe('hostile and invalid query strings', () => {
  it('never throws; the result is always a valid state that round-trips (property)', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const r = parseQuery(q);
        const again = parseQuery(serialiseState(r.state));
        expect(again.invalid).toEqual([]);
        expect(again.state).toEqual(r.state);
        expect(STOCK_YEARS).toContain(r.state.year);
        for (const c of r.state.countries) expect(c).toMatch(/^[A-Z]{3}$/);
        // invalid reports are cut short and name only our own parameters
        for (const p of r.invalid) {
          expect(PARAM_NAMES).toContain(p.param);
          expect((p.raw ?? '').length).toBeLessThanOrEqual(60);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (q) => {
        expect(() => parseQuery(q)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('?year=abc&country=<script> → defaults, reporting year and country', () => {
    const r = parseQuery('?year=abc&country=%3Cscript%3E');
    expect(r.state).toEqual(defaultState());
    expect(r.invalid.map((p) => p.param).sort()).toEqual(['country', 'year']);
    expect(r.invalid.find((p) => p.param === 'country')?.raw).toBe('<script>');
  });

  it('classifies each parameter as valid, invalid or missing', () => {
    const r = parseQuery('year=2000&sex=robot&zzz=1');
    const status = Object.fromEntries(r.params.map((p) => [p.param, p.status]));
    expect(status.year).toBe('valid');
    expect(status.sex).toBe('invalid');
    expect(status.group).toBe('missing');
    expect(status).not.toHaveProperty('zzz');
    expect(r.state.year).toBe(2000);
    expect(r.state.sex).toBe(DEFAULT_STATE.sex);
  });

  it('rejects years that are not DESA stock years, and lookalikes', () => {
    for (const y of ['2023', '1989', '2024.0', ' 2024', '2e3', '02024', '', 'NaN']) {
      expect(parseQuery(`year=${encodeURIComponent(y)}`).state.year, y).toBe(2024);
    }
    for (const y of STOCK_YEARS) expect(parseQuery(`year=${y}`).state.year).toBe(y);
  });

  it('keeps the usable country codes of a partly invalid list and names the rest', () => {
    const r = parseQuery('country=mex~PHL~12~MEX', { isCountry: (c) => c !== 'ZZZ' });
    expect(r.state.countries).toEqual(['MEX', 'PHL']);
    expect(r.invalid).toEqual([{ param: 'country', status: 'invalid', raw: '12', reason: expect.stringContaining('12') }]);
    const r2 = parseQuery('country=MEX~ZZZ', { isCountry: (c) => c !== 'ZZZ' });
    expect(r2.state.countries).toEqual(['MEX']);
    expect(r2.invalid[0]).toMatchObject({ param: 'country', raw: 'ZZZ' });
    const r3 = parseQuery('country=ZZZ', { isCountry: (c) => c !== 'ZZZ' });
    expect(r3.state.countries).toEqual([]);
    expect(r3.invalid[0]).toMatchObject({ param: 'country', raw: 'ZZZ' });
  });

  it('validates dates, quarters, top and focus', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2023-13-01')).toBe(false);
    expect(parseQuery('quarter=2024Q5').state.quarter).toBeNull();
    expect(parseQuery('quarter=2024Q4').state.quarter).toBe('2024Q4');
    expect(parseQuery('top=2').state.top).toBe(DEFAULT_STATE.top);
    expect(parseQuery('top=50').state.top).toBe(50);
    expect(parseQuery('top=51').state.top).toBe(DEFAULT_STATE.top);
    expect(parseQuery('focus=%3Cb%3E').state.focus).toBeNull();
    expect(parseQuery('focus=%20Asia').state.focus).toBeNull();
    expect(parseQuery('focus=Asia&group=country').state.focus).toBeNull();
    expect(parseQuery('focus=South-eastern%20Asia&group=subregion').state.focus).toBe('South-eastern Asia');
  });

  it('the last of repeated parameters wins; unknown parameters are ignored', () => {
    const r = parseQuery('year=1990&year=2000&utm_source=x&embed=nope');
    expect(r.state.year).toBe(2000);
    expect(r.invalid.map((p) => p.param)).toEqual(['embed']);
  });

  it('sameState compares by serialisation', () => {
    expect(sameState(defaultState(), { ...defaultState(), countries: [] })).toBe(true);
    expect(sameState(defaultState(), { ...defaultState(), year: 1990 })).toBe(false);
  });
});

describe('app state (no browser: history mode none)', () => {
  it('update patches, normalises and never keeps values a reload would drop', () => {
    app.reset();
    app.update({ year: 2010, countries: ['PHL'] }, 'none');
    expect(app.filters.year).toBe(2010);
    expect([...app.filters.countries]).toEqual(['PHL']);
    // a year that is not a stock year is dropped (reload would fall back to the default)
    app.update({ year: 2021 as never }, 'none');
    expect(app.filters.year).toBe(2024);
    // focus is cleared when grouping by country
    app.update({ group: 'subregion', focus: 'Eastern Asia' }, 'none');
    expect(app.filters.focus).toBe('Eastern Asia');
    app.update({ group: 'country' }, 'none');
    expect(app.filters.focus).toBeNull();
    expect(sameState(app.snapshot(), parseQuery(serialiseState(app.snapshot())).state)).toBe(true);
  });

  it('field binds a control to one filter: the value it reads, and onchange writing through update', () => {
    app.reset();
    const sex = app.field('sex');
    expect(sex.value).toBe(app.filters.sex);
    sex.onchange('female');
    expect(app.filters.sex).toBe('female');
    // a view passes its own filters (its scope); the value is read from them, the write goes to the state
    const frozen = { ...app.snapshot(), measure: 'share' as const };
    const measure = app.field('measure', frozen);
    expect(measure.value).toBe('share');
    measure.onchange('count');
    expect(app.filters.measure).toBe('count');
    expect(frozen.measure).toBe('share');
    app.reset();
  });

  it('selectCountry selects, toggles and adds', () => {
    app.reset();
    app.selectCountry('MEX');
    expect([...app.filters.countries]).toEqual(['MEX']);
    app.selectCountry('PHL', { add: true });
    expect([...app.filters.countries]).toEqual(['MEX', 'PHL']);
    app.selectCountry('MEX', { add: true });
    expect([...app.filters.countries]).toEqual(['PHL']);
    app.selectCountry('PHL');
    expect([...app.filters.countries]).toEqual([]);
    app.selectCountry('IND');
    app.deselectCountry('IND');
    expect([...app.filters.countries]).toEqual([]);
  });

  it('reset keeps embed mode; permalink reflects the state', () => {
    app.reset();
    app.update({ embed: 'stock-map', controls: true, year: 1990 }, 'none');
    app.reset();
    expect(app.filters.embed).toBe('stock-map');
    expect(app.filters.controls).toBe(true);
    expect(app.filters.year).toBe(2024);
    expect(app.permalink({ year: 2000 })).toBe('?year=2000&embed=stock-map&controls=1');
    app.update({ embed: null, controls: false }, 'none');
  });

  it('loadFromQuery restores a state and reports what was ignored', () => {
    app.loadFromQuery('?year=2005&sex=xx&country=KEN');
    expect(app.filters.year).toBe(2005);
    expect([...app.filters.countries]).toEqual(['KEN']);
    expect(app.ignoredParams.map((p) => p.param)).toEqual(['sex']);
    app.dismissNotice();
    expect(app.ignoredParams).toEqual([]);
    app.loadFromQuery('');
    expect(app.snapshot()).toEqual(defaultState());
  });
});
