/**
 * Treaty views and the insights that use treaty status, in the built app (real Chromium, real data):
 * changing the as-of date changes the counts (timeline, table, key figures) and the map colours;
 * the instrument checkboxes write `instrument=` to the URL; the timeline is keyboard- and pointer-operable;
 * the table's CSV has the documented columns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { downloadFromView, parseCsv, settle, stateOf, view, waitForViews, withApp } from './helpers';
import { useBrowser } from './suite';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { loadTreaties } from '../../src/lib/data/load';
import { partyCount, treatyIndex, type TreatyIndex } from '../../src/lib/data/queries/treaties';

const VIEWS = ['treaties-map', 'treaties-timeline', 'treaties-table', 'key-figures', 'hosted'];
const PARTY = '#0072b2';
const SIGNED = '#e69f00';

async function waitFor(pred: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!(await pred())) {
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const param = (page: Page, name: string) => new URLSearchParams(new URL(page.url()).search).get(name);

/** The three places that show the count of States party to one instrument. */
async function counts(page: Page, id: string) {
  const attr = (sel: string) => page.locator(sel).first().getAttribute('data-count');
  return {
    timeline: Number(await attr(`[data-view="treaties-timeline"] [data-testid="treaties-timeline-readout"] li[data-series="${id}"]`)),
    table: Number(await attr(`[data-view="treaties-table"] .inst[data-instrument="${id}"] [data-testid="treaties-count"]`)),
    key: Number(await attr(`[data-view="key-figures"] [data-testid="key-parties"] [data-instrument="${id}"]`)),
  };
}

const fill = (page: Page, iso3: string) =>
  view(page, 'treaties-map').locator(`svg [data-iso3="${iso3}"][role="button"]`).first().getAttribute('fill');

describe('treaties', () => {
  let browser: Browser;
  let ix: TreatyIndex;
  useBrowser((b) => (browser = b));
  beforeAll(async () => {
    ix = treatyIndex(await loadTreaties(nodeFetcher('data')));
  });

  it('changing the date changes the counts in the timeline, table and key figures, and the map', async () => {
    await withApp(browser, 'instrument=XVIII-12-a&date=2012-06-30', async ({ page }) => {
      await waitForViews(page, VIEWS);
      // check figure: 149 States party to the Trafficking Protocol on 30 June 2012 (EU not counted)
      expect(await counts(page, 'XVIII-12-a')).toEqual({ timeline: 149, table: 149, key: 149 });
      expect(await view(page, 'treaties-map').locator('[data-testid="treaties-map-counts"]').textContent()).toMatch(/149 States party.*EU: party/);
      // Japan signed in 2002 and became a party on 2017-07-11: signed only in 2012
      expect(await fill(page, 'JPN')).toBe(SIGNED);
      expect(await fill(page, 'FRA')).toBe(PARTY);
      // hosted migrants use the stock year nearest the date, and say so
      expect(await view(page, 'hosted').locator('[data-testid="hosted-headline"]').getAttribute('data-year')).toBe('2010');

      // type a new date into the timeline's labelled date input
      const input = view(page, 'treaties-timeline').getByLabel('Status as of');
      await input.fill('2018-01-15');
      await input.dispatchEvent('change');
      await waitFor(async () => param(page, 'date') === '2018-01-15', 'date=2018-01-15 in the URL');
      await settle(page);
      const expected = partyCount(ix, 'XVIII-12-a', '2018-01-15').states;
      expect(expected).toBeGreaterThan(149);
      await waitFor(async () => (await counts(page, 'XVIII-12-a')).table === expected, 'counts to update');
      expect(await counts(page, 'XVIII-12-a')).toEqual({ timeline: expected, table: expected, key: expected });
      expect(await fill(page, 'JPN')).toBe(PARTY);
      expect(await view(page, 'hosted').locator('[data-testid="hosted-headline"]').getAttribute('data-year')).toBe('2020');

      // "Latest data" clears the date
      await view(page, 'treaties-map').locator('[data-action="latest"]').click();
      await waitFor(async () => param(page, 'date') === null, 'date removed from the URL');
      expect(stateOf(page).date).toBeNull();
      const latest = partyCount(ix, 'XVIII-12-a', null).states;
      await waitFor(async () => (await counts(page, 'XVIII-12-a')).key === latest, 'latest counts');
    });
  });

  it('instrument checkboxes and the any/all toggle write the URL; every view follows', async () => {
    await withApp(browser, 'date=2012-06-30', async ({ page }) => {
      await waitForViews(page, VIEWS);
      const card = view(page, 'treaties-map');
      await card.locator('[data-control="instruments"] summary').click();
      await card.locator('[data-control="instruments"] input[value="XVIII-12-b"]').check();
      await waitFor(async () => param(page, 'instrument') === 'IV-13~XVIII-12-b', 'instrument=IV-13~XVIII-12-b');
      expect(stateOf(page).instruments).toEqual(['IV-13', 'XVIII-12-b']);
      await settle(page);
      expect(await counts(page, 'XVIII-12-b')).toEqual({ timeline: 130, table: 130, key: 130 });
      expect(await counts(page, 'IV-13')).toEqual({ timeline: 46, table: 46, key: 46 });
      // the combined "at least one of" series appears in the timeline
      const setCount = Number(await view(page, 'treaties-timeline').locator('li[data-series="set"]').getAttribute('data-count'));
      expect(setCount).toBeGreaterThanOrEqual(130);
      // switch to "all of"
      await card.locator('[data-control="set"] input[value="all"]').check();
      await waitFor(async () => param(page, 'set') === 'all', 'set=all');
      await settle(page);
      const allCount = Number(await view(page, 'treaties-timeline').locator('li[data-series="set"]').getAttribute('data-count'));
      expect(allCount).toBeLessThanOrEqual(46);
      expect(allCount).toBeGreaterThan(0);
      // untick the ICRMW: the URL keeps only the Smuggling Protocol
      await card.locator('[data-control="instruments"] input[value="IV-13"]').uncheck();
      await waitFor(async () => param(page, 'instrument') === 'XVIII-12-b', 'instrument=XVIII-12-b');
      // back restores the previous choice (push history)
      await page.goBack();
      await waitFor(async () => param(page, 'instrument') === 'IV-13~XVIII-12-b', 'back to two instruments');
    });
  });

  it('timeline: arrow keys step the date by month and year; a click sets the date', async () => {
    await withApp(browser, '?embed=treaties-timeline&instrument=IV-13&date=2012-06-30', async ({ page }) => {
      await waitForViews(page, ['treaties-timeline']);
      const slider = page.locator('[data-testid="treaties-timeline-chart"]');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await waitFor(async () => param(page, 'date') === '2012-07-30', 'date=2012-07-30');
      await page.keyboard.press('PageUp');
      await waitFor(async () => param(page, 'date') === '2013-07-30', 'date=2013-07-30');
      await page.keyboard.press('ArrowDown');
      await waitFor(async () => param(page, 'date') === '2012-07-30', 'date=2012-07-30 again');
      expect(await slider.getAttribute('aria-valuetext')).toMatch(/2012/);
      // readout follows
      const readout = page.locator('li[data-series="IV-13"]');
      expect(Number(await readout.getAttribute('data-count'))).toBe(partyCount(ix, 'IV-13', '2012-07-30').states);
      // a click near the left edge of the plot sets an early date
      const box = (await slider.boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
      await waitFor(async () => (param(page, 'date') ?? '9999') < '2005-01-01', 'an early date after the click');
      const d = param(page, 'date')!;
      expect(Number(await readout.getAttribute('data-count'))).toBe(partyCount(ix, 'IV-13', d).states);
      // dragging: the date follows the pointer, and the whole gesture adds ONE history entry
      const before = await page.evaluate(() => history.length);
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
      await page.mouse.down();
      for (const x of [0.4, 0.5, 0.6, 0.7]) await page.mouse.move(box.x + box.width * x, box.y + box.height / 2, { steps: 3 });
      await page.mouse.up();
      await waitFor(async () => (param(page, 'date') ?? '') > d, 'a later date after dragging right');
      expect(await page.evaluate(() => history.length)).toBe(before + 1);
    });
  });

  it('treaties table CSV has the documented columns and one row per participant', async () => {
    await withApp(browser, '?embed=treaties-table&instrument=XVIII-12-a&date=2012-06-30', async ({ page }) => {
      await waitForViews(page, ['treaties-table']);
      const file = await downloadFromView(page, 'treaties-table');
      const rows = parseCsv(file.text.replace(/^\uFEFF/, ''));
      const header = rows[0];
      for (const col of ['instrument_id', 'instrument', 'iso3', 'state', 'signature_date', 'consent_date', 'consent_type', 'consent_year', 'party_from', 'status', 'source']) {
        expect(header).toContain(col);
      }
      const body = rows.slice(1).filter((r) => r.length > 1);
      expect(body.length).toBe(ix.rows.get('XVIII-12-a')!.size + 1); // + the European Union
      const statusCol = header.indexOf('status');
      expect(body.filter((r) => r[statusCol] === 'Party').length).toBe(150); // 149 States + EU (status in words, as the table shows it)
    });
  });
});
