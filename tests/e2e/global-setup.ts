/**
 * E2E global setup (vitest project `e2e`): runs once per `vitest run --project e2e`.
 *
 *  1. Finds Chromium (CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).
 *  2. Builds the app ONCE with Vite's JS API into a fresh temp directory (parallel runs never collide,
 *     `dist/` is untouched). Set E2E_DIST=<dir> to reuse an existing build instead (local iteration only).
 *  3. Serves that directory on 127.0.0.1:<random port> with a tiny node:http static server
 *     (`startStaticServer`, scripts/lib/static-server.ts) with test hooks under `/__test/` (per-path 404 / corrupted /
 *     slow / 500 rules, extra response headers such as a CSP, a request log) — use them through
 *     helpers.ts (`setServeRule`, `setServerHeaders`, `requestLog`). scripts/bench.ts uses it too.
 *  4. `provide()`s `baseUrl`, `chromiumPath` to the tests (read them with helpers.ts or `inject()`).
 *  5. Tears everything down (server, temp build) in the returned function.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, findChromium } from '../../scripts/lib/build';
import { startStaticServer } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/ (always ends with '/'). */
    baseUrl: string;
    /** Absolute path of the Chromium executable used by launchBrowser(). */
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();

  let outDir: string;
  let tempRoot: string | null = null;
  const reuse = process.env.E2E_DIST;
  if (reuse) {
    outDir = path.resolve(reuse);
    if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`E2E_DIST=${reuse} has no index.html`);
  } else {
    tempRoot = mkdtempSync(path.join(tmpdir(), 'corridors-e2e-'));
    outDir = path.join(tempRoot, 'dist');
    const t0 = Date.now();
    try {
      await buildApp(outDir);
    } catch (e) {
      rmSync(tempRoot, { recursive: true, force: true });
      throw new Error(`E2E setup: building the app failed: ${(e as Error).message}`, { cause: e });
    }
    console.log(`[e2e] built app in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  const server = await startStaticServer(outDir);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);

  return async () => {
    await server.close();
    if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
  };
}
