/**
 * Shared helpers for browser tests (vitest project `e2e`). The global setup (global-setup.ts) has
 * already built the app once into a temp dir and serves it on 127.0.0.1; these helpers drive
 * Debian Chromium with playwright-core against that server.
 *
 * API
 * ---
 * Browser & pages
 *   launchBrowser(opts?)                  → Browser (headless Chromium; close it in afterAll)
 *   openApp(browser, query = '', opts?)   → AppPage { page, context, errors, failedRequests, close() }
 *       query: '' | 'year=2010&country=MEX' | '?embed=corridors' (a leading '?' is optional)
 *       opts.waitFor: 'shell' (default: app mounted) | 'views' (every view card settled) | 'none'
 *       opts.viewport, opts.reducedMotion, opts.colorScheme, opts.timeout
 *       opts.bypassCSP: let the test inject scripts (axe-core) despite the app's CSP
 *       opts.sandbox: abort other origins, cancel downloads, block popups and links away (monkey tests)
 *       errors: console errors, uncaught page errors, unhandled rejections, CSP violations (strings)
 *       failedRequests: HTTP responses ≥ 400 and failed requests ("404 /assets/treaties-….json")
 *   appUrl(query)                         → absolute URL of the built app with that query
 *   baseUrl()                             → e.g. 'http://127.0.0.1:41234/'
 *   expectNoErrors(errors, { ignore? })   → assertion with a readable message
 *   withApp(browser, query, opts?, body)  → runs body(app) on a page of openApp, then expectNoErrors (opts.ignoreErrors),
 *                                            and closes the page whatever happens
 *   until(fn, message?, timeout = 20 s)   → expect.poll with a timeout suited to a busy machine
 *
 * Views (cards rendered by ViewCard.svelte: `[data-view="<id>"]`)
 *   view(page, id)                        → Locator of the card
 *   viewIds(page)                         → ids of the cards on the page, in order (views that mount on
 *                                            approach are scrolled to until they have mounted, then the
 *                                            page is scrolled back)
 *   waitForViews(page, ids?, { timeout })  → waits until those cards (default all) are settled:
 *                                            not aria-busy and showing a figure, a table or an error.
 *                                            Views mount when they near the viewport and keep still
 *                                            while off screen (src/lib/components/LazyView.svelte): each
 *                                            listed view that is not mounted, or has missed filter
 *                                            changes, is scrolled into view first (as a user would)
 *   viewError(page, id)                   → Locator of the card's `role="alert"`
 *   readTable(page, id)                   → { headers, keys, rows } of the card's table alternative
 *                                            (keys: each column's stable CSV name, from th[data-key])
 *                                            (toggles the table on if needed and back off after)
 *   readTableValues(page, id)             → string[][]: each body cell's exact value (td[data-value]), as in the CSV
 *   settle(page)                          → waits two animation frames (DOM updated and painted), and
 *                                            until views off screen have caught up with the last change
 *                                            (they do in idle time once the filters are still)
 *
 * Downloads
 *   download(page, trigger)              → { filename, buffer, text } of the download that `trigger` starts
 *   downloadFromView(page, id, action)   → same, clicking `[data-action=<action>]` inside the card
 *   parseCsv(text, opts)                  → string[][] (RFC 4180, an independent reader: tests/fixtures/csv-reader)
 *   menuItem(page, id, action)           → Locator of a Download-menu item of the card (menu opened)
 *   downloadFromMenu(page, id, action)   → { filename, buffer, text } of that menu item's download
 *   pngSize(buffer)                       → { width, height } from the PNG header (asserts the signature)
 *
 * State
 *   stateOf(page)                         → FilterState parsed from the page's URL with the app's own parser
 *   waitForUrl(page, pred, timeout = 5 s) → the page's FilterState once it satisfies pred
 *
 * Test server hooks (they apply to every request until cleared; e2e files never run in parallel)
 *   setServeRule(pattern, mode, opts?)   → pattern: substring of the URL path or a RegExp;
 *                                            mode: 'missing' (404) | 'corrupt' (truncated + garbage bytes)
 *                                            | 'error' (500) | 'slow' (opts.delayMs) | null (remove rule)
 *   clearServeRules()
 *   setServerHeaders(headers)            → extra headers on every response, e.g. { 'Content-Security-Policy': CSP }
 *   requestLog() / clearRequestLog()     → [{ path, status, bytes, mode }] of what the server answered
 *   resetServer()                        → rules, headers and log cleared (call in afterEach)
 *   CSP                                   → the Content-Security-Policy the build injects (vite.config.ts)
 */
import { readFile } from 'node:fs/promises';
import { inject, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { parseQuery } from '../../src/lib/state/url';
import type { FilterState, ViewId } from '../../src/lib/state/types';
import { CHROMIUM_ARGS } from '../../scripts/lib/build';
import type { RequestLogEntry, ServeMode, ServeRule } from '../../scripts/lib/static-server';
export { readCsv as parseCsv } from '../fixtures/csv-reader';
export { CONTENT_SECURITY_POLICY as CSP } from '../../vite.config';

// ------------------------------------------------------------------ browser

export { CHROMIUM_ARGS };

export function baseUrl(): string {
  return inject('baseUrl');
}

export function chromiumPath(): string {
  return inject('chromiumPath');
}

export function appUrl(query = ''): string {
  const q = query.startsWith('?') ? query.slice(1) : query;
  return `${baseUrl()}index.html${q ? `?${q}` : ''}`;
}

/** The last lines Chromium wrote (its stderr, via Playwright's browser log), per browser. */
const browserLogs = new WeakMap<Browser, string[]>();

export async function launchBrowser(opts: { args?: string[] } = {}): Promise<Browser> {
  const lines: string[] = [];
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.args ?? [])],
    logger: {
      isEnabled: (name) => name === 'browser',
      log: (_name, _severity, message) => {
        lines.push(String(message));
        if (lines.length > 40) lines.shift();
      },
    },
  });
  browserLogs.set(browser, lines);
  return browser;
}

/** Whether the page still renders (an animation frame within `ms`), with its visibility and focus. */
async function renderingState(page: Page, ms = 2000): Promise<{ frames: boolean; visibility: string; focus: boolean }> {
  return page.evaluate(
    (ms) =>
      new Promise<{ frames: boolean; visibility: string; focus: boolean }>((resolve) => {
        const now = (frames: boolean) => resolve({ frames, visibility: document.visibilityState, focus: document.hasFocus() });
        requestAnimationFrame(() => now(true));
        setTimeout(() => now(false), ms);
      }),
    ms,
  );
}

/**
 * Makes sure the page still renders. On a loaded CI machine a page has been seen to stop producing
 * animation frames with no error from the page: intersection observers and scroll events stop with
 * them, so lazy views never mount and waiting for a frame never returns. When there is no frame
 * within 2 s this tries what Playwright offers to get frames going again (bring the page to the
 * front, resize it, take a screenshot), logs which one worked, and throws a readable error, with
 * Chromium's last log lines, when none did.
 */
export async function ensureRendering(page: Page, where: string): Promise<void> {
  let state = await renderingState(page);
  if (state.frames) return;
  const said = [`${where}: no animation frame within 2 s (visibility=${state.visibility}, focus=${state.focus})`];
  const nudges: [string, () => Promise<unknown>][] = [
    ['bringToFront', () => page.bringToFront()],
    [
      'resize',
      async () => {
        const size = page.viewportSize();
        if (!size) return;
        await page.setViewportSize({ width: size.width + 1, height: size.height });
        await page.setViewportSize(size);
      },
    ],
    ['screenshot', () => page.screenshot({ timeout: 10_000 })],
  ];
  for (const [name, nudge] of nudges) {
    try {
      await nudge();
    } catch (e) {
      said.push(`${name} failed: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    state = await renderingState(page);
    said.push(`after ${name}: ${state.frames ? 'frames run' : 'still no frame'} (visibility=${state.visibility})`);
    if (state.frames) {
      console.warn(`[rendering] ${said.join('; ')}`);
      return;
    }
  }
  const log = browserLogs.get(page.context().browser() as Browser) ?? [];
  throw new Error(`the page stopped rendering. ${said.join('; ')}\n  Chromium's last log lines:\n  ${log.join('\n  ') || '(none)'}`);
}

export interface OpenOptions {
  waitFor?: 'shell' | 'views' | 'none';
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  timeout?: number;
  /** Let the test inject scripts (e.g. axe-core via addScriptTag) despite the app's CSP. */
  bypassCSP?: boolean;
  /** Abort requests to other origins and stop downloads / popups (monkey tests). */
  sandbox?: boolean;
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions, unhandled rejections, CSP violations. */
  errors: string[];
  /** HTTP responses with status ≥ 400 and requests that failed at the network level. */
  failedRequests: string[];
  close(): Promise<void>;
}

/** Collects what the page reports (installed before any app script runs). */
const INIT_SCRIPT = `(() => {
  const report = (kind, msg) => { try { window.__e2eReport(kind, String(msg)); } catch {} };
  window.addEventListener('unhandledrejection', (e) => {
    const r = e.reason;
    report('unhandledrejection', r && r.stack ? r.stack : r);
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    report('csp', e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  });
})();`;

/** Keeps a monkey on the page: no downloads, no new windows, no navigation to other documents. */
const SANDBOX_SCRIPT = `(() => {
  window.open = () => null;
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!a) return;
    const href = a.getAttribute('href') || '';
    const sameDoc = href.startsWith('#') || href.startsWith('?');
    if (a.hasAttribute('download') || a.target === '_blank' || !sameDoc) e.preventDefault();
  }, true);
  try { navigator.clipboard.writeText = () => Promise.resolve(); } catch {}
})();`;

export async function openApp(browser: Browser, query = '', opts: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    colorScheme: opts.colorScheme ?? 'light',
    acceptDownloads: !opts.sandbox,
    deviceScaleFactor: 1,
    bypassCSP: opts.bypassCSP ?? false,
  });
  if (opts.sandbox) {
    const origin = new URL(baseUrl()).origin;
    await context.route('**/*', (route) => {
      const u = route.request().url();
      return u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:') ? route.continue() : route.abort();
    });
    await context.addInitScript({ content: SANDBOX_SCRIPT });
    context.on('page', (p) => {
      // a popup that slipped through: close it, the test stays on the app
      void p.opener().then((o) => (o ? p.close() : undefined));
    });
  }
  const errors: string[] = [];
  const failedRequests: string[] = [];
  await context.exposeBinding('__e2eReport', (_src, kind: string, msg: string) => {
    errors.push(`[${kind}] ${msg}`);
  });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') {
      const loc = m.location();
      errors.push(`[console] ${m.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (e) => errors.push(`[pageerror] ${e.stack ?? e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('requestfailed', (r) => {
    // blob: downloads that the page revokes are not failures of the app.
    if (r.url().startsWith('blob:') || r.url().startsWith('data:')) return;
    failedRequests.push(`failed ${new URL(r.url()).pathname}: ${r.failure()?.errorText ?? ''}`);
  });
  const timeout = opts.timeout ?? 30_000;
  page.setDefaultTimeout(timeout);
  await page.goto(appUrl(query), { waitUntil: 'load', timeout });
  if (opts.waitFor !== 'none') await waitForShell(page, timeout);
  if (opts.waitFor === 'views') {
    try {
      await waitForViews(page, undefined, { timeout });
    } catch (e) {
      // what the page said meanwhile explains a view that never came
      const said = [...errors, ...failedRequests];
      throw new Error(`${(e as Error).message}\n  page errors and failed requests: ${said.length ? said.join('\n  ') : 'none'}`, { cause: e });
    }
  }
  return { page, context, errors, failedRequests, close: () => context.close() };
}

/** The Svelte app has mounted: #app has a main region (dashboard or embed). */
export async function waitForShell(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('#app main', { state: 'attached', timeout });
}

/**
 * expect.poll with a timeout that suits a loaded CI machine (vitest's default is 1 s):
 * `await until(() => locator.textContent(), 'what').toBe('…')`.
 */
export function until<T>(fn: () => T | Promise<T>, message?: string, timeout = 20_000) {
  return expect.poll(fn, { timeout, interval: 100, message });
}

export function expectNoErrors(errors: readonly string[], opts: { ignore?: RegExp[] } = {}): void {
  const left = errors.filter((e) => !(opts.ignore ?? []).some((re) => re.test(e)));
  expect(left, `page reported ${left.length} error(s):\n  ${left.join('\n  ')}`).toEqual([]);
}

export interface WithAppOptions extends OpenOptions {
  /** Errors the final no-errors check lets pass (as `expectNoErrors(errors, { ignore })`). */
  ignoreErrors?: RegExp[];
}

/**
 * Opens the app, runs `body` with it, then checks that the page reported no errors; the page is closed
 * whatever happens. `await withApp(browser, 'country=MEX', async ({ page }) => { … })`.
 */
export async function withApp<T>(browser: Browser, query: string, body: (app: AppPage) => Promise<T>): Promise<T>;
export async function withApp<T>(browser: Browser, query: string, opts: WithAppOptions, body: (app: AppPage) => Promise<T>): Promise<T>;
export async function withApp<T>(
  browser: Browser,
  query: string,
  optsOrBody: WithAppOptions | ((app: AppPage) => Promise<T>),
  maybeBody?: (app: AppPage) => Promise<T>,
): Promise<T> {
  const [opts, body] = typeof optsOrBody === 'function' ? [{}, optsOrBody] : [optsOrBody, maybeBody!];
  const { ignoreErrors, ...open } = opts;
  const app = await openApp(browser, query, open);
  try {
    const result = await body(app);
    expectNoErrors(app.errors, { ignore: ignoreErrors });
    return result;
  } finally {
    await app.close();
  }
}

// ------------------------------------------------------------------ views

export function view(page: Page, id: ViewId | string): Locator {
  return page.locator(`[data-view="${id}"]`);
}

export function viewError(page: Page, id: ViewId | string): Locator {
  return view(page, id).locator('[role="alert"]');
}

export async function viewIds(page: Page): Promise<string[]> {
  const unmounted = await page.$$eval('[data-lazy="placeholder"], [data-lazy="loading"]', (els) => els.map((e) => e.id));
  if (unmounted.length) {
    const y = await page.evaluate(() => window.scrollY);
    for (const id of unmounted) {
      const state = await bringIntoView(page, id, 'mounted', 30_000);
      if (state !== 'mounted') throw new Error(`view cell ${id} not mounted after 30 s (data-lazy=${state})`);
    }
    await page.evaluate((y) => window.scrollTo(0, y), y);
  }
  return page.$$eval('[data-view]', (els) => els.map((e) => e.getAttribute('data-view') ?? ''));
}

/**
 * Waits until the cards (default: all `[data-view]`) are settled: not aria-busy, and showing something
 * final — a figure with content that is not a loading message, a table, or an error (`role="alert"`).
 * An empty state ("Choose at least one instrument.") is final. Polls with page.evaluate
 * (no eval / waitForFunction strings, so it also works under the app's CSP).
 */
export async function waitForViews(
  page: Page,
  ids?: readonly string[],
  opts: { timeout?: number } = {},
): Promise<void> {
  const timeout = opts.timeout ?? 30_000;
  const t0 = Date.now();
  // Bring each listed view (default: every view of the page) that is a placeholder, or stale, into view.
  const cells = await page.evaluate(
    ({ list }) =>
      (list ?? [...document.querySelectorAll('[data-lazy]')].map((c) => c.id.replace(/^view-/, ''))).filter((id) => {
        const cell = document.getElementById(`view-${id}`);
        return cell && (cell.getAttribute('data-lazy') !== 'mounted' || cell.getAttribute('data-stale') === 'true');
      }),
    { list: ids ? [...ids] : null },
  );
  for (const id of cells) {
    await page.evaluate((id) => document.getElementById(`view-${id}`)?.scrollIntoView({ block: 'center' }), id);
    if (ids) await pollSettled(page, [id], timeout - (Date.now() - t0));
    // every view: move on once this one has started to mount; all are awaited together below
    else await bringIntoView(page, `view-${id}`, 'started', Math.max(1000, timeout - (Date.now() - t0)));
  }
  await pollSettled(page, ids ? [...ids] : null, timeout - (Date.now() - t0));
}

/**
 * Scroll a dashboard cell into view until it has started to mount ('started') or has mounted, as a
 * user looking for it would: the scroll is repeated every second, because views above it that mount
 * meanwhile can push it out of the viewport again. Returns the cell's last data-lazy state.
 */
async function bringIntoView(page: Page, cellId: string, until: 'started' | 'mounted', timeout: number): Promise<string> {
  const t0 = Date.now();
  let state = '';
  let scrolledAt = -Infinity;
  let pressedAt = -Infinity;
  for (;;) {
    if (Date.now() - scrolledAt >= 1000) {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), cellId);
      scrolledAt = Date.now();
    }
    state = await page.evaluate((id) => document.getElementById(id)?.getAttribute('data-lazy') ?? '(no cell)', cellId);
    if (until === 'mounted' ? state === 'mounted' : state !== 'placeholder') return state;
    // Still a placeholder 3 s after being scrolled into view: press it, as a keyboard user does (the
    // placeholder is a button that mounts its view). On a loaded CI machine a cell has been seen to stay
    // a placeholder in the viewport with no error; a DOM click does not wait for the page to paint.
    if (state === 'placeholder' && Date.now() - t0 >= 3000 && Date.now() - pressedAt >= 3000) {
      await ensureRendering(page, `bringing ${cellId} into view`);
      await page.evaluate((id) => document.getElementById(id)?.querySelector<HTMLElement>('button[data-placeholder]')?.click(), cellId);
      pressedAt = Date.now();
    }
    if (Date.now() - t0 >= timeout) return state;
    await page.waitForTimeout(20);
  }
}

async function pollSettled(page: Page, list: string[] | null, timeout: number): Promise<void> {
  const pending = () =>
    page.evaluate(
      ({ list }) => {
        const settled = (card: Element): boolean => {
          if (card.getAttribute('aria-busy') === 'true') return false;
          if (card.closest('[data-stale="true"]')) return false;
          if (card.querySelector('[role="alert"]')) return true;
          if (card.querySelector('table')) return true;
          const fig = card.querySelector('figure');
          if (!fig || fig.childElementCount === 0) return false;
          // a view's own loading message inside its figure (a year file, the map outline) — not an empty state
          return ![...fig.querySelectorAll('[role="status"]')].some(
            (el) => /loading/i.test(el.className.toString()) || /^\s*Loading/.test(el.textContent ?? ''),
          );
        };
        const cards = list
          ? list.map((id) => [id, document.querySelector(`[data-view="${id}"]`)] as const)
          : [
              ...[...document.querySelectorAll('[data-view]')].map((c) => [c.getAttribute('data-view') ?? '?', c] as const),
              // cells whose view has not mounted yet
              ...[...document.querySelectorAll('[data-lazy]:not([data-lazy="mounted"])')].map((c) => [c.id, null] as const),
            ];
        if (cards.length === 0) return ['(no [data-view] cards)'];
        return cards.filter(([, c]) => !c || !settled(c)).map(([id]) => id);
      },
      { list },
    );
  const t0 = Date.now();
  let left: string[] = [];
  while (Date.now() - t0 < Math.max(timeout, 1000)) {
    left = await pending();
    if (left.length === 0) return;
    await page.waitForTimeout(50);
  }
  // say what each one shows: its mount state, busy flag and the start of its text (a placeholder's
  // "failed" message, a loading line…), so that a failure on a CI machine explains itself
  const detail = await page.evaluate((ids) => ids.map((id) => {
    const el = document.querySelector(`[data-view="${id}"]`) ?? document.getElementById(id) ?? document.getElementById(`view-${id}`);
    const cell = el?.closest('[data-lazy]') ?? el;
    const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return `${id} [lazy=${cell?.getAttribute('data-lazy') ?? '?'} busy=${el?.getAttribute('aria-busy') ?? '-'}] "${text}"`;
  }), left);
  // does the page still render, and does it scroll? (intersection observers, scroll events and
  // animation frames need frames; a cell can only come into view if the page scrolls)
  const r = await renderingState(page);
  const where = await page.evaluate(() => {
    const root = document.scrollingElement;
    return `scrollY=${Math.round(scrollY)} of ${root?.scrollHeight ?? '?'}, innerHeight=${innerHeight}, overflow=${getComputedStyle(document.body).overflow}`;
  });
  detail.push(`(${r.frames ? 'animation frames run' : 'NO animation frame within 2 s'}; visibility=${r.visibility}, focus=${r.focus}; ${where})`);
  throw new Error(`views not settled after ${timeout} ms:\n  ${detail.join('\n  ')}`);
}

/**
 * Two animation frames: Svelte has flushed and the browser has painted. Then, if views off screen
 * missed the last change (`data-stale`), until they have caught up (in idle time, see LazyView.svelte).
 */
export async function settle(page: Page, timeout = 20_000): Promise<void> {
  await ensureRendering(page, 'settle');
  await page.evaluate(
    () =>
      new Promise<void>((r) => {
        requestAnimationFrame(() => requestAnimationFrame(() => r()));
        setTimeout(r, 5000); // never wait for ever: a page that stops rendering is caught above
      }),
  );
  const t0 = Date.now();
  while ((await page.locator('[data-stale="true"]').count()) > 0) {
    if (Date.now() - t0 > timeout) throw new Error('views off screen did not catch up with the filters');
    await page.waitForTimeout(50);
  }
}

/** Runs `read` with the card's table alternative shown: turns it on if it is off, and back off afterwards. */
async function withTableShown<T>(page: Page, id: ViewId | string, read: (card: Locator) => Promise<T>): Promise<T> {
  const card = view(page, id);
  const toggle = card.locator('[data-action="toggle-table"]').first();
  const wasOn = (await toggle.getAttribute('aria-pressed')) === 'true';
  if (!wasOn) await toggle.click();
  try {
    return await read(card);
  } finally {
    if (!wasOn) await toggle.click();
  }
}

/** The card's table alternative as text cells (header row from <thead>, body rows from <tbody>). */
export function readTable(page: Page, id: ViewId | string): Promise<{ headers: string[]; keys: string[]; rows: string[][] }> {
  return withTableShown(page, id, async (card) => {
    const table = card.locator('table').first();
    await table.waitFor({ state: 'visible' });
    return table.evaluate((t) => {
      const clean = (s: string | null) => (s ?? '').replace(/[↕▲▼]/g, '').replace(/\s+/g, ' ').trim();
      const headers = [...t.querySelectorAll('thead th')].map((th) => clean(th.textContent));
      const keys = [...t.querySelectorAll('thead th')].map((th) => th.getAttribute('data-key') ?? '');
      const rows = [...t.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td, th')].map((td) => clean(td.textContent)),
      );
      return { headers, keys, rows };
    });
  });
}

/**
 * The exact value behind every cell of the table alternative's (last) body, row by row: each td's
 * `data-value` ('' where it has none), as the CSV holds it, unrounded.
 */
export function readTableValues(page: Page, id: ViewId | string): Promise<string[][]> {
  return withTableShown(page, id, (card) =>
    card
      .locator('table tbody')
      .last()
      .evaluate((tb) => [...tb.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value') ?? ''))),
  );
}

// ------------------------------------------------------------------ downloads

export interface DownloadedFile {
  filename: string;
  buffer: Buffer;
  text: string;
}

export async function download(page: Page, trigger: () => Promise<unknown>, timeout = 30_000): Promise<DownloadedFile> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout }), trigger()]);
  const file = await dl.path();
  const buffer = await readFile(file);
  return { filename: dl.suggestedFilename(), buffer, text: buffer.toString('utf8') };
}

export async function downloadFromView(page: Page, id: ViewId | string, action = 'download-csv'): Promise<DownloadedFile> {
  const btn = view(page, id).locator(`[data-action="${action}"]`).first();
  if ((await btn.count()) === 0) throw new Error(`${id}: no [data-action="${action}"] button`);
  const t0 = Date.now();
  while (!(await btn.isEnabled())) {
    if (Date.now() - t0 > 10_000) throw new Error(`${id}: [data-action="${action}"] stays disabled (no table for the current filters?)`);
    await page.waitForTimeout(100);
  }
  return download(page, () => btn.click());
}

/** Opens the card's Download menu and returns the (visible) item with `data-action=<action>`. */
export async function menuItem(page: Page, id: ViewId | string, action: string): Promise<Locator> {
  const card = view(page, id);
  await card.locator('[data-action="download-menu"]').click();
  const item = card.locator(`[role="menuitem"][data-action="${action}"]`);
  await item.waitFor({ state: 'visible' });
  return item;
}

export async function downloadFromMenu(page: Page, id: ViewId | string, action: string, timeout = 90_000): Promise<DownloadedFile> {
  const item = await menuItem(page, id, action);
  return download(page, () => item.click(), timeout);
}

/** PNG width and height from the IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(buf: Buffer | Uint8Array): { width: number; height: number } {
  const b = Buffer.from(buf);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// ------------------------------------------------------------------ state

export function stateOf(page: Page): FilterState {
  return parseQuery(new URL(page.url()).search).state;
}

/** Waits until the page URL satisfies `pred` (URL updates are synchronous, but clicks resolve first). */
export async function waitForUrl(page: Page, pred: (s: FilterState) => boolean, timeout = 5000): Promise<FilterState> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    const s = stateOf(page);
    if (pred(s)) return s;
    await page.waitForTimeout(25);
  }
  throw new Error(`URL never matched; last: ${page.url()}`);
}

// ------------------------------------------------------------------ server hooks

async function hook(path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl()}__test/${path}`, {
    method: body === undefined && path === 'log' ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? (path === 'log' ? undefined : '{}') : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`test server hook ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

export async function setServeRule(
  pattern: string | RegExp,
  mode: ServeMode | null,
  opts: { delayMs?: number } = {},
): Promise<void> {
  const wire = typeof pattern === 'string' ? { pattern } : { pattern: pattern.source, regex: true, flags: pattern.flags };
  if (mode === null) await hook('rules/remove', wire);
  else await hook('rules', { ...wire, mode, ...opts } satisfies ServeRule);
}

export async function clearServeRules(): Promise<void> {
  await hook('rules/clear');
}

export async function setServerHeaders(headers: Record<string, string>): Promise<void> {
  await hook('headers', headers);
}

export async function requestLog(): Promise<RequestLogEntry[]> {
  return (await hook('log')) as RequestLogEntry[];
}

export async function clearRequestLog(): Promise<void> {
  await hook('log/clear');
}

export async function resetServer(): Promise<void> {
  await hook('reset');
}

/** Type into the country picker, move to the option of `iso3` with the arrow keys, press Enter: its chip appears. */
export async function pickCountry(page: Page, typed: string, iso3: string): Promise<void> {
  const input = page.locator('[data-control="country"] input[role="combobox"]');
  await input.click();
  await page.keyboard.type(typed, { delay: 30 });
  const option = page.locator(`[data-control="country"] [role="option"][data-iso3="${iso3}"]`);
  await option.waitFor({ state: 'visible' });
  for (let i = 0; i < 12; i++) {
    const active = await input.getAttribute('aria-activedescendant');
    if (active && active === (await option.getAttribute('id'))) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await input.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
  await page.keyboard.press('Enter');
  await page.locator(`[data-control="country"] [data-chip="${iso3}"]`).waitFor();
}
