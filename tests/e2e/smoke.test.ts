/**
 * Smoke test: the built app loads from the static server, the header renders, the dashboard mounts
 * one card per view, the build carries the CSP meta, and nothing is reported on the console.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { VIEW_IDS } from '../../src/lib/state/types';
import { CSP, appUrl, expectNoErrors, openApp, viewIds } from './helpers';
import { useBrowser } from './suite';

describe('smoke', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('serves the built index.html with the CSP meta and relative asset URLs', async () => {
    const res = await fetch(appUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    // The CSP meta comes before any script (it only applies to what follows it).
    const cspAt = html.search(/<meta http-equiv="Content-Security-Policy"/);
    expect(cspAt).toBeGreaterThan(0);
    expect(cspAt).toBeLessThan(html.search(/<script/));
    // base: './' → assets are referenced relatively, so the build works from any sub-path.
    expect(html).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
  });

  it('loads, renders the header and every view card, without console errors', async () => {
    const { page, errors, failedRequests, close } = await openApp(browser);
    try {
      const h1 = page.locator('header h1').first();
      await h1.waitFor({ state: 'visible' });
      expect((await h1.textContent())?.trim()).toMatch(/Corridors/);
      expect(await page.title()).toMatch(/Corridors/);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toBe(CSP);
      // The dashboard has mounted one card per registered view.
      expect([...(await viewIds(page))].sort()).toEqual([...VIEW_IDS].sort());
      // Give lazy loads a moment to fail loudly if they are going to.
      await page.waitForLoadState('networkidle');
      expectNoErrors(errors);
      expect(failedRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});
