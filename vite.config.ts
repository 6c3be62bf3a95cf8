import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base: the built `dist/` works from any sub-path of a static host, and offline.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0, // data files stay separate, loaded only when a view needs them
    chunkSizeWarningLimit: 900,
  },
  server: { fs: { allow: ['.'] } },
});
