/**
 * Performance benchmark (a script, not a test):  npm run bench
 *
 * Builds the app and a floor page (scripts/bench/floor: a minimal Vite + Svelte page drawing one small
 * Plot chart) into temp dirs, serves both with the same static server (scripts/lib), drives the same
 * headless Chromium (playwright-core) at 1400×1000 and prints every figure beside its budget with
 * PASS/MISS; the figures are also written to bench-results.json (git-ignored).
 *
 *   - first screen complete: navigation start → every view whose cell is in the initial viewport is
 *     mounted and settled (not aria-busy, a figure with content, a table or an error), median of
 *     BENCH_LOADS cold loads (default 5, fresh context each); the floor page the same way (its one
 *     chart), in the same run; reported as a ratio. Also CLS (layout-shift entries without recent
 *     input) and the longest task ('longtask') during load;
 *   - bytes: entry JS (the entry chunk, and with the chunks it imports statically), first-screen
 *     transfer (every response until the first screen is complete), total after scrolling through
 *     every view — raw and gzip -9 of each body (the static server sends uncompressed bodies);
 *   - interaction → next paint with the Event Timing API (PerformanceObserver type 'event',
 *     durationThreshold 16; per interaction the longest entry of its interactionId; an interaction
 *     without an entry took < 16 ms and is counted as 16): BENCH_YEAR_STEPS year steps by arrow keys on
 *     the year slider (default 40), BENCH_CLICKS grouping clicks and country picks (default 20 each);
 *   - scroll-through: every view scrolled into view in page order; time from scrolling it in to its
 *     first complete render;
 *   - JS heap (CDP, after GC) after load, and after scrolling everything plus BENCH_CHANGES filter changes
 *     (default 1,000, applied as back/forward applies them); growth over those changes;
 *     the longest task during the interactions and changes.
 *
 * Environment: CHROME_PATH, BENCH_LOADS, BENCH_CHANGES, BENCH_YEAR_STEPS, BENCH_CLICKS, BENCH_DIST
 * (reuse an existing build of the app).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, REPO_ROOT, buildApp, findChromium } from './lib/build.ts';
import { startStaticServer } from './lib/static-server.ts';
import { STOCK_YEARS } from '../src/lib/data/types.ts';
import { GROUPINGS } from '../src/lib/state/url.ts';
import { VIEW_IDS } from '../src/lib/state/types.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 1000);
const YEAR_STEPS = Number(process.env.BENCH_YEAR_STEPS ?? 40);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);
const VIEWPORT = { width: 1400, height: 1000 };
const FLOOR_ROOT = path.join(REPO_ROOT, 'scripts', 'bench', 'floor');
const VIEW_TIMEOUT_MS = 60_000;
/** Countries a user would plausibly click (large corridors, small states, aggregates of data). */
const COUNTRIES = ['MEX', 'PHL', 'IND', 'DEU', 'USA', 'SYR', 'UKR', 'NGA', 'CHN', 'BRA', 'TUR', 'FRA', 'BGD', 'PAK', 'EGY', 'GTM', 'NPL', 'TJK', 'LBN', 'TON'];

const BUDGETS = {
  firstScreenMs: 1_000,
  firstScreenVsFloor: 2.5,
  interactionMedianMs: 24,
  interactionP95Ms: 50,
  viewScrollInMs: 200,
  entryJsGzip: 120 * 1024,
  firstScreenGzip: 400 * 1024,
  heapAfterLoadMB: 40,
  heapAfterAllMB: 80,
  heapGrowthPct: 10,
  longTaskLoadMs: 200,
  longTaskInteractionMs: 50,
  cls: 0.05,
};

const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

// ------------------------------------------------------------------ in-page instrumentation

/**
 * Installed before the app runs (CDP init script: not subject to the page's CSP).
 * window.__bench.viewsDoneAt: performance.now() of the first frame in which every card is settled.
 */
const INIT = `(() => {
  const b = (window.__bench = { viewsDoneAt: null, firstScreenAt: null, cards: 0, longLoad: 0, longAfter: 0, phase: 'load', lastMutation: 0, mutations: 0, cls: 0, events: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) b.events.push({ id: e.interactionId, name: e.name, duration: e.duration, start: e.startTime });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
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
  b.settled = settled;
  /** Every view in the viewport mounted and settled (the floor page: its one card). */
  b.firstScreenSettled = () => {
    const inView = (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; };
    const cells = [...document.querySelectorAll('[data-lazy]')].filter(inView);
    if (cells.some((c) => c.getAttribute('data-lazy') !== 'mounted')) return false;
    const cards = [...document.querySelectorAll('[data-view]')].filter(inView);
    return cards.length > 0 && cards.every(settled);
  };
  const tick = () => {
    if (b.firstScreenAt === null && b.firstScreenSettled()) b.firstScreenAt = performance.now();
    if (b.viewsDoneAt === null && b.allSettled()) b.viewsDoneAt = performance.now();
    if (b.firstScreenAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const mo = new MutationObserver(() => { b.lastMutation = performance.now(); b.mutations++; });
  const start = () => mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
})();`;

interface BenchWindow {
  __bench: {
    viewsDoneAt: number | null;
    firstScreenAt: number | null;
    cls: number;
    events: { id: number; name: string; duration: number; start: number }[];
    settled: (card: Element) => boolean;
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
  firstScreenMs: number;
  cls: number;
  cards: number;
  bytes: ByteTable;
  longestTaskMs: number;
  errors: string[];
  files: { path: string; kind: Kind; raw: number; gzip: number }[];
}

/**
 * A page in a fresh context as every measurement uses it: the bench viewport, reduced motion, the
 * instrumentation script, and the page's console errors and uncaught exceptions collected in `errors`.
 */
async function measuredPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  await context.addInitScript({ content: INIT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function coldLoad(browser: Browser, url: string): Promise<LoadResult> {
  const { context, page, errors } = await measuredPage(browser);
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
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstScreenAt !== null, undefined, {
    timeout: VIEW_TIMEOUT_MS,
    polling: 50,
  });
  done = true;
  await page.waitForTimeout(500); // layout shifts and long tasks right after the first screen count too
  const b = await page.evaluate(() => {
    const w = (window as unknown as BenchWindow).__bench;
    return { firstScreenAt: w.firstScreenAt as number, cards: document.querySelectorAll('[data-view]').length, longLoad: w.longLoad, cls: w.cls };
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
  return { firstScreenMs: b.firstScreenAt, cls: b.cls, cards: b.cards, bytes, longestTaskMs: b.longLoad, errors, files };
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

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

// ------------------------------------------------------------------ interactions (Event Timing)

type InteractionKind = 'year' | 'group' | 'country';

/** Resolves after the next two frames: whatever the last input caused has been painted. */
const TWO_FRAMES = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))`;

/**
 * The Event Timing duration of the interaction(s) that start after `since`: the longest entry per
 * interactionId; 16 ms when the browser reported none (it reports only entries of ≥ 16 ms).
 */
async function interactionSince(page: Page, since: number): Promise<number> {
  await page.evaluate(TWO_FRAMES);
  await page.waitForTimeout(50); // event entries are queued after the frame that presents them
  const durations = await page.evaluate(
    (since) => {
      const by = new Map<number, number>();
      for (const e of (window as unknown as BenchWindow).__bench.events) if (e.start >= since) by.set(e.id, Math.max(by.get(e.id) ?? 0, e.duration));
      return [...by.values()];
    },
    since,
  );
  return durations.length ? Math.max(...durations) : 16;
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** What a user does: arrow keys on the year slider, clicks on the grouping toggles, country picks in the picker. */
async function interactions(page: Page): Promise<Record<InteractionKind, number[]>> {
  const out: Record<InteractionKind, number[]> = { year: [], group: [], country: [] };
  const slider = page.locator('[data-filter-bar] [role="slider"]').first();
  await slider.focus();
  for (let i = 0; i < YEAR_STEPS; i++) {
    const t = await now(page);
    // walk left to 1990 and back right, as someone reading the trend would
    await page.keyboard.press(Math.floor(i / 8) % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    out.year.push(await interactionSince(page, t));
  }
  const toggles = page.locator('[data-control="group"] [role="radio"]');
  const nGroups = await toggles.count();
  for (let i = 0; i < CLICKS; i++) {
    const t = await now(page);
    await toggles.nth((i + 1) % nGroups).click();
    out.group.push(await interactionSince(page, t));
  }
  const input = page.locator('[data-filter-bar] input[role="combobox"]').first();
  for (let i = 0; i < CLICKS; i++) {
    const code = COUNTRIES[i % COUNTRIES.length];
    await input.fill(code);
    const option = page.locator(`[role="option"][data-iso3="${code}"]`).first();
    await option.waitFor({ state: 'visible' });
    const t = await now(page);
    await option.click();
    out.country.push(await interactionSince(page, t));
    // back to the world for the next pick (not measured)
    await page.evaluate(`(() => { const u = new URL(location.href); u.searchParams.delete('country'); history.pushState(null, '', u); dispatchEvent(new PopStateEvent('popstate')); })()`);
    await page.evaluate(TWO_FRAMES);
  }
  return out;
}

// ------------------------------------------------------------------ scroll-through

/** Every view scrolled into view in page order: time from scrolling it in to its first complete render. */
/** In the page: scroll the cell of view `id` into view and time it until its view is mounted, current and settled. */
const scrollInScript = (id: string) => `(async (id) => {
  const b = window.__bench;
  const cell = document.getElementById('view-' + id);
  const t0 = performance.now();
  cell.scrollIntoView({ block: 'center' });
  const done = () => cell.getAttribute('data-lazy') === 'mounted' && cell.getAttribute('data-stale') !== 'true' && [...cell.querySelectorAll('[data-view]')].every(b.settled);
  while (!done()) {
    await new Promise((r) => requestAnimationFrame(r));
    if (performance.now() - t0 > 20000) return NaN;
  }
  return performance.now() - t0;
})(${JSON.stringify(id)})`;

/**
 * Reading pace: scroll from the top to each view in turn, pausing 300 ms on each. Views mount half a
 * screen ahead of the viewport in idle time, so this measures what a reader who scrolls waits for.
 */
async function scrollThrough(page: Page): Promise<Record<string, number>> {
  const ids = await page.evaluate(() => [...document.querySelectorAll('[data-lazy]')].map((c) => c.id.replace(/^view-/, '')));
  const out: Record<string, number> = {};
  for (const id of ids) {
    out[id] = (await page.evaluate(scrollInScript(id))) as number;
    await page.waitForTimeout(300); // a reader's pause before the next view
  }
  return out;
}

/**
 * A jump (section link, search result): for each view not on the first screen, a fresh page scrolled
 * straight to it as soon as the first screen is complete, before idle time has mounted anything else:
 * the worst a reader waits for a view (its code, its data and its first render).
 */
async function jumpTo(browser: Browser, url: string): Promise<Record<string, number>> {
  const probe = await measuredPage(browser);
  await probe.page.goto(url, { waitUntil: 'load' });
  await probe.page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstScreenAt !== null, undefined, { timeout: VIEW_TIMEOUT_MS });
  const ids = await probe.page.evaluate(() =>
    [...document.querySelectorAll('[data-lazy]:not([data-lazy="mounted"])')].map((c) => c.id.replace(/^view-/, '')),
  );
  await probe.context.close();
  const out: Record<string, number> = {};
  for (const id of ids) {
    const { context, page } = await measuredPage(browser);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstScreenAt !== null, undefined, {
      timeout: VIEW_TIMEOUT_MS,
      polling: 50,
    });
    out[id] = (await page.evaluate(scrollInScript(id))) as number;
    await context.close();
  }
  return out;
}

// ------------------------------------------------------------------ bytes of the build

/** The entry chunk and the chunks it imports statically (modulepreload), from the built index.html. */
function entryJs(dist: string): { entry: Bytes; withStatic: Bytes; chunks: string[] } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in index.html');
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]);
  const size = (files: string[]): Bytes => {
    const b = { raw: 0, gzip: 0, files: files.length };
    for (const f of files) {
      const body = readFileSync(path.join(dist, f));
      b.raw += body.length;
      b.gzip += gzipSync(body, { level: 9 }).length;
    }
    return b;
  };
  return { entry: size([entry]), withStatic: size([entry, ...preloads]), chunks: [entry, ...preloads] };
}

// ------------------------------------------------------------------ main

async function serveBuild(root: string | null, label: string): Promise<{ dist: string; cleanup: () => void }> {
  const tempRoot = mkdtempSync(path.join(tmpdir(), `corridors-bench-${label}-`));
  const dist = path.join(tempRoot, 'dist');
  process.stdout.write(`building ${label}… `);
  const t = Date.now();
  await buildApp(dist, root ?? undefined);
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { dist, cleanup: () => rmSync(tempRoot, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  const cleanups: (() => void)[] = [];
  let dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : '';
  if (!dist) {
    const b = await serveBuild(null, 'app');
    dist = b.dist;
    cleanups.push(b.cleanup);
  } else if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`BENCH_DIST=${dist} has no index.html`);
  const floor = await serveBuild(FLOOR_ROOT, 'floor page');
  cleanups.push(floor.cleanup);

  const server = await startStaticServer(dist);
  const floorServer = await startStaticServer(floor.dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
  const url = `${server.url}index.html`;
  try {
    // ---- cold loads, app and floor page interleaved (same machine load for both)
    const loads: LoadResult[] = [];
    const floorLoads: LoadResult[] = [];
    for (let i = 0; i < LOADS; i++) {
      const r = await coldLoad(browser, url);
      const f = await coldLoad(browser, `${floorServer.url}index.html`);
      loads.push(r);
      floorLoads.push(f);
      console.log(`cold load ${i + 1}/${LOADS}: first screen ${r.firstScreenMs.toFixed(0)} ms (${r.cards} views mounted), floor page ${f.firstScreenMs.toFixed(0)} ms`);
    }
    const first = loads[0];
    const fsMs = median(loads.map((l) => l.firstScreenMs));
    const floorMs = median(floorLoads.map((l) => l.firstScreenMs));
    const entry = entryJs(dist);

    // ---- one warm page: interactions, scroll-through, heap, changes
    const { context, page, errors } = await measuredPage(browser);
    let totalBytes = emptyBytes();
    page.on('response', (r) => {
      if (r.status() >= 400 || !r.url().startsWith('http')) return;
      const kind = kindOf(r.url(), r.headers()['content-type'] ?? '');
      void r.body().then(
        (b) => {
          const gz = gzipSync(b, { level: 9 }).length;
          for (const k of [kind, 'total'] as const) {
            totalBytes[k].raw += b.length;
            totalBytes[k].gzip += gz;
            totalBytes[k].files += 1;
          }
        },
        () => undefined,
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstScreenAt !== null, undefined, {
      timeout: VIEW_TIMEOUT_MS,
    });
    await page.waitForTimeout(1000);
    const heapAfterLoad = await heapMB(page);
    await page.evaluate(() => {
      (window as unknown as BenchWindow).__bench.phase = 'changes';
    });

    console.log('interactions…');
    const inter = await interactions(page);
    console.log('scroll-through…');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    const scroll = await scrollThrough(page);
    const totalAfterScroll = JSON.parse(JSON.stringify(totalBytes)) as ByteTable;

    // Warm-up: every value once (every dataset a change can need is loaded), then the measured changes.
    const warm = changeList(3 * Math.max(STOCK_YEARS.length, COUNTRIES.length, GROUPINGS.length));
    for (const c of warm) await applyChange(page, c.patch);
    const heapAfterWarmup = await heapMB(page);
    const results: ChangeResult[] = [];
    const list = changeList(CHANGES);
    const t0 = Date.now();
    for (const [i, c] of list.entries()) {
      const r = await applyChange(page, c.patch);
      results.push({ kind: c.kind, ...r });
      if ((i + 1) % 100 === 0) process.stdout.write(`\rfilter changes: ${i + 1}/${CHANGES}`);
    }
    console.log(` (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    const heapAfterAll = await heapMB(page);
    const longAfter = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longAfter);
    await context.close();
    totalBytes = totalAfterScroll;
    console.log('jump to each view…');
    const jump = await jumpTo(browser, url);

    const stat = (xs: number[]) => ({ median: median(xs), p95: quantile(xs, 0.95), n: xs.length });
    const lat = results.map((r) => r.toLastMutationMs);
    const figures = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      viewport: VIEWPORT,
      loads: LOADS,
      firstScreenMs: { median: fsMs, all: loads.map((l) => l.firstScreenMs), viewsMounted: first.cards },
      floorPageMs: { median: floorMs, all: floorLoads.map((l) => l.firstScreenMs) },
      firstScreenVsFloor: fsMs / floorMs,
      cls: Math.max(...loads.map((l) => l.cls)),
      longestTaskMs: { load: Math.max(...loads.map((l) => l.longestTaskMs)), interactions: longAfter },
      bytes: { entry: entry.entry, entryWithStaticImports: entry.withStatic, entryChunks: entry.chunks, firstScreen: first.bytes, afterScrollThrough: totalBytes },
      files: first.files.map(({ path: p, kind, raw, gzip }) => ({ path: p, kind, raw, gzip })),
      interactionMs: { year: stat(inter.year), group: stat(inter.group), country: stat(inter.country) },
      scrollInMs: scroll,
      jumpInMs: jump,
      heapMB: { afterLoad: heapAfterLoad, afterWarmup: heapAfterWarmup, afterAll: heapAfterAll },
      heapGrowthPct: ((heapAfterAll - heapAfterWarmup) / heapAfterWarmup) * 100,
      changes: { n: CHANGES, toLastMutation: stat(lat), toPaint: stat(results.map((r) => r.toPaintMs)) },
      errors: [...new Set([...loads.flatMap((l) => l.errors), ...floorLoads.flatMap((l) => l.errors), ...errors])],
      budgets: BUDGETS,
    };

    const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const rows: [string, string, string, string][] = [
      [`First screen complete (median of ${LOADS} cold)`, ms(fsMs), `≤ ${BUDGETS.firstScreenMs} ms`, pass(fsMs <= BUDGETS.firstScreenMs)],
      ['Floor page (one Plot chart), same run', ms(floorMs), '', ''],
      ['First screen ÷ floor page', `${figures.firstScreenVsFloor.toFixed(2)}×`, `≤ ${BUDGETS.firstScreenVsFloor}×`, pass(figures.firstScreenVsFloor <= BUDGETS.firstScreenVsFloor)],
      ['CLS during load (worst load)', figures.cls.toFixed(3), `≤ ${BUDGETS.cls}`, pass(figures.cls <= BUDGETS.cls)],
      ['Longest task during load', ms(figures.longestTaskMs.load), `≤ ${BUDGETS.longTaskLoadMs} ms`, pass(figures.longestTaskMs.load <= BUDGETS.longTaskLoadMs)],
      ['Entry chunk JS, gzip', kb(entry.entry.gzip), `≤ ${kb(BUDGETS.entryJsGzip)}`, pass(entry.entry.gzip <= BUDGETS.entryJsGzip)],
      [`  with its ${entry.chunks.length - 1} statically imported chunks`, kb(entry.withStatic.gzip), `≤ ${kb(BUDGETS.entryJsGzip)}`, pass(entry.withStatic.gzip <= BUDGETS.entryJsGzip)],
      ['First-screen transfer, gzip', kb(first.bytes.total.gzip), `≤ ${kb(BUDGETS.firstScreenGzip)}`, pass(first.bytes.total.gzip <= BUDGETS.firstScreenGzip)],
      ['  JS / CSS / data, gzip', `${kb(first.bytes.js.gzip)} / ${kb(first.bytes.css.gzip)} / ${kb(first.bytes.data.gzip)}`, '', ''],
      ['Total transfer after scrolling through, gzip', kb(totalBytes.total.gzip), '', ''],
    ];
    for (const k of ['year', 'group', 'country'] as const) {
      const s = figures.interactionMs[k];
      const label = { year: 'year step (arrow key)', group: 'grouping click', country: 'country pick' }[k];
      rows.push([`Interaction → next paint, ${label}, median (n=${s.n})`, ms(s.median), `≤ ${BUDGETS.interactionMedianMs} ms`, pass(s.median <= BUDGETS.interactionMedianMs)]);
      rows.push([`  p95`, ms(s.p95), `≤ ${BUDGETS.interactionP95Ms} ms`, pass(s.p95 <= BUDGETS.interactionP95Ms)]);
    }
    rows.push(['Longest task during interactions and changes', ms(longAfter), `≤ ${BUDGETS.longTaskInteractionMs} ms`, pass(longAfter <= BUDGETS.longTaskInteractionMs)]);
    for (const [id, v] of Object.entries(scroll)) rows.push([`Scroll-in (reading pace) → rendered: ${id}`, ms(v), `≤ ${BUDGETS.viewScrollInMs} ms`, pass(v <= BUDGETS.viewScrollInMs)]);
    for (const [id, v] of Object.entries(jump)) rows.push([`Jump (fresh page) → rendered: ${id}`, ms(v), `≤ ${BUDGETS.viewScrollInMs} ms`, pass(v <= BUDGETS.viewScrollInMs)]);
    rows.push(
      ['JS heap after load', `${heapAfterLoad.toFixed(1)} MB`, `≤ ${BUDGETS.heapAfterLoadMB} MB`, pass(heapAfterLoad <= BUDGETS.heapAfterLoadMB)],
      [`JS heap after scroll-through + ${CHANGES} changes`, `${heapAfterAll.toFixed(1)} MB`, `≤ ${BUDGETS.heapAfterAllMB} MB`, pass(heapAfterAll <= BUDGETS.heapAfterAllMB)],
      ['Heap growth over the changes', `${figures.heapGrowthPct.toFixed(1)} %`, `≤ ${BUDGETS.heapGrowthPct} %`, pass(figures.heapGrowthPct <= BUDGETS.heapGrowthPct)],
      [`Filter change → last DOM change (info), median / p95`, `${ms(figures.changes.toLastMutation.median)} / ${ms(figures.changes.toLastMutation.p95)}`, '', ''],
      ['Console errors', String(figures.errors.length), '0', pass(figures.errors.length === 0)],
    );
    const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['Measure', 'Value', 'Budget', ''][i].length));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
    console.log(`\nCorridors benchmark — ${VIEWPORT.width}×${VIEWPORT.height}, Chromium ${figures.chromium}, ${figures.date}\n`);
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
    await floorServer.close();
    for (const c of cleanups) c();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
