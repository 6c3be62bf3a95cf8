/**
 * Shared suite setup for browser tests: one headless Chromium per describe block.
 *
 *   let browser: Browser;
 *   useBrowser((b) => (browser = b));                          // launched in beforeAll, closed in afterAll
 *   useBrowser((b) => (browser = b), { resetServer: true });   // also clears the test server's rules after each test
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, resetServer } from './helpers';

export function useBrowser(set: (browser: Browser) => void, opts: { resetServer?: boolean } = {}): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    set(browser);
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
