/**
 * Downloads, image export, share, embed and sub-path hosting, in the built app (real Chromium, real data).
 * Each download is clicked like a user would and the file is inspected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import type { MetaFile } from '../../src/lib/data/types';
import { findExternalRefs } from '../../src/lib/export/image';
import { HEIGHT_MESSAGE } from '../../src/lib/export/embed';
import {
  appUrl,
  baseUrl,
  download,
  downloadFromMenu,
  downloadFromView,
  parseCsv,
  pngSize,
  readTable,
  readTableValues,
  view,
  viewIds,
  waitForViews,
  type AppPage,
  withApp,
} from './helpers';
import { useBrowser, useSharedApp } from './suite';

/** The view most export tests use: a map (many SVG paths, an HTML legend, a table of ~230 rows). */
const VIEW = 'stock-map';
const QUERY = 'year=2010&sex=female';
const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as MetaFile;

const fromMenu = (page: Page, id: string, action: string) => downloadFromMenu(page, id, action, 60_000);

/** Parse an SVG string with the browser's XML parser: root element, parse errors, texts. */
async function parseSvg(page: Page, svg: string) {
  return page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      name: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      paths: doc.getElementsByTagName('path').length,
      styleEls: doc.getElementsByTagName('style').length,
      scripts: doc.getElementsByTagName('script').length,
      foreign: doc.getElementsByTagName('foreignObject').length,
      title: doc.getElementsByTagName('title')[0]?.textContent ?? '',
    };
  }, svg);
}

/**
 * A displayed table cell matches a CSV cell: the same text, or the same number as displayed
 * (grouped, rounded, compact "1.2M", currency or percent formatting), within the displayed precision.
 */
function sameCell(shown: string, csv: string): boolean {
  if (shown === '—' || shown === '') return csv === '' || csv === shown;
  if (shown === csv) return true;
  const n = Number(csv);
  if (csv === '' || !Number.isFinite(n)) return false;
  const m = /(-|−)?\s*[^\d\s-]*\s*([\d,]*\.?\d+)\s*([KMBT])?\b\s*(%)?/i.exec(shown.replace(/\u00a0/g, ' '));
  if (!m) return false;
  const mult = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[(m[3] ?? '').toUpperCase() as 'K'] ?? 1;
  const digits = m[2].replace(/,/g, '');
  const v = (m[1] ? -1 : 1) * Number(digits) * mult;
  const decimals = (digits.split('.')[1] ?? '').length;
  const tol = 0.5 * 10 ** -decimals * mult + 1e-9;
  // a share may be stored as a fraction and shown in percent
  return Math.abs(n - v) <= tol || (!!m[4] && Math.abs(n * 100 - v) <= tol);
}

describe('export', () => {
  let browser: Browser;
  let app: AppPage;
  useSharedApp(QUERY, (a) => waitForViews(a.page, [VIEW], { timeout: 60_000 }), (b, a) => ((browser = b), (app = a)));

  it('CSV: exactly the rows the table shows, stable column names, UTF-8 BOM, no formula cells', async () => {
    const { page } = app;
    const file = await downloadFromView(page, VIEW, 'download-csv');
    expect(file.filename).toMatch(/^corridors-stock-map-.*2010.*female.*\.csv$/);
    expect([...file.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(file.text);
    const shown = await readTable(page, VIEW);
    // the CSV header is the columns' stable names, in the table's column order; the table shows the labels
    expect(rows[0]).toEqual(shown.keys);
    expect(rows[0].every((h) => /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(h))).toBe(true);
    expect(shown.headers.some((h) => /\(.+\)/.test(h))).toBe(true); // at least one "label (unit)" header on screen
    const body = rows.slice(1);
    expect(body.length).toBeGreaterThan(150);
    expect(shown.rows.length).toBe(Math.min(body.length, 500)); // the HTML table shows up to 500 rows
    body.slice(0, shown.rows.length).forEach((r, i) => {
      r.forEach((cell, j) => expect(sameCell(shown.rows[i][j], cell), `row ${i} col ${rows[0][j]}: shown "${shown.rows[i][j]}" csv "${cell}"`).toBe(true));
    });
    for (const r of body) for (const c of r) expect(/^[=+@\t\r]/.test(c) || (/^-/.test(c) && Number.isNaN(Number(c)))).toBe(false);
    // values are exact: the persons column holds integers without separators
    expect(body.some((r) => r.some((c) => /^\d{5,}$/.test(c)))).toBe(true);
  });

  it('CSV equals the table for every view on the dashboard', async () => {
    const { page } = app;
    await waitForViews(page, undefined, { timeout: 90_000 });
    const ids = await viewIds(page);
    expect(ids.length).toBeGreaterThan(5);
    const checked: string[] = [];
    for (const id of ids) {
      const csvButton = view(page, id).locator('[data-action="download-csv"]');
      if (await csvButton.isDisabled()) continue; // a view in an error or empty state
      const rows = parseCsv((await downloadFromView(page, id, 'download-csv')).text, { restore: true });
      const shown = await readTable(page, id);
      expect(rows[0], id).toEqual(shown.keys);
      expect(shown.rows.length, id).toBe(Math.min(rows.length - 1, 500));
      // the exact value behind every displayed cell (data-value) is the CSV cell, unrounded
      const raw = await readTableValues(page, id);
      expect(raw, id).toEqual(rows.slice(1, 1 + raw.length));
      checked.push(id);
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  it('Download menu is a keyboard-operable menu button', async () => {
    const { page } = app;
    const card = view(page, VIEW);
    const button = card.locator('[data-action="download-menu"]');
    await button.focus();
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    const menu = card.locator('[role="menu"]');
    await menu.waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const items = card.locator('[role="menuitem"]');
    // data (6: shown, ZIP, full, full ZIP, shown and full with a source header), image (7: SVG and
    // PNG × 3 sizes, copy image), slides and code (2: PowerPoint, use in code)
    expect(await items.count()).toBe(15);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-action'));
    expect(await focused()).toBe('download-csv-shown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('download-zip');
    await page.keyboard.press('End');
    expect(await focused()).toBe('use-in-code');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('download-csv-shown'); // wraps
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused()).toBe('download-menu');
    // ArrowUp opens on the last item; Enter on an item runs it
    await page.keyboard.press('ArrowUp');
    await menu.waitFor({ state: 'visible' });
    expect(await focused()).toBe('use-in-code');
    await page.keyboard.press('Home');
    const file = await download(page, () => page.keyboard.press('Enter'));
    expect(file.filename).toMatch(/\.csv$/);
    await menu.waitFor({ state: 'detached' });
  });

  it('ZIP: the CSV, a valid metadata.json (title, filters, permalink, sources) and README.txt', async () => {
    const { page } = app;
    const file = await fromMenu(page, VIEW, 'download-zip');
    expect(file.filename).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(file.buffer));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(3);
    expect(names).toContain('metadata.json');
    expect(names).toContain('README.txt');
    const csvName = names.find((n) => n.endsWith('.csv'))!;
    expect(csvName).toBeTruthy();
    const md = JSON.parse(strFromU8(files['metadata.json']));
    const title = (await view(page, VIEW).locator('h2').first().textContent())?.trim();
    expect(md.title).toBe(title);
    expect(md.view).toBe(VIEW);
    expect(md.filters.state).toMatchObject({ year: 2010, sex: 'female' });
    expect(md.filters.query).toContain('year=2010');
    expect(md.filters.inWords).toContain('2010');
    expect(md.permalink).toContain('year=2010');
    expect(md.permalink).not.toContain('embed=');
    expect(md.file.name).toBe(csvName);
    const csvRows = parseCsv(new TextDecoder().decode(files[csvName]));
    expect(md.file.rows).toBe(csvRows.length - 1);
    const stock = md.sources.find((s: { id: string }) => s.id === 'migrant-stock');
    const real = meta.datasets.find((d) => d.id === 'migrant-stock')!;
    expect(stock).toMatchObject({ publisher: real.publisher, licence: real.licence, citation: real.citation, revision: real.revision });
    const readme = strFromU8(files['README.txt']);
    for (const p of ['UN DESA', 'World Bank', 'UNTC', 'ILO']) expect(readme).toContain(p);
    expect(readme).toContain(md.permalink);
    // same data as the direct CSV download
    const direct = await downloadFromView(page, VIEW, 'download-csv');
    expect(csvRows).toEqual(parseCsv(direct.text));
  });

  it('Full dataset: every year and sex, not just the current filter', async () => {
    const { page } = app;
    const file = await fromMenu(page, VIEW, 'download-full-csv');
    const rows = parseCsv(file.text);
    const totals = meta.datasets.find((d) => d.id === 'migrant-stock')!.files['stock-totals.arrow'];
    expect(rows.length - 1).toBe(totals);
    const yearCol = rows[0].indexOf('year');
    expect(new Set(rows.slice(1).map((r) => r[yearCol]))).toEqual(new Set(['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2024']));
  });

  it('SVG: well-formed standalone file with title, subtitle, chart, legend, source and permalink', async () => {
    const { page } = app;
    const file = await fromMenu(page, VIEW, 'download-svg-current');
    expect(file.filename).toMatch(/\.svg$/);
    const svg = file.text;
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const p = await parseSvg(page, svg);
    expect(p.error).toBe(false);
    expect(p.name).toBe('svg');
    expect(p.ns).toBe('http://www.w3.org/2000/svg');
    const title = (await view(page, VIEW).locator('h2').first().textContent())!.trim();
    const subtitle = (await view(page, VIEW).locator('.subtitle').first().textContent())!.trim();
    expect(p.title).toBe(title);
    const all = p.texts.join('\n');
    expect(all).toContain(title);
    expect(all).toContain(subtitle.split(' ').slice(0, 4).join(' '));
    expect(all).toMatch(/Source: UN DESA/);
    expect(all).toMatch(/year=2010/);
    expect(p.paths).toBeGreaterThan(100); // the map's countries
    // no external references, no stylesheets, scripts or foreignObject; explicit system fonts
    expect(findExternalRefs(svg)).toEqual([]);
    expect(svg).not.toMatch(/@font-face|@import|<link/i);
    expect(p.styleEls + p.scripts + p.foreign).toBe(0);
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).toMatch(/font-family[=:]"?system-ui/);
  });

  it('PNG: 2× the current size; exactly 1920×1080 and 1080×1080 for slide and square', async () => {
    const { page } = app;
    const svg = await fromMenu(page, VIEW, 'download-svg-current');
    const s = await parseSvg(page, svg.text);
    const cur = await fromMenu(page, VIEW, 'download-png-current');
    expect(pngSize(cur.buffer)).toEqual({ width: Math.round(s.width * 2), height: Math.round(s.height * 2) });
    const slide = await fromMenu(page, VIEW, 'download-png-slide');
    expect(slide.filename).toMatch(/-slide\.png$/);
    expect(pngSize(slide.buffer)).toEqual({ width: 1920, height: 1080 });
    const square = await fromMenu(page, VIEW, 'download-png-square');
    expect(pngSize(square.buffer)).toEqual({ width: 1080, height: 1080 });
    const squareSvg = await parseSvg(page, (await fromMenu(page, VIEW, 'download-svg-square')).text);
    expect([squareSvg.width, squareSvg.height, squareSvg.viewBox]).toEqual([1080, 1080, '0 0 1080 1080']);
    // not blank: a real image compresses to more than a few kB
    expect(slide.buffer.length).toBeGreaterThan(30_000);
  });

  it('image export works while the table is shown, and leaves the table on', async () => {
    const { page } = app;
    const card = view(page, VIEW);
    await card.locator('[data-action="toggle-table"]').click();
    await card.locator('table').waitFor();
    const file = await fromMenu(page, VIEW, 'download-svg-current');
    expect((await parseSvg(page, file.text)).paths).toBeGreaterThan(100);
    await card.locator('table').waitFor();
    await card.locator('[data-action="toggle-table"]').click();
    await card.locator('figure').waitFor();
  });

  it('Share copies the permalink and confirms; without the Clipboard API it shows a field', async () => {
    const ctx = app.context;
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    const { page } = app;
    const card = view(page, VIEW);
    await card.locator('[data-action="share"]').click();
    await card.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('year=2010');
    expect(copied).toContain('sex=female');
    expect(new URL(copied).search).toBe(new URL(page.url()).search);

    await withApp(browser, QUERY, async ({ page }) => {
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
      await waitForViews(page, [VIEW], { timeout: 60_000 });
      const c2 = view(page, VIEW);
      await c2.locator('[data-action="share"]').click();
      const field = c2.locator('[data-share-fallback] input');
      await field.waitFor({ state: 'visible' });
      expect(await field.inputValue()).toBe(copied);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    });
  });

  it('Embed dialog gives an iframe snippet for this view and state', async () => {
    const { page } = app;
    const card = view(page, VIEW);
    await card.locator('[data-action="embed"]').click();
    const dialog = page.locator(`dialog[data-embed-dialog="${VIEW}"]`);
    await dialog.waitFor({ state: 'visible' });
    const code = await dialog.locator('[data-embed-code]').inputValue();
    expect(code).toMatch(/^<iframe /);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('width="100%"');
    expect(code).toMatch(/height="\d{3,4}"/);
    expect(code).toMatch(/title="[^"]+ — Corridors"/);
    const src = /src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&');
    const u = new URL(src);
    expect(u.searchParams.get('embed')).toBe(VIEW);
    expect(u.searchParams.get('year')).toBe('2010');
    expect(u.searchParams.get('sex')).toBe('female');
    await dialog.locator('[data-embed-controls]').check();
    expect(await dialog.locator('[data-embed-code]').inputValue()).toContain('controls=1');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('embed mode in a host page', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('renders only its view, links back to the dashboard, and posts its height to the host', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      const src = appUrl(`embed=${VIEW}&${QUERY}`);
      await page.setContent(
        `<!doctype html><html><body><h1>Host page</h1>
         <iframe id="f" src="${src}" title="Corridors" width="480" height="150" style="border:0"></iframe>
         </body></html>`,
      );
      await page.evaluate((type) => {
        const w = window as unknown as { heights: { view: string; height: number }[] };
        w.heights = [];
        window.addEventListener('message', (e) => {
          if (e.data && e.data.type === type) {
            w.heights.push(e.data);
            (document.getElementById('f') as HTMLIFrameElement).style.height = `${e.data.height}px`;
          }
        });
      }, HEIGHT_MESSAGE);
      const frame = page.frameLocator('#f');
      await frame.locator(`[data-view="${VIEW}"] figure svg`).first().waitFor({ timeout: 60_000 });
      expect(await frame.locator('[data-view]').count()).toBe(1);
      const heights = async () => page.evaluate(() => (window as unknown as { heights: { view: string; height: number }[] }).heights);
      await expect.poll(async () => (await heights()).length, { timeout: 15_000 }).toBeGreaterThan(0);
      const last = (await heights()).at(-1)!;
      expect(last.view).toBe(VIEW);
      expect(last.height).toBeGreaterThan(300);
      // the iframe followed the posted height, so the whole card is visible without scrolling
      const box = await page.locator('#f').boundingBox();
      expect(Math.round(box!.height)).toBe(last.height);
      // the content grows (in a narrow frame the table is taller than the map) → a larger height is posted
      await frame.locator('[data-action="toggle-table"]').click();
      await frame.locator(`[data-view="${VIEW}"] table`).waitFor();
      await expect.poll(async () => (await heights()).at(-1)!.height, { timeout: 15_000 }).toBeGreaterThan(last.height);
      await expect.poll(async () => Math.round((await page.locator('#f').boundingBox())!.height)).toBe((await heights()).at(-1)!.height);
      // "View in Corridors" opens the same state in the full dashboard
      const back = frame.locator('[data-action="view-in-corridors"]');
      const href = (await back.getAttribute('href'))!;
      const u = new URL(href);
      expect(u.searchParams.get('embed')).toBeNull();
      expect(u.searchParams.get('year')).toBe('2010');
      expect(await back.getAttribute('target')).toBe('_blank');
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

describe('hosting under a sub-path', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('the static build works from /some/sub/path/ (relative asset and data URLs)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const origin = new URL(baseUrl()).origin;
    const prefix = '/some/sub/path/';
    const seen: string[] = [];
    const outside: string[] = [];
    // Serve the build under the prefix only; anything requested outside it fails like on a real sub-path host.
    await page.route(`${origin}/**`, async (route) => {
      const u = new URL(route.request().url());
      if (!u.pathname.startsWith(prefix)) {
        outside.push(u.pathname);
        return route.fulfill({ status: 404, body: 'outside the sub-path' });
      }
      seen.push(u.pathname);
      const mapped = `${origin}/${u.pathname.slice(prefix.length)}${u.search}`;
      const response = await route.fetch({ url: mapped });
      return route.fulfill({ response });
    });
    try {
      await page.goto(`${origin}${prefix}index.html?${QUERY}`);
      await page.waitForSelector('#app main');
      await waitForViews(page, [VIEW], { timeout: 60_000 });
      expect(await view(page, VIEW).locator('[role="alert"]').count()).toBe(0);
      expect(outside).toEqual([]);
      expect(seen.some((p) => p.startsWith(`${prefix}assets/`) && p.endsWith('.js'))).toBe(true);
      expect(seen.some((p) => p.startsWith(prefix) && p.endsWith('.arrow'))).toBe(true);
      // the permalink keeps the sub-path
      const file = await fromMenu(page, VIEW, 'download-zip');
      const md = JSON.parse(strFromU8(unzipSync(new Uint8Array(file.buffer))['metadata.json']));
      expect(new URL(md.permalink).pathname).toBe(`${prefix}index.html`);
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
