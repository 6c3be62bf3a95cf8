/**
 * World Bank WDI remittances + KNOMAD/World Bank bilateral remittance matrices 2017, 2018 and 2021.
 *
 * Three WDI vintages. A value is never merged across vintages: for each (code, series, year) the NEWEST vintage
 * that has the point is kept, with its vintage on the row (older values are counted as superseded):
 *   received  2025-07-01 → 2025-02 → 2023-05-10
 *   paid      2025-02 → 2023-05-10
 *   % of GDP  2025-02 (computed by Corridors: received ÷ GDP × 100, both of the 2025-02 vintage; `computed` = 1)
 *             → 2023-05-10 (published BX.TRF.PWKR.DT.GD.ZS)
 * The 2025-02 vintage has economies only; aggregates therefore keep their older vintage.
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
import { BILATERAL_YEARS, REMITTANCE_VINTAGES, type RemittanceFlag, type RemittanceSeries } from '../../src/lib/data/types.ts';
import { BuildError, expectOneOf, parseNum, parseOptNum, readRaw } from './csv.ts';
import { joinCode } from './join.ts';
import type { BuildReport, DatasetReport, InputAccount } from './report.ts';
import { T, type OutputDir } from './write.ts';

export const VINTAGE_2025 = '2025-07-01';
/** WDI release behind the 2025-02 file (iom/gdidata, committed 2025-02): inferred, not stated by the source. */
export const VINTAGE_2025_02 = '2025-02';
export const VINTAGE_2023 = '2023-05-10';
/** Newest first, per series (the contract with the app, in types.ts). */
export const VINTAGE_ORDER = REMITTANCE_VINTAGES;
/** Bilateral matrices: year → raw file, published total (US$ million) and edition. */
export const BILATERAL: Record<(typeof BILATERAL_YEARS)[number], { rel: string; total: number; edition: string }> = {
  2017: { rel: 'remittances/bilateral_2017/bilateral_remittances_2017.csv', total: 613_463.805, edition: 'April 2018 version' },
  2018: { rel: 'remittances/bilateral_2018/bilateral_remittances_2018.csv', total: 682_222, edition: 'updated October 2019; whole US$ millions' },
  2021: { rel: 'remittances/bilateral_remittances_2021.csv', total: 781_075.7, edition: 'December 2022 version' },
};
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
  computed: number;
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

interface Cell { code: string; name: string; agg: number; year: number; value: number; computed: number; acc: InputAccount; uses: number }

/** Flag the cells of one (vintage, series) and keep, per point, the newest vintage; older ones count as superseded. */
class VintagePicker {
  private readonly best = new Map<string, { row: Row; rank: number; cell: Cell }>();
  constructor(private readonly rep: DatasetReport) {}

  add(series: RemittanceSeries, vintage: string, cells: Cell[]): void {
    const coverage = new Map<number, number>();
    for (const c of cells) if (!c.agg) coverage.set(c.year, (coverage.get(c.year) ?? 0) + 1);
    const partial = partialYears(coverage);
    this.rep.check(`partial years ${series} (${vintage})`, [...partial].sort().map((y) => `${y}: ${coverage.get(y)} economies`));
    const rank = VINTAGE_ORDER[series].indexOf(vintage);
    if (rank < 0) throw new BuildError(`remittances: vintage ${vintage} is not listed for ${series}`);
    for (const c of cells) {
      let flag: RemittanceFlag = '';
      if (c.agg && partial.has(c.year)) flag = 'partial_aggregate';
      else if (c.value === 0) flag = 'zero_not_reported';
      else if (vintage === VINTAGE_2023 && c.year === 2022) flag = 'provisional';
      const k = `${c.code}|${series}|${c.year}`;
      const prev = this.best.get(k);
      const row: Row = { code: c.code, name: c.name, agg: c.agg, series, year: c.year, value: c.value, vintage, flag, computed: c.computed };
      if (prev && prev.rank === rank) throw new BuildError(`remittances: duplicate value for ${k} in vintage ${vintage}`);
      if (!prev || rank < prev.rank) {
        if (prev) prev.cell.acc.drop(`superseded: a newer vintage (${vintage}) has the point`, undefined, prev.cell.uses);
        this.best.set(k, { row, rank, cell: c });
      } else {
        c.acc.drop(`superseded: a newer vintage (${prev.row.vintage}) has the point`, undefined, c.uses);
      }
    }
  }

  rows(): Row[] {
    const out: Row[] = [];
    for (const { row, cell } of this.best.values()) {
      if (row.flag) this.rep.caveat(`${row.flag} (${row.series}, ${row.vintage})`, `${row.code} ${row.year}`);
      cell.acc.use(cell.uses);
      out.push(row);
    }
    return out.sort((a, b) =>
      a.code < b.code ? -1 : a.code > b.code ? 1 : SERIES_ORDER[a.series] - SERIES_ORDER[b.series] || a.year - b.year,
    );
  }
}

export function buildRemittances(raw: string, reg: Registry, out: OutputDir, report: BuildReport): void {
  const rep = report.dataset('remittances');
  const picker = new VintagePicker(rep);
  const codeOk = new Map<string, string | null>();
  const economy = (code: string, name: string | null, where: string, acc: InputAccount) => {
    const key = `${code}|${name}`;
    if (!codeOk.has(key)) codeOk.set(key, joinCode(reg, code, name, where, acc, 0));
    return codeOk.get(key)!;
  };

  // ---------------------------------------------------------------- 2025-07-01 and 2023-05-10 tidy files
  const collect = (rel: string, seriesCols: Partial<Record<RemittanceSeries, string>>, vintage: string) => {
    const cols = ['iso3', 'name', 'is_aggregate', 'year', ...Object.values(seriesCols)] as string[];
    const t = readRaw(raw, rel, cols);
    const acc = rep.input(t.rel, t.length * Object.keys(seriesCols).length, 'values');
    const [ciso, cname, cagg, cyear] = ['iso3', 'name', 'is_aggregate', 'year'].map((k) => t.col(k));
    const bySeries = new Map<RemittanceSeries, Cell[]>();
    t.rows.forEach((r, i) => {
      const agg = expectOneOf(cagg(r), ['0', '1'] as const, t.where(i, 'is_aggregate')) === '1' ? 1 : 0;
      const year = parseNum(cyear(r), t.where(i, 'year'), { integer: true, min: 1960, max: 2030 });
      let code: string | null = ciso(r);
      if (!agg) code = economy(code, cname(r), t.where(i, 'iso3'), acc);
      else if (!/^[A-Z0-9]{3}$/.test(code)) throw new BuildError(`${t.where(i, 'iso3')}: bad aggregate code ${JSON.stringify(code)}`);
      for (const [series, col] of Object.entries(seriesCols) as [RemittanceSeries, string][]) {
        const v = parseOptNum(t.col(col)(r), t.where(i, col), { min: 0, max: series === 'pct_gdp' ? 1000 : 5e12 });
        if (v === null) {
          acc.drop('empty cell (no value in the source)');
          continue;
        }
        if (code === null) {
          acc.drop('ignored code (scripts/data/special-cases.ts)', ciso(r));
          continue;
        }
        let list = bySeries.get(series);
        if (!list) bySeries.set(series, (list = []));
        list.push({ code, name: cname(r), agg, year, value: v, computed: 0, acc, uses: 1 });
      }
    });
    for (const [series, cells] of bySeries) picker.add(series, vintage, cells);
  };
  collect('remittances/remittances_received_2025.csv', { received: 'received_usd' }, VINTAGE_2025);
  collect('remittances/remittances.csv', { received: 'received_usd', paid: 'paid_usd', pct_gdp: 'received_pct_gdp' }, VINTAGE_2023);

  // ---------------------------------------------------------------- 2025-02 (received, paid, GDP; economies only)
  const w = readRaw(raw, 'remittances/wdi_2025-02/wdi_remittances.csv', ['iso3', 'year', 'received_usd', 'paid_usd', 'gdp_usd']);
  const wacc = rep.input(w.rel, w.length * 3, 'values');
  const [wi, wy] = [w.col('iso3'), w.col('year')];
  const wcells: Record<RemittanceSeries, Cell[]> = { received: [], paid: [], pct_gdp: [] };
  w.rows.forEach((r, i) => {
    const code = economy(wi(r), null, w.where(i, 'iso3'), wacc);
    const year = parseNum(wy(r), w.where(i, 'year'), { integer: true, min: 1990, max: 2030 });
    const [rec, paid, gdp] = (['received_usd', 'paid_usd', 'gdp_usd'] as const).map((c) => parseOptNum(w.col(c)(r), w.where(i, c), { min: 0, max: 5e14 }));
    const empties = [rec, paid, gdp].filter((x) => x === null).length;
    if (empties) wacc.drop('empty cell (no value in the source)', undefined, empties);
    if (code === null) return wacc.drop('ignored code (scripts/data/special-cases.ts)', wi(r), 3 - empties);
    const name = reg.get(code)!.nameWb ?? reg.get(code)!.name;
    const cell = (value: number, uses: number, computed = 0): Cell => ({ code, name, agg: 0, year, value, computed, acc: wacc, uses });
    if (rec !== null) wcells.received.push(cell(rec, 1));
    if (paid !== null) wcells.paid.push(cell(paid, 1));
    if (gdp !== null) {
      if (rec !== null && gdp > 0) wcells.pct_gdp.push(cell((rec / gdp) * 100, 1, 1));
      else wacc.drop('GDP without a received value in the same vintage (GDP is only the denominator of % of GDP)');
    }
  });
  for (const series of ['received', 'paid', 'pct_gdp'] as const) picker.add(series, VINTAGE_2025_02, wcells[series]);

  const rows = picker.rows();
  const pick = <K extends keyof Row>(k: K) => rows.map((r) => r[k]);
  const n = out.arrow(
    'remittances.arrow',
    { code: pick('code'), name: pick('name'), agg: pick('agg'), series: pick('series'), year: pick('year'), value: pick('value'), vintage: pick('vintage'), flag: pick('flag'), computed: pick('computed') },
    { code: T.str16(), name: T.str16(), agg: T.int8(), series: T.str8(), year: T.int16(), value: T.float64(), vintage: T.str8(), flag: T.str8(), computed: T.int8() },
  );
  rep.output('remittances.arrow', n);
  const get = (code: string, series: RemittanceSeries, year: number) =>
    rows.find((r) => r.code === code && r.series === series && r.year === year)?.value ?? null;
  rep.check('received 2011 US$ bn (2025 vintage): WLD, LMY, IND', [get('WLD', 'received', 2011), get('LMY', 'received', 2011), get('IND', 'received', 2011)].map((v) => (v === null ? null : Math.round(v / 1e7) / 100)));
  const byVintage: Record<string, number> = {};
  for (const r of rows) byVintage[`${r.series} ${r.vintage}`] = (byVintage[`${r.series} ${r.vintage}`] ?? 0) + 1;
  rep.check('values kept per series and vintage (newest vintage per point)', Object.fromEntries(Object.entries(byVintage).sort()));

  // ---------------------------------------------------------------- KNOMAD / World Bank bilateral matrices
  for (const year of BILATERAL_YEARS) buildBilateral(raw, reg, out, rep, year, BILATERAL[year]);
}

function buildBilateral(raw: string, reg: Registry, out: OutputDir, rep: DatasetReport, year: number, spec: { rel: string; total: number }): void {
  const b = readRaw(raw, spec.rel, ['sender_iso3', 'sender_name', 'receiver_iso3', 'receiver_name', 'usd_millions']);
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
    if (m === 0) rep.caveat(`bilateral ${year} corridor estimated at exactly 0 (kept)`, `${s}->${d}`);
    if (s === d) rep.caveat(`bilateral ${year} cell with sender = receiver (kept as in the source)`, `${s}->${d}`);
    brows.push({ sender: s, receiver: d, usd: m * 1e6 });
    bacc.use();
  });
  brows.sort((a, c) => (a.sender < c.sender ? -1 : a.sender > c.sender ? 1 : a.receiver < c.receiver ? -1 : a.receiver > c.receiver ? 1 : 0));
  const file = `remittances-bilateral-${year}.arrow`;
  const bn = out.arrow(
    file,
    { sender: brows.map((x) => x.sender), receiver: brows.map((x) => x.receiver), usd: brows.map((x) => x.usd) },
    { sender: T.str16(), receiver: T.str16(), usd: T.float64() },
  );
  rep.output(file, bn);
  if (Math.abs(sumMillions - spec.total) > 0.5) throw new BuildError(`${spec.rel}: sum ${sumMillions} != published total ${spec.total} (US$ million)`);
  rep.check(`bilateral ${year} total US$ million (published ${spec.total.toLocaleString('en-US')})`, Math.round(sumMillions * 1000) / 1000);
}
