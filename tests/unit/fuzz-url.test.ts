/**
 * Quality gate: the URL is untrusted input (permalinks are pasted, shared, hand-edited, attacked).
 * ≥ 10,000 generated cases per property through `parseQuery`:
 *   - random / hostile query strings never throw and always give a FilterState whose every field
 *     is inside its domain (checked here independently of the parser's own validators);
 *   - what the parser returns is a fixed point: parse(serialise(parse(q))) = parse(q);
 *   - arbitrary valid states survive state → URL → state unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INSTRUMENT_IDS, SEXES, STOCK_YEARS } from '../../src/lib/data/types';
import { VIEW_IDS, type FilterState } from '../../src/lib/state/types';
import {
  DEFAULT_STATE,
  GROUPINGS,
  MAX_COUNTRIES,
  FOCUS_MAX,
  PARAM_FIELD,
  PARAM_NAMES,
  TOP_MAX,
  TOP_MIN,
  parseQuery,
  serialiseState,
} from '../../src/lib/state/url';

import { iso3, validState } from './state-arbitraries';

const RUNS = 10_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20240601);
const opts = (numRuns = RUNS) => ({ numRuns, seed: SEED });

// ------------------------------------------------------------------ independent domain check

const STATE_KEYS = Object.keys(DEFAULT_STATE).sort();
const has = (list: readonly unknown[], v: unknown) => list.includes(v);

function realCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && +m[1] >= 1900 && +m[1] <= 2100;
}

/** Every problem with `s` as a FilterState (empty = valid). */
function domainProblems(s: FilterState): string[] {
  const p: string[] = [];
  const keys = Object.keys(s).sort();
  if (keys.join() !== STATE_KEYS.join()) p.push(`keys ${keys.join()}`);
  if (!has(STOCK_YEARS, s.year)) p.push(`year ${String(s.year)}`);
  if (!Array.isArray(s.countries) || s.countries.length > MAX_COUNTRIES) p.push('countries not a short array');
  else {
    if (s.countries.some((c) => typeof c !== 'string' || !/^[A-Z]{3}$/.test(c))) p.push(`countries ${s.countries.join('~')}`);
    if (new Set(s.countries).size !== s.countries.length) p.push('countries repeated');
  }
  if (!has(GROUPINGS, s.group)) p.push(`group ${String(s.group)}`);
  if (!has(SEXES, s.sex)) p.push(`sex ${String(s.sex)}`);
  if (!has(['in', 'out'], s.dir)) p.push(`dir ${String(s.dir)}`);
  if (s.quarter !== null && !(typeof s.quarter === 'string' && /^(19|20)\d\dQ[1-4]$/.test(s.quarter))) p.push(`quarter ${String(s.quarter)}`);
  if (s.date !== null && !(typeof s.date === 'string' && realCalendarDate(s.date))) p.push(`date ${String(s.date)}`);
  if (!Array.isArray(s.instruments) || s.instruments.some((i) => !has(INSTRUMENT_IDS, i))) p.push('instruments');
  else if (new Set(s.instruments).size !== s.instruments.length) p.push('instruments repeated');
  if (!has(['any', 'all'], s.setOp)) p.push(`setOp ${String(s.setOp)}`);
  if (!Number.isInteger(s.top) || s.top < TOP_MIN || s.top > TOP_MAX) p.push(`top ${String(s.top)}`);
  if (s.focus !== null) {
    if (typeof s.focus !== 'string' || s.focus.length === 0 || s.focus.length > FOCUS_MAX) p.push('focus length');
    else if (/[<>\u0000-\u001f\u007f]/.test(s.focus)) p.push(`focus markup/control chars ${JSON.stringify(s.focus)}`);
    else if (s.focus.trim() !== s.focus) p.push('focus untrimmed');
    else if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s.focus)) p.push('focus lone surrogate');
    if (s.group === 'country') p.push('focus with group=country');
  }
  if (!has(['count', 'share'], s.measure)) p.push(`measure ${String(s.measure)}`);
  if (!has(['linear', 'log'], s.scale)) p.push(`scale ${String(s.scale)}`);
  if (!has(['to', 'from'], s.costDir)) p.push(`costDir ${String(s.costDir)}`);
  if (s.embed !== null && !has(VIEW_IDS, s.embed)) p.push(`embed ${String(s.embed)}`);
  if (typeof s.controls !== 'boolean') p.push('controls');
  if (!has(['received', 'paid', 'pct_gdp'], s.series)) p.push(`series ${String(s.series)}`);
  if (!has(['corridors', 'providers'], s.costSplit)) p.push(`costSplit ${String(s.costSplit)}`);
  if (typeof s.bySex !== 'boolean') p.push('bySex');
  if (!has(['auto', 'on', 'off'], s.ref)) p.push(`ref ${String(s.ref)}`);
  if (s.lang !== null && !has(['en', 'fr', 'es'], s.lang)) p.push(`lang ${String(s.lang)}`);
  if (!has(['migrants', 'refugees'], s.hostedMeasure)) p.push(`hostedMeasure ${String(s.hostedMeasure)}`);
  if (!has(['count', 'perThousand'], s.refugeeMeasure)) p.push(`refugeeMeasure ${String(s.refugeeMeasure)}`);
  return p;
}

// ------------------------------------------------------------------ generators


/** Values that look plausible, are borderline, or are outright attacks. */
const nastyValue = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '%',
      '%%',
      '%zz',
      '%E0%A4%A',
      '%ED%A0%80', // encoded lone surrogate
      '%00',
      '%0A%0D',
      '\u0000',
      '\ud800',
      '\udfff',
      '\u202e',
      '🇲🇽',
      'MEX~',
      '~',
      '~~~',
      'MEX~~PHL',
      'mex',
      ' MEX ',
      'MEX~MEX~MEX',
      'XXX',
      '2024.0',
      '2024 ',
      '+2024',
      '02024',
      '1e3',
      '-1',
      '0',
      'NaN',
      'Infinity',
      '2024Q5',
      '2024Q0',
      '1899Q1',
      '2023-02-29',
      '2024-02-29',
      '2024-13-01',
      '0000-00-00',
      'IV-13~IV-13',
      'IV-13~',
      'iv-13',
      'true',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      'toString',
      '{"a":1}',
      '[]',
    ),
  },
  // valid tokens of every parameter (so combinations of valid values, e.g. group=country&focus=…, occur)
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...GROUPINGS,
      ...SEXES,
      ...INSTRUMENT_IDS,
      ...VIEW_IDS,
      ...['in', 'out', 'any', 'all', 'count', 'share', 'linear', 'log', 'to', 'from', '1', '0', '3', '15', '50', '51'],
      ...['received', 'paid', 'pct_gdp', 'corridors', 'providers', 'auto', 'on', 'off'],
      ...['2024Q1', '2011Q3', '2020-03-15', 'Eastern Asia', 'High income', 'MEX', 'MEX~PHL', 'IV-13~C097'],
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...STOCK_YEARS).map(String) },
  { weight: 1, arbitrary: fc.uniqueArray(iso3, { maxLength: 80 }).map((a) => a.join('~')) },
  // just over the limit of countries a permalink may select
  { weight: 1, arbitrary: fc.uniqueArray(iso3, { minLength: MAX_COUNTRIES + 1, maxLength: 150 }).map((a) => a.join('~')) },
  { weight: 1, arbitrary: fc.array(fc.oneof(iso3, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((a) => a.join('~')) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'A'.repeat(n)) }, // huge
);

const paramName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAM_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'countries', 'Year', 'YEAR', 'embed[]', 'x') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Encode sometimes properly, sometimes raw (so `&`, `=`, `%`, `#`, `+` leak into the structure). */
const pair = fc
  .tuple(paramName, nastyValue, fc.constantFrom('encode', 'raw', 'half'))
  .map(([k, v, how]) =>
    how === 'encode'
      ? `${encodeURIComponent(k)}=${safeEncode(v)}`
      : how === 'raw'
        ? `${k}=${v}`
        : `${k}=${v.replace(/ /g, '+').replace(/&/g, '%26')}`,
  );

function safeEncode(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return v; // lone surrogates cannot be encoded: send them raw
  }
}

const hostileQuery = fc.oneof(
  { weight: 6, arbitrary: fc.array(pair, { maxLength: 24 }).map((ps) => ps.join('&')) },
  { weight: 2, arbitrary: fc.array(pair, { maxLength: 24 }).map((ps) => `?${ps.join('&')}`) },
  // the same parameter repeated with different values
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PARAM_NAMES), fc.array(nastyValue, { minLength: 2, maxLength: 6 }))
      .map(([k, vs]) => vs.map((v) => `${k}=${safeEncode(v)}`).join('&')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((s) => `?${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '?', '&&&', '?&=&=', '==', '?#', '?year', '?year=', '#year=1990') },
);


// ------------------------------------------------------------------ properties

describe('URL parser fuzz (quality gate)', () => {
  it('the independent domain check itself accepts the default state and rejects broken ones', () => {
    expect(domainProblems({ ...DEFAULT_STATE, countries: [], instruments: ['IV-13'] })).toEqual([]);
    const broken = { ...DEFAULT_STATE, year: 2023, countries: ['mex'], top: 2, focus: '<b>', embed: 'nope' } as unknown as FilterState;
    expect(domainProblems(broken)).toEqual(
      expect.arrayContaining(['year 2023', 'countries mex', 'top 2', 'focus markup/control chars "<b>"', 'embed nope']),
    );
  });

  it(`hostile query strings (${RUNS} cases): never throws, always a valid FilterState`, () => {
    let invalidReported = 0;
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const r = parseQuery(q);
        const problems = domainProblems(r.state);
        if (problems.length) throw new Error(`parseQuery(${JSON.stringify(q)}) → ${problems.join('; ')}`);
        // Every parameter is reported exactly once, and `invalid` is the invalid subset.
        expect(r.params.map((p) => p.param).sort()).toEqual([...PARAM_NAMES].sort());
        expect(r.invalid).toEqual(r.params.filter((p) => p.status === 'invalid'));
        for (const p of r.invalid) expect((p.raw ?? '').length).toBeLessThanOrEqual(60);
        invalidReported += r.invalid.length;
      }),
      opts(),
    );
    // The generator really does exercise the rejection paths.
    expect(invalidReported).toBeGreaterThan(RUNS);
  });

  it(`hostile query strings (${RUNS} cases): the parsed state is a fixed point of serialise → parse`, () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const s = parseQuery(q).state;
        const qs = serialiseState(s);
        const again = parseQuery(qs);
        expect(again.state).toEqual(s);
        expect(again.invalid).toEqual([]);
        expect(serialiseState(again.state)).toBe(qs);
      }),
      opts(),
    );
  });

  it(`arbitrary valid states (${RUNS} cases): parseQuery(serialiseState(s)).state equals s`, () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(domainProblems(s)).toEqual([]);
        const qs = serialiseState(s);
        expect(parseQuery(qs).state).toEqual(s);
        expect(parseQuery(`?${qs}`).state).toEqual(s);
        // what the browser does to the query: it may percent-encode it differently; still the same state
        expect(parseQuery(new URL(`http://x/?${qs}`).search).state).toEqual(s);
      }),
      opts(),
    );
  });

  it('markup in parameters never survives into the state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARAM_NAMES), fc.string({ maxLength: 20 }), (name, junk) => {
        const q = `${name}=${encodeURIComponent(`${junk}<script>alert(1)</script>`)}`;
        const s = parseQuery(q).state;
        expect(JSON.stringify(s)).not.toContain('<script');
      }),
      opts(2_000),
    );
  });

  it('a valid state appended after junk still wins for repeated parameters (last one counts)', () => {
    fc.assert(
      fc.property(validState, fc.array(pair, { maxLength: 8 }), (s, junk) => {
        // every parameter written explicitly, after the junk
        const full = PARAM_NAMES.map((n) => {
          const key = PARAM_FIELD[n];
          const v = s[key];
          const text = v === null ? null : Array.isArray(v) ? v.join('~') : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
          return text === null ? null : `${n}=${encodeURIComponent(text)}`;
        }).filter((x): x is string => x !== null);
        const parsed = parseQuery([...junk, ...full].join('&')).state;
        for (const k of ['quarter', 'date', 'focus', 'embed', 'corridor'] as const) {
          // a null field has no parameter to override the junk: only compare the others
          if (s[k] === null) (parsed as unknown as Record<string, unknown>)[k] = null;
        }
        expect(parsed).toEqual(s);
      }),
      opts(3_000),
    );
  });
});
