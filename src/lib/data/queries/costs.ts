/**
 * Shared rules for RPW corridor costs, used by the cost map, the country profile and the
 * cost-vs-size insight: which survey quarters exist, which quarter a filter means, and which
 * corridor averages may enter a mean.
 */
import type { CorridorCostRow } from '../types';
import { createMemo, rowsOf, type Rows } from './memo';

const memo = createMemo(20);

/** Quarters with corridor data, ascending ('2011Q1' … '2025Q3'). */
export function costQuarters(costs: Rows<CorridorCostRow>): string[] {
  return memo(costs as object, 'quarters', () => [...new Set(rowsOf(costs).map((r) => r.period))].sort());
}

/** The chosen quarter if the data have it, else the latest available (null = latest). */
export function resolveQuarter(costs: Rows<CorridorCostRow>, quarter: string | null): string {
  const qs = costQuarters(costs);
  if (quarter && qs.includes(quarter)) return quarter;
  return qs[qs.length - 1] ?? '';
}

/** A corridor average that enters means and maps: finite and not flagged negative. */
export function isUsableCost(r: Pick<CorridorCostRow, 'cost' | 'flag'>): boolean {
  return Number.isFinite(Number(r.cost)) && r.flag !== 'negative' && Number(r.cost) >= 0;
}
