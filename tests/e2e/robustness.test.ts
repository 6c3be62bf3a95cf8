/**
 * Robustness gates:
 *  - one data file missing (treaties.json → 404) and one corrupted (costs-corridor.arrow → truncated +
 *    garbage): only the views that need them show an error with a Retry button, every other view renders;
 *    Retry after the file is back recovers the view;
 *  - CSP: with the policy sent as an HTTP header as well as the build's <meta>, the app renders every
 *    view and no violation is reported;
 *  - monkey: ≥ 500 seeded random clicks / key presses / control changes (all of them, however long they
 *    take), on in-page elements only → no console error, and after each batch the URL parses back to the state shown.
 */
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { VIEW_IDS } from '../../src/lib/state/types';
import { parseQuery, serialiseState } from '../../src/lib/state/url';
import {
  CSP,
  expectNoErrors,
  openApp,
  resetServer,
  setServeRule,
  setServerHeaders,
  settle,
  view,
  viewError,
  viewIds,
  waitForViews,
  until,
  withApp,
} from './helpers';
import { useBrowser } from './suite';

/** Hashed build names: assets/treaties-<hash>.json, assets/costs-corridor-<hash>.arrow */
const TREATIES = /\/treaties-[\w-]+\.json$/;
const COSTS_CORRIDOR = /\/costs-corridor-[\w-]+\.arrow$/;
/** The console's line for a fetch answered 404. */
const NOT_FOUND = [/Failed to load resource: the server responded with a status of 404/];

/**
 * Which views need treaties / remittance-cost data (the `datasets` each view gives its ViewCard).
 * Every other view must keep working when those files are broken.
 */
const NEEDS_TREATIES = ['treaties-map', 'treaties-timeline', 'treaties-table', 'hosted', 'report-2012', 'corridor'];
const NEEDS_COSTS = ['cost-trend', 'cost-map', 'cost-vs-size', 'corridor', 'fees-lost'];

describe('robustness: a missing and a corrupted data file', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b), { resetServer: true });

  it('only the views that need them show an error with Retry; the rest render', async () => {
    await setServeRule(TREATIES, 'missing');
    await setServeRule(COSTS_CORRIDOR, 'corrupt');
    await withApp(browser, '', { waitFor: 'views', timeout: 60_000, ignoreErrors: NOT_FOUND }, async ({ page, failedRequests, errors }) => {
      const ids = await viewIds(page);
      expect([...ids].sort()).toEqual([...VIEW_IDS].sort());
      const failing: string[] = [];
      for (const id of ids) if ((await viewError(page, id).count()) > 0) failing.push(id);

      // Every view that needs the broken files says so…
      for (const id of [...NEEDS_TREATIES, ...NEEDS_COSTS]) expect(failing, `${id} should show an error`).toContain(id);
      // …and no other view does (key-figures may legitimately use cost or treaty figures).
      const unexpected = failing.filter((id) => ![...NEEDS_TREATIES, ...NEEDS_COSTS, 'key-figures'].includes(id));
      expect(unexpected, 'views that failed although they need neither file').toEqual([]);

      for (const id of failing) {
        const alert = viewError(page, id);
        await until(() => alert.first().isVisible()).toBe(true);
        const text = (await alert.first().textContent()) ?? '';
        expect(text, `${id} error names the file`).toMatch(/treaties|cost/i);
        await until(() => view(page, id).locator('[data-action="retry"]').first().isVisible()).toBe(true);
        // no half-drawn chart next to the error
        expect(await view(page, id).locator('figure svg').count(), `${id} shows no chart`).toBe(0);
      }
      // The others rendered a chart / table / figure each.
      for (const id of ids.filter((x) => !failing.includes(x))) {
        const content = await view(page, id).locator('figure svg, figure table, figure canvas, table, figure dl, figure p').count();
        expect(content, `${id} rendered something`).toBeGreaterThan(0);
      }
      expect(failedRequests.some((r) => /^404 .*treaties-/.test(r))).toBe(true);
      // The failure is reported in the cards, not thrown: the only console errors are the failed fetches.
      expectNoErrors(errors, { ignore: NOT_FOUND });

      // Retry, with the files back: the views recover.
      await resetServer();
      for (const id of failing) {
        const retry = view(page, id).locator('[data-action="retry"]');
        if ((await retry.count()) > 0) await retry.first().click();
      }
      await waitForViews(page, undefined, { timeout: 60_000 });
      for (const id of ids) expect(await viewError(page, id).count(), `${id} recovered after Retry`).toBe(0);
    });
  });

  it('a slow data file shows a loading state (aria-busy + status), then the view', async () => {
    await setServeRule(TREATIES, 'slow', { delayMs: 1500 });
    await withApp(browser, 'embed=treaties-table', async ({ page }) => {
      const card = view(page, 'treaties-table');
      await until(() => card.getAttribute('aria-busy')).toBe('true');
      expect(await card.locator('[role="status"]').count()).toBeGreaterThan(0);
      await waitForViews(page, ['treaties-table'], { timeout: 30_000 });
      expect(await card.getAttribute('aria-busy')).toBe('false');
      expect(await viewError(page, 'treaties-table').count()).toBe(0);
    });
  });
});

describe('CSP', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b), { resetServer: true });

  it('renders every view with the policy sent as an HTTP header, without any violation', async () => {
    await setServerHeaders({ 'Content-Security-Policy': CSP });
    await withApp(browser, '', { waitFor: 'views', timeout: 60_000 }, async ({ page, errors }) => {
      const res = await page.request.get(page.url());
      expect(res.headers()['content-security-policy']).toBe(CSP);
      for (const id of VIEW_IDS) expect(await viewError(page, id).count(), `${id} has no error`).toBe(0);
      // exercise the paths that create blobs / data URLs / styles at runtime
      await page.locator('[data-action="toggle-table"]').first().click();
      await settle(page);
      expect(errors.filter((e) => /Content Security Policy|\[csp\]/.test(e))).toEqual([]);
    });
  });
});

// ------------------------------------------------------------------ monkey

/** mulberry32: small seeded PRNG, so a failing monkey run can be replayed (MONKEY_SEED=…). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['Tab', 'Shift+Tab', 'Enter', ' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Escape'];
const WORDS = ['mex', 'ind', 'phil', 'ger', 'united', 'côte', 'zz', 'xk', 'US', '<b>', ''];

/**
 * Pick an interactive, visible, enabled element inside the app (index from the seeded PRNG), scroll it
 * into view and return the centre of its box — one round trip per click.
 */
async function pickTarget(page: Page, r: number): Promise<{ x: number; y: number; what: string } | null> {
  return page.evaluate((r) => {
    const sel = [
      'button:not([disabled])',
      'input:not([disabled])',
      'select:not([disabled])',
      'summary',
      'a[href]',
      '[role="slider"]',
      '[role="option"]',
      '[role="radio"]',
      '[role="button"]',
      '[role="menuitem"]',
      '[role="tab"]',
      '[tabindex="0"]',
    ]
      .map((s) => `#app ${s}`)
      .join(', ');
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => {
      if (e.closest('[hidden], [inert]')) return false;
      const b = e.getBoundingClientRect();
      return b.width > 0 && b.height > 0;
    });
    if (!els.length) return null;
    const el = els[Math.floor(r * els.length)];
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const b = el.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()}${el.getAttribute('data-action') ? `[${el.getAttribute('data-action')}]` : ''}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2, what };
  }, r);
}

/** The state the app holds (debug hook) vs the state the URL encodes. */
async function stateCheck(page: Page): Promise<{ url: string; app: string | null }> {
  const app = await page.evaluate(() => {
    const h = (window as unknown as { __corridors?: { serialise: () => string } }).__corridors;
    return h ? h.serialise() : null;
  });
  return { url: serialiseState(parseQuery(new URL(page.url()).search).state), app };
}

/** What every `[data-control]` shows (for the reload check): slider, checked options, chips, selects, boxes, dates. */
async function controlsShown(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const own = (el: Element): string | null => {
      if (el instanceof HTMLSelectElement) return el.value;
      if (el instanceof HTMLInputElement) {
        if (el.type === 'checkbox' || el.type === 'radio') return String(el.checked);
        if (el.getAttribute('role') === 'combobox') return null; // typed text is transient
        return el.value;
      }
      return null;
    };
    document.querySelectorAll('[data-control]').forEach((c) => {
      const name = c.getAttribute('data-control') ?? '?';
      const slider = c.querySelector('[role="slider"]');
      const parts = {
        self: own(c),
        slider: slider?.getAttribute('aria-valuenow') ?? null,
        checked: [...c.querySelectorAll('[aria-checked="true"], [aria-pressed="true"]')].map(
          (e) => e.getAttribute('data-value') ?? e.textContent?.trim(),
        ),
        chips: [...c.querySelectorAll('[data-chip]')].map((e) => e.getAttribute('data-chip')),
        fields: [...c.querySelectorAll('select, input')].map(own).filter((v) => v !== null),
      };
      out[name] = JSON.stringify(parts);
    });
    return out;
  });
}

/** Keys whose values differ between two control snapshots, readable. */
function controlDiff(a: Record<string, string>, b: Record<string, string>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => a[k] !== b[k]).map((k) => `${k}: ${a[k] ?? '(absent)'} → after reload ${b[k] ?? '(absent)'}`);
}

describe('permalinks keep view settings', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('every control inside a view, once changed, is reproduced by reloading the URL', async () => {
    // 22 views mount one after another on a loaded 2-core machine: give the first load room
    // where the test was, should it fail or time out (a page that stops answering says nothing itself)
    let step = 'opening ?country=MEX';
    onTestFailed(() => console.log(`permalinks test stopped while: ${step}`));
    const { page, errors, close } = await openApp(browser, 'country=MEX', { waitFor: 'views', timeout: 120_000 });
    const problems: string[] = [];
    try {
      const names = await page.$$eval('[data-view] [data-control]', (els) =>
        els.map((e) => `${e.closest('[data-view]')?.getAttribute('data-view')}|${e.getAttribute('data-control')}`),
      );
      expect(names.length, 'views have their own controls').toBeGreaterThan(3);
      for (const key of names) {
        const [viewId, name] = key.split('|');
        const c = view(page, viewId).locator(`[data-control="${name}"]`).first();
        if (!(await c.isVisible()) || !(await c.isEnabled().catch(() => true))) continue;
        const changed = await c.evaluate((el) => {
          const pickOther = (sel: HTMLSelectElement) => {
            const other = [...sel.options].find((o) => !o.disabled && o.value !== sel.value);
            if (!other) return false;
            sel.value = other.value;
            sel.dispatchEvent(new Event('input', { bubbles: true }));
            sel.dispatchEvent(new Event('change', { bubbles: true }));
            return true;
          };
          if (el instanceof HTMLSelectElement) return pickOther(el);
          if (el instanceof HTMLInputElement && el.type === 'checkbox') {
            el.click();
            return true;
          }
          const radio = el.querySelector<HTMLElement>('[role="radio"][aria-checked="false"]:not([disabled])');
          if (radio) {
            radio.click();
            return true;
          }
          const box = el.querySelector<HTMLInputElement>('input[type="checkbox"]:not([disabled])');
          if (box) {
            box.click();
            return true;
          }
          const sel = el.querySelector('select:not([disabled])');
          return sel instanceof HTMLSelectElement ? pickOther(sel) : false;
        });
        if (!changed) continue;
        step = `changed ${key}, settling`;
        await settle(page);
        await waitForViews(page, [viewId], { timeout: 30_000 });
        const shown = await controlsShown(page);
        // the reloaded page only needs the view whose control changed (the comparison is of that control)
        step = `reloading ${new URL(page.url()).search} for ${key}`;
        await withApp(browser, new URL(page.url()).search, { timeout: 60_000 }, async (again) => {
          await waitForViews(again.page, [viewId], { timeout: 60_000 });
          step = `comparing ${key} after the reload`;
          // only the control just changed (earlier losses would repeat in every later comparison)
          const diff = controlDiff({ [name]: shown[name] }, { [name]: (await controlsShown(again.page))[name] });
          if (diff.length) problems.push(`${viewId} / ${diff[0]}`);
        });
      }
      step = 'reporting';
      if (problems.length) console.log(`view settings lost on reload:\n  ${problems.join('\n  ')}`);
      expect(problems, 'view settings that a permalink does not keep').toEqual([]);
      expectNoErrors(errors);
    } finally {
      await close();
    }
  }, 480_000);
});

describe('monkey', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('≥ 500 seeded random interactions: no errors, URL always matches the state shown', async () => {
    const seed = Number(process.env.MONKEY_SEED ?? 1234);
    const random = rng(seed);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const ACTIONS = Number(process.env.MONKEY_ACTIONS ?? 520);
    const BATCH = 40;
    const started = Date.now();
    const { page, errors, close } = await openApp(browser, '', { waitFor: 'views', sandbox: true, timeout: 60_000 });
    const log: string[] = [];
    onTestFailed(() => console.log(`monkey stopped after: ${log.slice(-8).join(' · ')}`));
    const reloadProblems: string[] = [];
    try {
      let done = 0;
      while (done < ACTIONS) {
        for (let i = 0; i < BATCH && done < ACTIONS; i++, done++) {
          const r = random();
          try {
            if (r < 0.55) {
              const target = await pickTarget(page, random());
              if (!target) continue;
              const shift = random() < 0.15;
              log.push(`click ${target.what}${shift ? ' +shift' : ''}`);
              if (shift) await page.keyboard.down('Shift');
              await page.mouse.click(target.x, target.y);
              if (shift) await page.keyboard.up('Shift');
            } else if (r < 0.85) {
              const key = pick(KEYS);
              log.push(`key ${key}`);
              await page.keyboard.press(key);
            } else if (r < 0.95) {
              // type into the focused text field, or the country picker
              const word = pick(WORDS);
              const input = page.locator('#app input[type="text"], #app input[type="search"], #app input[role="combobox"]').first();
              if ((await input.count()) === 0) continue;
              log.push(`type "${word}"`);
              await input.fill(word, { timeout: 1000, force: true });
              if (random() < 0.5) await page.keyboard.press(pick(['ArrowDown', 'Enter', 'Escape']));
            } else {
              const sel = page.locator('#app select:not([disabled])');
              const n = await sel.count();
              if (!n) continue;
              const s = sel.nth(Math.floor(random() * n));
              const values = await s.evaluate((e) => [...(e as HTMLSelectElement).options].map((o) => o.value));
              const v = pick(values);
              log.push(`select ${v}`);
              await s.selectOption(v, { timeout: 1000, force: true });
            }
          } catch (e) {
            // an element that went away between pick and click is fine; anything else is not
            const msg = (e as Error).message;
            if (!/Timeout|detached|not attached|not visible|outside of the viewport|intercepts pointer|element is not|Element is not/i.test(msg)) throw e;
          }
        }
        await settle(page);
        // the page never left the app
        expect(new URL(page.url()).pathname).toMatch(/\/(index\.html)?$/);
        expectNoErrors(errors);
        const st = await stateCheck(page);
        if (st.app !== null) expect(st.app, `after ${done} actions (seed ${seed}): ${log.slice(-8).join(' · ')}`).toBe(st.url);
        if (done % (BATCH * 3) === 0 || done >= ACTIONS) {
          // Reloading the URL reproduces the same controls (differences collected, asserted at the end)
          const shown = await controlsShown(page);
          const url = page.url();
          const again = await openApp(browser, new URL(url).search, { waitFor: 'views', sandbox: true }).catch((e: Error) => {
            throw new Error(`reloading ${new URL(url).search}: ${e.message}`);
          });
          try {
            const diff = controlDiff(shown, await controlsShown(again.page));
            if (diff.length) reloadProblems.push(`${new URL(url).search}\n      ${diff.join('\n      ')}`);
            expectNoErrors(again.errors);
          } finally {
            await again.close();
          }
        }
      }
      console.log(`monkey: ${done} actions in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed}); last: ${log.slice(-6).join(' · ')}`);
      if (reloadProblems.length) console.log(`controls that a reload does not reproduce:\n  ${reloadProblems.join('\n  ')}`);
      expect(reloadProblems, 'controls that do not survive a reload of the URL (state kept outside the URL)').toEqual([]);
    } finally {
      await close();
    }
    // all ACTIONS run however long they take on this machine (speed is the benchmark's business, not
    // an assertion here); the limit only stops a page that hangs
  }, 900_000);
});
