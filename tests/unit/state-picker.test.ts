/** Country-picker matching against the real bundled registry (data/countries.json). */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { loadCountries } from '../../src/lib/data/load';
import type { Registry } from '../../src/lib/data/registry';
import { buildPickerIndex, matchCountries, moveActive, withoutLast, type PickerIndex } from '../../src/lib/state/picker';

let reg: Registry;
let index: PickerIndex;

beforeAll(async () => {
  reg = await loadCountries(nodeFetcher('data'));
  index = buildPickerIndex(reg.all(), reg.file.aliases);
});

const first = (q: string) => matchCountries(index, q)[0]?.iso3;
const codes = (q: string, limit = 12) => matchCountries(index, q, { limit }).map((m) => m.iso3);
/** Each typed text (key) has that country (value) as its first suggestion. */
const expectFirst = (cases: Record<string, string>) => {
  for (const [q, iso3] of Object.entries(cases)) expect(first(q), q).toBe(iso3);
};

describe('matchCountries', () => {
  it('type "phil" → Philippines first', () => {
    expectFirst({ phil: 'PHL', Phil: 'PHL', PHIL: 'PHL' });
  });

  it('matches ISO3 codes exactly, ahead of name prefixes', () => {
    expectFirst({ mex: 'MEX', DEU: 'DEU', gbr: 'GBR', xkx: 'XKX' });
  });

  it('is accent- and punctuation-insensitive', () => {
    expectFirst({ "Côte d'Ivoire": 'CIV', 'cote d ivoire': 'CIV', côte: 'CIV', turkiye: 'TUR', Türkiye: 'TUR' });
  });

  it('matches full UN names, short names and World Bank names / aliases', () => {
    expectFirst({
      'Bolivia (Plurinational State of)': 'BOL',
      bolivia: 'BOL',
      'Korea, Rep.': 'KOR',
      'united king': 'GBR',
      'Viet Nam': 'VNM',
      russia: 'RUS',
      iran: 'IRN',
    });
  });

  it('matches a word inside the name ("kingdom", "republic of")', () => {
    expect(codes('kingdom', 40)).toContain('GBR');
    expect(codes('zealand')).toContain('NZL');
  });

  it('ranks name prefixes before word and substring matches', () => {
    const m = matchCountries(index, 'ni', { limit: 40 });
    const scores = m.map((x) => x.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    // every name-prefix match ("Niger", "Nigeria", "Nicaragua", …) comes before word matches ("Papua New Guinea"…)
    const firstWord = m.findIndex((x) => x.score >= 3);
    if (firstWord >= 0) expect(m.slice(0, firstWord).every((x) => x.label.toLowerCase().startsWith('ni') || x.score <= 2)).toBe(true);
    expect(m.map((x) => x.iso3)).toEqual(expect.arrayContaining(['NER', 'NGA', 'NIC']));
  });

  it('excludes already selected countries and honours the limit', () => {
    expect(codes('phil')).toContain('PHL');
    expect(matchCountries(index, 'phil', { exclude: ['PHL'] }).map((m) => m.iso3)).not.toContain('PHL');
    expect(matchCountries(index, 'a', { limit: 5 })).toHaveLength(5);
  });

  it('an empty or punctuation-only query gives no suggestions; nonsense gives none', () => {
    expect(matchCountries(index, '')).toEqual([]);
    expect(matchCountries(index, '   ')).toEqual([]);
    expect(matchCountries(index, '!!!')).toEqual([]);
    expect(matchCountries(index, 'qqqzzz')).toEqual([]);
  });

  it('every registry country is found by its own short name, full name and ISO3 (first hit)', () => {
    for (const c of reg.all()) {
      expect(first(c.iso3), c.iso3).toBe(c.iso3);
      expect(codes(c.short, 50), c.short).toContain(c.iso3);
      expect(codes(c.name, 50), c.name).toContain(c.iso3);
    }
  });

  it('never throws and only returns registry countries, for any typed text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        for (const m of matchCountries(index, q)) expect(reg.get(m.iso3)).toBeDefined();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('keyboard helpers', () => {
  it('moveActive wraps like the APG combobox', () => {
    expect(moveActive(-1, 5, 'ArrowDown')).toBe(0);
    expect(moveActive(4, 5, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 5, 'ArrowUp')).toBe(4);
    expect(moveActive(-1, 5, 'ArrowUp')).toBe(4);
    expect(moveActive(2, 5, 'Home')).toBe(0);
    expect(moveActive(2, 5, 'End')).toBe(4);
    expect(moveActive(2, 0, 'ArrowDown')).toBe(-1);
  });

  it('Backspace removes the last chip', () => {
    expect(withoutLast(['MEX', 'PHL'])).toEqual(['MEX']);
    expect(withoutLast([])).toEqual([]);
  });
});

describe('matchCountries in French and Spanish', () => {
  const localIndex = async (locale: 'fr' | 'es') => {
    const { areaName } = await import('../../src/lib/i18n/names');
    return buildPickerIndex(reg.all(), reg.file.aliases, { localName: (c) => areaName(locale, c), locale });
  };

  it('matches the name in the chosen language, accent-folded, and still the English names and codes', async () => {
    const fr = await localIndex('fr');
    expect(matchCountries(fr, 'mexi')[0]?.iso3).toBe('MEX');
    expect(matchCountries(fr, 'mexi')[0]?.label).toBe('Mexique');
    expect(matchCountries(fr, 'états')[0]?.iso3).toBe('USA');
    expect(matchCountries(fr, 'etats-unis')[0]?.iso3).toBe('USA');
    expect(matchCountries(fr, 'allemagne')[0]?.iso3).toBe('DEU');
    expect(matchCountries(fr, 'germany')[0]?.iso3).toBe('DEU');
    expect(matchCountries(fr, 'PHL')[0]?.iso3).toBe('PHL');
    const es = await localIndex('es');
    expect(matchCountries(es, 'Estados')[0]?.iso3).toBe('USA');
    expect(matchCountries(es, 'alemania')[0]?.iso3).toBe('DEU');
    expect(matchCountries(es, 'phil')[0]?.iso3).toBe('PHL');
  });

  it('sorts labels in the chosen language', async () => {
    const fr = await localIndex('fr');
    const labels = fr.entries.map((e) => e.label);
    expect([...labels].sort((a, b) => a.localeCompare(b, 'fr'))).toEqual(labels);
  });
});
