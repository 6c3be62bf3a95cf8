/**
 * The cost rules (queries/costs.ts) on a small fixture: quarters, the quarter a filter means, usable costs.
 */
import { describe, expect, it } from 'vitest';
import type { CorridorCostRow } from '../../src/lib/data/types';
import { costQuarters, isUsableCost, markedQuarter, quarterAmong, resolveQuarter } from '../../src/lib/data/queries/costs';

const row = (period: string, cost: number, flag = ''): CorridorCostRow => ({
  period,
  source: 'USA',
  dest: 'MEX',
  cost,
  basis: 'transparent_services_mean',
  nServices: 3,
  flag,
});
const rows = [row('2012Q1', 7), row('2011Q3', 8), row('2012Q1', -1, 'negative'), row('2011Q1', 9)];

describe('cost rules', () => {
  it('lists the quarters of the data once, ascending', () => {
    expect(costQuarters(rows)).toEqual(['2011Q1', '2011Q3', '2012Q1']);
    expect(costQuarters([])).toEqual([]);
  });

  it('resolves a filter quarter: the chosen one if the data have it, else the latest', () => {
    expect(resolveQuarter(rows, '2011Q3')).toBe('2011Q3');
    expect(resolveQuarter(rows, null)).toBe('2012Q1');
    expect(resolveQuarter(rows, '2011Q2')).toBe('2012Q1'); // no survey that quarter
    expect(resolveQuarter([], null)).toBe('');
    expect(quarterAmong(['2019Q2', '2020Q1'], '2019Q2')).toBe('2019Q2');
    expect(quarterAmong(['2019Q2', '2020Q1'], '2018Q1')).toBe('2020Q1');
  });

  it('marks the chosen quarter as it is on a chart, the latest of its grid when none is chosen', () => {
    expect(markedQuarter('2011Q2', ['2011Q1', '2012Q1'])).toBe('2011Q2');
    expect(markedQuarter(null, ['2011Q1', '2012Q1'])).toBe('2012Q1');
    expect(markedQuarter(null, [])).toBeNull();
  });

  it('a usable cost is finite, not negative and not flagged negative', () => {
    expect(isUsableCost(row('2011Q1', 6.5))).toBe(true);
    expect(isUsableCost(row('2011Q1', 0))).toBe(true);
    expect(isUsableCost(row('2011Q1', -0.5))).toBe(false);
    expect(isUsableCost(row('2011Q1', 3, 'negative'))).toBe(false);
    expect(isUsableCost(row('2011Q1', NaN))).toBe(false);
    // country rows (WDI) may come without a flag
    expect(isUsableCost({ cost: 4 })).toBe(true);
  });
});
