/**
 * Global average cost: published RPW figures where they exist, computed by Corridors for later quarters.
 * The computed quantity must reproduce the published one within 0.1 pp on at least 8 overlapping quarters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCosts, type CostTables } from '../../src/lib/data/load.ts';
import { nodeFetcher } from '../../src/lib/data/node-fetcher.ts';
import { COMPUTED, computeGlobalAverage, globalAverageAgreement, GLOBAL_TRIM } from '../../src/lib/data/queries/global-cost.ts';
import { latestGlobalCost } from '../../src/lib/data/queries/insights.ts';
import type { CorridorCostRow } from '../../src/lib/data/types.ts';
import { dataDir } from '../fixtures/data-paths.ts';

let costs: CostTables;
beforeAll(async () => {
  costs = await loadCosts(nodeFetcher(dataDir));
});

describe('computed global average', () => {
  it('agrees with the published figure within 0.1 pp on at least 8 overlapping quarters', () => {
    const a = globalAverageAgreement(costs.corridor, costs.global);
    expect(a.quarters.length).toBeGreaterThanOrEqual(10);
    expect(a.quarters.filter((q) => Math.abs(q.diff) <= 0.1).length).toBeGreaterThanOrEqual(8);
    expect(a.within01).toBeGreaterThanOrEqual(8);
    expect(a.meanAbsDiff).toBeLessThan(0.1);
    expect(a.maxAbsDiff).toBeLessThan(0.3);
  });

  it('is the trimmed mean of usable corridor averages (hand computation on a fixture)', () => {
    const row = (cost: number, flag = ''): CorridorCostRow => ({ period: '2030Q1', source: 'AAA', dest: 'BBB', cost, basis: 'all_services_mean', nServices: 1, flag });
    // 50 usable corridors 1..50 → floor(2 % × 50) = 1 trimmed at each end → mean of 2..49 = 25.5; the negative one is left out
    const rows = [...Array.from({ length: 50 }, (_, i) => row(i + 1)), row(-5, 'negative')];
    const c = computeGlobalAverage(rows, '2030Q1')!;
    expect(GLOBAL_TRIM).toBe(0.02);
    expect(c).toMatchObject({ corridors: 50, trimmedEachEnd: 1 });
    expect(c.value).toBeCloseTo(25.5, 12);
    expect(computeGlobalAverage(rows, '2030Q2')).toBeNull();
  });

  it('is bundled, labelled, only after the last published quarter; the key figure shows 2025Q3', () => {
    const ga = costs.global.filter((f) => f.indicator === 'global_average');
    const published = ga.filter((f) => f.valueType !== COMPUTED);
    const computed = ga.filter((f) => f.valueType === COMPUTED);
    const lastPublished = published.map((f) => f.quarter).sort().at(-1)!;
    expect(lastPublished).toBe('2023Q3');
    expect(computed.map((f) => f.quarter)).toEqual(['2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q3']);
    for (const f of computed) {
      expect(f.publication).toMatch(/computed by Corridors/);
      expect(f.value).toBeCloseTo(computeGlobalAverage(costs.corridor, f.quarter)!.value, 2);
    }
    expect(published.find((f) => f.quarter === '2023Q3')!.value).toBe(6.18); // never replaced
    const latest = latestGlobalCost(costs.global)!;
    expect(latest.quarter).toBe('2025Q3');
    expect(latest.valueType).toBe(COMPUTED);
  });
});
