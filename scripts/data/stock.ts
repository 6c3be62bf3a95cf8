/** UN DESA International Migrant Stock 2024: bilateral stocks per year + per-country totals. */
import type { Registry } from '../../src/lib/data/registry.ts';
import { STOCK_YEARS, type Sex, type StockYear } from '../../src/lib/data/types.ts';
import { BuildError, expectOneOf, parseNum, readRaw } from './csv.ts';
import type { PopulationIndex } from './population.ts';
import type { BuildReport } from './report.ts';
import { T, type OutputDir } from './write.ts';

const SEX_ORDER: Record<Sex, number> = { total: 0, male: 1, female: 2 };
const SEXES = ['total', 'male', 'female'] as const;

/**
 * Published DESA IMS 2024 world totals (SOURCE.md "World totals" and "Authenticity checks").
 * The build fails when the bundled data do not reproduce them exactly.
 */
export const PUBLISHED_WORLD: Record<string, number> = {
  '1990 total': 153_916_063,
  '1995 total': 163_176_002,
  '2000 total': 174_566_152,
  '2005 total': 192_788_721,
  '2010 total': 221_020_392,
  '2015 total': 250_042_020,
  '2020 total': 275_284_032,
  '2024 total': 304_021_813,
  '1990 male': 77_772_082,
  '1990 female': 76_143_981,
  '1995 male': 82_543_298,
  '1995 female': 80_632_704,
  '2020 female': 132_060_535,
  '2024 male': 158_009_795,
  '2024 female': 146_012_018,
};

const isYear = (y: number): y is StockYear => (STOCK_YEARS as readonly number[]).includes(y);

export function buildStock(raw: string, reg: Registry, population: PopulationIndex, out: OutputDir, report: BuildReport): void {
  const rep = report.dataset('migrant-stock');
  const m49ToIms = (code: string, where: string): string => {
    const m = parseNum(code, where, { integer: true, min: 1, max: 999 });
    const rec = reg.byM49(m);
    if (!rec) throw new BuildError(`${where}: M49 code ${m} is not in the registry`);
    if (!rec.inIms) throw new BuildError(`${where}: M49 code ${m} (${rec.iso3}) is not a DESA IMS 2024 area`);
    return rec.iso3;
  };
  const checkName = (iso3: string, name: string, where: string) => {
    const r = reg.resolve(name);
    if (r !== iso3) throw new BuildError(`${where}: name "${name}" resolves to ${r ?? 'nothing'}, code says ${iso3}`);
  };

  // ---------------------------------------------------------------- bilateral cells
  const b = readRaw(raw, 'migrant-stock/bilateral_stock.csv', ['year', 'dest_code', 'dest_name', 'orig_code', 'orig_name', 'sex', 'stock']);
  const bacc = rep.input(b.rel, b.length);
  const [by, bdc, bdn, boc, bon, bsex, bstock] = ['year', 'dest_code', 'dest_name', 'orig_code', 'orig_name', 'sex', 'stock'].map((k) => b.col(k));
  const codeCache = new Map<string, string>();
  const nameChecked = new Set<string>();
  type Cell = { dest: string; orig: string; sex: Sex; stock: number };
  const cells = new Map<StockYear, Cell[]>(STOCK_YEARS.map((y) => [y, []]));
  const emigrants = new Map<string, number>(); // `${year}|${iso3}|${sex}`
  const bilateralByDest = new Map<string, number>();
  const cellSex = new Map<string, number[]>(); // `${year}|${dest}|${orig}` → [total, male, female]
  b.rows.forEach((r, i) => {
    const year = parseNum(by(r), b.where(i, 'year'), { integer: true });
    if (!isYear(year)) throw new BuildError(`${b.where(i, 'year')}: ${year} is not an IMS 2024 year`);
    const sex = expectOneOf(bsex(r), SEXES, b.where(i, 'sex'));
    const resolve = (code: string, name: string, col: string) => {
      let iso = codeCache.get(code);
      if (!iso) codeCache.set(code, (iso = m49ToIms(code, b.where(i, col))));
      const key = `${iso}|${name}`;
      if (!nameChecked.has(key)) {
        checkName(iso, name, b.where(i, col.replace('code', 'name')));
        nameChecked.add(key);
      }
      return iso;
    };
    const dest = resolve(bdc(r), bdn(r), 'dest_code');
    const orig = resolve(boc(r), bon(r), 'orig_code');
    if (dest === orig) throw new BuildError(`${b.where(i)}: destination equals origin (${dest})`);
    const stock = parseNum(bstock(r), b.where(i, 'stock'), { integer: true, min: 0, max: 2 ** 31 - 1 });
    if (stock === 0) {
      bacc.drop('zero cell (DESA lists zeros by omission)', `${dest}<-${orig}`);
      return;
    }
    cells.get(year)!.push({ dest, orig, sex, stock });
    const ek = `${year}|${orig}|${sex}`;
    emigrants.set(ek, (emigrants.get(ek) ?? 0) + stock);
    const dk = `${year}|${dest}|${sex}`;
    bilateralByDest.set(dk, (bilateralByDest.get(dk) ?? 0) + stock);
    const ck = `${year}|${dest}|${orig}`;
    const cs = cellSex.get(ck) ?? [0, 0, 0];
    cs[SEX_ORDER[sex]] += stock;
    cellSex.set(ck, cs);
    bacc.use();
  });
  let sexMismatch = 0;
  for (const [k, [t, m, f]] of cellSex) if (t !== m + f) { sexMismatch++; if (sexMismatch < 5) rep.notes.push(`cell ${k}: total ${t} != male ${m} + female ${f}`); }
  rep.check('bilateral cells where total != male + female', sexMismatch);

  for (const year of STOCK_YEARS) {
    const rows = cells.get(year)!;
    rows.sort((a, c) => (a.dest < c.dest ? -1 : a.dest > c.dest ? 1 : a.orig < c.orig ? -1 : a.orig > c.orig ? 1 : SEX_ORDER[a.sex] - SEX_ORDER[c.sex]));
    const file = `stock-${year}.arrow`;
    out.arrow(
      file,
      {
        year: rows.map(() => year),
        dest: rows.map((x) => x.dest),
        orig: rows.map((x) => x.orig),
        sex: rows.map((x) => x.sex),
        stock: rows.map((x) => x.stock),
      },
      { year: T.int16(), dest: T.str16(), orig: T.str16(), sex: T.str8(), stock: T.int32() },
    );
    rep.output(file, rows.length);
  }

  // ---------------------------------------------------------------- destination totals
  const d = readRaw(raw, 'migrant-stock/destination_totals.csv', ['year', 'dest_code', 'dest_name', 'sex', 'stock_all_origins', 'stock_other_unknown_origin']);
  const dacc = rep.input(d.rel, d.length);
  const [dy, ddc, ddn, dsex, dall, dunk] = ['year', 'dest_code', 'dest_name', 'sex', 'stock_all_origins', 'stock_other_unknown_origin'].map((k) => d.col(k));
  const totals = new Map<string, { immigrants: number; unknown: number }>();
  const destMismatch: string[] = [];
  d.rows.forEach((r, i) => {
    const year = parseNum(dy(r), d.where(i, 'year'), { integer: true });
    if (!isYear(year)) throw new BuildError(`${d.where(i, 'year')}: ${year} is not an IMS 2024 year`);
    const sex = expectOneOf(dsex(r), SEXES, d.where(i, 'sex'));
    const iso = m49ToIms(ddc(r), d.where(i, 'dest_code'));
    checkName(iso, ddn(r), d.where(i, 'dest_name'));
    const immigrants = parseNum(dall(r), d.where(i, 'stock_all_origins'), { integer: true, min: 0 });
    const unknown = parseNum(dunk(r), d.where(i, 'stock_other_unknown_origin'), { integer: true, min: 0, max: immigrants });
    const k = `${year}|${iso}|${sex}`;
    if (totals.has(k)) throw new BuildError(`${d.where(i)}: duplicate destination total ${k}`);
    totals.set(k, { immigrants, unknown });
    if ((bilateralByDest.get(k) ?? 0) + unknown !== immigrants) destMismatch.push(k);
    dacc.use();
  });
  if (destMismatch.length) {
    throw new BuildError(`destination totals != bilateral cells + Others for ${destMismatch.length} cases, e.g. ${destMismatch.slice(0, 5).join(', ')}`);
  }

  // ---------------------------------------------------------------- stock-totals.arrow
  const ims = reg.imsAreas().map((c) => c.iso3);
  const cols = { year: [] as number[], iso3: [] as string[], sex: [] as string[], immigrants: [] as number[], unknownOrigin: [] as number[], emigrants: [] as number[], population: [] as (number | null)[] };
  const world: Record<string, { immigrants: number; bilateral: number; unknown: number; emigrants: number }> = {};
  for (const year of STOCK_YEARS) {
    for (const iso3 of ims) {
      for (const sex of SEXES) {
        const k = `${year}|${iso3}|${sex}`;
        const t = totals.get(k);
        if (!t) throw new BuildError(`migrant-stock/destination_totals.csv: no row for ${k}`);
        // WPP 2024 (both sexes only): male and female rows have no population
        const pop = sex === 'total' ? population.get(`${year}|${iso3}`) ?? null : null;
        if (sex === 'total' && pop === null) throw new BuildError(`population: no WPP 2024 value for ${iso3} ${year}`);
        cols.year.push(year);
        cols.iso3.push(iso3);
        cols.sex.push(sex);
        cols.immigrants.push(t.immigrants);
        cols.unknownOrigin.push(t.unknown);
        cols.emigrants.push(emigrants.get(k) ?? 0);
        cols.population.push(pop);
        const w = (world[`${year} ${sex}`] ??= { immigrants: 0, bilateral: 0, unknown: 0, emigrants: 0 });
        w.immigrants += t.immigrants;
        w.unknown += t.unknown;
        w.bilateral += bilateralByDest.get(k) ?? 0;
        w.emigrants += emigrants.get(k) ?? 0;
      }
    }
  }
  const n = out.arrow('stock-totals.arrow', cols, {
    year: T.int16(), iso3: T.str16(), sex: T.str8(), immigrants: T.int32(), unknownOrigin: T.int32(), emigrants: T.int32(), population: T.float64(),
  });
  rep.output('stock-totals.arrow', n);

  const failures: string[] = [];
  for (const [k, w] of Object.entries(world)) {
    if (w.immigrants !== w.bilateral + w.unknown || w.bilateral !== w.emigrants) failures.push(`${k}: internal sums disagree`);
    if (k in PUBLISHED_WORLD && PUBLISHED_WORLD[k] !== w.immigrants) failures.push(`${k}: ${w.immigrants} != published ${PUBLISHED_WORLD[k]}`);
  }
  for (const year of STOCK_YEARS) {
    const w = (s: string) => world[`${year} ${s}`].immigrants;
    if (w('total') !== w('male') + w('female')) failures.push(`${year}: world total != male + female`);
  }
  if (failures.length) throw new BuildError(`migrant-stock world totals do not match DESA:\n  ${failures.join('\n  ')}`);
  rep.check('world immigrants by year and sex (= Σ bilateral + Σ Others; matches every published DESA figure)', Object.fromEntries(Object.entries(world).map(([k, w]) => [k, w.immigrants])));
  rep.notes.push('Population is UN WPP 2024 (both sexes, 1 July) for every IMS year incl. 2024, aggregated to IMS areas (see population); male/female rows have none.');
}
