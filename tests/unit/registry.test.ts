import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCSV } from '../../scripts/data/csv.ts';
import { CODE_MAP, IGNORED_CODES, NON_STATE_PARTIES } from '../../scripts/data/special-cases.ts';
import { loadCountries } from '../../src/lib/data/load.ts';
import { nodeFetcher } from '../../src/lib/data/node-fetcher.ts';
import { Registry, foldName, useLocalNames } from '../../src/lib/data/registry.ts';
import { dataDir, hasRaw, noteIfNoRaw, rawDir } from '../fixtures/data-paths.ts';

describe('foldName', () => {
  it('folds quotes, accents, case, punctuation and spaces', () => {
    expect(foldName('Côte d’Ivoire')).toBe('cote d ivoire');
    expect(foldName("Cote d'Ivoire")).toBe(foldName('CÔTE D’IVOIRE'));
    expect(foldName('  Korea,  Rep. ')).toBe('korea rep');
    expect(foldName('Bosnia & Herzegovina')).toBe(foldName('Bosnia and Herzegovina'));
    expect(foldName('Curaçao')).toBe('curacao');
    expect(foldName('Türkiye')).toBe('turkiye');
    expect(foldName('Åland Islands')).toBe('aland islands');
  });
  it('strips DESA note markers and UNTC footnotes', () => {
    expect(foldName('Serbia*')).toBe('serbia');
    expect(foldName('Channel Islands*')).toBe('channel islands');
    expect(foldName('Montenegro 2')).toBe('montenegro');
    expect(foldName('Montenegro2, 3')).toBe('montenegro');
    expect(foldName('Montenegro<superscript>2</superscript>')).toBe('montenegro');
  });
  it('is NFC-stable and idempotent', () => {
    const decomposed = 'Co\u0302te d\u2019Ivoire';
    expect(foldName(decomposed)).toBe(foldName('Côte d’Ivoire'));
    for (const s of ['Réunion', 'St. Kitts & Nevis', "Lao People's Democratic Republic", 'São Tomé and Príncipe']) {
      expect(foldName(foldName(s))).toBe(foldName(s));
    }
  });
});

describe('Registry (bundled data/countries.json)', () => {
  let reg: Registry;
  beforeAll(async () => {
    reg = await loadCountries(nodeFetcher(dataDir));
  });

  it('has 251 areas, 233 IMS areas, and the special codes', () => {
    expect(reg.all()).toHaveLength(251);
    expect(reg.imsAreas()).toHaveLength(233);
    expect(reg.get('XKX')).toMatchObject({ m49: null, inIms: false, atlasName: 'Kosovo', atlasId: null });
    expect(reg.get('CHI')).toMatchObject({ m49: '830', inIms: true, iso2: null });
    expect(reg.get('SRB')?.inIms).toBe(true);
    expect(reg.get('BLM')?.inIms).toBe(false);
    expect(reg.get('TWN')?.inIms).toBe(true);
  });

  it('looks up by M49 in any form', () => {
    expect(reg.byM49('004')?.iso3).toBe('AFG');
    expect(reg.byM49('4')?.iso3).toBe('AFG');
    expect(reg.byM49(4)?.iso3).toBe('AFG');
    expect(reg.byM49(830)?.iso3).toBe('CHI');
    expect(reg.byM49('x')).toBeUndefined();
  });

  it('resolves spellings through folded aliases', () => {
    const cases: [string, string | null][] = [
      ['Côte d’Ivoire', 'CIV'],
      ["Cote d'Ivoire", 'CIV'],
      ['Serbia*', 'SRB'],
      ['Montenegro 2', 'MNE'],
      ['Korea, Rep.', 'KOR'],
      ['Republic of Korea', 'KOR'],
      ['Turkey', 'TUR'],
      ['Türkiye', 'TUR'],
      ['Kosovo', 'XKX'],
      ['Channel Islands', 'CHI'],
      ['China, Taiwan Province of China', 'TWN'],
      ['Bolivia (Plurinational State of)', 'BOL'],
      ['West Bank/Gaza Strip', 'PSE'],
      ['Congo', 'COG'],
      ['Atlantis', null],
    ];
    for (const [name, iso3] of cases) expect(reg.resolve(name), name).toBe(iso3);
  });

  it('stores only folded alias keys that point to registry codes', () => {
    for (const [k, v] of Object.entries(reg.file.aliases)) {
      expect(foldName(k)).toBe(k);
      expect(reg.has(v), `${k} → ${v}`).toBe(true);
    }
    for (const c of reg.all()) expect(reg.resolve(c.name)).toBe(c.iso3);
  });

  it('groups countries under every grouping', () => {
    expect(reg.groupOf('DEU', 'region')).toBe('Europe');
    expect(reg.groupOf('KEN', 'subregion')).toBe('Eastern Africa');
    expect(reg.groupOf('IND', 'subregion')).toBe('Southern Asia');
    expect(reg.groupOf('IND', 'sdg')).toBe('Central and Southern Asia');
    expect(reg.groupOf('JPN', 'development')).toBe('North');
    expect(reg.groupOf('MEX', 'development')).toBe('South');
    expect(reg.groupOf('AFG', 'income')).toBe('Low income');
    expect(reg.groupOf('USA', 'income')).toBe('High income');
    expect(reg.groupOf('VEN', 'income')).toBeNull();
    expect(reg.groupOf('FRA', 'country')).toBe('FRA');
    expect(reg.groupOf('ZZZ', 'region')).toBeNull();
    expect(reg.groupLabel('development', 'North')).toMatch(/North/);
    expect(reg.groupLabel('country', 'KOR')).toBe('South Korea');
    expect(reg.label('BOL')).toBe('Bolivia');
    expect(reg.groups('income')).toEqual(['Low income', 'Lower middle income', 'Upper middle income', 'High income']);
    expect(reg.groups('sdg', { imsOnly: true })).toHaveLength(8);
  });

  it("names the UN's full name only where it differs, and only in English", () => {
    expect(reg.fullName('BOL')).toBe(reg.get('BOL')!.name);
    expect(reg.fullName('BOL')).not.toBe(reg.label('BOL'));
    expect(reg.fullName('FRA')).toBe(reg.get('FRA')!.name === reg.get('FRA')!.short ? null : reg.get('FRA')!.name);
    expect(reg.fullName('ZZZ')).toBeNull();
    // a local namer (French, Spanish) names the country: no English full name beside it
    useLocalNames((c) => `local ${c.iso3}`);
    try {
      expect(reg.label('BOL')).toBe('local BOL');
      expect(reg.fullName('BOL')).toBeNull();
    } finally {
      useLocalNames(null);
    }
    expect(reg.fullName('BOL')).toBe(reg.get('BOL')!.name);
  });

  it('splits the 233 IMS areas into 56 North and 177 South (DESA development groups)', () => {
    expect(reg.groupMembers('development', 'North', { imsOnly: true })).toHaveLength(56);
    expect(reg.groupMembers('development', 'South', { imsOnly: true })).toHaveLength(177);
  });
});

describe.skipIf(!hasRaw)('every name in every raw source resolves (or is on the ignore list)', () => {
  noteIfNoRaw();
  let reg: Registry;
  beforeAll(async () => {
    reg = await loadCountries(nodeFetcher(dataDir));
  });
  const read = (rel: string) => {
    const [header, ...rows] = parseCSV(readFileSync(path.join(rawDir, rel), 'utf8'));
    return rows.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };
  const expectCode = (code: string) => CODE_MAP[code]?.iso3 ?? code;

  it('no raw alias maps to two codes after folding', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of read('countries/aliases.csv')) {
      const k = foldName(r.alias);
      if (seen.has(k) && seen.get(k) !== r.iso3) clashes.push(`${r.alias}: ${seen.get(k)} / ${r.iso3}`);
      seen.set(k, r.iso3);
    }
    expect(clashes).toEqual([]);
  });

  const sources: [string, string, string | null][] = [
    ['migrant-stock/bilateral_stock.csv', 'dest_name', 'dest_code'],
    ['migrant-stock/bilateral_stock.csv', 'orig_name', 'orig_code'],
    ['migrant-stock/destination_totals.csv', 'dest_name', 'dest_code'],
    ['migrant-stock/country_classification.csv', 'name', 'code'],
    ['migrant-stock/population_2020rev.csv', 'name', 'code'],
    ['remittances/remittances.csv', 'name', 'iso3'],
    ['remittances/remittances_received_2025.csv', 'name', 'iso3'],
    ['remittances/bilateral_remittances_2021.csv', 'sender_name', 'sender_iso3'],
    ['remittances/bilateral_remittances_2021.csv', 'receiver_name', 'receiver_iso3'],
    ['remittance-prices/corridor_avg_costs.csv', 'source_name', 'source_iso3'],
    ['remittance-prices/corridor_avg_costs.csv', 'destination_name', 'destination_iso3'],
    ['remittance-prices/corridor_avg_costs_2020_2025.csv', 'source_name', 'source_iso3'],
    ['remittance-prices/corridor_avg_costs_2020_2025.csv', 'destination_name', 'destination_iso3'],
    ['remittance-prices/corridor_costs_by_firmtype_2011_2025.csv', 'source_name', 'source_iso3'],
    ['remittance-prices/corridor_costs_by_firmtype_2011_2025.csv', 'destination_name', 'destination_iso3'],
    ['remittance-prices/country_costs_wdi.csv', 'country_name', 'iso3'],
    ['remittance-prices/country_cost_inbound_wdi_latest.csv', 'country_name', 'iso3'],
    ['treaties/ratifications_v3.csv', 'state_name', 'iso3'],
  ];
  for (const [rel, nameCol, codeCol] of sources) {
    it(`${rel} ${nameCol}`, () => {
      const bad = new Set<string>();
      let n = 0;
      for (const r of read(rel)) {
        if (r.is_aggregate === '1') continue; // WB / DESA aggregates are not countries
        const code = codeCol ? r[codeCol] : '';
        if (code in IGNORED_CODES) continue;
        if (rel.startsWith('treaties/') && NON_STATE_PARTIES.includes(r[nameCol])) continue;
        const got = reg.resolve(r[nameCol]);
        const want = /^\d+$/.test(code) ? (reg.byM49(code)?.iso3 ?? `M49 ${code}`) : expectCode(code);
        if (got !== want) bad.add(`${r[nameCol]} (${code}) → ${got}`);
        n++;
      }
      expect(n).toBeGreaterThan(0);
      expect([...bad]).toEqual([]);
    });
  }

  it('every raw code of the RPW quote file is a registry code or handled', () => {
    const codes = new Set<string>();
    for (const r of read('remittance-prices/corridor_costs.csv')) codes.add(r.source_iso3).add(r.destination_iso3);
    const bad = [...codes].filter((c) => !(c in IGNORED_CODES) && !reg.has(expectCode(c)));
    expect(bad).toEqual([]);
  });
});
