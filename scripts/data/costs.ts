/**
 * World Bank Remittance Prices Worldwide (RPW) + WDI cost series + published headline figures.
 *
 * costs-corridor.arrow  corridor × quarter average total cost of sending USD 200 (%):
 *   2011Q1–2020Q3 from the RPW DataBank export (`corridor_avg_costs.csv`, basis transparent_services_mean = the RPW
 *   definition); 2020Q4–2025Q3 from `corridor_avg_costs_2020_2025.csv` with that file's own `basis` column
 *   (transparent_services_mean where the exact RPW average exists, else all_services_mean). The two files must not
 *   overlap; if they ever do, the DataBank value is kept and the other is counted in the report.
 *   Negative published averages are kept with flag 'negative' (exclude them from any average).
 * costs-provider.arrow  corridor × quarter × provider type, mean of TRANSPARENT services:
 *   2011Q1–2014Q2 aggregated here from the quote-level file `corridor_costs.csv`; negative or missing quote costs are
 *   kept out of the means (counted in the report). Provider types are normalised (PROVIDER_TYPES below).
 *   2014Q3–2025Q3 from `corridor_costs_by_firmtype_2011_2025.csv` (Bank and MTO means only, 55 corridors into
 *   BGD/IND/NPL/PHL); its earlier quarters are the same definition as the quote-level means and are not duplicated.
 * costs-country.arrow  WDI SI.RMT.COST.IB.ZS ('to') / SI.RMT.COST.OB.ZS ('from'), vintage 2023-05-10, plus the newer
 *   WDI 'to' values (latest year per country) as a SEPARATE vintage, never spliced into the 2023 series.
 * costs-global.json  published RPW headline figures as transcribed, plus the global average for the quarters after
 *   the last published one, computed by Corridors (queries/global-cost.ts; valueType 'computed').
 */
import type { Registry } from '../../src/lib/data/registry.ts';
import type { CorridorCostRow, GlobalCostFigure } from '../../src/lib/data/types.ts';
import { BuildError, expectOneOf, parseNum, parseOptNum, readRaw, type RawTable } from './csv.ts';
import { computedGlobalFigures, globalAverageAgreement } from '../../src/lib/data/queries/global-cost.ts';
import { joinCode } from './join.ts';
import type { BuildReport, InputAccount } from './report.ts';
import { T, type OutputDir } from './write.ts';

export const VINTAGE_WDI_2023 = '2023-05-10';
/** The newer WDI export has no recorded "Last Updated" date; values are mostly for 2023. */
export const VINTAGE_WDI_LATEST = 'newer-undated';

/** RPW firm types → the four provider groups shown in the app. Unknown types fail the build. */
export const PROVIDER_TYPES: Record<string, string> = {
  Bank: 'Bank',
  'Money Transfer Operator': 'Money Transfer Operator',
  'Mobile Operator': 'Money Transfer Operator', // as RPW's own MTO index and the firm-type file do
  'Post office': 'Post office',
  'Money Transfer Operator / Post office': 'Mixed / other',
  'Bank / Money Transfer Operator': 'Mixed / other',
  'Bank/Post office': 'Mixed / other',
  'Money Transfer Operator / Building Society': 'Mixed / other',
  'Non-Bank FI': 'Mixed / other',
  'Credit Union': 'Mixed / other',
};
const PROVIDER_ORDER = ['Bank', 'Money Transfer Operator', 'Post office', 'Mixed / other'];
const LAST_QUOTE_PERIOD = '2014Q2';
/** The computed global average must agree with the published one within 0.1 pp on at least this many quarters. */
export const MIN_AGREEING_QUARTERS = 8;
export const GLOBAL_AGREEMENT_CHECK = 'computed vs published global average (overlapping quarters, pp)';
const round3 = (x: number) => Math.round(x * 1000) / 1000;

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function period(t: RawTable, i: number, r: string[]): string {
  const p = t.col('period')(r);
  if (!/^\d{4}Q[1-4]$/.test(p)) throw new BuildError(`${t.where(i, 'period')}: bad period ${JSON.stringify(p)}`);
  if (t.header.includes('year') && t.col('year')(r) !== p.slice(0, 4)) throw new BuildError(`${t.where(i, 'year')}: year disagrees with period ${p}`);
  if (t.header.includes('quarter') && t.col('quarter')(r) !== p.slice(5)) throw new BuildError(`${t.where(i, 'quarter')}: quarter disagrees with period ${p}`);
  return p;
}

/** Corridor ends → registry codes (null = ignored code; counted on `acc`). */
function corridor(reg: Registry, t: RawTable, i: number, r: string[], acc: InputAccount): [string, string] | null {
  const hasNames = t.header.includes('source_name');
  const s = joinCode(reg, t.col('source_iso3')(r), hasNames ? t.col('source_name')(r) : null, t.where(i, 'source_iso3'), acc);
  if (s === null) return null;
  const d = joinCode(reg, t.col('destination_iso3')(r), hasNames ? t.col('destination_name')(r) : null, t.where(i, 'destination_iso3'), acc);
  if (d === null) return null;
  return [s, d];
}

export function buildCosts(raw: string, reg: Registry, out: OutputDir, report: BuildReport): void {
  const rep = report.dataset('remittance-prices');
  const COST = { min: -100, max: 200 };

  // ---------------------------------------------------------------- quote level 2011Q1–2014Q2
  const q = readRaw(raw, 'remittance-prices/corridor_costs.csv', ['period', 'year', 'quarter', 'source_iso3', 'destination_iso3', 'firm_type', 'transparent', 'cc1_total_cost_pct', 'rpw_id']);
  const qacc = rep.input(q.rel, q.length);
  const [qft, qtr, qcost, qid] = ['firm_type', 'transparent', 'cc1_total_cost_pct', 'rpw_id'].map((k) => q.col(k));
  const provAgg = new Map<string, { sum: number; n: number }>(); // period|s|d|provider
  const quoteAll = new Map<string, { sum: number; n: number }>(); // period|s|d, all transparent incl. negative
  const ids = new Set<string>();
  q.rows.forEach((r, i) => {
    const p = period(q, i, r);
    if (p > LAST_QUOTE_PERIOD) throw new BuildError(`${q.where(i, 'period')}: quote-level data expected up to ${LAST_QUOTE_PERIOD}`);
    if (ids.has(qid(r))) throw new BuildError(`${q.where(i, 'rpw_id')}: duplicate RPW id ${qid(r)}`);
    ids.add(qid(r));
    const ft = qft(r);
    const provider = PROVIDER_TYPES[ft];
    if (!provider) throw new BuildError(`${q.where(i, 'firm_type')}: unknown RPW firm type ${JSON.stringify(ft)} (add it to PROVIDER_TYPES)`);
    const transparent = expectOneOf(qtr(r), ['yes', 'no'] as const, q.where(i, 'transparent'));
    const c = corridor(reg, q, i, r, qacc);
    if (!c) return;
    if (transparent === 'no') {
      qacc.drop('non-transparent service (not part of the RPW average)', `${c[0]}->${c[1]}`);
      return;
    }
    const v = parseOptNum(qcost(r), q.where(i, 'cc1_total_cost_pct'), COST);
    if (v === null) {
      qacc.drop('missing total cost (kept out of averages)', `${p} ${c[0]}->${c[1]}`);
      return;
    }
    const ck = `${p}|${c[0]}|${c[1]}`;
    const all = quoteAll.get(ck) ?? { sum: 0, n: 0 };
    all.sum += v;
    all.n++;
    quoteAll.set(ck, all);
    if (v < 0) {
      qacc.drop('negative total cost (kept out of provider-type averages)', `${p} ${c[0]}->${c[1]} ${ft}`);
      return;
    }
    const k = `${ck}|${provider}`;
    const a = provAgg.get(k) ?? { sum: 0, n: 0 };
    a.sum += v;
    a.n++;
    provAgg.set(k, a);
    qacc.use();
  });

  // ---------------------------------------------------------------- corridor averages
  const corridorRows: CorridorCostRow[] = [];
  const seen = new Set<string>();
  const db = readRaw(raw, 'remittance-prices/corridor_avg_costs.csv', ['period', 'year', 'quarter', 'source_iso3', 'source_name', 'destination_iso3', 'destination_name', 'avg_total_cost_pct']);
  const dbacc = rep.input(db.rel, db.length);
  const dbv = db.col('avg_total_cost_pct');
  let matched = 0;
  let mismatched = 0;
  db.rows.forEach((r, i) => {
    const p = period(db, i, r);
    const c = corridor(reg, db, i, r, dbacc);
    if (!c) return;
    const v = parseOptNum(dbv(r), db.where(i, 'avg_total_cost_pct'), COST);
    if (v === null) {
      dbacc.drop('missing value (kept out)', `${p} ${c[0]}->${c[1]}`);
      return;
    }
    const k = `${p}|${c[0]}|${c[1]}`;
    if (seen.has(k)) throw new BuildError(`${db.where(i)}: duplicate corridor-quarter ${k}`);
    seen.add(k);
    // service count from the quote-level file when it reproduces the published average
    const qa = quoteAll.get(k);
    let nServices: number | null = null;
    if (qa) {
      if (Math.abs(qa.sum / qa.n - v) < 0.005) {
        nServices = qa.n;
        matched++;
      } else mismatched++;
    }
    const flag = v < 0 ? 'negative' : '';
    if (flag) rep.caveat('negative published corridor average (kept, flag negative)', `${p} ${c[0]}->${c[1]}`);
    corridorRows.push({ period: p, source: c[0], dest: c[1], cost: v, basis: 'transparent_services_mean', nServices, flag });
    dbacc.use();
  });
  rep.check('DataBank corridor averages reproduced by the mean of transparent quotes (2011Q1–2014Q2): matched / not', [matched, mismatched]);
  if (mismatched > 0) rep.notes.push(`${mismatched} DataBank corridor-quarters differ from the mean of transparent quotes by ≥ 0.005 pp (nServices left null).`);
  const lastDb = corridorRows.reduce((m, r) => (r.period > m ? r.period : m), '');

  const nw = readRaw(raw, 'remittance-prices/corridor_avg_costs_2020_2025.csv', ['period', 'year', 'quarter', 'source_iso3', 'source_name', 'destination_iso3', 'destination_name', 'avg_total_cost_pct_200', 'n_services', 'basis']);
  const nwacc = rep.input(nw.rel, nw.length);
  const [nwv, nwn, nwb] = ['avg_total_cost_pct_200', 'n_services', 'basis'].map((k) => nw.col(k));
  nw.rows.forEach((r, i) => {
    const p = period(nw, i, r);
    const c = corridor(reg, nw, i, r, nwacc);
    if (!c) return;
    const k = `${p}|${c[0]}|${c[1]}`;
    if (seen.has(k)) {
      nwacc.drop('overlap with the DataBank file (DataBank value kept)', k);
      return;
    }
    if (p <= lastDb) rep.caveat(`period ${p} is inside the DataBank range (≤ ${lastDb}) but the corridor is new`, k);
    seen.add(k);
    const v = parseNum(nwv(r), nw.where(i, 'avg_total_cost_pct_200'), COST);
    const basis = expectOneOf(nwb(r), ['transparent_services_mean', 'all_services_mean'] as const, nw.where(i, 'basis'));
    const n = parseOptNum(nwn(r), nw.where(i, 'n_services'), { integer: true, min: 1 });
    const flag = v < 0 ? 'negative' : '';
    if (flag) rep.caveat('negative published corridor average (kept, flag negative)', `${p} ${c[0]}->${c[1]}`);
    corridorRows.push({ period: p, source: c[0], dest: c[1], cost: v, basis, nServices: n, flag });
    nwacc.use();
  });
  corridorRows.sort((a, b) => cmpStr(a.period, b.period) || cmpStr(a.source, b.source) || cmpStr(a.dest, b.dest));
  const pickC = <K extends keyof CorridorCostRow>(k: K) => corridorRows.map((r) => r[k]);
  rep.output('costs-corridor.arrow', out.arrow(
    'costs-corridor.arrow',
    { period: pickC('period'), source: pickC('source'), dest: pickC('dest'), cost: pickC('cost'), basis: pickC('basis'), nServices: pickC('nServices'), flag: pickC('flag') },
    { period: T.str16(), source: T.str16(), dest: T.str16(), cost: T.float64(), basis: T.str8(), nServices: T.int16(), flag: T.str8() },
  ));

  // ---------------------------------------------------------------- provider types
  interface Prov { period: string; source: string; dest: string; provider: string; cost: number; nServices: number | null; flag: string }
  const provRows: Prov[] = [];
  for (const [k, a] of provAgg) {
    const [p, s, d, provider] = k.split('|');
    provRows.push({ period: p, source: s, dest: d, provider, cost: a.sum / a.n, nServices: a.n, flag: '' });
  }
  const ft = readRaw(raw, 'remittance-prices/corridor_costs_by_firmtype_2011_2025.csv', ['period', 'year', 'quarter', 'source_iso3', 'source_name', 'destination_iso3', 'destination_name', 'mto_avg_cost_pct_200', 'bank_avg_cost_pct_200']);
  const ftacc = rep.input(ft.rel, ft.length * 2, 'values (mto_avg_cost_pct_200, bank_avg_cost_pct_200)');
  ft.rows.forEach((r, i) => {
    const p = period(ft, i, r);
    const c = corridor(reg, ft, i, r, ftacc);
    if (!c) return;
    for (const [col, provider] of [['mto_avg_cost_pct_200', 'Money Transfer Operator'], ['bank_avg_cost_pct_200', 'Bank']] as const) {
      const v = parseOptNum(ft.col(col)(r), ft.where(i, col), COST);
      if (v === null) {
        ftacc.drop('empty (no transparent service of this type in the corridor-quarter)');
        continue;
      }
      if (p <= LAST_QUOTE_PERIOD) {
        ftacc.drop(`quarter ≤ ${LAST_QUOTE_PERIOD}: taken from the quote-level aggregation instead (same definition)`);
        continue;
      }
      const flag = v < 0 ? 'negative' : '';
      if (flag) rep.caveat('negative provider-type mean (kept, flag negative)', `${p} ${c[0]}->${c[1]} ${provider}`);
      provRows.push({ period: p, source: c[0], dest: c[1], provider, cost: v, nServices: null, flag });
      ftacc.use();
    }
  });
  provRows.sort((a, b) => cmpStr(a.period, b.period) || cmpStr(a.source, b.source) || cmpStr(a.dest, b.dest) || PROVIDER_ORDER.indexOf(a.provider) - PROVIDER_ORDER.indexOf(b.provider));
  const pickP = <K extends keyof Prov>(k: K) => provRows.map((r) => r[k]);
  rep.output('costs-provider.arrow', out.arrow(
    'costs-provider.arrow',
    { period: pickP('period'), source: pickP('source'), dest: pickP('dest'), provider: pickP('provider'), cost: pickP('cost'), nServices: pickP('nServices'), flag: pickP('flag') },
    { period: T.str16(), source: T.str16(), dest: T.str16(), provider: T.str8(), cost: T.float64(), nServices: T.int16(), flag: T.str8() },
  ));

  // ---------------------------------------------------------------- country-level WDI
  interface Ctry { iso3: string; direction: 'to' | 'from'; year: number; cost: number; vintage: string; flag: string }
  const ctry: Ctry[] = [];
  const DIR: Record<string, 'to' | 'from'> = { 'SI.RMT.COST.IB.ZS': 'to', 'SI.RMT.COST.OB.ZS': 'from' };
  const addCountry = (t: RawTable, yearCol: string, vintage: string) => {
    const acc = rep.input(t.rel, t.length);
    const [ci, cn, ic, cy, cv] = ['iso3', 'country_name', 'indicator_code', yearCol, 'value_pct'].map((k) => t.col(k));
    t.rows.forEach((r, i) => {
      const iso3 = joinCode(reg, ci(r), cn(r), t.where(i, 'iso3'), acc);
      if (iso3 === null) return;
      const direction = DIR[ic(r)];
      if (!direction) throw new BuildError(`${t.where(i, 'indicator_code')}: unexpected indicator ${ic(r)}`);
      const year = parseNum(cy(r), t.where(i, yearCol), { integer: true, min: 2008, max: 2030 });
      const v = parseOptNum(cv(r), t.where(i, 'value_pct'), COST);
      if (v === null) {
        acc.drop('missing value (kept out)', iso3);
        return;
      }
      const flag = v < 0 ? 'negative' : '';
      if (flag) rep.caveat('negative country-level cost (kept, flag negative; implausible)', `${iso3} ${year} ${vintage}`);
      ctry.push({ iso3, direction, year, cost: v, vintage, flag });
      acc.use();
    });
  };
  addCountry(readRaw(raw, 'remittance-prices/country_costs_wdi.csv', ['iso3', 'country_name', 'indicator_code', 'year', 'value_pct']), 'year', VINTAGE_WDI_2023);
  addCountry(readRaw(raw, 'remittance-prices/country_cost_inbound_wdi_latest.csv', ['iso3', 'country_name', 'indicator_code', 'latest_year', 'value_pct']), 'latest_year', VINTAGE_WDI_LATEST);
  ctry.sort((a, b) => cmpStr(a.vintage, b.vintage) || cmpStr(a.iso3, b.iso3) || cmpStr(a.direction, b.direction) || a.year - b.year);
  const pickK = <K extends keyof Ctry>(k: K) => ctry.map((r) => r[k]);
  rep.output('costs-country.arrow', out.arrow(
    'costs-country.arrow',
    { iso3: pickK('iso3'), direction: pickK('direction'), year: pickK('year'), cost: pickK('cost'), vintage: pickK('vintage'), flag: pickK('flag') },
    { iso3: T.str16(), direction: T.str8(), year: T.int16(), cost: T.float64(), vintage: T.str8(), flag: T.str8() },
  ));

  // ---------------------------------------------------------------- published headline figures
  const g = readRaw(raw, 'remittance-prices/global_average_published.csv', ['quarter', 'indicator', 'value_pct', 'value_type', 'figure_as_stated', 'publication', 'source_url']);
  const gacc = rep.input(g.rel, g.length);
  const [gq, gi, gv, gt, gs, gp, gu] = ['quarter', 'indicator', 'value_pct', 'value_type', 'figure_as_stated', 'publication', 'source_url'].map((k) => g.col(k));
  const figures: GlobalCostFigure[] = [];
  g.rows.forEach((r, i) => {
    const quarter = gq(r);
    if (!/^\d{4}Q[1-4]$/.test(quarter)) throw new BuildError(`${g.where(i, 'quarter')}: bad quarter ${quarter}`);
    const valueType = expectOneOf(gt(r), ['exact', 'approximate', 'derived_from_usd'] as const, g.where(i, 'value_type'));
    const v = parseOptNum(gv(r), g.where(i, 'value_pct'), { min: 0, max: 100 });
    if (v === null) {
      gacc.drop('no numeric figure published (approximate wording only)', `${quarter} ${gi(r)}`);
      return;
    }
    figures.push({ quarter, indicator: gi(r), value: v, valueType, statement: gs(r), publication: gp(r), url: gu(r) });
    gacc.use();
  });
  // ---------------------------------------------------------------- global average after the last published quarter
  const agreement = globalAverageAgreement(corridorRows, figures);
  if (agreement.within01 < MIN_AGREEING_QUARTERS) {
    throw new BuildError(`computed global average agrees with the published one within 0.1 pp on ${agreement.within01} quarters only (need ${MIN_AGREEING_QUARTERS})`);
  }
  rep.check(GLOBAL_AGREEMENT_CHECK, {
    quarters: agreement.quarters.length,
    within01: agreement.within01,
    maxAbsDiff: round3(agreement.maxAbsDiff),
    meanAbsDiff: round3(agreement.meanAbsDiff),
    byQuarter: Object.fromEntries(agreement.quarters.map((q) => [q.quarter, [q.published, round3(q.computed)]])),
  });
  const computed = computedGlobalFigures(corridorRows, figures);
  rep.check('computed global average (quarters after the last published one)', Object.fromEntries(computed.map((f) => [f.quarter, f.value])));
  figures.push(...computed);
  figures.sort((a, b) => cmpStr(a.quarter, b.quarter) || cmpStr(a.indicator, b.indicator) || cmpStr(a.publication, b.publication));
  out.json('costs-global.json', figures, figures.length);
  rep.output('costs-global.json', figures.length);
}
