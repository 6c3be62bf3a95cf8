/**
 * Corridors view in a real browser (built app, headless Chromium): the Sankey renders from the bundled
 * data, clicking or pressing Enter on a country node selects it in the shared state (URL, Sankey and
 * the other views follow), group nodes drill down and Escape goes back, and the table alternative and
 * the CSV hold exactly the displayed corridors.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  clearServeRules,
  downloadFromView,
  parseCsv,
  readTable,
  resetServer,
  setServeRule,
  settle,
  stateOf,
  view,
  waitForViews,
  type AppPage,
  withApp,
} from './helpers';
import { useBrowser } from './suite';
import { CORRIDORS_COLUMNS } from '../fixtures/columns';

/** The table's headers: the CSV's column names, the unit with the value column. */
const HEADER = CORRIDORS_COLUMNS.map((k) => (k === 'migrants' ? 'migrants (persons)' : k));

/** withApp, once the Sankey has drawn its nodes. */
function withCorridors(browser: Browser, query: string, body: (app: AppPage) => Promise<void>): Promise<void> {
  return withApp(browser, query, async (app) => {
    await waitForViews(app.page, ['corridors']);
    await view(app.page, 'corridors').locator('svg .node').first().waitFor({ state: 'attached' });
    await body(app);
  });
}

const sankey = (page: Page) => view(page, 'corridors').locator('svg');
const nodeIds = (page: Page, side: 'origin' | 'destination') =>
  sankey(page).locator(`.node[data-side="${side}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));

async function waitForUrl(page: Page, test: (s: ReturnType<typeof stateOf>) => boolean, what: string) {
  const t0 = Date.now();
  while (Date.now() - t0 < 10_000) {
    if (test(stateOf(page))) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`URL never reached: ${what} (now ${page.url()})`);
}

describe('corridors view', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b), { resetServer: true });

  it('renders the world Sankey by region: origins incl. unknown origin on the left, destinations on the right', async () => {
    await withCorridors(browser, '', async ({ page }) => {
      const origins = await nodeIds(page, 'origin');
      const destinations = await nodeIds(page, 'destination');
      expect(origins).toEqual(expect.arrayContaining(['o:g:Africa', 'o:g:Americas', 'o:g:Asia', 'o:g:Europe', 'o:g:Oceania', 'o:unknown']));
      expect(destinations).toEqual(expect.arrayContaining(['d:g:Africa', 'd:g:Americas', 'd:g:Asia', 'd:g:Europe', 'd:g:Oceania']));
      expect(destinations).not.toContain('d:unknown');
      expect(await sankey(page).locator('path.link').count()).toBeGreaterThan(20);
      // labelled chart: a group with a name and a text summary giving the DESA world total
      expect(await sankey(page).getAttribute('role')).toBe('group');
      const descId = await sankey(page).getAttribute('aria-describedby');
      const desc = await page.locator(`[id="${descId}"]`).textContent();
      expect(desc).toContain('304,021,813');
      expect(await view(page, 'corridors').locator('.subtitle').textContent()).toContain('2024 · both sexes · by UN region');
      // link widths follow the stock: Asia → Asia is wider than Oceania → Africa
      const w = (id: string) => sankey(page).locator(`path.link[data-item="${id}"]`).getAttribute('stroke-width').then(Number);
      expect(await w('o:g:Asia>d:g:Asia')).toBeGreaterThan(await w('o:g:Oceania>d:g:Africa'));
    });
  });

  it('hover/focus tooltip: stock, shares, change since the previous year (loaded lazily); click pins, Escape unpins', async () => {
    await withCorridors(browser, 'country=MEX&dir=out', async ({ page }) => {
      const card = view(page, 'corridors');
      const link = sankey(page).locator('path.link[data-item="o:c:MEX>d:c:USA"]');
      await link.focus();
      const tip = card.locator('.tooltip');
      // the 2020 file is fetched on first interaction; then the change appears
      const t0 = Date.now();
      while (!/Change since 2020: \+/.test((await tip.textContent()) ?? '') && Date.now() - t0 < 10_000) await page.waitForTimeout(50);
      const text = (await tip.textContent()) ?? '';
      expect(text).toContain('Mexico → United States');
      expect(text).toContain('11,279,561 migrants');
      expect(text).toMatch(/97\.\d% of emigrants from Mexico/);
      expect(text).toMatch(/21\.\d% of immigrants in United States/);
      expect(text).toContain('Change since 2020: +102,509 (+0.9%)');
      // unrelated links fade
      expect(await sankey(page).locator('path.link.faded').count()).toBe((await sankey(page).locator('path.link').count()) - 1);
      // Enter pins, Escape unpins
      await page.keyboard.press('Enter');
      expect(await link.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await link.getAttribute('aria-pressed')).toBe('false');
      expect(stateOf(page).countries).toEqual(['MEX']);
    });
  });

  it('click a group → drill-down; click a country → it is selected everywhere; Escape goes back', async () => {
    await withCorridors(browser, 'group=subregion', async ({ page }) => {
      await sankey(page).locator('[data-item="d:g:Northern America"]').click();
      await waitForUrl(page, (s) => s.focus === 'Northern America', 'focus=Northern America');
      await settle(page);
      const crumbs = view(page, 'corridors').locator('nav');
      expect((await crumbs.textContent())?.replace(/\s*›\s*/g, ' › ').trim()).toBe('World › Northern America');
      const dest = await nodeIds(page, 'destination');
      expect(dest).toEqual(expect.arrayContaining(['d:c:USA', 'd:c:CAN']));
      expect(dest).not.toContain('d:g:Northern America');

      // a country node selects the country in the shared state
      await sankey(page).locator('[data-item="d:c:CAN"]').click();
      await waitForUrl(page, (s) => s.countries.join() === 'CAN', 'country=CAN');
      expect(page.url()).toContain('country=CAN');
      await settle(page);
      // the Sankey switches to country focus: immigrants living in Canada by origin country
      expect(await nodeIds(page, 'destination')).toEqual(['d:c:CAN']);
      const origins = await nodeIds(page, 'origin');
      expect(origins).toEqual(expect.arrayContaining(['o:c:IND', 'o:other', 'o:unknown']));
      expect(await view(page, 'corridors').locator('.subtitle').textContent()).toContain('immigrants living in Canada');
      // other views on the page follow the same selection
      for (const other of ['stock-trend', 'remittance-trend']) {
        const card = view(page, other);
        if ((await card.count()) === 0) continue;
        await waitForViews(page, [other]);
        expect(await card.textContent(), other).toContain('Canada');
      }

      // Shift-click adds a second country
      await sankey(page).locator('[data-item="o:c:IND"]').click({ modifiers: ['Shift'] });
      await waitForUrl(page, (s) => s.countries.join() === 'CAN,IND', 'country=CAN~IND');

      // Escape (focus in the chart) goes back: selection cleared, then the drill-down
      await sankey(page).locator('.node').first().focus();
      await page.keyboard.press('Escape');
      await waitForUrl(page, (s) => s.countries.length === 0 && s.focus === 'Northern America', 'selection cleared');
      await settle(page);
      await sankey(page).locator('.node').first().focus();
      await page.keyboard.press('Escape');
      await waitForUrl(page, (s) => s.focus === null, 'focus cleared');
      await settle(page);
      expect(await nodeIds(page, 'destination')).toContain('d:g:Northern America');
    });
  });

  it('keyboard: Enter on a focused country node selects it; arrows move between nodes and links', async () => {
    await withCorridors(browser, 'group=country', async ({ page }) => {
      // one tab stop: exactly one item has tabindex 0
      expect(await sankey(page).locator('[tabindex="0"]').count()).toBe(1);
      const mexico = sankey(page).locator('[data-item="o:c:MEX"]');
      await mexico.focus();
      // focus shows the same tooltip as hover
      await settle(page);
      expect(await view(page, 'corridors').locator('.tooltip').textContent()).toContain('Mexico');
      // → goes to Mexico's largest corridor first in drawing order, ← back to Mexico
      await page.keyboard.press('ArrowRight');
      const onLink = await page.evaluate(() => document.activeElement?.getAttribute('data-item'));
      expect(onLink).toMatch(/^o:c:MEX>d:/);
      await page.keyboard.press('ArrowLeft');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toBe('o:c:MEX');
      await page.keyboard.press('Enter');
      await waitForUrl(page, (s) => s.countries.join() === 'MEX', 'country=MEX');
      await settle(page);
      // country focus; focus stays in the chart
      expect(await nodeIds(page, 'destination')).toEqual(['d:c:MEX']);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-view]')?.getAttribute('data-view'))).toBe('corridors');
    });
  });

  it('table toggle and CSV hold exactly the displayed corridors (exact values, codes, unit)', async () => {
    await withCorridors(browser, 'group=development&year=1990', async ({ page }) => {
      const links = await sankey(page).locator('path.link').count();
      expect(links).toBe(6);
      const table = await readTable(page, 'corridors');
      expect(table.headers).toEqual(HEADER);
      expect(table.rows).toHaveLength(6);
      const northNorth = table.rows.find((r) => r[3] === 'North' && r[6] === 'North');
      expect(northNorth?.[8]).toBe('41,906,289');

      const csv = await downloadFromView(page, 'corridors');
      expect(csv.filename).toMatch(/\.csv$/);
      const rows = parseCsv(csv.text);
      expect(rows[0]).toEqual(table.keys);
      expect(rows[0]).toEqual(HEADER.map((h) => h.replace(' (persons)', '')));
      const body = rows.slice(1).filter((r) => r.length > 1);
      expect(body).toHaveLength(6);
      const total = body.reduce((s, r) => s + Number(r[8]), 0);
      expect(total).toBe(153_916_063);
      const unknownNorth = body.find((r) => r[4] === 'unknown' && r[6] === 'North');
      expect(unknownNorth?.slice(0, 3)).toEqual(['1990', 'total', 'Unknown origin']);
      expect(unknownNorth?.[8]).toBe('7543757');
    });
  });

  it('country focus CSV: top N origins + Other + unknown origin add up to the immigrants in Mexico', async () => {
    await withCorridors(browser, 'country=MEX&top=5', async ({ page }) => {
      expect(await sankey(page).locator('.node[data-side="origin"][data-kind="country"]').count()).toBe(5);
      const rows = parseCsv((await downloadFromView(page, 'corridors')).text).slice(1).filter((r) => r.length > 1);
      expect(rows).toHaveLength(7); // 5 countries + Other + unknown origin
      expect(rows.every((r) => r[5] === 'Mexico' && r[6] === 'MEX')).toBe(true);
      expect(rows.map((r) => r[4]).sort()).toEqual(['country', 'country', 'country', 'country', 'country', 'other', 'unknown']);
      const total = rows.reduce((s, r) => s + Number(r[8]), 0);
      expect(total).toBe(1_726_089);
      // the "Corridors shown" control changes the shared state
      await view(page, 'corridors').locator('select[data-control="top"]').selectOption('10');
      await waitForUrl(page, (s) => s.top === 10, 'top=10');
      await settle(page);
      expect(await sankey(page).locator('.node[data-side="origin"][data-kind="country"]').count()).toBe(10);
    });
  });

  it("a year file that fails to load shows an error with retry in the card; retry recovers", async () => {
    await setServeRule('stock-2010', 'missing');
    await withApp(browser, 'year=2010', { ignoreErrors: [/404|Failed to load resource/] }, async ({ page }) => {
      const card = view(page, 'corridors');
      const alert = card.locator('[role="alert"]');
      await alert.waitFor({ state: 'visible' });
      expect(await alert.textContent()).toMatch(/stock-2010\.arrow/);
      await clearServeRules();
      await alert.locator('[data-action="retry"]').click();
      await card.locator('svg .node').first().waitFor({ state: 'attached' });
      expect(await card.locator('[role="alert"]').count()).toBe(0);
      expect(await card.locator('.subtitle').textContent()).toContain('2010');
    });
  });
});
