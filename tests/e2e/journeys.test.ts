/**
 * User journeys, end to end in the built app, against the real bundled data.
 *
 *  Policymaker: dashboard → pick Mexico with the keyboard in the country picker → the Sankey, the time
 *    series and the map show Mexico; the country panel shows Mexico's headline numbers (checked against
 *    data/stock-totals.arrow); change the year → every year-dependent view follows.
 *  Presenter: `?embed=corridors` → only that view; download PNG (slide preset, 1920×1080) and SVG.
 *  Journalist: set filters with the controls → download CSV → its rows equal the table shown.
 *  No console errors or unhandled rejections during any journey.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { VIEW_IDS } from '../../src/lib/state/types';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import { loadStockTotals } from '../../src/lib/data/load';
import { formatInteger } from '../../src/lib/i18n/format';
import {
  pickCountry,
  download,
  downloadFromView,
  expectNoErrors,
  openApp,
  parseCsv,
  readTable,
  settle,
  stateOf,
  view,
  viewIds,
  waitForViews,
  until,
  withApp,
} from './helpers';
import { useBrowser } from './suite';

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

async function stockTotal(iso3: string, year: number, sex: string): Promise<{ immigrants: number; emigrants: number }> {
  const t = await loadStockTotals(nodeFetcher(DATA_DIR));
  const rows = t.objects() as { iso3: string; year: number; sex: string; immigrants: number; emigrants: number }[];
  const r = rows.find((x) => x.iso3 === iso3 && x.year === year && x.sex === sex);
  if (!r) throw new Error(`no stock total for ${iso3} ${year} ${sex}`);
  return r;
}

/** Pick a country in the filter bar's picker with the keyboard: type, arrow to the option, Enter. */

/** The subtitles of every card (the filters in words). */
async function subtitles(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-view]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-view') ?? '', e.querySelector('.subtitle')?.textContent?.trim() ?? ''])),
  );
}

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Open a view card's Download menu and run one item. */
async function menuDownload(page: Page, viewId: string, action: string) {
  const card = view(page, viewId);
  return download(page, async () => {
    await card.locator('[data-action="download-menu"]').click();
    await card.locator(`[role="menuitem"][data-action="${action}"]`).click();
  });
}

/**
 * Displayed table cell ↔ CSV cell: the same text, or the same number as displayed — the table may group
 * digits (1,234), round (12.35), abbreviate ($339M, 1.2B, 3.4 million) or add a unit (%, US$); the CSV
 * holds the exact value, which must round to what is shown. Long text may be cut with "…" on screen.
 * Text otherwise must be identical: a code in the CSV ("party") is not the label shown ("Party").
 */
const SCALE: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9, bn: 1e9, T: 1e12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
function sameCell(shown: string, csv: string): boolean {
  if (shown === csv) return true;
  if (shown === '—' && csv === '') return true;
  // long text cut for the screen ("… saved in gi…"): the CSV has all of it
  if (shown.endsWith('…') && shown.length > 20 && csv.startsWith(shown.slice(0, -1))) return true;
  const n = Number(csv);
  if (csv === '' || !Number.isFinite(n)) return false;
  const m = /^(?:US\$|\$|€|£)?\s*(-?[\d,]*\.?\d+)\s*(k|K|M|B|bn|T|thousand|million|billion|trillion)?\s*(%|US\$)?$/.exec(
    shown.replace(/\u2212/g, '-').replace(/^-\$/, '$-').replace(/\u00a0/g, ' '),
  );
  if (!m) return false;
  const scale = SCALE[m[2] ?? ''];
  const shownNum = Number(m[1].replace(/,/g, '')) * scale;
  const decimals = (m[1].split('.')[1] ?? '').length;
  return Math.abs(shownNum - n) <= 0.5 * 10 ** -decimals * scale + 1e-9 * Math.abs(n);
}

describe('journeys', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('dashboard: every view renders with the default filters', async () => {
    await withApp(browser, '', { waitFor: 'views', timeout: 60_000 }, async ({ page }) => {
      expect([...(await viewIds(page))].sort()).toEqual([...VIEW_IDS].sort());
      for (const id of VIEW_IDS) {
        expect(await view(page, id).locator('[role="alert"]').count(), `${id} has no error`).toBe(0);
        expect(await view(page, id).locator('figure').count(), `${id} has a figure`).toBe(1);
      }
    });
  });

  it('policymaker: pick Mexico, every view follows; change the year, everything follows', async () => {
    await withApp(browser, '', { waitFor: 'views', timeout: 60_000 }, async ({ page }) => {
      await pickCountry(page, 'mex', 'MEX');
      expect(stateOf(page).countries).toEqual(['MEX']);
      expect(new URL(page.url()).searchParams.get('country')).toBe('MEX');
      await waitForViews(page, undefined, { timeout: 60_000 });

      // Sankey: Mexico is a node (country focus)
      await until(() => view(page, 'corridors').locator('[data-code="MEX"]').count()).toBeGreaterThan(0);
      // Time series: the Mexico series is drawn and named
      await until(async () => (await view(page, 'stock-trend').textContent()) ?? '').toMatch(/Mexico/);
      // Maps: Mexico is marked as selected
      for (const id of ['stock-map', 'remittance-map', 'cost-map', 'treaties-map']) {
        await until(() => view(page, id).locator('[data-iso3="MEX"][aria-pressed="true"]').count(), `${id} marks Mexico`)
          .toBeGreaterThan(0);
      }
      // Every view's subtitle (the filters in words) names Mexico where it depends on the selection
      const subs = await subtitles(page);
      for (const id of ['corridors', 'stock-trend', 'remittance-trend', 'cost-trend']) {
        expect(subs[id] ?? `(view ${id} not on the page)`, `${id} subtitle`).toMatch(/Mexico/);
      }

      // Country panel: headline numbers, equal to the bundled data
      const panel = page.locator('[data-country-panel="MEX"]');
      await panel.waitFor();
      await until(async () => (await panel.locator('h2').textContent())?.trim()).toBe('Mexico');
      const mex2024 = await stockTotal('MEX', 2024, 'total');
      await until(() => panel.locator('[data-figure="immigrants"] .value').textContent())
        .toBe(formatInteger(mex2024.immigrants));
      await until(() => panel.locator('[data-figure="emigrants"] .value').textContent())
        .toBe(formatInteger(mex2024.emigrants));
      for (const f of ['top-destination', 'received']) {
        await until(async () => (await panel.locator(`[data-figure="${f}"]`).textContent()) ?? '', f).toMatch(/\d/);
      }
      // Mexico's emigrants mostly live in the United States
      await until(() => panel.locator('[data-figure="top-destination"] [data-select]').getAttribute('data-select'))
        .toBe('USA');

      // Change the year with the slider (keyboard): 2024 → 2020
      const before = await subtitles(page);
      const slider = page.locator('[data-control="year"] [role="slider"]');
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await until(() => slider.getAttribute('aria-valuenow')).toBe('2020');
      expect(stateOf(page).year).toBe(2020);
      expect(stateOf(page).countries).toEqual(['MEX']);
      await waitForViews(page, undefined, { timeout: 60_000 });
      await settle(page);
      const after = await subtitles(page);
      // The views drawn from the migrant stock of the selected year say which year they show.
      for (const id of ['corridors', 'stock-map', 'per-emigrant']) {
        expect(before[id], `${id} before`).toMatch(/2024/);
        expect(after[id], `${id} follows the year`).toMatch(/2020/);
        expect(after[id], `${id} no longer says 2024`).not.toMatch(/2024/);
      }
      const mex2020 = await stockTotal('MEX', 2020, 'total');
      await until(() => panel.locator('[data-figure="immigrants"] .value').textContent())
        .toBe(formatInteger(mex2020.immigrants));
      // the map's table follows too: Mexico's row carries the 2020 figure
      const mapTable = await readTable(page, 'stock-map');
      expect(mapTable.rows.length).toBeGreaterThan(100);
      const mexRow = mapTable.rows.find((r) => r.includes('MEX'));
      expect(mexRow, 'Mexico in the stock map table').toBeDefined();
      expect(mexRow, 'Mexico row shows 2020').toContain('2020');
      expect(mexRow, 'Mexico row shows its 2020 immigrants').toContain(formatInteger(mex2020.immigrants));

      // Back restores 2024 (discrete choices are history entries)
      await page.goBack();
      await until(() => slider.getAttribute('aria-valuenow')).toBe('2024');
      await until(() => panel.locator('[data-figure="immigrants"] .value').textContent())
        .toBe(formatInteger(mex2024.immigrants));
    });
  });

  it('presenter: an embed URL renders only that view; PNG (slide) and SVG downloads', async () => {
    await withApp(browser, 'embed=corridors&country=PHL&year=2015', async ({ page }) => {
      await waitForViews(page, ['corridors'], { timeout: 60_000 });
      expect(await viewIds(page)).toEqual(['corridors']);
      expect(await page.locator('[data-filter-bar]').count(), 'no filter bar without controls=1').toBe(0);
      expect(await page.locator('header.app-header').count(), 'no dashboard header').toBe(0);
      expect(await view(page, 'corridors').locator('[data-code="PHL"]').count()).toBeGreaterThan(0);

      const png = await menuDownload(page, 'corridors', 'download-png-slide');
      expect(png.filename).toMatch(/\.png$/);
      expect(pngSize(png.buffer)).toEqual({ width: 1920, height: 1080 });
      expect(png.buffer.length).toBeGreaterThan(20_000); // a real picture, not an empty frame

      const svg = await menuDownload(page, 'corridors', 'download-svg-current');
      expect(svg.filename).toMatch(/\.svg$/);
      expect(svg.text).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
      expect(svg.text).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg.text).toMatch(/Philippines/); // the chart itself, with its labels
      expect(svg.text).toMatch(/2015/); // the subtitle
      expect(svg.text).toMatch(/United Nations|UN DESA/); // the source line
      expect(svg.text).not.toMatch(/<script|data-action=|<button/); // no UI chrome, nothing executable
      // well-formed: the browser parses it without a parsererror
      const ok = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return !doc.querySelector('parsererror') && doc.documentElement.nodeName === 'svg';
      }, svg.text);
      expect(ok).toBe(true);

      const slide = await menuDownload(page, 'corridors', 'download-svg-slide');
      expect(slide.text).toMatch(/viewBox="0 0 1920 1080"|width="1920"/);
    });
  });

  it('presenter: embed with controls=1 shows the filter bar, and it drives the view', async () => {
    await withApp(browser, 'embed=stock-map&controls=1', async ({ page }) => {
      await waitForViews(page, ['stock-map'], { timeout: 60_000 });
      expect(await viewIds(page)).toEqual(['stock-map']);
      await page.locator('[data-filter-bar]').waitFor();
      const slider = page.locator('[data-control="year"] [role="slider"]');
      await slider.focus();
      await page.keyboard.press('Home');
      await until(() => slider.getAttribute('aria-valuenow')).toBe('1990');
      expect(stateOf(page)).toMatchObject({ year: 1990, embed: 'stock-map', controls: true });
      await waitForViews(page, ['stock-map'], { timeout: 60_000 });
      await until(async () => (await view(page, 'stock-map').locator('.subtitle').textContent()) ?? '').toMatch(/1990/);
    });
  });

  it('journalist: set filters with the controls, download CSV, its rows equal the table shown', async () => {
    await withApp(browser, '', { waitFor: 'views', timeout: 60_000 }, async ({ page }) => {
      // year 2010 with the slider, grouping by income, the Philippines from the picker
      const slider = page.locator('[data-control="year"] [role="slider"]');
      await slider.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
      await until(() => slider.getAttribute('aria-valuenow')).toBe('2010');
      await page.locator('[data-control="group"] [role="radio"][data-value="income"]').click();
      await pickCountry(page, 'philip', 'PHL');
      expect(stateOf(page)).toMatchObject({ year: 2010, group: 'income', countries: ['PHL'] });
      await waitForViews(page, undefined, { timeout: 60_000 });

      // the corridors CSV is about the Philippines in 2010
      const corridors = await downloadFromView(page, 'corridors', 'download-csv');
      expect(corridors.text).toMatch(/PHL/);
      expect(corridors.filename).toMatch(/2010/);
      // every view: the CSV and the table alternative hold the same rows (problems collected per view)
      const problems: string[] = [];
      for (const id of VIEW_IDS) {
        const csv = await downloadFromView(page, id, 'download-csv');
        expect(csv.filename, id).toMatch(/\.csv$/);
        expect(csv.text.charCodeAt(0), `${id}: UTF-8 BOM for spreadsheets`).toBe(0xfeff);
        const [header, ...rows] = parseCsv(csv.text);
        const shown = await readTable(page, id);
        expect(rows.length, `${id}: has rows`).toBeGreaterThan(0);
        // no spreadsheet formula can sneak in: text cells never start with = + - @ (numbers may be negative)
        for (const row of rows) {
          for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(Number.isFinite(Number(cell)), `${id}: "${cell}"`).toBe(true);
        }
        // the CSV names each column by its stable key; the table shows its label: same columns, same order
        if (JSON.stringify(shown.keys) !== JSON.stringify(header)) {
          problems.push(`${id}: columns differ: table ${JSON.stringify(shown.keys)} vs CSV ${JSON.stringify(header)}`);
          continue;
        }
        if (shown.rows.length !== Math.min(rows.length, 500)) {
          problems.push(`${id}: table shows ${shown.rows.length} rows, CSV has ${rows.length}`);
          continue;
        }
        const mismatches: string[] = [];
        for (let r = 0; r < shown.rows.length; r++) {
          for (let c = 0; c < header.length; c++) {
            if (!sameCell(shown.rows[r][c], rows[r][c])) {
              mismatches.push(`row ${r + 1}, "${header[c]}": table shows "${shown.rows[r][c]}", CSV has "${rows[r][c]}"`);
            }
          }
        }
        if (mismatches.length) problems.push(`${id}: ${mismatches.length} cell(s) differ, e.g. ${mismatches.slice(0, 3).join('; ')}`);
      }
      expect(problems, 'the CSV must hold exactly the rows the table shows').toEqual([]);
    });
  });

  it('a permalink restores the same view: reload reproduces filters and figures', async () => {
    const q = 'year=2000&country=DEU~TUR&group=subregion&sex=female&dir=out';
    const a = await openApp(browser, q, { waitFor: 'views', timeout: 60_000 });
    const b = await openApp(browser, q, { waitFor: 'views', timeout: 60_000 });
    try {
      expect(stateOf(a.page)).toEqual(stateOf(b.page));
      expect(stateOf(a.page)).toMatchObject({ year: 2000, countries: ['DEU', 'TUR'], group: 'subregion', sex: 'female', dir: 'out' });
      expect(await subtitles(a.page)).toEqual(await subtitles(b.page));
      const ta = await readTable(a.page, 'corridors');
      const tb = await readTable(b.page, 'corridors');
      expect(ta).toEqual(tb);
      expectNoErrors(a.errors);
      expectNoErrors(b.errors);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
