/**
 * UN World Population Prospects 2024: total population (both sexes, 1 July) of every IMS 2024 area, 1990–2024.
 *
 * One revision for the whole series. WPP areas are aggregated to IMS areas where IMS merges them
 * (POPULATION_MERGES: Serbia + Kosovo, Guernsey + Jersey = Channel Islands); WPP areas that are not IMS areas
 * (Saint Barthélemy, Saint Martin) are dropped and counted. The build fails unless the sum of the 237 WPP areas
 * equals the WPP World line within rounding, every year.
 *
 * population.arrow  year × iso3 → persons (loaded on demand, e.g. refugees per 1,000 inhabitants);
 * the same values are the `population` of stock-totals (both sexes) for the IMS years.
 */
import type { Registry } from '../../src/lib/data/registry.ts';
import { BuildError, parseNum, readRaw } from './csv.ts';
import { joinCode } from './join.ts';
import type { BuildReport } from './report.ts';
import { POPULATION_MERGES } from './special-cases.ts';
import { T, type OutputDir } from './write.ts';

export const POPULATION_FIRST_YEAR = 1990;
export const POPULATION_LAST_YEAR = 2024;
/** |Σ areas − World| allowed per year, in persons (the source rounds each area to the person; SOURCE.md: ±15). */
export const WORLD_TOLERANCE = 50;

/** `${year}|${iso3}` → persons, for every IMS area and year 1990–2024. */
export type PopulationIndex = Map<string, number>;

export function buildPopulation(raw: string, reg: Registry, out: OutputDir, report: BuildReport): PopulationIndex {
  const rep = report.dataset('population');
  const t = readRaw(raw, 'population/wpp2024_population.csv', ['iso3', 'm49', 'name', 'year', 'population']);
  const acc = rep.input(t.rel, t.length);
  const [ci, cm, cn, cy, cp] = ['iso3', 'm49', 'name', 'year', 'population'].map((k) => t.col(k));
  const pop: PopulationIndex = new Map();
  const areaSum = new Map<number, number>();
  const seen = new Set<string>();
  const joined = new Map<string, string | null>();
  t.rows.forEach((r, i) => {
    const year = parseNum(cy(r), t.where(i, 'year'), { integer: true, min: POPULATION_FIRST_YEAR, max: POPULATION_LAST_YEAR });
    const v = parseNum(cp(r), t.where(i, 'population'), { integer: true, min: 1, max: 2e9 });
    areaSum.set(year, (areaSum.get(year) ?? 0) + v);
    const key = `${ci(r)}|${cn(r)}`;
    if (!joined.has(key)) joined.set(key, joinCode(reg, ci(r), cn(r), t.where(i, 'iso3'), acc, 0));
    const iso3 = joined.get(key)!;
    if (iso3 === null) return acc.drop('ignored code (scripts/data/special-cases.ts)', ci(r));
    const rec = reg.get(iso3)!;
    // WPP uses 412 for Kosovo, a DESA code that is not an M49 code (the registry has none for XKX)
    if (rec.m49 !== null && rec.m49 !== cm(r)) throw new BuildError(`${t.where(i, 'm49')}: ${cm(r)}, registry has ${rec.m49} for ${iso3}`);
    if (seen.has(`${year}|${iso3}`)) throw new BuildError(`${t.where(i)}: duplicate ${iso3} ${year}`);
    seen.add(`${year}|${iso3}`);
    const merge = POPULATION_MERGES[iso3];
    const target = merge?.into ?? iso3;
    if (!reg.get(target)?.inIms) return acc.drop('not a DESA IMS 2024 area (no migrant stock to divide)', `${iso3} ${cn(r)}`);
    if (merge) rep.caveat(merge.why, `${iso3}→${target}`);
    const k = `${year}|${target}`;
    pop.set(k, (pop.get(k) ?? 0) + v);
    acc.use();
  });

  // the WPP World line (thousands, 3 decimals) against the sum of all areas
  const w = readRaw(raw, 'population/original/ddf--datapoints--population--by--world--time.1990-2024-extract.csv', ['world', 'time', 'population']);
  const wacc = rep.input(w.rel, w.length);
  const worldDiff: Record<string, number> = {};
  w.rows.forEach((r, i) => {
    const year = parseNum(w.col('time')(r), w.where(i, 'time'), { integer: true, min: POPULATION_FIRST_YEAR, max: POPULATION_LAST_YEAR });
    const world = Math.round(parseNum(w.col('population')(r), w.where(i, 'population'), { min: 0 }) * 1000);
    const d = (areaSum.get(year) ?? 0) - world;
    if (Math.abs(d) > WORLD_TOLERANCE) throw new BuildError(`${w.where(i)}: Σ WPP areas ${areaSum.get(year)} differs from the World line ${world} by ${d}`);
    worldDiff[year] = d;
    wacc.use();
  });
  if (Object.keys(worldDiff).length !== POPULATION_LAST_YEAR - POPULATION_FIRST_YEAR + 1) throw new BuildError(`${w.rel}: expected one World line per year ${POPULATION_FIRST_YEAR}–${POPULATION_LAST_YEAR}`);

  const ims = reg.imsAreas().map((c) => c.iso3);
  const cols = { year: [] as number[], iso3: [] as string[], population: [] as number[] };
  for (let year = POPULATION_FIRST_YEAR; year <= POPULATION_LAST_YEAR; year++) {
    for (const iso3 of ims) {
      const v = pop.get(`${year}|${iso3}`);
      if (v === undefined) throw new BuildError(`population/wpp2024_population.csv: no population for IMS area ${iso3} in ${year}`);
      cols.year.push(year);
      cols.iso3.push(iso3);
      cols.population.push(v);
    }
  }
  rep.output('population.arrow', out.arrow('population.arrow', cols, { year: T.int16(), iso3: T.str16(), population: T.int32() }));
  rep.check('Σ WPP areas − World line, persons, by year (rounding only)', worldDiff);
  rep.check('population 2024: world (Σ 237 areas), SRB incl. Kosovo, CHI = GGY + JEY', {
    world: areaSum.get(POPULATION_LAST_YEAR),
    SRB: pop.get(`${POPULATION_LAST_YEAR}|SRB`),
    CHI: pop.get(`${POPULATION_LAST_YEAR}|CHI`),
  });
  return pop;
}
