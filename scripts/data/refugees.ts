/**
 * UNHCR Refugee Population Statistics (R package `refugees` 2025.12.1) and UNRWA Palestine refugees, 1990–2025.
 *
 * Only what the views use is bundled: refugees (under UNHCR's mandate) and asylum-seekers. All three files are
 * loaded on demand (the first screen loads none):
 *   refugees-totals.arrow   year × code: hosted (as country of asylum) and originating (as country of origin)
 *   refugees-<year>.arrow   one per year: asylum × origin cells with refugees or asylum-seekers
 *   refugees-unrwa.arrow    year × UNRWA field: Palestine refugees registered with UNRWA (kept separate)
 * Codes are registry ISO3 codes, plus UNHCR's non-country categories UNK, XXA, TIB (UNHCR_NON_COUNTRY), which
 * are part of every world total but of no country.
 * The build fails unless the world totals equal the SOURCE.md figures.
 */
import type { Registry } from '../../src/lib/data/registry.ts';
import { REFUGEE_YEARS, refugeeYearFile } from '../../src/lib/data/types.ts';
import { BuildError, parseNum, readRaw, type RawTable } from './csv.ts';
import { joinCode } from './join.ts';
import type { BuildReport, InputAccount } from './report.ts';
import { UNHCR_NON_COUNTRY } from './special-cases.ts';
import { T, type OutputDir } from './write.ts';

/** World totals in SOURCE.md ("World totals", sum over all rows; UNRWA "Totals by year"). */
export const PUBLISHED_REFUGEES: Record<string, number> = {
  'refugees 1990': 17_395_914,
  'refugees 2000': 12_129_079,
  'refugees 2010': 10_548_835,
  'refugees 2020': 20_661_846,
  'refugees 2024': 30_958_200,
  'refugees 2025': 28_461_306,
  'asylum_seekers 2000': 947_322,
  'asylum_seekers 2010': 835_969,
  'asylum_seekers 2020': 4_184_926,
  'asylum_seekers 2024': 8_352_712,
  'asylum_seekers 2025': 8_998_097,
  'unrwa 1990': 2_466_516,
  'unrwa 2000': 3_806_055,
  'unrwa 2010': 4_691_079,
  'unrwa 2020': 5_703_521,
  'unrwa 2024': 5_914_401,
  'unrwa 2025': 5_964_782,
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildRefugees(raw: string, reg: Registry, out: OutputDir, report: BuildReport): void {
  const rep = report.dataset('refugees');
  const joined = new Map<string, string | null>();
  const code = (t: RawTable, i: number, r: string[], col: 'coa' | 'coo', acc: InputAccount): string | null => {
    const c = t.col(`${col}_iso`)(r);
    const name = t.col(`${col}_name`)(r);
    const key = `${c}|${name}`;
    if (!joined.has(key)) {
      if (c in UNHCR_NON_COUNTRY) {
        if (reg.has(c)) throw new BuildError(`${t.where(i, `${col}_iso`)}: UNHCR category ${c} collides with a registry code`);
        joined.set(key, c);
      } else joined.set(key, joinCode(reg, c, name, t.where(i, `${col}_iso`), acc, 0));
    }
    return joined.get(key)!;
  };
  const first = REFUGEE_YEARS.first;
  const last = REFUGEE_YEARS.last;
  const isYear = (t: RawTable, i: number, r: string[]) => parseNum(t.col('year')(r), t.where(i, 'year'), { integer: true, min: 1950, max: last });

  // ---------------------------------------------------------------- asylum × origin
  const p = readRaw(raw, 'refugees/population.csv', ['year', 'coa_iso', 'coa_name', 'coo_iso', 'coo_name', 'refugees', 'asylum_seekers']);
  const pacc = rep.input(p.rel, p.length);
  const [cref, casy] = [p.col('refugees'), p.col('asylum_seekers')];
  type Cell = { asylum: string; origin: string; refugees: number; asylumSeekers: number };
  const cells = new Map<number, Cell[]>();
  const world: Record<string, number> = {};
  const seen = new Set<string>();
  p.rows.forEach((r, i) => {
    const year = isYear(p, i, r);
    const refugees = parseNum(cref(r), p.where(i, 'refugees'), { integer: true, min: 0, max: 2 ** 31 - 1 });
    const asylumSeekers = parseNum(casy(r), p.where(i, 'asylum_seekers'), { integer: true, min: 0, max: 2 ** 31 - 1 });
    const asylum = code(p, i, r, 'coa', pacc);
    const origin = code(p, i, r, 'coo', pacc);
    if (asylum === null || origin === null) return pacc.drop('ignored code (scripts/data/special-cases.ts)', `${p.col('coa_iso')(r)}<-${p.col('coo_iso')(r)}`);
    if (year < first) return pacc.drop(`before ${first} (outside the app's years)`, String(year));
    if (refugees === 0 && asylumSeekers === 0) return pacc.drop('no refugees and no asylum-seekers (other population types are not bundled)');
    const k = `${year}|${asylum}|${origin}`;
    if (seen.has(k)) throw new BuildError(`${p.where(i)}: duplicate ${k}`);
    seen.add(k);
    let list = cells.get(year);
    if (!list) cells.set(year, (list = []));
    list.push({ asylum, origin, refugees, asylumSeekers });
    world[`refugees ${year}`] = (world[`refugees ${year}`] ?? 0) + refugees;
    world[`asylum_seekers ${year}`] = (world[`asylum_seekers ${year}`] ?? 0) + asylumSeekers;
    pacc.use();
  });

  const totals = new Map<string, [number, number, number, number]>(); // year|code → hosted ref, hosted asy, origin ref, origin asy
  const add = (year: number, c: string, j: number, v: number) => {
    const k = `${year}|${c}`;
    const t = totals.get(k) ?? [0, 0, 0, 0];
    t[j] += v;
    totals.set(k, t);
  };
  for (let year = first; year <= last; year++) {
    const list = (cells.get(year) ?? []).sort((a, b) => cmp(a.asylum, b.asylum) || cmp(a.origin, b.origin));
    if (!list.length) throw new BuildError(`refugees/population.csv: no rows for ${year}`);
    for (const c of list) {
      add(year, c.asylum, 0, c.refugees);
      add(year, c.asylum, 1, c.asylumSeekers);
      add(year, c.origin, 2, c.refugees);
      add(year, c.origin, 3, c.asylumSeekers);
    }
    const file = refugeeYearFile(year);
    rep.output(file, out.arrow(
      file,
      { asylum: list.map((c) => c.asylum), origin: list.map((c) => c.origin), refugees: list.map((c) => c.refugees), asylumSeekers: list.map((c) => c.asylumSeekers) },
      { asylum: T.str16(), origin: T.str16(), refugees: T.int32(), asylumSeekers: T.int32() },
    ));
  }
  const tk = [...totals.keys()].sort((a, b) => Number(a.slice(0, 4)) - Number(b.slice(0, 4)) || cmp(a.slice(5), b.slice(5)));
  const col = (j: number) => tk.map((k) => totals.get(k)![j]);
  rep.output('refugees-totals.arrow', out.arrow(
    'refugees-totals.arrow',
    { year: tk.map((k) => Number(k.slice(0, 4))), code: tk.map((k) => k.slice(5)), hostedRefugees: col(0), hostedAsylumSeekers: col(1), originRefugees: col(2), originAsylumSeekers: col(3) },
    { year: T.int16(), code: T.str16(), hostedRefugees: T.int32(), hostedAsylumSeekers: T.int32(), originRefugees: T.int32(), originAsylumSeekers: T.int32() },
  ));

  // ---------------------------------------------------------------- UNRWA
  const u = readRaw(raw, 'refugees/unrwa.csv', ['year', 'coa_iso', 'coa_name', 'coo_iso', 'coo_name', 'total']);
  const uacc = rep.input(u.rel, u.length);
  const urows: { year: number; field: string; refugees: number }[] = [];
  u.rows.forEach((r, i) => {
    const year = isYear(u, i, r);
    const field = code(u, i, r, 'coa', uacc);
    const origin = code(u, i, r, 'coo', uacc);
    if (field === null) return uacc.drop('ignored code (scripts/data/special-cases.ts)', u.col('coa_iso')(r));
    if (origin !== 'PSE') throw new BuildError(`${u.where(i, 'coo_iso')}: UNRWA origin ${origin}, expected PSE (Palestinian)`);
    if (year < first) return uacc.drop(`before ${first} (outside the app's years)`, String(year));
    const refugees = parseNum(u.col('total')(r), u.where(i, 'total'), { integer: true, min: 0 });
    if (field === 'UNK') rep.caveat('UNRWA field Unknown (2025 only; unexplained change of attribution in the source)', `${year}`);
    urows.push({ year, field, refugees });
    world[`unrwa ${year}`] = (world[`unrwa ${year}`] ?? 0) + refugees;
    uacc.use();
  });
  urows.sort((a, b) => a.year - b.year || cmp(a.field, b.field));
  rep.output('refugees-unrwa.arrow', out.arrow(
    'refugees-unrwa.arrow',
    { year: urows.map((x) => x.year), field: urows.map((x) => x.field), refugees: urows.map((x) => x.refugees) },
    { year: T.int16(), field: T.str8(), refugees: T.int32() },
  ));

  const failures = Object.entries(PUBLISHED_REFUGEES).filter(([k, v]) => world[k] !== v).map(([k, v]) => `${k}: ${world[k]} != ${v}`);
  if (failures.length) throw new BuildError(`refugee world totals do not match SOURCE.md:\n  ${failures.join('\n  ')}`);
  rep.check('world totals (refugees, asylum-seekers, UNRWA) equal every SOURCE.md figure', Object.fromEntries(Object.keys(PUBLISHED_REFUGEES).map((k) => [k, world[k]])));
}
