/**
 * The corridor view's pure helpers: which pair to show when none is chosen, the tidy table (table
 * alternative + CSV, columns measure, period, sex, value, unit) and small wording helpers.
 */
import type { ColumnTable } from 'arquero';
import { stockCells } from '../../data/queries/corridors';
import type { CorridorTidyRow } from '../../data/queries/corridor';
import type { Corridor } from '../../state/corridor';
import type { ViewTable } from '../../export/columns';
import { t } from '../../i18n';
import { formatDecimal, formatInteger } from '../../i18n/format';

/**
 * The pair shown when the URL names none: the largest corridor of the stock year in the data — among
 * the immigrants of the one selected country (dir=in) or its emigrants (dir=out), else in the world.
 */
export function largestCorridor(stock: ColumnTable, year: number, selected: readonly string[], dir: 'in' | 'out'): Corridor | null {
  const c = stockCells(stock, year, 'total');
  const only = selected.length === 1 ? selected[0] : null;
  let best = -1;
  let pair: Corridor | null = null;
  for (let i = 0; i < c.stock.length; i++) {
    const o = c.orig[i];
    const d = c.dest[i];
    if (o === d || !(c.stock[i] > best)) continue;
    if (only && (dir === 'in' ? d !== only : o !== only)) continue;
    best = c.stock[i];
    pair = { origin: o, destination: d };
  }
  return pair;
}

/**
 * A value as the table shows it: integers grouped, others with two decimals (the CSV keeps it exact).
 * Status values (`party`, `not priced`) and units stay codes, like the measure names: this table is the
 * corridor's tidy data, the same in every language.
 */
export const showValue = (v: unknown): string =>
  typeof v === 'number' ? (Number.isInteger(v) ? formatInteger(v) : formatDecimal(v, 2)) : v == null ? '—' : String(v);

/** The corridor's figures, one row per observation (the `source` of each row goes to the ZIP's metadata, not the CSV). */
export function corridorTable(rows: readonly CorridorTidyRow[]): ViewTable<'corridor'> {
  return {
    columns: [
      { key: 'measure', label: t('corridor.col.measure'), type: 'string' },
      { key: 'period', label: t('corridor.col.period'), type: 'string' },
      { key: 'sex', label: t('corridor.col.sex'), type: 'string' },
      { key: 'value', label: t('corridor.col.value'), type: 'number', format: showValue },
      { key: 'unit', label: t('corridor.col.unit'), type: 'string' },
    ],
    rows: rows.map((r) => ({ measure: r.measure, period: r.period, sex: r.sex, value: r.value, unit: r.unit })),
  };
}
