/**
 * Measure the heights the dashboard's view cells reserve before their view mounts
 * (src/lib/components/placeholder-size.ts): builds the app, opens the default dashboard in Chromium at
 * 1400 px and at 360 px, mounts every view (in dashboard order), waits for its data, and writes each cell's height (the
 * row height on the wide grid, since the cards of a row share it) to src/lib/components/placeholder-heights.json.
 *
 *   npx tsx scripts/placeholder-heights.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildApp, CHROMIUM_ARGS, findChromium, REPO_ROOT } from './lib/build.ts';
import { startStaticServer } from './lib/static-server.ts';

const WIDTHS = [1400, 360] as const;
const HEIGHTS_FILE = path.join(REPO_ROOT, 'src/lib/components/placeholder-heights.json');

async function measure(url: string, width: number): Promise<Map<string, number>> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    await page.waitForSelector('.cell');
    // mount every view: scroll each cell into view, then wait until none is a placeholder or loading
    const ids = await page.$$eval('.cell', (cells) => cells.map((c) => c.id.replace(/^view-/, '')));
    for (const id of ids) {
      await page.locator(`#view-${id}`).scrollIntoViewIfNeeded();
      await page.waitForFunction((v) => document.querySelector(`#view-${v}`)?.getAttribute('data-lazy') === 'mounted', id, { timeout: 60_000 });
    }
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], [data-status="loading"]'), null, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const heights = await page.evaluate(() => {
      const out: Record<string, number> = {};
      for (const cell of document.querySelectorAll<HTMLElement>('.cell')) {
        cell.style.minHeight = '0';
      }
      for (const cell of document.querySelectorAll<HTMLElement>('.cell')) out[cell.id.replace(/^view-/, '')] = Math.round(cell.getBoundingClientRect().height);
      return out;
    });
    return new Map(Object.entries(heights));
  } finally {
    await browser.close();
  }
}

const out = mkdtempSync(path.join(tmpdir(), 'corridors-heights-'));
try {
  await buildApp(out);
  const server = await startStaticServer(out);
  try {
    const [wide, narrow] = await Promise.all(WIDTHS.map((w) => measure(`${server.url}index.html`, w)));
    const missing = [...wide.keys()].filter((id) => !narrow.has(id));
    if (missing.length) throw new Error(`no narrow-screen height for ${missing.join(', ')}`);
    // one view a line, in dashboard order, so a re-measure reads as a small diff
    const lines = [...wide.keys()].map((id) => `  ${JSON.stringify(id)}: [${wide.get(id)}, ${narrow.get(id)}]`);
    writeFileSync(HEIGHTS_FILE, `{\n${lines.join(',\n')}\n}\n`);
    console.log(`wrote ${path.relative(process.cwd(), HEIGHTS_FILE)} (${lines.length} views)`);
  } finally {
    await server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
