/**
 * Map views in the built app (real Chromium, real bundled data): selecting countries on the map
 * (click, Shift+click, keyboard, dots for small areas) drives the shared state and the other views;
 * tooltips, the quarter control, corridor cost mode and the table/CSV show what the map shows.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  downloadFromView,
  parseCsv,
  requestLog,
  settle,
  stateOf,
  view,
  waitForViews,
  withApp,
} from './helpers';
import { useBrowser } from './suite';

const MAPS = ['stock-map', 'remittance-map', 'cost-map'] as const;

async function waitForUrl(page: Page, pred: (search: string) => boolean, timeout = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!pred(new URL(page.url()).search)) {
    if (Date.now() - t0 > timeout) throw new Error(`URL did not change as expected: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** A map country: its path or dot, inside one map card. */
const feature = (page: Page, viewId: string, iso3: string) =>
  view(page, viewId).locator(`svg [data-iso3="${iso3}"][role="button"]`);

describe('maps', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('renders the three maps from lazily loaded outlines, with legends, no errors', async () => {
    await withApp(browser, '', async ({ page, failedRequests }) => {
      await waitForViews(page, [...MAPS]);
      for (const id of MAPS) {
        const card = view(page, id);
        // 172–174 country shapes (Kosovo separate or not) plus dots
        expect(await card.locator('svg path.country').count(), id).toBeGreaterThan(165);
        expect(await card.locator('.map-legend').textContent(), id).toMatch(/No data/);
        expect(await card.locator('svg[role="group"]').getAttribute('aria-label'), id).toBeTruthy();
      }
      // Kosovo: painted as Serbia on the DESA stock map, separate on the World Bank maps
      expect(await feature(page, 'stock-map', 'XKX').count()).toBe(0);
      expect(await feature(page, 'remittance-map', 'XKX').count()).toBe(1);
      // the world-atlas outlines come as their own chunk, not inside the entry bundle
      const log = await requestLog();
      expect(log.some((r) => /countries-110m[^/]*\.js$/.test(r.path))).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(failedRequests).toEqual([]);
    });
  });

  it('click selects a country everywhere; Shift+click adds; clicking again clears', async () => {
    await withApp(browser, '', async ({ page }) => {
      await waitForViews(page, ['stock-map', 'cost-map']);
      const mex = feature(page, 'stock-map', 'MEX');
      await mex.click();
      await waitForUrl(page, (s) => new URLSearchParams(s).get('country') === 'MEX');
      expect(stateOf(page).countries).toEqual(['MEX']);
      await settle(page);
      expect(await mex.getAttribute('aria-pressed')).toBe('true');
      // every map follows the shared selection
      expect(await feature(page, 'cost-map', 'MEX').getAttribute('aria-pressed')).toBe('true');
      // the stock time series (if on the page) now shows Mexico
      const trend = view(page, 'stock-trend');
      if ((await trend.count()) > 0) {
        await waitForViews(page, ['stock-trend']);
        await expect.poll(async () => (await trend.textContent()) ?? '', { timeout: 10_000 }).toMatch(/Mexico/);
      }
      // Shift+click adds India
      await feature(page, 'stock-map', 'IND').click({ modifiers: ['Shift'] });
      await waitForUrl(page, (s) => new URLSearchParams(s).get('country') === 'MEX~IND');
      expect(stateOf(page).countries).toEqual(['MEX', 'IND']);
      // a plain click on a selected country makes it the only one; again clears the selection
      await feature(page, 'stock-map', 'IND').click();
      await waitForUrl(page, (s) => new URLSearchParams(s).get('country') === 'IND');
      await feature(page, 'stock-map', 'IND').click();
      await waitForUrl(page, (s) => !new URLSearchParams(s).has('country'));
    });
  });

  it('small areas without a 110m polygon are dots you can hover and click (Singapore)', async () => {
    await withApp(browser, 'embed=stock-map&year=2020', async ({ page }) => {
      await waitForViews(page, ['stock-map']);
      const sgp = feature(page, 'stock-map', 'SGP');
      expect(await sgp.evaluate((e) => e.tagName.toLowerCase())).toBe('circle');
      for (const iso3 of ['HKG', 'BHR', 'CHI', 'MLT']) expect(await feature(page, 'stock-map', iso3).count(), iso3).toBe(1);
      // tooltip: name, exact value with unit, period
      await sgp.hover();
      const tip = view(page, 'stock-map').locator('.map-tip');
      await tip.waitFor({ state: 'visible' });
      const text = (await tip.textContent()) ?? '';
      expect(text).toMatch(/Singapore/);
      expect(text).toMatch(/2,589,107 persons/); // IMS 2024, Singapore, mid-2020, both sexes
      expect(text).toMatch(/mid-2020/);
      await sgp.click();
      await waitForUrl(page, (s) => new URLSearchParams(s).get('country') === 'SGP');
      expect(await sgp.getAttribute('aria-pressed')).toBe('true');
    });
  });

  it('keyboard: one tab stop, arrows / letters move alphabetically, Enter selects, Shift+Enter adds', async () => {
    await withApp(browser, 'embed=stock-map', async ({ page }) => {
      await waitForViews(page, ['stock-map']);
      const card = view(page, 'stock-map');
      const stops = card.locator('svg [role="button"][tabindex="0"]');
      expect(await stops.count()).toBe(1);
      await stops.first().focus();
      // first country in alphabetical order
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'))).toBe('AFG');
      await page.keyboard.press('m');
      await page.keyboard.press('m');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(focused).toMatch(/^M\w*.*persons, mid-2024$/);
      await page.keyboard.press('End');
      const last = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
      await page.keyboard.press('Enter');
      await waitForUrl(page, (s) => new URLSearchParams(s).get('country') === last);
      await page.keyboard.press('ArrowLeft');
      const prev = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
      expect(prev).not.toBe(last);
      await page.keyboard.press('Shift+Enter');
      await waitForUrl(page, (s) => new URLSearchParams(s).get('country') === `${last}~${prev}`);
      // the focused country shows its tooltip too
      expect(await card.locator('.map-tip').getAttribute('data-tip-iso3')).toBe(prev);
    });
  });

  it('the CSV holds exactly what the stock map shows', async () => {
    await withApp(browser, 'embed=stock-map&year=2024&dir=in', async ({ page }) => {
      await waitForViews(page, ['stock-map']);
      const { filename, text } = await downloadFromView(page, 'stock-map');
      expect(filename).toMatch(/stock-map.*\.csv$/);
      const rows = parseCsv(text);
      const header = rows[0];
      const iso = header.indexOf('iso3');
      const val = header.indexOf('value'); // the map's value: persons with measure=count
      expect(iso).toBeGreaterThanOrEqual(0);
      expect(val).toBeGreaterThanOrEqual(0);
      const mex = rows.find((r) => r[iso] === 'MEX')!;
      expect(Number(mex[val])).toBe(1_726_089);
      // one row per IMS area, every one drawn on the map
      const body = rows.slice(1).filter((r) => r.length > 1 && r[iso]);
      expect(body.length).toBe(233);
      const drawn = await view(page, 'stock-map').locator('svg [data-iso3][role="button"]').evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-iso3')),
      );
      for (const r of body) expect(drawn, r[iso]).toContain(r[iso]);
    });
  });

  it('cost map: quarter control writes the shared state; one selected sender shows its corridors', async () => {
    await withApp(browser, 'embed=cost-map', async ({ page }) => {
      await waitForViews(page, ['cost-map']);
      const card = view(page, 'cost-map');
      expect(await card.locator('.subtitle').textContent()).toMatch(/to each receiving country, 2025 Q3/);
      await card.locator('select[data-control="map-quarter"]').selectOption('2019Q2');
      await waitForUrl(page, (s) => new URLSearchParams(s).get('quarter') === '2019Q2');
      await expect.poll(async () => card.locator('.subtitle').textContent()).toMatch(/2019 Q2/);
      await card.locator('select[data-control="map-costdir"]').selectOption('from');
      await waitForUrl(page, (s) => new URLSearchParams(s).get('costdir') === 'from');
      await expect.poll(async () => card.locator('.subtitle').textContent()).toMatch(/from each sending country/);
      // the average-mode CSV fills its documented columns (cost, quarter, corridors averaged, negatives left out)
      const avg = parseCsv((await downloadFromView(page, 'cost-map')).text);
      const col = (name: string) => avg[0].indexOf(name);
      expect(avg[0]).toEqual(expect.arrayContaining(['iso3', 'cost_pct', 'quarter', 'corridors', 'negative_excluded']));
      const usaRow = avg.find((r) => r[col('iso3')] === 'USA');
      expect(Number(usaRow?.[col('cost_pct')])).toBeGreaterThan(0);
      expect(usaRow?.[col('quarter')]).toBe('2019Q2');
      expect(Number(usaRow?.[col('corridors')])).toBeGreaterThan(0);

      // select the United States (a sending country) → corridor costs from the US
      await feature(page, 'cost-map', 'USA').click();
      await waitForUrl(page, (s) => new URLSearchParams(s).get('country') === 'USA');
      await expect.poll(async () => card.locator('h2').textContent()).toMatch(/from United States/);
      expect(await card.locator('.subtitle').textContent()).toMatch(/Corridor costs: .* from United States to each receiving country, 2019 Q2/);
      const mexLabel = (await feature(page, 'cost-map', 'MEX').getAttribute('aria-label')) ?? '';
      expect(mexLabel).toMatch(/^Mexico: \d+\.\d\d% of the amount sent, 2019 Q2/);
    });
  });
});
