/** Dated URL migrations and the typed per-parameter parse results of src/lib/state/url.ts. */
import { describe, expect, it } from 'vitest';
import { STOCK_YEARS } from '../../src/lib/data/types';
import { VIEW_IDS } from '../../src/lib/state/types';
import { URL_MIGRATIONS, migrateParams, parseParam, parseQuery, serialiseState } from '../../src/lib/state/url';

describe('URL migrations', () => {
  it('are dated, described, in date order', () => {
    expect(URL_MIGRATIONS.length).toBeGreaterThan(0);
    for (const m of URL_MIGRATIONS) {
      expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.description.length).toBeGreaterThan(10);
    }
    const dates = URL_MIGRATIONS.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each([
    ['trends', 'stock-trend'],
    ['costs', 'cost-trend'],
    ['treaties', 'treaties-map'],
  ])('embed=%s (the original name) opens %s, without a notice', (old, now) => {
    const r = parseQuery(`?embed=${old}&year=2010&country=MEX`);
    expect(r.state.embed).toBe(now);
    expect(r.state).toMatchObject({ year: 2010, countries: ['MEX'] });
    expect(r.invalid).toEqual([]);
    expect(r.migrated).toHaveLength(1);
    // the current form of the link
    expect(serialiseState(r.state)).toBe(`year=2010&country=MEX&embed=${now}`);
  });

  it('are pure: the input is not changed, and a current link passes unchanged', () => {
    const input = new URLSearchParams('embed=trends&utm_source=x');
    const { params, applied } = migrateParams(input);
    expect(input.toString()).toBe('embed=trends&utm_source=x');
    expect(params.get('embed')).toBe('stock-trend');
    expect(params.get('utm_source')).toBe('x');
    expect(applied).toHaveLength(1);
    for (const id of VIEW_IDS) {
      const cur = migrateParams(new URLSearchParams(`embed=${id}`));
      expect(cur.params.toString(), id).toBe(`embed=${id}`);
      expect(cur.applied, id).toEqual([]);
    }
    for (const m of URL_MIGRATIONS) {
      const p = new URLSearchParams('embed=costs&year=2000');
      m.migrate(p);
      expect(p.toString()).toBe('embed=costs&year=2000');
    }
  });

  it('unknown embed values still fall back to the dashboard with a notice', () => {
    const r = parseQuery('embed=nonsense');
    expect(r.state.embed).toBeNull();
    expect(r.invalid).toEqual([expect.objectContaining({ param: 'embed', status: 'invalid', raw: 'nonsense' })]);
    expect(r.migrated).toEqual([]);
  });
});

describe('typed parse results', () => {
  const sp = (q: string) => new URLSearchParams(q);

  it('valid, invalid with a reason, or missing, per parameter', () => {
    expect(parseParam('year', sp('year=2010'))).toEqual({ status: 'valid', value: 2010 });
    const bad = parseParam('year', sp('year=2011'));
    expect(bad.status).toBe('invalid');
    if (bad.status === 'invalid') expect(bad.reason).toMatch(/year/);
    expect(parseParam('year', sp(''))).toEqual({ status: 'missing' });
    expect(parseParam('bySex', sp('bysex=1'))).toEqual({ status: 'valid', value: true });
    expect(parseParam('bySex', sp('bysex=yes')).status).toBe('invalid');
    expect(parseParam('embed', sp('embed=stock-map'))).toEqual({ status: 'valid', value: 'stock-map' });
    for (const y of STOCK_YEARS) expect(parseParam('year', sp(`year=${y}`))).toEqual({ status: 'valid', value: y });
  });

  it('a partly valid list keeps its usable part and names what was ignored', () => {
    const r = parseParam('countries', sp('country=MEX~XXX~PHL'), { isCountry: (c) => c !== 'XXX' });
    expect(r).toEqual({ status: 'invalid', reason: expect.stringContaining('XXX'), value: ['MEX', 'PHL'], ignored: ['XXX'] });
    const q = parseQuery('country=MEX~XXX', { isCountry: (c) => c === 'MEX' });
    expect(q.state.countries).toEqual(['MEX']);
    expect(q.invalid).toEqual([{ param: 'country', status: 'invalid', raw: 'XXX', reason: expect.stringContaining('XXX') }]);
  });

  it('reports carry the reason for every invalid parameter', () => {
    const r = parseQuery('year=abc&sex=robot&top=99&date=2021-02-30');
    expect(r.invalid.map((p) => p.param).sort()).toEqual(['date', 'sex', 'top', 'year']);
    for (const p of r.invalid) expect(p.reason, p.param).toBeTruthy();
  });
});
