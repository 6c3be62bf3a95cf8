/** Node fetcher for tests and scripts: reads bundled files from a folder. Never import from app code. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DataLoadError, type Fetcher } from './load.ts';

export function nodeFetcher(dir: string): Fetcher {
  return async (file: string) => {
    if (file.includes('..') || path.isAbsolute(file)) throw new DataLoadError(file, 'invalid file name');
    try {
      const b = await readFile(path.join(dir, file));
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new DataLoadError(file, code === 'ENOENT' ? 'file not found' : e);
    }
  };
}
