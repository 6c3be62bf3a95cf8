/**
 * The one home of the rules for RPW remittance costs, used by the cost map, the cost trend, the country
 * profile and the cost-vs-size insight: which survey quarters exist, which quarter a filter means, and
 * which corridor averages may enter a mean.
 */
import type { CorridorCostRow } from '../types';
import { latestQuarter } from '../quarter';
import { createMemo, rowsOf, type Rows } from './memo';

const memo = createMemo(20);

/** Quarters with corridor data, ascending ('2011Q1' … '2025Q3'). */
export function costQuarters(costs: Rows<CorridorCostRow>): string[] {
  return memo(costs as object, 'quarters', () => [...new Set(rowsOf(costs).map((r) => r.period))].sort());
}

/** The chosen quarter if `periods` has it, else the latest of `periods` ('' when there are none). */
export function quarterAmong(periods: readonly string[], quarter: string | null): string {
  if (quarter && periods.includes(quarter)) return quarter;
  return latestQuarter(periods) ?? '';
}

/** The chosen quarter if the data have it, else the latest available (null = latest). */
export function resolveQuarter(costs: Rows<CorridorCostRow>, quarter: string | null): string {
  return quarterAmong(costQuarters(costs), quarter);
}

/**
 * The quarter a chart marks for the filter: the chosen quarter as it is (the shared choice stays visible
 * even where this chart's grid lacks it), or, with none chosen, the latest of the chart's `periods`.
 */
export function markedQuarter(quarter: string | null, periods: readonly string[]): string | null {
  return quarter ?? latestQuarter(periods);
}

/** A published cost that enters means and maps: finite, not negative and not flagged negative. */
export function isUsableCost(r: { cost: unknown; flag?: string | null }): boolean {
  return Number.isFinite(Number(r.cost)) && r.flag !== 'negative' && Number(r.cost) >= 0;
}
