/**
 * Refugee queries (UNHCR refugees and asylum-seekers, UNRWA Palestine refugees), over the on-demand refugee files.
 * Pure functions over bundled rows (arquero tables or plain arrays), memoised per input table and parameters.
 *
 * Definitions:
 * - figures are end-of-year stocks (31 December); UNRWA Palestine refugees are ALWAYS a separate series, never
 *   added to UNHCR's refugees (UNHCR's mandate excludes them);
 * - "hosted by" a selection = refugees whose country of asylum is in it; "originating from" it = whose country of
 *   origin is in it (refugees between two selected countries count in both);
 * - the world is the sum of every row, including UNHCR's non-country categories (unknown origin, stateless,
 *   Tibetan), which belong to no country;
 * - asylum-seekers are null before 1993 (not collected) and, for countries, before 2000 (world totals only).
 */
import { REFUGEE_NON_COUNTRY, REFUGEE_YEARS, type InstrumentId, type SetOp, type PopulationRow, type RefugeeCellRow, type RefugeeTotalRow, type UnrwaRow } from '../types';
import { nearestYearByDate, partyStates, type AsOf, type TreatyIndex } from './treaties';
import { createMemo, rowsOf, type Rows } from './memo';

const memo = createMemo(100);

/** First year with asylum-seeker figures at all, and by country. */
export const ASYLUM_FIRST_YEAR = 1993;
export const ASYLUM_BY_COUNTRY_FIRST_YEAR = 2000;

/** Reference date of a refugee year: UNHCR figures are as at the end of the year. */
export const refugeeYearDate = (year: number): string => `${year}-12-31`;

const isCountry = (code: string) => !(code in REFUGEE_NON_COUNTRY);

// ---------------------------------------------------------------- series by year

export interface RefugeeYearPoint {
  year: number;
  /** Refugees hosted by the selection (world: all refugees). */
  hostedRefugees: number;
  /** Asylum-seekers in the selection; null where not collected (see the module note). */
  hostedAsylumSeekers: number | null;
  /** Refugees originating from the selection (world: all refugees). */
  originRefugees: number;
  originAsylumSeekers: number | null;
  /** UNRWA Palestine refugees registered in the selection's fields (world: all fields). Separate series. */
  unrwaHosted: number;
  /** UNRWA Palestine refugees originating from the selection (all of them are of origin PSE). */
  unrwaOrigin: number;
}

export interface RefugeeSeriesResult {
  /** Selected codes, or [] for the world. */
  countries: string[];
  points: RefugeeYearPoint[];
  years: [number, number];
}

/** Refugees and asylum-seekers hosted by / originating from a selection (or the world), every year 1990–latest. */
export function refugeeSeries(totalsSrc: Rows<RefugeeTotalRow>, unrwaSrc: Rows<UnrwaRow>, countries: readonly string[]): RefugeeSeriesResult {
  const totals = rowsOf(totalsSrc);
  const unrwa = rowsOf(unrwaSrc);
  const sel = [...new Set(countries)].sort();
  return memo(totals as object, `series|${sel.join('~')}|${unrwaKey(unrwa)}`, () => {
    const world = sel.length === 0;
    const inSel = new Set(sel);
    const by = new Map<number, RefugeeYearPoint>();
    const point = (year: number) => {
      let p = by.get(year);
      if (!p) by.set(year, (p = { year, hostedRefugees: 0, hostedAsylumSeekers: 0, originRefugees: 0, originAsylumSeekers: 0, unrwaHosted: 0, unrwaOrigin: 0 }));
      return p;
    };
    for (const r of totals) {
      const p = point(r.year);
      // the world: each row counted once, as hosted and as originating
      if (world || inSel.has(r.code)) {
        p.hostedRefugees += r.hostedRefugees;
        p.hostedAsylumSeekers! += r.hostedAsylumSeekers;
        p.originRefugees += r.originRefugees;
        p.originAsylumSeekers! += r.originAsylumSeekers;
      }
    }
    for (const r of unrwa) {
      const p = point(r.year);
      if (world || inSel.has(r.field)) p.unrwaHosted += r.refugees;
      if (world || inSel.has('PSE')) p.unrwaOrigin += r.refugees;
    }
    const firstAsylum = world ? ASYLUM_FIRST_YEAR : ASYLUM_BY_COUNTRY_FIRST_YEAR;
    const points = [...by.values()].sort((a, b) => a.year - b.year);
    for (const p of points) {
      if (p.year < firstAsylum) p.hostedAsylumSeekers = p.originAsylumSeekers = null;
    }
    const years: [number, number] = points.length ? [points[0].year, points[points.length - 1].year] : [REFUGEE_YEARS.first, REFUGEE_YEARS.last];
    return { countries: sel, points, years };
  });
}

// ---------------------------------------------------------------- breakdown for one year

export interface RefugeeBreakdownRow {
  /** Country of origin (by = 'origin') or of asylum (by = 'asylum'); may be a non-country category. */
  code: string;
  refugees: number;
  asylumSeekers: number;
}

/**
 * For one year's cells (`refugees-<year>.arrow`): by = 'origin' breaks the refugees HOSTED by the selection down by
 * country of origin; by = 'asylum' breaks those ORIGINATING from it down by country of asylum. An empty selection
 * means the world. Rows sorted by refugees, then asylum-seekers (descending), then code.
 */
export function refugeeBreakdown(cellsSrc: Rows<RefugeeCellRow>, countries: readonly string[], by: 'origin' | 'asylum'): RefugeeBreakdownRow[] {
  const cells = rowsOf(cellsSrc);
  const sel = [...new Set(countries)].sort();
  return memo(cells as object, `breakdown|${by}|${sel.join('~')}`, () => {
    const inSel = new Set(sel);
    const m = new Map<string, RefugeeBreakdownRow>();
    for (const c of cells) {
      const side = by === 'origin' ? c.asylum : c.origin;
      if (sel.length && !inSel.has(side)) continue;
      const k = by === 'origin' ? c.origin : c.asylum;
      const r = m.get(k) ?? { code: k, refugees: 0, asylumSeekers: 0 };
      r.refugees += c.refugees;
      r.asylumSeekers += c.asylumSeekers;
      m.set(k, r);
    }
    return [...m.values()].sort((a, b) => b.refugees - a.refugees || b.asylumSeekers - a.asylumSeekers || (a.code < b.code ? -1 : 1));
  });
}

// ---------------------------------------------------------------- refugees hosted per country (map)

export interface RefugeeHostRow {
  iso3: string;
  refugees: number;
  /** WPP 2024 population of the same year; null after 2024 (no population bundled). */
  population: number | null;
  /** refugees per 1,000 inhabitants, or null without population. */
  perThousand: number | null;
}

/** Refugees hosted per country at a year, as a count and per 1,000 inhabitants (WPP 2024). Countries only. */
export function refugeesHosted(totalsSrc: Rows<RefugeeTotalRow>, populationSrc: Rows<PopulationRow>, year: number): RefugeeHostRow[] {
  const totals = rowsOf(totalsSrc);
  const population = rowsOf(populationSrc);
  return memo(totals as object, `hosted|${year}|${popKey(population)}`, () => {
    const pop = new Map<string, number>();
    for (const r of population) if (r.year === year) pop.set(r.iso3, r.population);
    const rows: RefugeeHostRow[] = [];
    for (const r of totals) {
      if (r.year !== year || !isCountry(r.code) || r.hostedRefugees <= 0) continue;
      const p = pop.get(r.code) ?? null;
      rows.push({ iso3: r.code, refugees: r.hostedRefugees, population: p, perThousand: p ? (r.hostedRefugees / p) * 1000 : null });
    }
    return rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  });
}

// ---------------------------------------------------------------- refugees hosted by States party

/**
 * The refugee year whose end-of-year date is nearest a date (YYYY-MM-DD) or a calendar year's end (a
 * number: the dashboard year); ties go to the earlier year; null = the latest year.
 */
export function nearestRefugeeYear(at: AsOf | number, years: readonly number[]): number {
  if (!years.length) throw new Error('no refugee years');
  if (at === null) return years[years.length - 1];
  return nearestYearByDate(years, refugeeYearDate, typeof at === 'number' ? refugeeYearDate(at) : at);
}

export interface RefugeesHostedByParties {
  year: number;
  asOf: AsOf;
  /** States party to the instrument set as of the date. */
  parties: number;
  /** UNHCR refugees hosted by those States. */
  hosted: number;
  /** All UNHCR refugees (world). */
  world: number;
  /** hosted ÷ world × 100 (without UNRWA). */
  share: number;
  /** UNRWA Palestine refugees in fields that are party States, and in all fields. */
  unrwaHosted: number;
  unrwaWorld: number;
  /** (hosted + unrwaHosted) ÷ (world + unrwaWorld) × 100 (with UNRWA). */
  shareWithUnrwa: number;
}

/**
 * Refugees hosted by States party to the instruments (a State counts from its consent date) as of a date, as a
 * number and a share of the world's refugees, with and without UNRWA; refugee year nearest the date.
 */
export function refugeesHostedByParties(
  totalsSrc: Rows<RefugeeTotalRow>,
  unrwaSrc: Rows<UnrwaRow>,
  ix: TreatyIndex,
  instruments: readonly InstrumentId[],
  op: SetOp,
  asOf: AsOf,
): RefugeesHostedByParties {
  const totals = rowsOf(totalsSrc);
  const unrwa = rowsOf(unrwaSrc);
  return memo(totals as object, `parties|${instruments.join('~')}|${op}|${asOf ?? 'latest'}|${unrwaKey(unrwa)}|${ixKey(ix)}`, () => {
    const parties = partyStates(ix, instruments, op, asOf);
    const years = [...new Set(totals.map((r) => r.year))].sort((a, b) => a - b);
    const year = nearestRefugeeYear(asOf, years);
    let hosted = 0,
      world = 0,
      unrwaHosted = 0,
      unrwaWorld = 0;
    for (const r of totals) {
      if (r.year !== year) continue;
      world += r.hostedRefugees;
      if (parties.has(r.code)) hosted += r.hostedRefugees;
    }
    for (const r of unrwa) {
      if (r.year !== year) continue;
      unrwaWorld += r.refugees;
      if (parties.has(r.field)) unrwaHosted += r.refugees;
    }
    const pct = (a: number, b: number) => (b > 0 ? (a / b) * 100 : 0);
    return {
      year,
      asOf,
      parties: parties.size,
      hosted,
      world,
      share: pct(hosted, world),
      unrwaHosted,
      unrwaWorld,
      shareWithUnrwa: pct(hosted + unrwaHosted, world + unrwaWorld),
    };
  });
}

// ---------------------------------------------------------------- memo keys for secondary inputs

const ids = new WeakMap<object, number>();
let nextId = 1;
/** A stable number per input object, so results memoised on one table also depend on the others. */
function idOf(o: object): number {
  let id = ids.get(o);
  if (!id) ids.set(o, (id = nextId++));
  return id;
}
const unrwaKey = (rows: readonly UnrwaRow[]) => idOf(rows);
const popKey = (rows: readonly PopulationRow[]) => idOf(rows);
const ixKey = (ix: TreatyIndex) => idOf(ix);
