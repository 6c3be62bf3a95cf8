/**
 * World Bank WDI remittances + KNOMAD bilateral remittance matrix 2021.
 *
 * Vintages are never merged into one series value: `received` comes only from the 2025-07-01 vintage,
 * `paid` and `pct_gdp` only from the 2023-05-10 vintage (the only one that has them). Each row keeps its vintage.
 *
 * Flags (one per row, first that applies):
 * - `partial_aggregate`: an aggregate (agg = 1) in a year whose economy coverage is clearly partial. RULE: for a
 *   (vintage, series), year Y is partial when fewer economies have a value in Y than 80 % of the largest count in
 *   the three preceding years. In these sources that marks exactly received 2024 (2025 vintage: 106 of 201
 *   economies) and paid 2022 (2023 vintage: 31 of 175). Coverage only grows before that, so early years are not
 *   marked by this rule (their aggregates are sums over few economies: see the gaps in meta.json).
 * - `zero_not_reported`: a reported 0 (mostly means "not reported", e.g. Singapore, Chad from 2005).
 * - `provisional`: 2022 values of the 2023-05-10 vintage (round staff estimates, e.g. India 100bn).
 */
import type { Registry } from '../../src/lib/data/registry.ts';
import type { RemittanceFlag, RemittanceSeries } from '../../src/lib/data/types.ts';
import { BuildError, expectOneOf, parseNum, parseOptNum, readRaw } from './csv.ts';
import { joinCode } from './join.ts';
import type { BuildReport } from './report.ts';
import { T, type OutputDir } from './write.ts';

export const VINTAGE_2025 = '2025-07-01';
export const VINTAGE_2023 = '2023-05-10';
const PARTIAL_SHARE = 0.8;
const SERIES_ORDER: Record<RemittanceSeries, number> = { received: 0, paid: 1, pct_gdp: 2 };

interface Row {
  code: string;
  name: string;
  agg: number;
  series: RemittanceSeries;
  year: number;
  value: number;
  vintage: string;
  flag: RemittanceFlag;
}

/** Years with partial economy coverage, per the rule above. */
export function partialYears(coverage: Map<number, number>): Set<number> {
  const out = new Set<number>();
  for (const [y, n] of coverage) {
    const prev = [y - 1, y - 2, y - 3].map((p) => coverage.get(p) ?? 0);
    const ref = Math.max(...prev);
    if (ref > 0 && n < PARTIAL_SHARE * ref) out.add(y);
  }
  return out;
}

export function buildRemittances(raw: string, reg: Registry, out: OutputDir, report: BuildReport): void {
  const rep = report.dataset('remittances');
  const rows: Row[] = [];
  const codeOk = new Map<string, string | null>();

  interface Cell { code: string; name: string; agg: number; year: number; value: number; rowKey: string }
  const collect = (
    rel: string,
    seriesCols: Partial<Record<RemittanceSeries | 'superseded', string>>,
    vintage: string,
  ) => {
    const cols = ['iso3', 'name', 'is_aggregate', 'year', ...Object.values(seriesCols)] as string[];
    const t = readRaw(raw, rel, cols);
    const nSeries = Object.keys(seriesCols).length;
    const acc = rep.input(t.rel, t.length * nSeries, 'values');
    const [ciso, cname, cagg, cyear] = ['iso3', 'name', 'is_aggregate', 'year'].map((k) => t.col(k));
    const bySeries = new Map<RemittanceSeries, Cell[]>();
    t.rows.forEach((r, i) => {
      const agg = expectOneOf(cagg(r), ['0', '1'] as const, t.where(i, 'is_aggregate')) === '1' ? 1 : 0;
      const year = parseNum(cyear(r), t.where(i, 'year'), { integer: true, min: 1960, max: 2030 });
      let code: string | null = ciso(r);
      if (!agg) {
        const key = `${code}|${cname(r)}`;
        if (!codeOk.has(key)) {
          codeOk.set(key, joinCode(reg, code, cname(r), t.where(i, 'iso3'), acc, 0));
        }
        code = codeOk.get(key)!;
      } else if (!/^[A-Z0-9]{3}$/.test(code)) {
        throw new BuildError(`${t.where(i, 'iso3')}: bad aggregate code ${JSON.stringify(code)}`);
      }
      for (const [series, col] of Object.entries(seriesCols) as [RemittanceSeries | 'superseded', string][]) {
        const where = t.where(i, col);
        const v = parseOptNum(t.col(col)(r), where, { min: 0, max: series === 'pct_gdp' ? 1000 : 5e12 });
        if (v === null) {
          acc.drop('empty cell (no value in the source)');
          continue;
        }
        if (series === 'superseded') {
          acc.drop(`superseded: received is taken from the ${VINTAGE_2025} vintage only (vintages are not merged)`);
          continue;
        }
        if (code === null) {
          acc.drop('ignored code (scripts/data/special-cases.ts)', ciso(r));
          continue;
        }
        let list = bySeries.get(series);
        if (!list) bySeries.set(series, (list = []));
        list.push({ code, name: cname(r), agg, year, value: v, rowKey: t.where(i) });
        acc.use();
      }
    });
    for (const [series, cells] of bySeries) {
      const coverage = new Map<number, number>();
      for (const c of cells) if (!c.agg) coverage.set(c.year, (coverage.get(c.year) ?? 0) + 1);
      const partial = partialYears(coverage);
      rep.check(`partial years ${series} (${vintage})`, [...partial].sort().map((y) => `${y}: ${coverage.get(y)} economies`));
      for (const c of cells) {
        let flag: RemittanceFlag = '';
        if (c.agg && partial.has(c.year)) flag = 'partial_aggregate';
        else if (c.value === 0) flag = 'zero_not_reported';
        else if (vintage === VINTAGE_2023 && c.year === 2022) flag = 'provisional';
        if (flag) rep.caveat(`${flag} (${series}, ${vintage})`, `${c.code} ${c.year}`);
        rows.push({ code: c.code, name: c.name, agg: c.agg, series, year: c.year, value: c.value, vintage, flag });
      }
    }
  };

  collect('remittances/remittances_received_2025.csv', { received: 'received_usd' }, VINTAGE_2025);
  collect('remittances/remittances.csv', { superseded: 'received_usd', paid: 'paid_usd', pct_gdp: 'received_pct_gdp' }, VINTAGE_2023);

  rows.sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : SERIES_ORDER[a.series] - SERIES_ORDER[b.series] || a.year - b.year,
  );
  const seen = new Set<string>();
  for (const r of rows) {
    const k = `${r.code}|${r.series}|${r.year}`;
    if (seen.has(k)) throw new BuildError(`remittances: duplicate value for ${k}`);
    seen.add(k);
  }
  const pick = <K extends keyof Row>(k: K) => rows.map((r) => r[k]);
  const n = out.arrow(
    'remittances.arrow',
    { code: pick('code'), name: pick('name'), agg: pick('agg'), series: pick('series'), year: pick('year'), value: pick('value'), vintage: pick('vintage'), flag: pick('flag') },
    { code: T.str16(), name: T.str16(), agg: T.int8(), series: T.str8(), year: T.int16(), value: T.float64(), vintage: T.str8(), flag: T.str8() },
  );
  rep.output('remittances.arrow', n);
  const get = (code: string, series: RemittanceSeries, year: number) =>
    rows.find((r) => r.code === code && r.series === series && r.year === year)?.value ?? null;
  rep.check('received 2011 US$ bn (2025 vintage): WLD, LMY, IND', [get('WLD', 'received', 2011), get('LMY', 'received', 2011), get('IND', 'received', 2011)].map((v) => (v === null ? null : Math.round(v / 1e7) / 100)));

  // ---------------------------------------------------------------- KNOMAD bilateral matrix 2021
  const b = readRaw(raw, 'remittances/bilateral_remittances_2021.csv', ['sender_iso3', 'sender_name', 'receiver_iso3', 'receiver_name', 'usd_millions']);
  const bacc = rep.input(b.rel, b.length);
  const [sc, sn, rc, rn, uv] = ['sender_iso3', 'sender_name', 'receiver_iso3', 'receiver_name', 'usd_millions'].map((k) => b.col(k));
  const brows: { sender: string; receiver: string; usd: number }[] = [];
  let sumMillions = 0;
  b.rows.forEach((r, i) => {
    const s = joinCode(reg, sc(r), sn(r), b.where(i, 'sender_iso3'), bacc);
    const d = joinCode(reg, rc(r), rn(r), b.where(i, 'receiver_iso3'), bacc);
    if (s === null || d === null) return;
    const m = parseNum(uv(r), b.where(i, 'usd_millions'), { min: 0, max: 1e6 });
    sumMillions += m;
    if (m === 0) rep.caveat('bilateral corridor estimated at exactly 0 (kept)', `${s}->${d}`);
    brows.push({ sender: s, receiver: d, usd: m * 1e6 });
    bacc.use();
  });
  brows.sort((a, c) => (a.sender < c.sender ? -1 : a.sender > c.sender ? 1 : a.receiver < c.receiver ? -1 : a.receiver > c.receiver ? 1 : 0));
  const bn = out.arrow(
    'remittances-bilateral-2021.arrow',
    { sender: brows.map((x) => x.sender), receiver: brows.map((x) => x.receiver), usd: brows.map((x) => x.usd) },
    { sender: T.str16(), receiver: T.str16(), usd: T.float64() },
  );
  rep.output('remittances-bilateral-2021.arrow', bn);
  if (Math.abs(sumMillions - 781075.7) > 0.5) throw new BuildError(`bilateral_remittances_2021.csv: sum ${sumMillions} != workbook total 781,075.7 (US$ million)`);
  rep.check('bilateral 2021 total US$ million (workbook grand total 781,075.7)', Math.round(sumMillions * 10) / 10);
}
