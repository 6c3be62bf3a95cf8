import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Built the same way as the app (relative base, same target), into a temp dir by scripts/bench.ts.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ configFile: false })],
  build: { target: 'es2022' },
  logLevel: 'warn',
});
