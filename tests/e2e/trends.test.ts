/**
 * The time-series views in a real browser: the stock trend follows the country selection, points
 * select the year / quarter in the shared state (mouse and keyboard), tables carry the plotted data.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readTable, view, waitForViews, waitForUrl, withApp } from './helpers';
import { useBrowser } from './suite';

const combobox = (page: Page) => page.locator('[data-filter-bar] input[role="combobox"]').first();
const points = (page: Page, id: string) => view(page, id).locator('figure svg .focusable-point');
const legendCountries = (page: Page, id: string) =>
  view(page, id)
    .locator('.series-legend [data-country]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-country')));

describe('trends', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('?country=MEX: the stock trend draws a Mexico line; adding a country adds a line', async () => {
    await withApp(browser, 'country=MEX', async ({ page }) => {
      await waitForViews(page, ['stock-trend']);
      const card = view(page, 'stock-trend');
      // accessible name and legend name Mexico; one focusable point per stock year
      expect(await card.locator('figure svg[aria-label]').first().getAttribute('aria-label')).toMatch(/Mexico/);
      expect(await legendCountries(page, 'stock-trend')).toEqual(['MEX']);
      await expect.poll(() => points(page, 'stock-trend').count()).toBe(8);
      expect(await points(page, 'stock-trend').first().getAttribute('aria-label')).toMatch(/^Mexico, 1990/);

      // select a second country with the filter bar's picker
      await combobox(page).waitFor({ state: 'visible' });
      await expect.poll(() => combobox(page).isEnabled(), { timeout: 20_000 }).toBe(true);
      await combobox(page).click();
      await combobox(page).fill('Philippines');
      await page.keyboard.press('Enter');
      await waitForUrl(page, (s) => s.countries.join('~') === 'MEX~PHL');

      await expect.poll(() => legendCountries(page, 'stock-trend')).toEqual(['MEX', 'PHL']);
      await expect.poll(() => points(page, 'stock-trend').count()).toBe(16);
      // two lines of 8 stock years each, every point named with its country
      const labels = await points(page, 'stock-trend').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(labels.filter((l) => l.startsWith('Philippines, ')).length).toBe(8);
      expect(labels.filter((l) => l.startsWith('Mexico, ')).length).toBe(8);

      // the table alternative has both countries, one row per series × year, exact integers
      const { headers, rows } = await readTable(page, 'stock-trend');
      const codeCol = headers.findIndex((h) => /^Code/.test(h));
      const yearCol = headers.findIndex((h) => /^Year/.test(h));
      expect(codeCol).toBeGreaterThanOrEqual(0);
      const mex = rows.filter((r) => r[codeCol].includes('MEX'));
      const phl = rows.filter((r) => r[codeCol].includes('PHL'));
      expect(mex.length).toBe(8);
      expect(phl.length).toBe(8);
      expect(mex.map((r) => r[yearCol]).sort()).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2024']);
    });
  });

  it('clicking a stock point sets the year in the URL; Enter on a focused point too', async () => {
    await withApp(browser, 'country=MEX&year=2024', async ({ page }) => {
      await waitForViews(page, ['stock-trend']);
      const target = view(page, 'stock-trend').locator('.focusable-point[aria-label*=", 2000 "]').first();
      await target.click({ force: true });
      const s = await waitForUrl(page, (st) => st.year === 2000);
      expect(s.countries).toEqual(['MEX']);
      // the rule moved: the focusable point of 2000 now holds the tab stop
      const focused = view(page, 'stock-trend').locator('.focusable-point[tabindex="0"]');
      await expect.poll(() => focused.getAttribute('aria-label')).toMatch(/, 2000 /);
      await focused.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await waitForUrl(page, (st) => st.year === 1995);
    });
  });

  it('remittances: World and LMY by default, partial 2024 aggregates left out, vintage in the table', async () => {
    await withApp(browser, '', async ({ page }) => {
      await waitForViews(page, ['remittance-trend']);
      const card = view(page, 'remittance-trend');
      expect(await card.locator('.series-legend').innerText()).toMatch(/World[\s\S]*Low & middle income/);
      expect(await card.locator('.note').innerText()).toMatch(/partial aggregates/i);
      const { headers, rows } = await readTable(page, 'remittance-trend');
      const yearCol = headers.findIndex((h) => /^Year/.test(h));
      const vintageCol = headers.findIndex((h) => /vintage/i.test(h));
      expect(rows.length).toBeGreaterThan(100);
      expect(rows.some((r) => r[yearCol] === '2024')).toBe(false);
      expect(rows.every((r) => /2025-07-01/.test(r[vintageCol]))).toBe(true);
      // series selector: paid → 2023 vintage
      await card.locator('[data-control="remittance-series"] [data-value="paid"]').click();
      const paid = await readTable(page, 'remittance-trend');
      expect(paid.rows.filter((r) => r[vintageCol]).every((r) => /2023-05-10/.test(r[vintageCol]))).toBe(true);
      // scale toggle is shared state
      await card.locator('[data-control="remittance-scale"] [data-value="log"]').click();
      await waitForUrl(page, (s) => s.scale === 'log');
    });
  });

  it('cost trend: to/from lines for the selection, global average, clicking a point sets the quarter', async () => {
    await withApp(browser, 'country=IND', async ({ page }) => {
      await waitForViews(page, ['cost-trend']);
      const card = view(page, 'cost-trend');
      const legend = await card.locator('.series-legend').innerText();
      expect(legend).toMatch(/to India/);
      expect(legend).toMatch(/Global average \(RPW, published\)/);
      expect(legend).toMatch(/5%/);
      expect(legend).toMatch(/3%/);
      const pt = card.locator('.focusable-point[aria-label*="2016 Q2"]').first();
      await pt.click({ force: true });
      await waitForUrl(page, (s) => s.quarter === '2016Q2');
      // provider split toggle draws Bank / MTO lines
      await card.locator('[data-control="cost-split"] [data-value="providers"]').click();
      await expect.poll(() => card.locator('.series-legend').innerText()).toMatch(/Bank, to India/);
    });
  });
});
