import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataDownloads } from './scripts/lib/downloads';

/**
 * Content-Security-Policy of the built app: no inline scripts, no remote origins, no plugins, no forms.
 * Two relaxations, both needed by libraries the app is built on:
 *  - `script-src 'unsafe-eval'`: arquero compiles its table expressions and row builders with
 *    `Function(...)` (arquero/src/expression/compile.js, util/unroll.js — used by filter, derive,
 *    objects, join…); the compiled sources are the app's own query code, never URL or user input;
 *  - `style-src 'unsafe-inline'`: Svelte and Plot write style attributes.
 * Images, data and fonts may be `data:`/`blob:` (image export, CSV download).
 * Checked by tests/e2e/smoke.test.ts (meta) and tests/e2e/robustness.test.ts (also sent as a header).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Injects the CSP as a <meta> into index.html, for `vite build` only (the dev server needs inline HMR scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'corridors:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// Relative base: the built `dist/` works from any sub-path of a static host, and offline.
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), dataDownloads()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0, // data files stay separate, loaded only when a view needs them
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The table engine (arquero with its expression parser acorn, the Arrow reader flechette):
            // needed by the first screen but a chunk of its own, fetched in parallel with the entry.
            { name: 'data-engine', test: /[\\/]node_modules[\\/](arquero|acorn|@uwdata[\\/]flechette)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { fs: { allow: ['.'] } },
});
