/**
 * Build and browser helpers shared by the browser tests (tests/e2e/global-setup.ts) and the
 * benchmark (scripts/bench.ts): the repository root, the Chromium executable and its flags, and a
 * Vite build of the app (or of another Vite root, e.g. the benchmark's floor page) into a directory.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Flags for headless Chromium on a closed network (used by the browser tests and by `npm run bench`). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}" but no file exists there. Fix CHROME_PATH or unset it.`);
  }
  for (const c of CHROMIUM_CANDIDATES) if (existsSync(c)) return c;
  throw new Error(
    'E2E tests need a Chromium browser and none was found (looked at $CHROME_PATH, ' +
      `${CHROMIUM_CANDIDATES.join(', ')}).\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at an existing Chrome/Chromium binary:  CHROME_PATH=/path/to/chrome npm run test:e2e',
  );
}

/**
 * Build with Vite's JS API into `outDir` (fresh): the app by default, or the Vite project at `root`
 * (its own vite.config.ts).
 */
export async function buildApp(outDir: string, root: string = REPO_ROOT): Promise<void> {
  const { build } = await import('vite');
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`vite build produced no index.html in ${outDir}`);
}
