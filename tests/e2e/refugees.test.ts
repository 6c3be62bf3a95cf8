/**
 * The refugee views in a real browser: the refugee trend and map follow the selection and the year, the
 * trend's CSV is its table, the States-party insight switches between migrants and refugees, 2024 stock
 * shares render (WPP 2024), the key figures carry refugees and the latest (computed) cost quarter.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  downloadFromView,
  parseCsv,
  readTable,
  readTableValues,
  stateOf,
  until,
  view,
  waitForViews,
  withApp,
} from './helpers';
import { useBrowser } from './suite';

const points = (page: Page) => view(page, 'refugee-trend').locator('figure svg .focusable-point');
const pointLabels = (page: Page) => points(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
const tableCol = (t: { headers: string[]; rows: string[][] }, header: RegExp) => {
  const i = t.headers.findIndex((h) => header.test(h));
  expect(i, `column ${header} in ${t.headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return t.rows.map((r) => r[i]);
};

describe('refugee views', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('refugee trend: the world by default, then the selection; dir=out follows; UNRWA is its own series', async () => {
    await withApp(browser, 'embed=refugee-trend', async ({ page }) => {
      await waitForViews(page, ['refugee-trend'], { timeout: 60_000 });
      const card = view(page, 'refugee-trend');
      expect(await card.locator('.subtitle').textContent()).toMatch(/hosted by the world/);
      const legend = await card.locator('.series-legend').textContent();
      expect(legend).toMatch(/Refugees \(UNHCR mandate\)/);
      expect(legend).toMatch(/Palestine refugees \(UNRWA\), separate/);
      // 1990–2025 refugees, 1993–2025 asylum-seekers, 1990–2025 UNRWA
      await until(() => points(page).count()).toBe(36 + 33 + 36);
      expect((await pointLabels(page)).some((l) => /^Refugees \(UNHCR mandate\), the world, end of 2010: 10,548,835/.test(l))).toBe(true);
    });
    await withApp(browser, 'embed=refugee-trend&country=PAK&year=2010', async ({ page }) => {
      await waitForViews(page, ['refugee-trend'], { timeout: 60_000 });
      const labels = await pointLabels(page);
      expect(labels.some((l) => /^Refugees \(UNHCR mandate\), Pakistan, end of 2010: 1,900,619/.test(l))).toBe(true);
      // Pakistan has no UNRWA field: no UNRWA series
      expect(labels.some((l) => /UNRWA/.test(l))).toBe(false);
      // breakdown of the highlighted (dashboard) year by country of origin: Afghanistan first
      const breakdown = page.locator('[data-testid="refugee-breakdown"]');
      await until(() => breakdown.getAttribute('data-year')).toBe('2010');
      await until(() => breakdown.locator('li').first().getAttribute('data-code')).toBe('AFG');
    });
    await withApp(browser, 'embed=refugee-trend&country=AFG&dir=out&year=2010', async ({ page }) => {
      await waitForViews(page, ['refugee-trend'], { timeout: 60_000 });
      expect((await pointLabels(page)).some((l) => /^Refugees \(UNHCR mandate\), Afghanistan, end of 2010: /.test(l))).toBe(true);
      const breakdown = page.locator('[data-testid="refugee-breakdown"]');
      expect(await breakdown.locator('.hl').textContent()).toMatch(/Refugees from Afghanistan at the end of 2010, by country of asylum/);
      await until(() => breakdown.locator('li').first().getAttribute('data-code')).toMatch(/^(PAK|IRN)$/);
    });
  });

  it('refugee trend: a stock-year point sets the year; another year only highlights', async () => {
    await withApp(browser, 'embed=refugee-trend&country=PAK', async ({ page }) => {
      await waitForViews(page, ['refugee-trend'], { timeout: 60_000 });
      const labels = await pointLabels(page);
      const at = (year: number) => points(page).nth(labels.findIndex((l) => l.startsWith(`Refugees (UNHCR mandate), Pakistan, end of ${year}:`)));
      await at(2010).focus();
      await page.keyboard.press('Enter');
      await until(() => stateOf(page).year).toBe(2010);
      const breakdown = page.locator('[data-testid="refugee-breakdown"]');
      await until(() => breakdown.getAttribute('data-year')).toBe('2010');
      // 2013 is not a stock year: highlighted here, the dashboard year stays
      const labels2 = await pointLabels(page);
      await points(page).nth(labels2.findIndex((l) => l.startsWith('Refugees (UNHCR mandate), Pakistan, end of 2013:'))).focus();
      await page.keyboard.press('Enter');
      await until(() => breakdown.getAttribute('data-year')).toBe('2013');
      expect(stateOf(page).year).toBe(2010);
      expect(await view(page, 'refugee-trend').textContent()).toMatch(/any other year is only highlighted here/);
    });
  });

  it('refugee trend: the CSV is the table, with the documented columns', async () => {
    await withApp(browser, 'embed=refugee-trend&country=JOR&year=2010', async ({ page }) => {
      await waitForViews(page, ['refugee-trend'], { timeout: 60_000 });
      await until(() => page.locator('[data-testid="refugee-breakdown"] li').count()).toBeGreaterThan(0);
      const csv = parseCsv((await downloadFromView(page, 'refugee-trend', 'download-csv')).text, { restore: true });
      const shown = await readTable(page, 'refugee-trend');
      expect(csv[0]).toEqual(shown.keys);
      expect(csv[0]).toEqual(['series', 'level', 'year', 'asylum', 'asylum_code', 'origin', 'origin_code', 'refugees', 'asylum_seekers']);
      expect(shown.rows.length).toBe(csv.length - 1);
      const raw = await readTableValues(page, 'refugee-trend');
      expect(raw).toEqual(csv.slice(1));
      // the columns a script can rely on, and Jordan's UNRWA 2010 row kept apart
      const headers = shown.headers.join(' | ');
      for (const h of [/Year/, /Country of asylum/, /Country of asylum \(code\)/, /Country of origin/, /Country of origin \(code\)/, /Refugees/, /Asylum-seekers/])
        expect(headers).toMatch(h);
      const series = tableCol(shown, /^Series$/);
      const refugees = tableCol(shown, /^Refugees/);
      const years = tableCol(shown, /^Year/);
      const i = series.findIndex((s, k) => /UNRWA/.test(s) && years[k] === '2010');
      expect(refugees[i]).toBe('1,942,431');
    });
  });

  it('refugee map: follows the year, toggles per 1,000 inhabitants, click selects a country', async () => {
    await withApp(browser, 'embed=refugee-map&year=2010', async ({ page }) => {
      await waitForViews(page, ['refugee-map'], { timeout: 60_000 });
      const map = page.locator('[data-testid="refugee-map"]');
      expect(await map.getAttribute('data-year')).toBe('2010');
      expect(await view(page, 'refugee-map').textContent()).toMatch(/Refugee year 2010 \(end of year\)/);
      const t2010 = await readTable(page, 'refugee-map');
      const iso = tableCol(t2010, /^ISO3$/);
      expect(tableCol(t2010, /^Refugees/)[iso.indexOf('PAK')]).toBe('1,900,619');
      // per 1,000 inhabitants (WPP 2024)
      await view(page, 'refugee-map').locator('[data-control="refugee-map-measure"] [data-value="perThousand"]').click();
      await until(() => map.getAttribute('data-measure')).toBe('perThousand');
      expect(await view(page, 'refugee-map').textContent()).toMatch(/World Population Prospects 2024/);
      // islands as dots, countries as shapes; click selects
      expect(await view(page, 'refugee-map').locator('svg path.country').count()).toBeGreaterThan(165);
      await view(page, 'refugee-map').locator('svg [data-iso3="PAK"][role="button"]').first().click();
      await until(() => stateOf(page).countries.join('~')).toBe('PAK');
    });
    await withApp(browser, 'embed=refugee-map', async ({ page }) => {
      await waitForViews(page, ['refugee-map'], { timeout: 60_000 });
      expect(await page.locator('[data-testid="refugee-map"]').getAttribute('data-year')).toBe('2024');
    });
  });

  it('States-party insight switches between migrants and refugees (with and without UNRWA)', async () => {
    await withApp(browser, 'embed=hosted&instrument=V-2&date=2010-12-31', async ({ page }) => {
      await waitForViews(page, ['hosted'], { timeout: 60_000 });
      const headline = page.locator('[data-testid="hosted-headline"]');
      expect(await headline.textContent()).toMatch(/international migrants/);
      const migrantsCsv = (await downloadFromView(page, 'hosted', 'download-csv')).text;
      await view(page, 'hosted').locator('[data-control="hosted-measure"] [data-value="refugees"]').click();
      await until(() => stateOf(page).hostedMeasure).toBe('refugees');
      await until(() => headline.getAttribute('data-measure')).toBe('refugees');
      expect(await headline.getAttribute('data-year')).toBe('2010');
      const share = Number(await headline.getAttribute('data-share'));
      const withUnrwa = Number(await headline.getAttribute('data-share-with-unrwa'));
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThanOrEqual(100);
      expect(withUnrwa).not.toBe(share);
      expect(await headline.textContent()).toMatch(/refugees/);
      expect(await view(page, 'hosted').textContent()).toMatch(/With Palestine refugees under UNRWA’s mandate/);
      expect(await view(page, 'hosted').textContent()).toMatch(/the refugee year nearest/);
      const refugeesCsv = (await downloadFromView(page, 'hosted', 'download-csv')).text;
      expect(refugeesCsv).not.toBe(migrantsCsv);
      expect(parseCsv(refugeesCsv)[0]).toEqual(expect.arrayContaining(['refugee_year', 'hosted_refugees', 'world_refugees', 'share_pct', 'unrwa_hosted', 'share_with_unrwa_pct']));
      // back to migrants
      await view(page, 'hosted').locator('[data-control="hosted-measure"] [data-value="migrants"]').click();
      await until(() => headline.getAttribute('data-measure')).toBe(null);
      expect(stateOf(page).hostedMeasure).toBe('migrants');
    });
  });

  it('2024 stock shares render (WPP 2024); by sex the views say there is no share', async () => {
    await withApp(browser, 'measure=share&year=2024&country=PHL', async ({ page }) => {
      await waitForViews(page, ['stock-map', 'stock-trend'], { timeout: 90_000 });
      const mapTable = await readTable(page, 'stock-map');
      const iso = tableCol(mapTable, /^ISO3$/);
      const value = tableCol(mapTable, /% of population/)[iso.indexOf('PHL')];
      expect(value).toMatch(/^\d+[.,]\d+$/);
      expect(await view(page, 'stock-map').textContent()).toMatch(/World Population Prospects 2024/);
      const trendLabels = await view(page, 'stock-trend').locator('figure svg .focusable-point').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(trendLabels.some((l) => /^Philippines, 2024 .*% of the population/.test(l))).toBe(true);
      // the profile gives the 2024 share too
      await until(() => page.locator('[data-figure="immigrants"]').textContent()).toMatch(/of the population/);
      // refugees in the profile, with source and year
      await until(() => page.locator('[data-figure="refugees-hosted"]').textContent()).toMatch(/end of 2024 · UNHCR/);
    });
    await withApp(browser, 'measure=share&year=2024&sex=female', async ({ page }) => {
      await waitForViews(page, ['stock-map', 'stock-trend'], { timeout: 90_000 });
      expect(await view(page, 'stock-map').textContent()).toMatch(/A share by sex is not available/);
      expect(await view(page, 'stock-trend').textContent()).toMatch(/Share of population by sex is not available/);
    });
  });

  it('key figures: refugees (UNHCR, year stated) and the latest cost quarter, computed by Corridors', async () => {
    await withApp(browser, 'embed=key-figures&year=2010', async ({ page }) => {
      await waitForViews(page, ['key-figures'], { timeout: 60_000 });
      const refugees = page.locator('[data-testid="key-refugees"]');
      await until(() => refugees.getAttribute('data-value')).toBe('10548835');
      expect(await refugees.textContent()).toMatch(/UNHCR Refugee Data Finder, end of 2010/);
      expect(await refugees.textContent()).toMatch(/Palestine refugees under UNRWA/);
      const cost = page.locator('[data-testid="key-cost"]');
      expect(await cost.getAttribute('data-quarter')).toBe('2025Q3');
      expect(await cost.getAttribute('data-computed')).toBe('1');
      expect(await cost.textContent()).toMatch(/computed by Corridors/);
    });
  });
});
