/** Country registry: countries/countries.csv + countries/aliases.csv + DESA in_ims2024 flag. */
import type { CountriesFile, CountryRecord, IncomeGroup } from '../../src/lib/data/types.ts';
import { Registry, foldName } from '../../src/lib/data/registry.ts';
import { BuildError, expectOneOf, parseNum, readRaw } from './csv.ts';
import type { BuildReport } from './report.ts';
import { EXTRA_ALIASES } from './special-cases.ts';

const COUNTRY_COLS = [
  'iso3', 'iso2', 'm49', 'name', 'name_short', 'name_iso', 'name_wb', 'region', 'subregion',
  'intermediate_region', 'sdg_region', 'ldc', 'lldc', 'sids', 'desa_development_group', 'wb_region',
  'wb_income_group', 'lat', 'lon', 'atlas_id', 'atlas_name', 'atlas_110m', 'atlas_50m',
] as const;
const CLASS_COLS = ['code', 'iso3', 'name', 'in_ims2024', 'dev_group', 'sdg_region'] as const;
const INCOME: Record<string, IncomeGroup> = {
  'Low income': 'L',
  'Lower middle income': 'LM',
  'Upper middle income': 'UM',
  'High income': 'H',
};
const DEV: Record<string, 'North' | 'South'> = {
  'More developed regions': 'North',
  'Less developed regions': 'South',
};

export interface CountriesResult {
  file: CountriesFile;
  registry: Registry;
}

export function buildCountries(raw: string, report: BuildReport): CountriesResult {
  const rep = report.dataset('countries');
  const t = readRaw(raw, 'countries/countries.csv', COUNTRY_COLS);
  const acc = rep.input(t.rel, t.length);
  const c = Object.fromEntries(COUNTRY_COLS.map((k) => [k, t.col(k)])) as Record<
    (typeof COUNTRY_COLS)[number],
    (r: string[]) => string
  >;
  const nul = (s: string) => (s.trim() === '' ? null : s.trim());
  const flag = (s: string, where: string) => expectOneOf(s, ['0', '1'] as const, where) === '1';

  const countries: CountryRecord[] = [];
  const seenIso = new Set<string>();
  const seenM49 = new Set<string>();
  t.rows.forEach((r, i) => {
    const w = (col: string) => t.where(i, col);
    const iso3 = c.iso3(r);
    if (!/^[A-Z]{3}$/.test(iso3)) throw new BuildError(`${w('iso3')}: not an ISO3-style code: ${JSON.stringify(iso3)}`);
    if (seenIso.has(iso3)) throw new BuildError(`${w('iso3')}: duplicate code ${iso3}`);
    seenIso.add(iso3);
    const m49 = nul(c.m49(r));
    if (m49 !== null) {
      if (!/^\d{3}$/.test(m49)) throw new BuildError(`${w('m49')}: not a 3-digit M49 code: ${m49}`);
      if (seenM49.has(m49)) throw new BuildError(`${w('m49')}: duplicate M49 code ${m49}`);
      seenM49.add(m49);
    } else if (iso3 !== 'XKX') {
      throw new BuildError(`${w('m49')}: empty M49 code (only Kosovo, XKX, may have none)`);
    }
    const incomeText = c.wb_income_group(r);
    if (incomeText !== '' && !(incomeText in INCOME)) throw new BuildError(`${w('wb_income_group')}: unknown income group "${incomeText}"`);
    const devText = c.desa_development_group(r);
    if (devText !== '' && !(devText in DEV)) throw new BuildError(`${w('desa_development_group')}: unknown group "${devText}"`);
    countries.push({
      iso3,
      iso2: nul(c.iso2(r)),
      m49,
      name: c.name(r).normalize('NFC'),
      short: c.name_short(r).normalize('NFC'),
      nameWb: nul(c.name_wb(r)),
      region: nul(c.region(r)),
      subregion: nul(c.intermediate_region(r)) ?? nul(c.subregion(r)),
      sdg: nul(c.sdg_region(r)),
      dev: devText ? DEV[devText] : null,
      wbRegion: nul(c.wb_region(r)),
      income: incomeText ? INCOME[incomeText] : null,
      ldc: flag(c.ldc(r), w('ldc')),
      lldc: flag(c.lldc(r), w('lldc')),
      sids: flag(c.sids(r), w('sids')),
      lat: parseNum(c.lat(r), w('lat'), { min: -90, max: 90 }),
      lon: parseNum(c.lon(r), w('lon'), { min: -180, max: 180 }),
      atlasId: nul(c.atlas_id(r)),
      atlasName: nul(c.atlas_name(r)),
      atlas110: flag(c.atlas_110m(r), w('atlas_110m')),
      atlas50: flag(c.atlas_50m(r), w('atlas_50m')),
      inIms: false,
    });
    acc.use();
  });
  for (const must of ['XKX', 'CHI', 'SRB', 'TWN']) {
    if (!seenIso.has(must)) throw new BuildError(`countries/countries.csv: expected registry row ${must} is missing`);
  }

  // ---- DESA IMS 2024 membership (and a cross-check of DESA groups against the registry)
  const byM49 = new Map(countries.filter((x) => x.m49).map((x) => [x.m49!, x]));
  const ct = readRaw(raw, 'migrant-stock/country_classification.csv', CLASS_COLS);
  const cacc = rep.input(ct.rel, ct.length);
  const [code, ciso, cname, inIms, devGroup, sdg] = CLASS_COLS.map((k) => ct.col(k));
  const mismatches: string[] = [];
  ct.rows.forEach((r, i) => {
    const m = parseNum(code(r), ct.where(i, 'code'), { integer: true, min: 1, max: 999 });
    const rec = byM49.get(String(m).padStart(3, '0'));
    if (!rec) throw new BuildError(`${ct.where(i, 'code')}: M49 ${m} (${cname(r)}) is not in the registry`);
    if (rec.iso3 !== ciso(r)) throw new BuildError(`${ct.where(i, 'iso3')}: ${ciso(r)} but registry has ${rec.iso3} for M49 ${m}`);
    if (expectOneOf(inIms(r), ['0', '1'] as const, ct.where(i, 'in_ims2024')) === '1') rec.inIms = true;
    if (DEV[devGroup(r)] !== rec.dev) mismatches.push(`${rec.iso3} dev ${devGroup(r)} vs ${rec.dev}`);
    if (sdg(r) !== rec.sdg) mismatches.push(`${rec.iso3} sdg ${sdg(r)} vs ${rec.sdg}`);
    cacc.use();
  });
  if (mismatches.length) {
    throw new BuildError(`migrant-stock/country_classification.csv disagrees with the registry: ${mismatches.join('; ')}`);
  }
  const nIms = countries.filter((x) => x.inIms).length;
  if (nIms !== 233) throw new BuildError(`expected 233 DESA IMS 2024 areas, found ${nIms}`);

  // ---- aliases (folded); no alias may map to two codes
  const aliases = new Map<string, string>();
  const origin = new Map<string, string>();
  const collisions: string[] = [];
  const add = (alias: string, iso3: string, src: string) => {
    const k = foldName(alias);
    if (!k) return;
    const prev = aliases.get(k);
    if (prev !== undefined && prev !== iso3) {
      collisions.push(`"${alias}" (${src}) → ${iso3}, but "${k}" already → ${prev} (${origin.get(k)})`);
      return;
    }
    aliases.set(k, iso3);
    if (!origin.has(k)) origin.set(k, src);
  };
  for (const x of countries) {
    for (const n of [x.name, x.short, x.nameWb, x.atlasName]) if (n) add(n, x.iso3, 'countries.csv');
  }
  const iso = t.col('name_iso');
  t.rows.forEach((r) => iso(r) && add(iso(r), t.col('iso3')(r), 'countries.csv name_iso'));
  const at = readRaw(raw, 'countries/aliases.csv', ['alias', 'iso3', 'source']);
  const aacc = rep.input(at.rel, at.length);
  const [aAlias, aIso] = [at.col('alias'), at.col('iso3')];
  at.rows.forEach((r, i) => {
    if (!seenIso.has(aIso(r))) throw new BuildError(`${at.where(i, 'iso3')}: alias "${aAlias(r)}" → unknown code ${aIso(r)}`);
    add(aAlias(r), aIso(r), 'aliases.csv');
    aacc.use();
  });
  for (const [alias, code3] of Object.entries(EXTRA_ALIASES)) add(alias, code3, 'special-cases.ts');
  if (collisions.length) throw new BuildError(`alias collisions after folding:\n  ${collisions.join('\n  ')}`);

  countries.sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  const file: CountriesFile = {
    countries,
    aliases: Object.fromEntries([...aliases.keys()].sort().map((k) => [k, aliases.get(k)!])),
  };
  rep.check('registry rows', countries.length);
  rep.check('IMS 2024 areas', nIms);
  rep.check('folded aliases', aliases.size);
  rep.output('countries.json', countries.length);
  return { file, registry: new Registry(file) };
}
