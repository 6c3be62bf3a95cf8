/**
 * The RPW global average cost of sending USD 200: the published World Bank figures where they exist, and for
 * later quarters the same quantity COMPUTED BY CORRIDORS from the bundled corridor averages.
 *
 * Method (chosen because it reproduces the published series best, see data/SOURCES.md for the agreement):
 * the simple mean over corridors of the corridor averages of the quarter, after leaving out negative published
 * averages (isUsableCost) and trimming the lowest and the highest 2 % of corridors (floor(2 % × n) each side).
 * The RPW Global Average is a simple average over corridors; the trim stands in for the extreme corridors
 * (e.g. TUR→BGR above 100 %) and the corridor set and basis differences between RPW's own computation and the
 * bundled averages (from 2020Q4 most are means over all services).
 */
import type { CorridorCostRow, GlobalCostFigure } from '../types';
import { isUsableCost } from './costs';
import { createMemo, rowsOf, type Rows } from './memo';

const memo = createMemo(50);

export const GLOBAL_AVERAGE = 'global_average';
/** valueType of a figure computed here (published figures are 'exact' or 'derived_from_usd'). */
export const COMPUTED = 'computed';
/** Share of corridors trimmed at EACH end before the mean. */
export const GLOBAL_TRIM = 0.02;
export const COMPUTED_PUBLICATION = 'computed by Corridors from the bundled RPW corridor averages';

export interface ComputedGlobalAverage {
  quarter: string;
  value: number;
  /** Corridors with a usable average in the quarter, and how many were trimmed at each end. */
  corridors: number;
  trimmedEachEnd: number;
}

/** The computed global average of one quarter, or null when the quarter has no usable corridor. */
export function computeGlobalAverage(costs: Rows<CorridorCostRow>, quarter: string): ComputedGlobalAverage | null {
  return memo(costs as object, `ga|${quarter}`, () => {
    const xs = rowsOf(costs)
      .filter((r) => r.period === quarter && isUsableCost(r))
      .map((r) => Number(r.cost))
      .sort((a, b) => a - b);
    if (!xs.length) return null;
    const k = Math.floor(xs.length * GLOBAL_TRIM);
    const kept = xs.slice(k, xs.length - k);
    return { quarter, value: kept.reduce((s, x) => s + x, 0) / kept.length, corridors: xs.length, trimmedEachEnd: k };
  });
}

export interface GlobalAgreement {
  /** Quarters with both a published global average and corridor data. */
  quarters: { quarter: string; published: number; computed: number; diff: number }[];
  maxAbsDiff: number;
  meanAbsDiff: number;
  /** Quarters where |computed − published| ≤ 0.1 percentage point. */
  within01: number;
}

/** How well the computed global average reproduces the published one, on every overlapping quarter. */
export function globalAverageAgreement(costs: Rows<CorridorCostRow>, figures: readonly GlobalCostFigure[]): GlobalAgreement {
  const published = new Map<string, number>();
  for (const f of figures) if (f.indicator === GLOBAL_AVERAGE && f.valueType !== COMPUTED && !published.has(f.quarter)) published.set(f.quarter, f.value);
  const quarters: GlobalAgreement['quarters'] = [];
  for (const [quarter, p] of [...published].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const c = computeGlobalAverage(costs, quarter);
    if (c) quarters.push({ quarter, published: p, computed: c.value, diff: c.value - p });
  }
  const abs = quarters.map((q) => Math.abs(q.diff));
  return {
    quarters,
    maxAbsDiff: abs.length ? Math.max(...abs) : 0,
    meanAbsDiff: abs.length ? abs.reduce((s, x) => s + x, 0) / abs.length : 0,
    within01: abs.filter((x) => x <= 0.1 + 1e-9).length,
  };
}

/**
 * Global-average figures for every corridor quarter AFTER the last published one, computed here and labelled
 * (valueType 'computed', publication COMPUTED_PUBLICATION). Published figures are never replaced.
 */
export function computedGlobalFigures(costs: Rows<CorridorCostRow>, figures: readonly GlobalCostFigure[]): GlobalCostFigure[] {
  const lastPublished = figures.filter((f) => f.indicator === GLOBAL_AVERAGE && f.valueType !== COMPUTED).reduce((m, f) => (f.quarter > m ? f.quarter : m), '');
  const quarters = [...new Set(rowsOf(costs).map((r) => r.period))].filter((q) => q > lastPublished).sort();
  const out: GlobalCostFigure[] = [];
  for (const q of quarters) {
    const c = computeGlobalAverage(costs, q);
    if (!c) continue;
    out.push({
      quarter: q,
      indicator: GLOBAL_AVERAGE,
      value: Math.round(c.value * 100) / 100,
      valueType: COMPUTED,
      statement: `Mean of ${c.corridors - 2 * c.trimmedEachEnd} corridor averages (${c.corridors} usable, lowest and highest ${c.trimmedEachEnd} left out), ${COMPUTED_PUBLICATION}; not a World Bank figure.`,
      publication: COMPUTED_PUBLICATION,
      url: '',
    });
  }
  return out;
}
