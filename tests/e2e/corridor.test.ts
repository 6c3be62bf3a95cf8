/**
 * The corridor, joined, in a real browser (built app, headless Chromium, bundled data): a click on a
 * migrant-Sankey link opens the corridor view on that pair (URL `corridor=`), the picker's swap reverses
 * it, the corridor CSV is exactly its table, `?embed=corridor` renders that view alone, a hostile
 * `corridor=` falls back with the notice, the money Sankey follows `group` and `flowyear`, and a
 * journalist finds in the CSV the figures the view shows.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FLOW_YEARS } from '../../src/lib/data/types';
import { downloadFromView, parseCsv, readTable, readTableValues, stateOf, until, view, viewIds, waitForViews, withApp } from './helpers';
import { useBrowser } from './suite';

/** Matrix years this checkout bundles (2017 and 2018 plug in as their files are added). */
const BUNDLED = FLOW_YEARS.filter((y) => existsSync(`data/remittances-bilateral-${y}.arrow`));
const LATEST_FLOW = FLOW_YEARS[FLOW_YEARS.length - 1];

async function corridorReady(page: Page, pair?: string) {
  await waitForViews(page, ['corridor'], { timeout: 60_000 });
  const sel = pair ? `[data-corridor="${pair}"]` : '[data-corridor]';
  await view(page, 'corridor').locator(sel).waitFor({ state: 'attached', timeout: 60_000 });
}

const shownPair = (page: Page) => view(page, 'corridor').locator('[data-corridor]').getAttribute('data-corridor');

describe('corridor view', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('a click on a country-to-country link of the people Sankey opens the corridor with that pair', async () => {
    await withApp(browser, 'country=MEX&dir=out', async ({ page }) => {
      await waitForViews(page, ['corridors']);
      const link = view(page, 'corridors').locator('svg path.link[data-source="o:c:MEX"][data-target="d:c:USA"]');
      await link.waitFor({ state: 'attached' });
      await link.dispatchEvent('click');
      await until(() => stateOf(page).corridor, 'corridor in the URL').toBe('MEX-USA');
      expect(new URL(page.url()).searchParams.get('corridor')).toBe('MEX-USA');
      await corridorReady(page, 'MEX-USA');
      expect(await view(page, 'corridor').locator('h2, h3').first().textContent()).toContain('Mexico');
    });
  });

  it('the swap button reverses the pair', async () => {
    await withApp(browser, 'corridor=PHL-SAU', async ({ page }) => {
      await corridorReady(page, 'PHL-SAU');
      await view(page, 'corridor').locator('[data-action="swap-corridor"]').click();
      await until(() => stateOf(page).corridor, 'swapped pair').toBe('SAU-PHL');
      await corridorReady(page, 'SAU-PHL');
    });
  });

  it('the corridor CSV is exactly its table (measure, period, sex, value, unit)', async () => {
    await withApp(browser, 'corridor=MEX-USA', async ({ page }) => {
      await corridorReady(page, 'MEX-USA');
      const csv = parseCsv((await downloadFromView(page, 'corridor', 'download-csv')).text, { restore: true });
      expect(csv[0]).toEqual(['measure', 'period', 'sex', 'value', 'unit']);
      const shown = await readTable(page, 'corridor');
      expect(shown.headers).toEqual(csv[0]);
      expect(shown.rows.length).toBe(Math.min(csv.length - 1, 500));
      const raw = await readTableValues(page, 'corridor');
      expect(raw).toEqual(csv.slice(1, 1 + raw.length));
      // one row per observation: every stock year and sex of the people part, every matrix year of the money part
      const migrants = csv.filter((r) => r[0] === 'migrants');
      expect(migrants.length).toBe(8 * 3);
      expect(csv.filter((r) => r[0] === 'remittances_to_origin').map((r) => r[1])).toEqual(BUNDLED.map(String));
      expect(csv.filter((r) => r[0].startsWith('treaty_origin_')).length).toBe(8);
    });
  });

  it('?embed=corridor&corridor=MEX-USA renders only that view', async () => {
    await withApp(browser, 'embed=corridor&corridor=MEX-USA', async ({ page }) => {
      await corridorReady(page, 'MEX-USA');
      expect(await viewIds(page)).toEqual(['corridor']);
      expect(await shownPair(page)).toBe('MEX-USA');
    });
  });

  it('a hostile corridor value falls back to the default pair with the notice, and no console error', async () => {
    const hostile = encodeURIComponent('"><script>alert(1)</script>-USA');
    await withApp(browser, `corridor=${hostile}&year=2010`, async ({ page }) => {
      const notice = page.locator('[data-notice="ignored-params"]');
      await notice.waitFor({ state: 'visible' });
      expect(await notice.locator('[data-param="corridor"]').count()).toBe(1);
      expect(stateOf(page).corridor).toBeNull();
      await corridorReady(page);
      // the default: the largest corridor of the world in the latest stock year
      expect(await shownPair(page)).toBe('MEX-USA');
      expect(await page.locator('script:not([src])').evaluateAll((s) => s.some((x) => x.textContent?.includes('alert(1)')))).toBe(false);
    });
    // an unknown code (valid format) is also refused once the registry has loaded
    await withApp(browser, 'corridor=MEX-XXX', async ({ page }) => {
      await page.locator('[data-notice="ignored-params"] [data-param="corridor"]').waitFor({ state: 'attached' });
      await until(() => stateOf(page).corridor, 'unknown code dropped').toBeNull();
    });
  });

  it('the money Sankey follows group and flowyear, and says when a year is not bundled', async () => {
    await withApp(browser, 'group=income', async ({ page }) => {
      await waitForViews(page, ['remittance-flows']);
      const card = view(page, 'remittance-flows');
      await card.locator('svg .node').first().waitFor({ state: 'attached' });
      const groups = await card.locator('svg .node[data-kind="group"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
      expect(groups).toContain('o:g:High income');
      let table = await readTable(page, 'remittance-flows');
      expect(table.headers).toEqual(['flowyear', 'sender', 'sender_code', 'receiver', 'receiver_code', 'usd']);
      expect(new Set(table.rows.map((r) => r[0]))).toEqual(new Set([String(LATEST_FLOW)]));
      // the shared grouping: regions instead of income groups
      await page.locator('#filters [data-control="group"] [data-value="region"]').click();
      await until(() => stateOf(page).group, 'group=region').toBe('region');
      await card.locator('svg .node[data-item="o:g:Americas"]').waitFor({ state: 'attached' });
      // the year toggle writes flowyear; the chart and table follow, or say the year is not bundled
      const other = FLOW_YEARS.find((y) => y !== LATEST_FLOW)!;
      await card.locator(`[data-control="flowyear"] [data-value="${other}"]`).click();
      await until(() => stateOf(page).flowYear, 'flowyear').toBe(other);
      expect(new URL(page.url()).searchParams.get('flowyear')).toBe(String(other));
      if (BUNDLED.includes(other)) {
        await until(async () => (await readTable(page, 'remittance-flows')).rows[0]?.[0], 'rows of the other year').toBe(String(other));
      } else {
        await until(async () => (await card.textContent()) ?? '', 'not bundled').toContain(`${other} bilateral remittance matrix is not bundled`);
        expect(await card.locator('[data-action="download-csv"]').isDisabled()).toBe(true);
      }
      await card.locator(`[data-control="flowyear"] [data-value="${LATEST_FLOW}"]`).click();
      await until(() => new URL(page.url()).searchParams.has('flowyear'), 'default year omitted').toBe(false);
      await card.locator('svg .node').first().waitFor({ state: 'attached' });
      table = await readTable(page, 'remittance-flows');
      expect(table.rows.length).toBeGreaterThan(0);
    });
  });

  it('journey: a journalist opens the Philippines → Saudi Arabia corridor, downloads its CSV and finds the figures shown', async () => {
    await withApp(browser, '', async ({ page }) => {
      await corridorReady(page);
      const card = view(page, 'corridor');
      const origin = card.locator('[data-control="corridor-origin"] input');
      await origin.fill('phil');
      await card.locator('[data-control="corridor-origin"] [role="option"][data-iso3="PHL"]').click();
      const dest = card.locator('[data-control="corridor-destination"] input');
      await dest.fill('saudi');
      await card.locator('[data-control="corridor-destination"] [role="option"][data-iso3="SAU"]').click();
      await until(() => stateOf(page).corridor, 'picked pair').toBe('PHL-SAU');
      await corridorReady(page, 'PHL-SAU');
      const shownMigrants = (await card.locator('[data-fact="migrants"] strong').textContent())!.replace(/[^\d]/g, '');
      const csv = parseCsv((await downloadFromView(page, 'corridor', 'download-csv')).text, { restore: true });
      const row = csv.find((r) => r[0] === 'migrants' && r[1] === '2024' && r[2] === 'total');
      expect(row?.[4]).toBe('persons');
      expect(String(Math.round(Number(row?.[3])))).toBe(shownMigrants);
      const moneyShown = (await card.locator('tr[data-flowyear="2021"] [data-money="to-origin"]').textContent())!.replace(/[^\d]/g, '');
      const money = csv.find((r) => r[0] === 'remittances_to_origin' && r[1] === '2021');
      expect(String(Math.round(Number(money?.[3])))).toBe(moneyShown);
      expect(money?.[4]).toBe('US$');
    });
  });
});
