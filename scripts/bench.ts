/**
 * Performance benchmark (a script, not a test):  npm run bench
 *
 * Builds the app into a temp dir, serves it on 127.0.0.1 (the e2e static server), drives headless
 * Chromium (playwright-core) and prints a table of figures against the project's budgets; the figures
 * are also written to bench-results.json (git-ignored).
 *
 *   - bytes shipped until every default view is complete: JS, CSS, data, other — raw and gzip
 *     (response bodies as received, gzip -9 of each body with node:zlib; the static server sends
 *     uncompressed bodies);
 *   - time from navigation start to all default views rendered (median of BENCH_LOADS cold loads,
 *     default 5; each in a fresh browser context, nothing cached). "Rendered" = every `[data-view]`
 *     card not aria-busy and showing a figure with content, a table or an error, measured in-page with
 *     performance.now() (time origin = navigation start) on every animation frame;
 *   - filter-change latency, median and p95 over BENCH_CHANGES changes (default 1,000) cycling year,
 *     country and grouping. A change is applied the way back/forward applies one (history.pushState +
 *     popstate → the app's own parser → app state), timed in-page from just before the change to the
 *     last DOM mutation it causes (views that load data for the new value included), and also to the
 *     next painted frame;
 *   - JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) after load, after one
 *     warm-up pass over every value (all datasets a change can need are cached), and after the changes;
 *   - the longest main-thread task (PerformanceObserver 'longtask') during load and during the changes.
 *
 * Environment: CHROME_PATH, BENCH_LOADS, BENCH_CHANGES, BENCH_DIST (reuse an existing build),
 * BENCH_QUERY (query string of the page to load, default: the dashboard), BENCH_PER_VIEW=1 (also time
 * 30 country / year changes in `?embed=<view>` for every view, to find which view is slow).
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, REPO_ROOT, buildApp, findChromium } from './lib/build.ts';
import { startStaticServer } from './lib/static-server.ts';
import { STOCK_YEARS } from '../src/lib/data/types.ts';
import { GROUPINGS } from '../src/lib/state/url.ts';
import { VIEW_IDS } from '../src/lib/state/types.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 1000);
const QUERY = process.env.BENCH_QUERY ?? '';
const PER_VIEW = process.env.BENCH_PER_VIEW === '1';
const VIEW_TIMEOUT_MS = 60_000;
/** Countries a user would plausibly click (large corridors, small states, aggregates of data). */
const COUNTRIES = ['MEX', 'PHL', 'IND', 'DEU', 'USA', 'SYR', 'UKR', 'NGA', 'CHN', 'BRA', 'TUR', 'FRA', 'BGD', 'PAK', 'EGY', 'GTM', 'NPL', 'TJK', 'LBN', 'TON'];

const BUDGETS = {
  firstLoadGzipBytes: 1_000_000,
  viewsRenderedMs: 1_500,
  changeMedianMs: 16,
  changeP95Ms: 50,
  heapMB: 80,
  heapGrowthPct: 10,
};

const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

// ------------------------------------------------------------------ in-page instrumentation

/**
 * Installed before the app runs (CDP init script: not subject to the page's CSP).
 * window.__bench.viewsDoneAt: performance.now() of the first frame in which every card is settled.
 */
const INIT = `(() => {
  const b = (window.__bench = { viewsDoneAt: null, cards: 0, longLoad: 0, longAfter: 0, phase: 'load', lastMutation: 0, mutations: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (b.phase === 'load') b.longLoad = Math.max(b.longLoad, e.duration);
        else b.longAfter = Math.max(b.longAfter, e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const settled = (card) => {
    if (card.getAttribute('aria-busy') === 'true') return false;
    if (card.querySelector('[role="alert"]')) return true;
    if (card.querySelector('table')) return true;
    const fig = card.querySelector('figure');
    if (!fig || fig.childElementCount === 0) return false;
    return ![...fig.querySelectorAll('[role="status"]')].some((el) => /loading/i.test(String(el.className)) || /^\\s*Loading/.test(el.textContent || ''));
  };
  b.allSettled = () => {
    const cards = document.querySelectorAll('[data-view]');
    b.cards = cards.length;
    return cards.length > 0 && [...cards].every(settled);
  };
  const tick = () => {
    if (b.viewsDoneAt === null && b.allSettled()) b.viewsDoneAt = performance.now();
    if (b.viewsDoneAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const mo = new MutationObserver(() => { b.lastMutation = performance.now(); b.mutations++; });
  const start = () => mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
})();`;

interface BenchWindow {
  __bench: {
    viewsDoneAt: number | null;
    cards: number;
    longLoad: number;
    longAfter: number;
    phase: 'load' | 'changes';
    lastMutation: number;
    mutations: number;
    allSettled: () => boolean;
  };
}

// ------------------------------------------------------------------ helpers

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

type Kind = 'js' | 'css' | 'data' | 'html' | 'other';
function kindOf(url: string, type: string): Kind {
  const p = new URL(url).pathname;
  if (/\.m?js$/.test(p) || type.includes('javascript')) return 'js';
  if (/\.css$/.test(p) || type.includes('text/css')) return 'css';
  if (/\.(arrow|json|csv)$/.test(p) || type.includes('arrow') || type.includes('json')) return 'data';
  if (/\.html?$/.test(p) || type.includes('text/html')) return 'html';
  return 'other';
}

interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}
type ByteTable = Record<Kind | 'total', Bytes>;
const emptyBytes = (): ByteTable => ({
  js: { raw: 0, gzip: 0, files: 0 },
  css: { raw: 0, gzip: 0, files: 0 },
  data: { raw: 0, gzip: 0, files: 0 },
  html: { raw: 0, gzip: 0, files: 0 },
  other: { raw: 0, gzip: 0, files: 0 },
  total: { raw: 0, gzip: 0, files: 0 },
});

interface LoadResult {
  viewsMs: number;
  cards: number;
  bytes: ByteTable;
  longestTaskMs: number;
  errors: string[];
  files: { path: string; kind: Kind; raw: number; gzip: number }[];
}

async function coldLoad(browser: Browser, url: string): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await context.addInitScript({ content: INIT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const bodies: Promise<{ path: string; kind: Kind; raw: number; gzip: number; at: number } | null>[] = [];
  let done = false;
  page.on('response', (r) => {
    if (done || r.status() >= 400) return;
    const u = r.url();
    if (!u.startsWith('http')) return;
    bodies.push(
      r.body().then(
        (b) => ({ path: new URL(u).pathname, kind: kindOf(u, r.headers()['content-type'] ?? ''), raw: b.length, gzip: gzipSync(b, { level: 9 }).length, at: Date.now() }),
        () => null,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.viewsDoneAt !== null, undefined, {
    timeout: VIEW_TIMEOUT_MS,
    polling: 50,
  });
  done = true;
  const b = await page.evaluate(() => {
    const w = (window as unknown as BenchWindow).__bench;
    return { viewsDoneAt: w.viewsDoneAt as number, cards: w.cards, longLoad: w.longLoad };
  });
  const files = (await Promise.all(bodies)).filter((x): x is NonNullable<typeof x> => x !== null);
  const bytes = emptyBytes();
  for (const f of files) {
    for (const k of [f.kind, 'total'] as const) {
      bytes[k].raw += f.raw;
      bytes[k].gzip += f.gzip;
      bytes[k].files += 1;
    }
  }
  await context.close();
  return { viewsMs: b.viewsDoneAt, cards: b.cards, bytes, longestTaskMs: b.longLoad, errors, files };
}

interface ChangeResult {
  kind: 'year' | 'country' | 'group';
  toLastMutationMs: number;
  toPaintMs: number;
}

/** The sequence of changes: year, country, grouping in turn, each cycling through its values. */
function changeList(n: number): { kind: ChangeResult['kind']; patch: Record<string, string> }[] {
  const years: number[] = [...STOCK_YEARS.filter((y) => y !== 2024), 2024];
  const out: { kind: ChangeResult['kind']; patch: Record<string, string> }[] = [];
  for (let i = 0; out.length < n; i++) {
    const j = Math.floor(i / 3);
    if (i % 3 === 0) out.push({ kind: 'year', patch: { year: String(years[j % years.length]) } });
    else if (i % 3 === 1) out.push({ kind: 'country', patch: { country: j % 4 === 3 ? '' : COUNTRIES[j % COUNTRIES.length] } });
    else out.push({ kind: 'group', patch: { group: GROUPINGS[(j + 1) % GROUPINGS.length] } });
  }
  return out;
}

/**
 * Apply one change in the page and time it. Runs entirely in the page (kept as plain JS source:
 * tsx would otherwise inject helpers such as __name into the serialised function).
 */
const APPLY_CHANGE = `async (patch) => {
  const b = window.__bench;
  const raf = () => new Promise((r) => requestAnimationFrame((t) => r(t)));
  const u = new URL(location.href);
  for (const [k, v] of Object.entries(patch)) {
    if (v === '') u.searchParams.delete(k);
    else u.searchParams.set(k, v);
  }
  const before = b.mutations;
  const t0 = performance.now();
  history.pushState(null, '', u);
  dispatchEvent(new PopStateEvent('popstate', { state: null }));
  // Wait until the views are settled and the DOM has been quiet for two frames (or 10 s).
  let quietFrames = 0;
  let seen = b.mutations;
  let paintAt = NaN;
  while (performance.now() - t0 < 10000) {
    const frameAt = await raf();
    if (b.mutations !== seen) {
      seen = b.mutations;
      quietFrames = 0;
      paintAt = NaN;
      continue;
    }
    if (Number.isNaN(paintAt)) paintAt = Math.max(frameAt, performance.now());
    if (b.allSettled() && ++quietFrames >= 2) break;
  }
  const changed = b.mutations !== before;
  return { toLastMutationMs: changed ? b.lastMutation - t0 : 0, toPaintMs: changed ? Math.max(0, paintAt - t0) : 0 };
}`;

async function applyChange(page: Page, patch: Record<string, string>): Promise<{ toLastMutationMs: number; toPaintMs: number }> {
  return page.evaluate(`(${APPLY_CHANGE})(${JSON.stringify(patch)})`) as Promise<{ toLastMutationMs: number; toPaintMs: number }>;
}

/** Median country-change and year-change latency of each view alone (embed mode). */
async function perView(browser: Browser, base: string): Promise<Record<string, { country: number; year: number }>> {
  const out: Record<string, { country: number; year: number }> = {};
  for (const id of VIEW_IDS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await context.addInitScript({ content: INIT });
    const page = await context.newPage();
    await page.goto(`${base}index.html?embed=${id}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.viewsDoneAt !== null, undefined, {
      timeout: VIEW_TIMEOUT_MS,
    });
    const warm = changeList(3 * COUNTRIES.length);
    for (const c of warm) await applyChange(page, c.patch);
    const list = changeList(90);
    const country: number[] = [];
    const year: number[] = [];
    for (const c of list) {
      const r = await applyChange(page, c.patch);
      if (c.kind === 'country') country.push(r.toLastMutationMs);
      if (c.kind === 'year') year.push(r.toLastMutationMs);
    }
    out[id] = { country: median(country), year: median(year) };
    console.log(`  ${id.padEnd(18)} country ${median(country).toFixed(1).padStart(7)} ms   year ${median(year).toFixed(1).padStart(7)} ms`);
    await context.close();
  }
  return out;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  let dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : '';
  let tempRoot: string | null = null;
  if (!dist) {
    tempRoot = mkdtempSync(path.join(tmpdir(), 'corridors-bench-'));
    dist = path.join(tempRoot, 'dist');
    process.stdout.write('building… ');
    const t = Date.now();
    await buildApp(dist);
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  } else if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`BENCH_DIST=${dist} has no index.html`);

  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
  const url = `${server.url}index.html${QUERY ? `?${QUERY.replace(/^\?/, '')}` : ''}`;
  try {
    // ---- cold loads
    const loads: LoadResult[] = [];
    for (let i = 0; i < LOADS; i++) {
      const r = await coldLoad(browser, url);
      loads.push(r);
      console.log(`cold load ${i + 1}/${LOADS}: ${r.viewsMs.toFixed(0)} ms, ${r.cards} views, ${(r.bytes.total.gzip / 1024).toFixed(0)} KiB gzip`);
    }
    const first = loads[0];
    const viewsMs = loads.map((l) => l.viewsMs);

    // ---- filter changes + heap, in one warm page
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await context.addInitScript({ content: INIT });
    const page = await context.newPage();
    const changeErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') changeErrors.push(m.text());
    });
    page.on('pageerror', (e) => changeErrors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.viewsDoneAt !== null, undefined, {
      timeout: VIEW_TIMEOUT_MS,
    });
    await page.waitForTimeout(500);
    const heapAfterLoad = await heapMB(page);

    // Warm-up: visit every value once so every dataset a change can need is loaded and cached.
    const warm = changeList(3 * Math.max(STOCK_YEARS.length, COUNTRIES.length, GROUPINGS.length));
    for (const c of warm) await applyChange(page, c.patch);
    const heapAfterWarmup = await heapMB(page);

    await page.evaluate(() => {
      (window as unknown as BenchWindow).__bench.phase = 'changes';
    });
    const results: ChangeResult[] = [];
    const list = changeList(CHANGES);
    const t0 = Date.now();
    for (const [i, c] of list.entries()) {
      const r = await applyChange(page, c.patch);
      results.push({ kind: c.kind, ...r });
      if ((i + 1) % 100 === 0) process.stdout.write(`\rfilter changes: ${i + 1}/${CHANGES}`);
    }
    console.log(` (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    const heapAfterChanges = await heapMB(page);
    const longAfter = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longAfter);
    await context.close();

    const lat = results.map((r) => r.toLastMutationMs);
    const paint = results.map((r) => r.toPaintMs);
    const byKind = (k: ChangeResult['kind']) => results.filter((r) => r.kind === k).map((r) => r.toLastMutationMs);

    let views: Record<string, { country: number; year: number }> | null = null;
    if (PER_VIEW) {
      console.log('per view (embed mode), median of 30 changes each:');
      views = await perView(browser, server.url);
    }

    const figures = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      url: QUERY ? `?${QUERY.replace(/^\?/, '')}` : '(dashboard)',
      loads: LOADS,
      changes: CHANGES,
      views: first.cards,
      bytes: first.bytes,
      files: first.files.map(({ path: p, kind, raw, gzip }) => ({ path: p, kind, raw, gzip })),
      viewsRenderedMs: { median: median(viewsMs), min: Math.min(...viewsMs), max: Math.max(...viewsMs), all: viewsMs },
      changeMs: {
        median: median(lat),
        p95: quantile(lat, 0.95),
        max: Math.max(...lat),
        toPaintMedian: median(paint),
        toPaintP95: quantile(paint, 0.95),
        year: { median: median(byKind('year')), p95: quantile(byKind('year'), 0.95) },
        country: { median: median(byKind('country')), p95: quantile(byKind('country'), 0.95) },
        group: { median: median(byKind('group')), p95: quantile(byKind('group'), 0.95) },
      },
      heapMB: { afterLoad: heapAfterLoad, afterWarmup: heapAfterWarmup, afterChanges: heapAfterChanges },
      heapGrowthPct: ((heapAfterChanges - heapAfterWarmup) / heapAfterWarmup) * 100,
      longestTaskMs: { load: Math.max(...loads.map((l) => l.longestTaskMs)), changes: longAfter },
      errors: [...new Set([...loads.flatMap((l) => l.errors), ...changeErrors])],
      perViewChangeMs: views,
      budgets: BUDGETS,
    };

    const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const rows: [string, string, string, string][] = [
      ['First load, gzip (JS+CSS+data+html)', kb(first.bytes.total.gzip), '≤ 1 MB', pass(first.bytes.total.gzip <= BUDGETS.firstLoadGzipBytes)],
      ['  JS  raw / gzip', `${kb(first.bytes.js.raw)} / ${kb(first.bytes.js.gzip)}`, '', ''],
      ['  CSS raw / gzip', `${kb(first.bytes.css.raw)} / ${kb(first.bytes.css.gzip)}`, '', ''],
      ['  data raw / gzip', `${kb(first.bytes.data.raw)} / ${kb(first.bytes.data.gzip)}`, '', ''],
      ['  html+other raw / gzip', `${kb(first.bytes.html.raw + first.bytes.other.raw)} / ${kb(first.bytes.html.gzip + first.bytes.other.gzip)}`, '', ''],
      [`All ${first.cards} default views rendered (median of ${LOADS} cold)`, ms(figures.viewsRenderedMs.median), '≤ 1500 ms', pass(figures.viewsRenderedMs.median <= BUDGETS.viewsRenderedMs)],
      [`Filter change, median (${CHANGES} changes)`, ms(figures.changeMs.median), '≤ 16 ms', pass(figures.changeMs.median <= BUDGETS.changeMedianMs)],
      ['Filter change, p95', ms(figures.changeMs.p95), '≤ 50 ms', pass(figures.changeMs.p95 <= BUDGETS.changeP95Ms)],
      ['  year / country / grouping, median', `${ms(figures.changeMs.year.median)} / ${ms(figures.changeMs.country.median)} / ${ms(figures.changeMs.group.median)}`, '', ''],
      ['  year / country / grouping, p95', `${ms(figures.changeMs.year.p95)} / ${ms(figures.changeMs.country.p95)} / ${ms(figures.changeMs.group.p95)}`, '', ''],
      ['  to next painted frame, median / p95', `${ms(figures.changeMs.toPaintMedian)} / ${ms(figures.changeMs.toPaintP95)}`, '', ''],
      ['JS heap after load', `${heapAfterLoad.toFixed(1)} MB`, '≤ 80 MB', pass(heapAfterLoad <= BUDGETS.heapMB)],
      [`JS heap after warm-up → after ${CHANGES} changes`, `${heapAfterWarmup.toFixed(1)} → ${heapAfterChanges.toFixed(1)} MB`, '≤ 80 MB', pass(heapAfterChanges <= BUDGETS.heapMB)],
      ['Heap growth over the changes', `${figures.heapGrowthPct.toFixed(1)} %`, '≤ 10 %', pass(figures.heapGrowthPct <= BUDGETS.heapGrowthPct)],
      ['Longest task during load / changes', `${ms(figures.longestTaskMs.load)} / ${ms(figures.longestTaskMs.changes)}`, '', ''],
      ['Console errors', String(figures.errors.length), '0', pass(figures.errors.length === 0)],
    ];
    const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['Measure', 'Value', 'Budget', ''][i].length));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
    console.log(`\nCorridors benchmark — ${figures.url}, Chromium ${figures.chromium}\n`);
    console.log(line(['Measure', 'Value', 'Budget', '']));
    console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    if (figures.errors.length) console.log(`\nerrors:\n  ${figures.errors.slice(0, 10).join('\n  ')}`);
    const out = path.join(REPO_ROOT, 'bench-results.json');
    writeFileSync(out, `${JSON.stringify({ ...figures, table: rows }, null, 2)}\n`);
    console.log(`\nfigures written to ${path.relative(process.cwd(), out) || out}`);
  } finally {
    await browser.close();
    await server.close();
    if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
