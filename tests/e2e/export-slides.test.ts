/**
 * Presenter and newsroom exports in the built app: slide images re-rendered at projection size,
 * the editable PowerPoint deck (native chart / picture slide), the static data package served from
 * a sub-path, and "Copy image".
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import en from '../../src/lib/i18n/en/trends';
import insights from '../../src/lib/i18n/en/insights';
import maps from '../../src/lib/i18n/en/maps';
import treaties from '../../src/lib/i18n/en/treaties';
import shell from '../../src/lib/i18n/en/shell';
import formats from '../../src/lib/i18n/en/export-formats';
import { interactionHints } from '../../src/lib/export/hints';
import {
  baseUrl,
  download,
  downloadFromMenu,
  launchBrowser,
  menuItem,
  parseCsv,
  pngSize,
  view,
  waitForViews,
  type AppPage,
  withApp,
} from './helpers';
import { useSharedApp } from './suite';

const QUERY = 'year=2020&country=MEX~PHL';

/**
 * Every interaction hint of the catalog: the messages whose key ends in "hint"/"Hint" (except the
 * country panel's prompt, which is no view's) and the ones the exports list as hints.
 */
const HINTS = [
  ...new Set([
    ...Object.entries({ ...en, ...insights, ...maps, ...treaties, ...shell })
      .filter(([k]) => /hint$/i.test(k) && !k.startsWith('shell.panel.'))
      .map(([, v]) => v as string),
    ...interactionHints(),
  ]),
];

const openMenu = menuItem;
const fromMenu = (page: Page, id: string, action: string) => downloadFromMenu(page, id, action);

/**
 * The rendered size of every text of an SVG document: shown in the page at its natural size,
 * font size × the scale of its transform (groups, nested viewBoxes).
 */
async function textSizes(page: Page, svg: string) {
  return page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:99999';
    host.appendChild(root);
    document.body.appendChild(host);
    try {
      const base = root.getScreenCTM()!;
      return [...root.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim())
        .map((t) => {
          const m = t.getScreenCTM()!;
          const scale = Math.sqrt(m.a * m.a + m.b * m.b) / Math.sqrt(base.a * base.a + base.b * base.b);
          return { text: (t.textContent ?? '').trim(), size: parseFloat(getComputedStyle(t).fontSize) * scale, cls: t.getAttribute('class') ?? '' };
        });
    } finally {
      host.remove();
    }
  }, svg);
}

/** Series → values of a chart part (c:ser: name in c:tx, values in c:val's cache, by point index). */
function chartSeries(xml: string): Map<string, (number | null)[]> {
  const out = new Map<string, (number | null)[]>();
  for (const ser of xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []) {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '';
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '';
    const count = Number(/<c:ptCount val="(\d+)"/.exec(val)?.[1] ?? 0);
    const values: (number | null)[] = Array(count).fill(null);
    for (const m of val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)) values[Number(m[1])] = m[2] === '' ? null : Number(m[2]);
    out.set(name.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'"), values);
  }
  return out;
}

describe('presenter exports', () => {
  let browser: Browser;
  let app: AppPage;
  useSharedApp(QUERY, (a) => waitForViews(a.page, ['cost-trend', 'corridors'], { timeout: 90_000 }), (b, a) => ((browser = b), (app = a)));

  it('slide PNG is exactly 1920×1080; its SVG twin has projection-size text and no interaction hints', async () => {
    const { page } = app;
    const png = await fromMenu(page, 'cost-trend', 'download-png-slide');
    expect(png.filename).toMatch(/-slide\.png$/);
    expect(pngSize(png.buffer)).toEqual({ width: 1920, height: 1080 });
    expect(png.buffer.length).toBeGreaterThan(30_000);

    const svg = (await fromMenu(page, 'cost-trend', 'download-svg-slide')).text;
    const texts = await textSizes(page, svg);
    expect(texts.length).toBeGreaterThan(10);
    const title = texts.filter((t) => t.cls === 'export-title');
    const subtitle = texts.filter((t) => t.cls === 'export-subtitle');
    const footer = texts.filter((t) => t.cls === 'export-footer');
    expect(Math.min(...title.map((t) => t.size))).toBeGreaterThanOrEqual(44);
    expect(Math.min(...subtitle.map((t) => t.size))).toBeGreaterThanOrEqual(28);
    expect(Math.min(...footer.map((t) => t.size))).toBeGreaterThanOrEqual(18);
    const rest = texts.filter((t) => !t.cls.startsWith('export-'));
    expect(rest.length).toBeGreaterThan(5); // ticks, axis labels, legend
    const small = rest.filter((t) => t.size < 20 - 1e-6);
    expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
    // the chart fills the box: the plot is drawn wider than 80 % of the slide
    const chart = /<g class="export-chart" transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)">/.exec(svg)!;
    expect(Number(chart[3])).toBeGreaterThan(2);
    const all = texts.map((t) => t.text).join(' ');
    for (const h of HINTS) expect(all).not.toContain(h.split(' ').slice(0, 4).join(' '));
    // source, licence and permalink stay
    expect(all).toMatch(/Source: World Bank/);
    expect(all).toMatch(/Licence: CC BY/);
    expect(all).toContain('country=MEX~PHL');
    // no buttons in the image
    expect(svg).not.toMatch(/Show as table|Download/);
  });

  it('square image is 1080×1080 with the same floors', async () => {
    const { page } = app;
    const png = await fromMenu(page, 'corridors', 'download-png-square');
    expect(pngSize(png.buffer)).toEqual({ width: 1080, height: 1080 });
    const svg = (await fromMenu(page, 'corridors', 'download-svg-square')).text;
    const texts = await textSizes(page, svg);
    expect(Math.min(...texts.filter((t) => t.cls === 'export-title').map((t) => t.size))).toBeGreaterThanOrEqual(44);
    expect(Math.min(...texts.filter((t) => t.cls === 'export-footer').map((t) => t.size))).toBeGreaterThanOrEqual(18);
    // the Sankey is laid out for the square's chart box: its labels at projection size too
    const labels = texts.filter((t) => !t.cls.startsWith('export-'));
    expect(labels.length).toBeGreaterThan(5);
    expect(Math.min(...labels.map((t) => t.size))).toBeGreaterThanOrEqual(20 - 1e-6);
    const all = texts.map((t) => t.text).join(' ');
    for (const h of HINTS) expect(all).not.toContain(h.split(' ').slice(0, 4).join(' '));
  });

  it('PowerPoint for the cost trend: a native chart whose values are the view’s table, the 5 % / 3 % lines, notes', async () => {
    const { page } = app;
    const file = await fromMenu(page, 'cost-trend', 'download-pptx');
    expect(file.filename).toMatch(/^corridors-cost-trend-.*\.pptx$/);
    const zip = unzipSync(new Uint8Array(file.buffer));
    const xml = strFromU8(zip['ppt/charts/chart1.xml']);
    expect(xml).toBeTruthy();
    const series = chartSeries(xml);
    // the view's table, as downloaded (series, period, value)
    const rows = parseCsv((await download(page, () => view(page, 'cost-trend').locator('[data-action="download-csv"]').click())).text);
    const [head, ...body] = rows;
    // the documented CSV columns of the cost trend (docs/csv-columns.md)
    const si = head.indexOf('series');
    const pi = head.indexOf('quarter');
    const vi = head.indexOf('cost_pct');
    expect([si, pi, vi].every((i) => i >= 0), head.join('|')).toBe(true);
    const periods = [...new Set(body.map((r) => r[pi]))].sort();
    const names = [...new Set(body.map((r) => r[si]))];
    for (const name of names) {
      const expected = periods.map((p) => {
        const r = body.find((x) => x[si] === name && x[pi] === p);
        return r && r[vi] !== '' ? Number(r[vi]) : null;
      });
      expect(series.get(name), name).toEqual(expected);
    }
    // reference lines: constant 5 and 3
    const refs = [...series.values()].filter((v) => v.length && v.every((x) => x === v[0]) && (v[0] === 5 || v[0] === 3));
    expect(refs.map((v) => v[0]).sort()).toEqual([3, 5]);
    // notes: permalink, citation, licence
    const notes = Object.keys(zip).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map((n) => strFromU8(zip[n])).join(' ');
    expect(notes).toContain('country=MEX~PHL');
    expect(notes).toMatch(/Cite:/);
    expect(notes).toMatch(/Licence: CC BY/);
    // data slides follow
    expect(Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length).toBeGreaterThan(1);
  });

  it('PowerPoint for the Sankey: an image slide (no chart part)', async () => {
    const { page } = app;
    const file = await fromMenu(page, 'corridors', 'download-pptx');
    const zip = unzipSync(new Uint8Array(file.buffer));
    expect(Object.keys(zip).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toEqual([]);
    const media = Object.keys(zip).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
    expect(media.length).toBe(1);
    const size = pngSize(zip[media[0]]);
    expect(size.width).toBeGreaterThan(1500); // full slide resolution, not the on-screen size
    expect(strFromU8(zip['ppt/slides/slide1.xml'])).toContain('<p:pic>');
  });

  it('"Copy image" puts a PNG on the clipboard when allowed', async () => {
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    const item = await openMenu(page, 'cost-trend', 'copy-image');
    await item.click();
    const status = view(page, 'cost-trend').locator('.export-status');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(new RegExp(`${formats['export.copyImage.copied']}|${formats['export.copyImage.refused'].slice(0, 30)}`));
    if ((await status.textContent())?.includes(formats['export.copyImage.copied'])) {
      const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
      expect(types).toContain('image/png');
    }
  });

  it('"Copy image" shows its fallback where the browser cannot copy images', async () => {
    await withApp(browser, QUERY, async ({ page }) => {
      await page.evaluate(() => Object.defineProperty(window, 'ClipboardItem', { value: undefined, configurable: true }));
      await waitForViews(page, ['cost-trend'], { timeout: 90_000 });
      const item = await openMenu(page, 'cost-trend', 'copy-image');
      await item.click();
      await view(page, 'cost-trend').getByText(formats['export.copyImage.unsupported']).waitFor({ timeout: 30_000 });
    });
  });

  it('"Use in code" gives the four snippets for the view’s dataset, resolved against the page and filtered', async () => {
    const { page } = app;
    const item = await openMenu(page, 'stock-map', 'use-in-code');
    await item.click();
    const dialog = page.locator('dialog[data-code-dialog]:visible');
    await dialog.waitFor({ state: 'visible' });
    const pandas = await dialog.locator('[data-snippet="pandas"]').inputValue();
    const url = new URL('downloads/migrant-stock-totals.csv', page.url()).href;
    expect(pandas).toContain(`pd.read_csv("${url}")`);
    expect(pandas).toMatch(/isin\(\["MEX", "PHL"\]\)/);
    expect(pandas).toMatch(/== 2020/);
    for (const id of ['r', 'sheets', 'powerQuery']) expect(await dialog.locator(`[data-snippet="${id}"]`).inputValue()).toContain(url);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('CSV with a source header: # lines before the header row, the plain CSV unchanged', async () => {
    const { page } = app;
    const withHeader = await fromMenu(page, 'cost-trend', 'download-csv-shown-header');
    const plain = await download(page, () => view(page, 'cost-trend').locator('[data-action="download-csv"]').click());
    const lines = withHeader.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^# Source: World Bank/);
    expect(lines.some((l) => /^# Licence: CC BY/.test(l))).toBe(true);
    expect(lines.some((l) => /^# Permalink: .*country=MEX~PHL/.test(l))).toBe(true);
    const body = lines.filter((l) => !l.startsWith('#')).join('\r\n');
    expect(body).toBe(plain.text.replace(/^\uFEFF/, ''));
    expect(plain.text).not.toMatch(/^\uFEFF?#/);
  });
});

describe('static data package under a sub-path', () => {
  it('serves downloads/datapackage.json and every CSV it lists from /some/sub/path/', async () => {
    const browser = await launchBrowser();
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const origin = new URL(baseUrl()).origin;
    const prefix = '/some/sub/path/';
    await page.route(`${origin}/**`, async (route) => {
      const u = new URL(route.request().url());
      try {
        if (!u.pathname.startsWith(prefix)) return await route.fulfill({ status: 404, body: 'outside the sub-path' });
        return await route.fulfill({ response: await route.fetch({ url: `${origin}/${u.pathname.slice(prefix.length)}${u.search}` }) });
      } catch {
        // the page closed while the app was still loading this file (its views keep fetching after the check)
      }
    });
    try {
      await page.goto(`${origin}${prefix}index.html`);
      const result = await page.evaluate(async () => {
        const pkgUrl = new URL('downloads/datapackage.json', location.href);
        const pkg = await (await fetch(pkgUrl)).json();
        const res = pkg.resources.find((r: { name: string }) => r.name === 'remittance-costs');
        const csvRes = await fetch(new URL(res.path, pkgUrl));
        const text = await csvRes.text();
        return { path: pkgUrl.pathname, status: csvRes.status, names: pkg.resources.map((r: { name: string }) => r.name), fields: res.schema.fields.map((f: { name: string }) => f.name), bytes: res.bytes, csvBytes: new TextEncoder().encode(text).length + 3, head: text.split('\r\n')[0] };
      });
      expect(result.path).toBe(`${prefix}downloads/datapackage.json`);
      expect(result.status).toBe(200);
      expect(result.names).toContain('remittance-costs');
      expect(parseCsv(result.head)[0]).toEqual(result.fields);
      expect(result.csvBytes).toBe(result.bytes);
    } finally {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await ctx.close();
      await browser.close();
    }
  });
});
