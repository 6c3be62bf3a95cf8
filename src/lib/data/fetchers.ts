/**
 * Browser fetcher: Vite maps every bundled data file to a hashed asset URL at build time,
 * so files are fetched only when a view needs them (assetsInlineLimit 0 keeps them separate).
 */
import { DataLoadError, type Fetcher } from './load.ts';

const URLS = import.meta.glob(['/data/*.{arrow,json}', '!/data/build-report.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Bundled file names (relative to data/) known to this build. */
export function bundledFiles(): string[] {
  return Object.keys(URLS).map((k) => k.replace(/^\/data\//, '')).sort();
}

export function browserFetcher(fetchImpl: typeof fetch = (...a) => fetch(...a)): Fetcher {
  return async (file: string) => {
    const url = URLS[`/data/${file}`];
    if (!url) throw new DataLoadError(file, 'not part of this build (no such file in data/)');
    let res: Response;
    try {
      res = await fetchImpl(url);
    } catch (e) {
      throw new DataLoadError(file, `network error (${e instanceof Error ? e.message : String(e)})`);
    }
    if (!res.ok) throw new DataLoadError(file, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    try {
      return await res.arrayBuffer();
    } catch (e) {
      throw new DataLoadError(file, `download interrupted (${e instanceof Error ? e.message : String(e)})`);
    }
  };
}
