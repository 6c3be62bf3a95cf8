/**
 * Vite plugin: at build time, emit the full datasets as static CSV files and their Frictionless
 * Data Package descriptor into `<outDir>/downloads/` (see src/lib/export/datapackage.ts). The files
 * are built from the bundled `data/` folder with the same code as the app's "Full dataset" download.
 *
 * Register in vite.config.ts: `plugins: [svelte(), contentSecurityPolicy(), dataDownloads()]`.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadCountries, loadMeta } from '../../src/lib/data/load.ts';
import { nodeFetcher } from '../../src/lib/data/node-fetcher.ts';
import { buildDataPackage } from '../../src/lib/export/datapackage.ts';

export interface DownloadsOptions {
  /** Folder of the bundled data files (default `data/` beside vite.config.ts). */
  dataDir?: string;
}

export function dataDownloads(opts: DownloadsOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'corridors:downloads',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const fetcher = nodeFetcher(opts.dataDir ?? path.join(root, 'data'));
      const [registry, meta] = await Promise.all([loadCountries(fetcher), loadMeta(fetcher)]);
      const { files } = await buildDataPackage({ fetcher, registry }, meta);
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.path, source: f.content });
    },
  };
}
