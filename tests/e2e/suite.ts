/**
 * Shared suite setup for browser tests: one headless Chromium per describe block.
 *
 *   let browser: Browser;
 *   useBrowser((b) => (browser = b));                          // launched in beforeAll, closed in afterAll
 *   useBrowser((b) => (browser = b), { resetServer: true });   // also clears the test server's rules after each test
 *
 * One page of the app shared by the tests of a describe block:
 *
 *   let browser: Browser;
 *   let app: AppPage;
 *   useSharedApp(QUERY, (a) => waitForViews(a.page, [VIEW]), (b, a) => ((browser = b), (app = a)));
 *   // opened in beforeAll once `ready` has resolved; in afterAll the page must have reported no errors
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoErrors, launchBrowser, openApp, resetServer, type AppPage } from './helpers';

export function useBrowser(set: (browser: Browser) => unknown, opts: { resetServer?: boolean } = {}): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    await set(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  if (opts.resetServer) {
    afterEach(async () => {
      await resetServer();
    });
  }
}

export function useSharedApp(
  query: string,
  ready: (app: AppPage) => Promise<void>,
  set: (browser: Browser, app: AppPage) => void,
): void {
  let app: AppPage | undefined;
  useBrowser(async (browser) => {
    app = await openApp(browser, query);
    await ready(app);
    set(browser, app);
  });
  afterAll(async () => {
    try {
      if (app) expectNoErrors(app.errors);
    } finally {
      await app?.close();
    }
  });
}
