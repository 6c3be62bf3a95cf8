/** `corridor` and `flowyear` URL values: classification, round trips and hostile input. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/lib/data/load';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import type { Registry } from '../../src/lib/data/registry';
import { FLOW_YEARS } from '../../src/lib/data/types';
import {
  DEFAULT_FLOW_YEAR,
  parseCorridor,
  parseCorridorParams,
  parseFlowYear,
  serialiseCorridor,
  serialiseCorridorParams,
  serialiseFlowYear,
} from '../../src/lib/state/corridor';
import type { ParseContext } from '../../src/lib/state/url';

let registry: Registry;
let ctx: ParseContext;
beforeAll(async () => {
  registry = await loadCountries(nodeFetcher('data'));
  ctx = { isCountry: (c) => registry.has(c) };
});

describe('corridor', () => {
  it('MEX-USA: born in Mexico, living in the United States', () => {
    expect(parseCorridor('MEX-USA', ctx)).toEqual({ status: 'valid', value: { origin: 'MEX', destination: 'USA' }, raw: 'MEX-USA' });
    expect(serialiseCorridor({ origin: 'MEX', destination: 'USA' })).toBe('MEX-USA');
  });

  it('lower case is accepted and written back in upper case', () => {
    const p = parseCorridor('phl-sau', ctx);
    expect(p.status === 'valid' && serialiseCorridor(p.value)).toBe('PHL-SAU');
  });

  it('missing, and invalid with a reason', () => {
    expect(parseCorridor(null, ctx)).toEqual({ status: 'missing' });
    expect(parseCorridor(undefined, ctx)).toEqual({ status: 'missing' });
    const reason = (raw: string) => {
      const p = parseCorridor(raw, ctx);
      return p.status === 'invalid' ? p.reason : p.status;
    };
    expect(reason('XXX-USA')).toBe('unknown-origin');
    expect(reason('MEX-QQQ')).toBe('unknown-destination');
    expect(reason('QQQ-XXX')).toBe('unknown-both');
    expect(reason('MEX-MEX')).toBe('same-country');
    for (const bad of ['', 'MEX', 'MEX-', '-USA', 'MEXUSA', 'MEX_USA', 'MEX--USA', 'MEX-USA-CAN', 'ME-USA', 'MEXI-USA', '484-840', 'MEX~USA'])
      expect(reason(bad), JSON.stringify(bad)).toBe('format');
  });

  it('hostile values are invalid, never thrown, and the raw text is kept as text', () => {
    for (const bad of ['<script>alert(1)</script>', 'MEX-USA<img src=x>', '\u0000MEX-USA', 'MÉX-USA', 'MEX-ＵＳＡ', 'x'.repeat(10_000), '\ud800-USA', 'constructor-__proto__', '%4D%45%58-USA']) {
      const p = parseCorridor(bad, ctx);
      expect(p.status, JSON.stringify(bad.slice(0, 20))).toBe('invalid');
      expect(p.status === 'invalid' && p.raw).toBe(bad);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const p = parseCorridor(s, ctx);
        if (p.status !== 'valid') return p.status === 'invalid';
        return registry.has(p.value.origin) && registry.has(p.value.destination) && p.value.origin !== p.value.destination;
      }),
    );
  });

  it('round trip: every pair of distinct registry codes', () => {
    const codes = registry.all().map((c) => c.iso3);
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...codes), (o, d) => {
        fc.pre(o !== d);
        const p = parseCorridor(serialiseCorridor({ origin: o, destination: d }), ctx);
        return p.status === 'valid' && p.value.origin === o && p.value.destination === d;
      }),
    );
  });

  it('without a registry (before it has loaded) only the shape is checked', () => {
    expect(parseCorridor('QQQ-XXX').status).toBe('valid');
  });
});

describe('flowyear', () => {
  it('2017, 2018, 2021; default = the latest', () => {
    expect(FLOW_YEARS).toEqual([2017, 2018, 2021]);
    expect(DEFAULT_FLOW_YEAR).toBe(2021);
    for (const y of FLOW_YEARS) {
      expect(parseFlowYear(String(y))).toEqual({ status: 'valid', value: y, raw: String(y) });
      const s = serialiseFlowYear(y);
      expect(s === null ? DEFAULT_FLOW_YEAR : (parseFlowYear(s) as { value: number }).value).toBe(y);
    }
    expect(serialiseFlowYear(2021)).toBeNull();
    expect(parseFlowYear(null)).toEqual({ status: 'missing' });
  });

  it('anything else is invalid', () => {
    for (const bad of ['', '2019', '2020', '2024', '21', '02021', '2021.0', ' 2021', '2021 ', '2e3', '0x7E5', '-2021', '２０２１', '<b>2021</b>', 'NaN', 'Infinity']) {
      expect(parseFlowYear(bad), JSON.stringify(bad)).toEqual({ status: 'invalid', reason: 'format', raw: bad });
    }
    fc.assert(fc.property(fc.string(), (s) => (FLOW_YEARS as readonly number[]).map(String).includes(s) || parseFlowYear(s).status === 'invalid'));
  });
});

describe('both parameters in a query string', () => {
  it('parse, fall back on invalid values, last value wins, unknown parameters ignored', () => {
    expect(parseCorridorParams('?corridor=MEX-USA&flowyear=2018', ctx).value).toEqual({ corridor: { origin: 'MEX', destination: 'USA' }, flowYear: 2018 });
    const r = parseCorridorParams('corridor=XXX-USA&flowyear=1999&utm_source=x', ctx);
    expect(r.value).toEqual({ corridor: null, flowYear: DEFAULT_FLOW_YEAR });
    expect(r.corridor.status).toBe('invalid');
    expect(r.flowyear.status).toBe('invalid');
    expect(parseCorridorParams('corridor=PHL-SAU&corridor=IND-ARE', ctx).value.corridor).toEqual({ origin: 'IND', destination: 'ARE' });
    const none = parseCorridorParams('', ctx);
    expect([none.corridor.status, none.flowyear.status]).toEqual(['missing', 'missing']);
    expect(() => parseCorridorParams('%E0%A4%A&corridor=%ZZ', ctx)).not.toThrow();
  });

  it('serialise omits defaults; state → URL → state is an identity', () => {
    expect(serialiseCorridorParams({ corridor: null, flowYear: 2021 })).toEqual([]);
    const codes = registry.all().map((c) => c.iso3);
    fc.assert(
      fc.property(
        fc.option(fc.tuple(fc.constantFrom(...codes), fc.constantFrom(...codes)).filter(([o, d]) => o !== d)),
        fc.constantFrom(...FLOW_YEARS),
        (pair, flowYear) => {
          const state = { corridor: pair ? { origin: pair[0], destination: pair[1] } : null, flowYear };
          const qs = new URLSearchParams(serialiseCorridorParams(state)).toString();
          expect(parseCorridorParams(qs, ctx).value).toEqual(state);
        },
      ),
    );
  });
});
