/**
 * "The 2012 report, recomputed" in the built app (real Chromium, real data): `?embed=report-2012` renders
 * every statement of A/67/254 Section II with its live figure or its reason; the CSV has the documented
 * columns and equals the table alternative; the figures shown are the query's; no console errors.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { downloadFromView, parseCsv, readTable, readTableValues, view, waitForViews, withApp } from './helpers';
import { useBrowser } from './suite';
import { STATEMENTS } from '../../src/lib/data/queries/report-2012';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { loadStockTotals } from '../../src/lib/data/load';
import { worldStockTotals } from '../../src/lib/data/queries/series';

const VIEW = 'report-2012';

describe('report-2012', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('renders at ?embed=report-2012; its CSV equals its table; no console errors', async () => {
    await withApp(browser, `embed=${VIEW}`, async ({ page }) => {
      await waitForViews(page, [VIEW], { timeout: 60_000 });
      const card = view(page, VIEW);
      // one screen row per statement, in the report's order
      const ids = await card.locator('tbody tr[data-row]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
      expect(ids).toEqual(STATEMENTS.map((s) => s.id));
      const summary = card.locator('[data-testid="report-summary"]');
      expect(Number(await summary.getAttribute('data-total'))).toBe(STATEMENTS.length);
      expect(Number(await summary.getAttribute('data-computed'))).toBe(STATEMENTS.filter((s) => typeof s.compute === 'function').length);

      // the world total of 2010 on screen is the stock-totals world total
      const w2010 = worldStockTotals(await loadStockTotals(nodeFetcher('data')), { sex: 'total', year: 2010 }).immigrants;
      const shown = await card.locator('tr[data-row="p5-world-2010"] td[data-value]').getAttribute('data-value');
      expect(Number(shown)).toBe(w2010 / 1e6);
      // a statement the data cannot answer says so
      expect(await card.locator('tr[data-row="p12-cost-2008"]').textContent()).toMatch(/not computable.*2011 Q1/);

      const file = await downloadFromView(page, VIEW, 'download-csv');
      expect(file.filename).toMatch(/^corridors-report-2012.*\.csv$/);
      const csv = parseCsv(file.text, { restore: true });
      expect(csv[0]).toEqual(['id', 'paragraph', 'statement', 'published_as', 'published', 'recomputed', 'unit', 'difference', 'difference_pct', 'basis']);
      expect(csv.length - 1).toBe(STATEMENTS.length);
      const table = await readTable(page, VIEW);
      expect(table.keys).toEqual(csv[0]);
      expect(csv[0]).toEqual(['id', 'paragraph', 'statement', 'published_as', 'published', 'recomputed', 'unit', 'difference', 'difference_pct', 'basis']);
      expect(table.rows.length).toBe(csv.length - 1);
      // text cells are the same; every number cell's exact value (data-value) is the CSV cell
      const raw = await readTableValues(page, VIEW);
      expect(raw).toEqual(csv.slice(1));
      const col = (name: string) => csv[0].indexOf(name);
      for (const r of csv.slice(1)) {
        expect(r[col('basis')].length, r[0]).toBeGreaterThan(20);
        if (r[col('recomputed')] === '') expect(r[col('basis')], r[0]).toMatch(/^Not computable/);
      }
    });
  });
});
