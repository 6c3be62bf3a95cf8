/**
 * Data build step: raw public sources → compact, deterministic bundled files in `data/`.
 *
 *   npm run data -- --raw <dir> [--out <dir>]      (defaults: --raw data/raw, --out data)
 *
 * The raw folder holds one sub-folder per source (countries, migrant-stock, population, refugees, remittances,
 * remittance-prices, treaties), each with its SOURCE.md. Raw files are inputs only; never copy them here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BuildError } from './data/csv.ts';
import { BuildReport } from './data/report.ts';
import { OutputDir } from './data/write.ts';
import { buildCountries } from './data/countries.ts';
import { buildPopulation } from './data/population.ts';
import { buildStock } from './data/stock.ts';
import { buildRefugees } from './data/refugees.ts';
import { buildRemittances } from './data/remittances.ts';
import { buildCosts } from './data/costs.ts';
import { buildTreaties } from './data/treaties.ts';
import { buildMeta } from './data/meta.ts';

export interface BuildOptions {
  raw: string;
  out: string;
  quiet?: boolean;
}

export interface BuildResult {
  files: Map<string, { bytes: number; rows: number | null }>;
}

export function buildData({ raw, out, quiet }: BuildOptions): BuildResult {
  if (!existsSync(raw)) {
    throw new BuildError(`raw folder not found: ${raw} (pass --raw <dir>; see data/SOURCES.md)`);
  }
  const report = new BuildReport();
  const dir = new OutputDir(out);
  const { file: countries, registry } = buildCountries(raw, report);
  dir.json('countries.json', countries, countries.countries.length);
  const population = buildPopulation(raw, registry, dir, report);
  buildStock(raw, registry, population, dir, report);
  buildRefugees(raw, registry, dir, report);
  buildRemittances(raw, registry, dir, report);
  buildCosts(raw, registry, dir, report);
  buildTreaties(raw, registry, dir, report);
  report.finish();
  buildMeta(report, dir);
  dir.json('build-report.json', report.toJSON(), null, true);
  if (!quiet) printSummary(dir);
  return { files: dir.written };
}

function printSummary(dir: OutputDir): void {
  const rows = [...dir.written.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  let total = 0;
  let totalGz = 0;
  console.log(`\nWrote ${rows.length} files to ${path.relative(process.cwd(), dir.dir) || '.'}:`);
  for (const [file, { bytes, rows: n }] of rows) {
    const gz = gzipSync(readFileSync(path.join(dir.dir, file)), { level: 9 }).byteLength;
    total += bytes;
    totalGz += gz;
    console.log(`  ${file.padEnd(34)} ${String(n ?? '').padStart(7)} rows ${kb(bytes).padStart(9)} ${kb(gz).padStart(9)} gzip`);
  }
  console.log(`  ${'total'.padEnd(34)} ${''.padStart(12)} ${kb(total).padStart(9)} ${kb(totalGz).padStart(9)} gzip\n`);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function parseArgs(argv: string[]): BuildOptions {
  const opts: BuildOptions = { raw: 'data/raw', out: 'data' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--raw' || a === '--out') {
      const v = argv[++i];
      if (!v) throw new BuildError(`${a} needs a value`);
      opts[a === '--raw' ? 'raw' : 'out'] = v;
    } else if (a === '--quiet') {
      opts.quiet = true;
    } else if (a === '--help' || a === '-h') {
      console.log('usage: npm run data -- [--raw <dir>] [--out <dir>] [--quiet]');
      process.exit(0);
    } else {
      throw new BuildError(`unknown argument ${a}`);
    }
  }
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  try {
    buildData(parseArgs(process.argv.slice(2)));
    console.log(`data build done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    if (e instanceof BuildError) {
      console.error(`data build failed: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
