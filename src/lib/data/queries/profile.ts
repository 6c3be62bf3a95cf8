/**
 * Country profile: headline numbers for ONE country across every bundled dataset, for the side panel.
 * Pure TypeScript over bundled rows (arquero tables or plain arrays): runs in Node (tests) and the browser.
 * Each part is computed from its own dataset, so the panel can show what has loaded while the rest loads;
 * a part is `null` when the dataset has no value for the country (never a made-up zero).
 *
 * Definitions (the same as the views each figure links to):
 * - immigrants / emigrants: DESA IMS 2024 totals (`stock-totals`) at the chosen year and sex;
 *   % of population (WPP 2024, every year incl. 2024) for both sexes; none by sex.
 * - top origin / destination: largest bilateral cell (`stock-<year>`) at that year and sex; unknown origin excluded.
 * - remittances: latest year with a value (a reported zero flagged "not reported" is skipped), with its WDI vintage.
 * - cost: average total cost of sending USD 200 TO the country = mean of the RPW corridor averages into it
 *   (negative published costs excluded), for the chosen quarter or, without one, the country's latest quarter;
 *   falls back to the WDI country series (SI.RMT.COST.IB.ZS) when no corridor has data.
 * - treaties: number of the 8 instruments the State is party to as of the chosen date (null = latest data).
 * - refugees: UNHCR refugees hosted by / originating from the country at the end of the refugee year nearest the
 *   stock year, hosted also per 1,000 inhabitants (WPP 2024); UNRWA Palestine refugees apart (queries/refugees.ts).
 */
import type {
  CorridorCostRow,
  CountryCostRow,
  InstrumentId,
  PopulationRow,
  RefugeeTotalRow,
  RemittanceFlag,
  RemittanceRow,
  Sex,
  StockRow,
  StockTotalRow,
  StockYear,
  UnrwaRow,
} from '../types';
import { INSTRUMENT_IDS } from '../types';
import { createMemo, rowsOf, type Rows } from './memo';
import { isUsableCost, quarterAmong } from './costs';
import { stateStatus, type AsOf, type TreatyIndex } from './treaties';
import { refugeeSeries, refugeesHosted } from './refugees';

// ---------------------------------------------------------------- memo

const memo = createMemo(300);

/** Rows grouped by a key, built once per table and field. */
const groups = createMemo(8);
function groupedBy<T>(src: Rows<T>, field: string, keyOf: (r: T) => string): Map<string, T[]> {
  return groups(src as object, field, () => {
    const g = new Map<string, T[]>();
    for (const r of rowsOf(src)) {
      const k = keyOf(r);
      const list = g.get(k);
      if (list) list.push(r);
      else g.set(k, [r]);
    }
    return g;
  });
}

// ---------------------------------------------------------------- migrant stock

export interface StockProfile {
  year: StockYear;
  sex: Sex;
  immigrants: number;
  emigrants: number;
  /** Total population of the country at that year (WPP 2024), null by sex (WPP 2024 is both sexes only). */
  population: number | null;
  /** Immigrants as % of population (0–100), null without population. */
  immigrantsPct: number | null;
  /** Emigrants as % of the population of the country of birth (0–100), null without population. */
  emigrantsPct: number | null;
  /** Part of immigrants with unknown origin. */
  unknownOrigin: number;
}

export function stockProfile(totals: Rows<StockTotalRow>, iso3: string, year: StockYear, sex: Sex): StockProfile | null {
  return memo(totals as object, `stock|${iso3}|${year}|${sex}`, () => {
    const rows = groupedBy(totals, 'iso3', (r) => r.iso3).get(iso3) ?? [];
    const r = rows.find((x) => Number(x.year) === year && x.sex === sex);
    if (!r) return null;
    const pop = r.population != null && Number(r.population) > 0 ? Number(r.population) : null;
    const immigrants = Number(r.immigrants);
    const emigrants = Number(r.emigrants);
    return {
      year,
      sex,
      immigrants,
      emigrants,
      population: pop,
      immigrantsPct: pop ? (immigrants / pop) * 100 : null,
      emigrantsPct: pop ? (emigrants / pop) * 100 : null,
      unknownOrigin: Number(r.unknownOrigin),
    };
  });
}

export interface TopPartner {
  iso3: string;
  stock: number;
  /** Share of the country's known-origin immigrants (origin) / of its emigrants (destination), 0–100. */
  share: number;
}

export interface PartnersProfile {
  year: StockYear;
  sex: Sex;
  /** Largest origin of the immigrants living in the country (known origins only). */
  topOrigin: TopPartner | null;
  /** Largest destination of the emigrants born in the country. */
  topDestination: TopPartner | null;
}

/** `stockYear`: the bilateral rows of ONE stock year (stock-<year>.arrow). */
export function partnersProfile(stockYear: Rows<StockRow>, iso3: string, year: StockYear, sex: Sex): PartnersProfile {
  return memo(stockYear as object, `partners|${iso3}|${year}|${sex}`, () => {
    const top = (rows: StockRow[] | undefined, other: (r: StockRow) => string): TopPartner | null => {
      let best: StockRow | null = null;
      let sum = 0;
      for (const r of rows ?? []) {
        if (r.sex !== sex || Number(r.year) !== year || other(r) === iso3) continue;
        const v = Number(r.stock);
        sum += v;
        if (!best || v > Number(best.stock) || (v === Number(best.stock) && other(r) < other(best))) best = r;
      }
      if (!best || sum <= 0) return null;
      return { iso3: other(best), stock: Number(best.stock), share: (Number(best.stock) / sum) * 100 };
    };
    return {
      year,
      sex,
      topOrigin: top(groupedBy(stockYear, 'dest', (r) => r.dest).get(iso3), (r) => r.orig),
      topDestination: top(groupedBy(stockYear, 'orig', (r) => r.orig).get(iso3), (r) => r.dest),
    };
  });
}

// ---------------------------------------------------------------- remittances

export interface RemittanceValue {
  year: number;
  value: number;
  /** WDI "Last Updated" of the value's source file. */
  vintage: string;
  flag: RemittanceFlag;
}

export interface RemittanceProfile {
  /** Current US$. */
  received: RemittanceValue | null;
  /** Current US$. */
  paid: RemittanceValue | null;
  /** Received as % of GDP. */
  pctGdp: RemittanceValue | null;
}

export function remittanceProfile(remittances: Rows<RemittanceRow>, iso3: string): RemittanceProfile {
  return memo(remittances as object, `remit|${iso3}`, () => {
    const rows = (groupedBy(remittances, 'code', (r) => r.code).get(iso3) ?? []).filter((r) => Number(r.agg) === 0);
    const latest = (series: RemittanceRow['series']): RemittanceValue | null => {
      let best: RemittanceRow | null = null;
      for (const r of rows) {
        if (r.series !== series || r.value == null || !Number.isFinite(Number(r.value))) continue;
        if (r.flag === 'zero_not_reported') continue;
        if (!best || Number(r.year) > Number(best.year)) best = r;
      }
      return best
        ? { year: Number(best.year), value: Number(best.value), vintage: String(best.vintage), flag: (best.flag ?? '') as RemittanceFlag }
        : null;
    };
    return { received: latest('received'), paid: latest('paid'), pctGdp: latest('pct_gdp') };
  });
}

// ---------------------------------------------------------------- remittance cost

export interface CostProfile {
  /** Mean cost of sending USD 200 to the country, % of the amount sent. */
  cost: number;
  /** 'corridors': mean of RPW corridor averages in `quarter`; 'wdi': WDI country series in `year`. */
  basis: 'corridors' | 'wdi';
  quarter: string | null;
  year: number | null;
  /** Corridors averaged (basis 'corridors'). */
  n: number;
  /** Corridors into the country with a negative published cost in that quarter, left out of the mean. */
  excludedNegative: number;
  /** The requested quarter had no corridor into the country, so its latest quarter is used. */
  fellBack: boolean;
}

export function costProfile(
  corridors: Rows<CorridorCostRow>,
  iso3: string,
  quarter: string | null,
  countryCosts?: Rows<CountryCostRow>,
): CostProfile | null {
  return memo(corridors as object, `cost|${iso3}|${quarter ?? ''}|${countryCosts ? 1 : 0}`, () => {
    const rows = groupedBy(corridors, 'dest', (r) => r.dest).get(iso3) ?? [];
    const usable = isUsableCost;
    const periods = [...new Set(rows.filter(usable).map((r) => r.period))];
    if (periods.length) {
      const wanted = quarterAmong(periods, quarter);
      let sum = 0;
      let n = 0;
      let neg = 0;
      for (const r of rows) {
        if (r.period !== wanted) continue;
        if (!usable(r)) {
          neg++;
          continue;
        }
        sum += Number(r.cost);
        n++;
      }
      return {
        cost: sum / n,
        basis: 'corridors' as const,
        quarter: wanted,
        year: null,
        n,
        excludedNegative: neg,
        fellBack: quarter !== null && wanted !== quarter,
      };
    }
    if (!countryCosts) return null;
    let best: CountryCostRow | null = null;
    for (const r of groupedBy(countryCosts, 'iso3', (x) => x.iso3).get(iso3) ?? []) {
      if (r.direction !== 'to' || !isUsableCost(r)) continue;
      if (!best || Number(r.year) > Number(best.year)) best = r;
    }
    if (!best) return null;
    return {
      cost: Number(best.cost),
      basis: 'wdi' as const,
      quarter: null,
      year: Number(best.year),
      n: 0,
      excludedNegative: 0,
      fellBack: quarter !== null,
    };
  });
}

// ---------------------------------------------------------------- treaties

export interface TreatyProfile {
  asOf: AsOf;
  /** Instruments the State is party to as of `asOf`. */
  parties: InstrumentId[];
  /** Signed, not (yet) party. */
  signed: InstrumentId[];
  total: number;
}

export function treatyProfile(ix: TreatyIndex, iso3: string, asOf: AsOf): TreatyProfile {
  return memo(ix as object, `profile|${iso3}|${asOf ?? ''}`, () => {
    const parties: InstrumentId[] = [];
    const signed: InstrumentId[] = [];
    for (const id of INSTRUMENT_IDS) {
      const s = stateStatus(ix, id, iso3, asOf);
      if (s === 'party') parties.push(id);
      else if (s === 'signed') signed.push(id);
    }
    return { asOf, parties, signed, total: INSTRUMENT_IDS.length };
  });
}

// ---------------------------------------------------------------- refugees

export interface RefugeeProfile {
  /** Refugee year (end of year): the year nearest the stock year. */
  year: number;
  /** Refugees under UNHCR's mandate hosted by the country (as country of asylum), and asylum-seekers in it. */
  hosted: number;
  hostedAsylumSeekers: number | null;
  /** Refugees originating from the country. */
  from: number;
  /** Hosted refugees per 1,000 inhabitants (WPP 2024, same year), null without population. */
  perThousand: number | null;
  /** UNRWA Palestine refugees registered in the country's field (separate, never added to `hosted`). */
  unrwaHosted: number;
  /** UNRWA Palestine refugees originating from the country (State of Palestine only). */
  unrwaFrom: number;
}

/**
 * Refugees hosted by and originating from ONE country at the refugee year nearest `year`, from the refugee
 * series and the per-country table of refugees.ts (the same figures as the refugee views). Null when the
 * country has no refugee row in that year.
 */
export function refugeeProfile(
  totals: Rows<RefugeeTotalRow>,
  unrwa: Rows<UnrwaRow>,
  population: Rows<PopulationRow> | undefined,
  iso3: string,
  year: number,
): RefugeeProfile | null {
  const series = refugeeSeries(totals, unrwa, [iso3]);
  if (!series.points.length) return null;
  let p = series.points[0];
  for (const q of series.points) if (Math.abs(q.year - year) < Math.abs(p.year - year)) p = q;
  if (!p.hostedRefugees && !p.originRefugees && !p.unrwaHosted && !p.unrwaOrigin) return null;
  const host = population ? refugeesHosted(totals, population, p.year).find((r) => r.iso3 === iso3) : undefined;
  return {
    year: p.year,
    hosted: p.hostedRefugees,
    hostedAsylumSeekers: p.hostedAsylumSeekers,
    from: p.originRefugees,
    perThousand: host?.perThousand ?? null,
    unrwaHosted: p.unrwaHosted,
    unrwaFrom: p.unrwaOrigin,
  };
}
