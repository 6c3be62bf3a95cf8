/**
 * Loaders for the bundled data files (`data/`), usable in Node and in the browser.
 * A `Fetcher` maps a bundled file name (see DATA_FILES) to its bytes. Every loader validates what it
 * parsed (columns, basic shape) and throws a `DataLoadError` naming the file, so a missing, truncated or
 * corrupted file is reported instead of being half-read.
 */
import { fromArrow, type ColumnTable } from 'arquero';
import { Registry } from './registry.ts';
import {
  BILATERAL_YEARS,
  DATA_FILES,
  POPULATION_FILE,
  REFUGEE_FILES,
  REFUGEE_YEARS,
  STOCK_YEARS,
  bilateralFile,
  refugeeYearFile,
  type BilateralYear,
  type CountriesFile,
  type GlobalCostFigure,
  type MetaFile,
  type StockYear,
  type TreatiesFile,
} from './types.ts';

export type Fetcher = (file: string) => Promise<ArrayBuffer>;
export type { ColumnTable };

export class DataLoadError extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`Could not load data file "${file}": ${why}`, { cause });
    this.name = 'DataLoadError';
    this.file = file;
  }
}

type ColType = 'string' | 'number' | 'number?' | 'string?';

/** Expected columns of every Arrow file (names → value type; '?' = may be null). */
export const ARROW_SCHEMAS = {
  stockYear: { year: 'number', dest: 'string', orig: 'string', sex: 'string', stock: 'number' },
  stockTotals: { year: 'number', iso3: 'string', sex: 'string', immigrants: 'number', unknownOrigin: 'number', emigrants: 'number', population: 'number?' },
  remittances: { code: 'string', name: 'string', agg: 'number', series: 'string', year: 'number', value: 'number', vintage: 'string', flag: 'string', computed: 'number' },
  remittancesBilateral: { sender: 'string', receiver: 'string', usd: 'number' },
  costsCorridor: { period: 'string', source: 'string', dest: 'string', cost: 'number', basis: 'string', nServices: 'number?', flag: 'string' },
  costsProvider: { period: 'string', source: 'string', dest: 'string', provider: 'string', cost: 'number', nServices: 'number?', flag: 'string' },
  costsCountry: { iso3: 'string', direction: 'string', year: 'number', cost: 'number', vintage: 'string', flag: 'string' },
  population: { year: 'number', iso3: 'string', population: 'number' },
  refugeeTotals: { year: 'number', code: 'string', hostedRefugees: 'number', hostedAsylumSeekers: 'number', originRefugees: 'number', originAsylumSeekers: 'number' },
  refugeeYear: { asylum: 'string', origin: 'string', refugees: 'number', asylumSeekers: 'number' },
  unrwa: { year: 'number', field: 'string', refugees: 'number' },
} as const satisfies Record<string, Record<string, ColType>>;

async function bytes(f: Fetcher, file: string): Promise<ArrayBuffer> {
  let buf: ArrayBuffer;
  try {
    buf = await f(file);
  } catch (e) {
    throw e instanceof DataLoadError ? e : new DataLoadError(file, e);
  }
  if (!buf || buf.byteLength === 0) throw new DataLoadError(file, 'the file is empty');
  return buf;
}

/** Load an Arrow IPC file and check its columns and value types. */
export async function loadArrowTable(f: Fetcher, file: string, schema: Record<string, ColType>): Promise<ColumnTable> {
  const buf = await bytes(f, file);
  let t: ColumnTable;
  try {
    t = fromArrow(buf);
  } catch (e) {
    throw new DataLoadError(file, `not a valid Arrow IPC stream (${e instanceof Error ? e.message : String(e)})`);
  }
  const names = t.columnNames();
  const missing = Object.keys(schema).filter((c) => !names.includes(c));
  if (missing.length) throw new DataLoadError(file, `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (t.numRows() === 0) throw new DataLoadError(file, 'the table has no rows');
  try {
    // touch the first and last value of every column: truncated buffers fail here, not later in a view
    for (const [name, type] of Object.entries(schema)) {
      const col = t.column(name)!;
      for (const i of [0, t.numRows() - 1]) {
        const v = col.at(i);
        const base = type.replace('?', '');
        if (v === null || v === undefined) {
          if (!type.endsWith('?')) throw new Error(`column ${name} has an empty value at row ${i}`);
        } else if (typeof v !== base) {
          throw new Error(`column ${name} holds ${typeof v}, expected ${base}`);
        }
      }
    }
  } catch (e) {
    throw new DataLoadError(file, e instanceof Error ? e.message : String(e));
  }
  return t;
}

/** The file of each Arrow table that is one file (the per-year tables name theirs from the year). */
const ARROW_FILES = {
  stockTotals: DATA_FILES.stockTotals,
  remittances: DATA_FILES.remittances,
  remittancesBilateral: DATA_FILES.remittancesBilateral,
  costsCorridor: DATA_FILES.costsCorridor,
  costsProvider: DATA_FILES.costsProvider,
  costsCountry: DATA_FILES.costsCountry,
  population: POPULATION_FILE,
  refugeeTotals: REFUGEE_FILES.totals,
  unrwa: REFUGEE_FILES.unrwa,
} as const satisfies Partial<Record<keyof typeof ARROW_SCHEMAS, string>>;
type ArrowFileId = keyof typeof ARROW_FILES;

/** Load one single-file Arrow table, checked against its schema. */
function loadArrowFile(f: Fetcher, id: ArrowFileId): Promise<ColumnTable> {
  return loadArrowTable(f, ARROW_FILES[id], ARROW_SCHEMAS[id]);
}

/**
 * Load several Arrow tables in parallel (each checked as by `loadArrowTable`): `tables` maps a key of
 * the result to the table it holds.
 */
async function loadArrowTables<K extends string>(f: Fetcher, tables: Record<K, ArrowFileId>): Promise<Record<K, ColumnTable>> {
  const keys = Object.keys(tables) as K[];
  const loaded = await Promise.all(keys.map((k) => loadArrowFile(f, tables[k])));
  return Object.fromEntries(keys.map((k, i) => [k, loaded[i]])) as Record<K, ColumnTable>;
}

/** Load a JSON file; `check` returns an error text when the parsed value does not have the expected shape. */
export async function loadJSONFile<T>(f: Fetcher, file: string, check: (x: unknown) => string | null): Promise<T> {
  const buf = await bytes(f, file);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(buf));
  } catch (e) {
    throw new DataLoadError(file, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const problem = check(value);
  if (problem) throw new DataLoadError(file, problem);
  return value as T;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function checkCountries(x: unknown): string | null {
  if (!isObj(x) || !Array.isArray(x.countries) || !isObj(x.aliases)) return 'expected { countries: [...], aliases: {...} }';
  if (x.countries.length === 0) return 'no countries';
  for (const c of x.countries) {
    if (!isObj(c) || typeof c.iso3 !== 'string' || typeof c.name !== 'string' || typeof c.short !== 'string' || typeof c.inIms !== 'boolean') {
      return `bad country record ${JSON.stringify(c).slice(0, 80)}`;
    }
  }
  return null;
}

function checkMeta(x: unknown): string | null {
  if (!isObj(x) || typeof x.builtFrom !== 'string' || !Array.isArray(x.datasets)) return 'expected { builtFrom, datasets: [...] }';
  for (const d of x.datasets) {
    if (!isObj(d) || typeof d.id !== 'string' || typeof d.title !== 'string' || !isObj(d.files) || !Array.isArray(d.gaps)) {
      return `bad dataset record ${JSON.stringify(d).slice(0, 80)}`;
    }
  }
  return null;
}

function checkTreaties(x: unknown): string | null {
  if (!isObj(x) || !Array.isArray(x.instruments) || !Array.isArray(x.ratifications)) return 'expected { instruments: [...], ratifications: [...] }';
  if (x.instruments.length === 0 || x.ratifications.length === 0) return 'no instruments or no ratifications';
  for (const i of x.instruments) if (!isObj(i) || typeof i.id !== 'string' || !Array.isArray(i.gaps)) return `bad instrument ${JSON.stringify(i).slice(0, 80)}`;
  for (const r of x.ratifications) {
    if (!isObj(r) || typeof r.instrument !== 'string' || !(typeof r.iso3 === 'string' || r.iso3 === null) || typeof r.party !== 'string') {
      return `bad ratification ${JSON.stringify(r).slice(0, 80)}`;
    }
  }
  return null;
}

function checkGlobal(x: unknown): string | null {
  if (!Array.isArray(x) || x.length === 0) return 'expected a non-empty array of figures';
  for (const g of x) if (!isObj(g) || typeof g.quarter !== 'string' || typeof g.value !== 'number') return `bad figure ${JSON.stringify(g).slice(0, 80)}`;
  return null;
}

export async function loadCountries(f: Fetcher): Promise<Registry> {
  const file = await loadJSONFile<CountriesFile>(f, DATA_FILES.countries, checkCountries);
  return new Registry(file);
}

export function loadMeta(f: Fetcher): Promise<MetaFile> {
  return loadJSONFile<MetaFile>(f, DATA_FILES.meta, checkMeta);
}

export function loadStockYear(f: Fetcher, year: StockYear): Promise<ColumnTable> {
  if (!(STOCK_YEARS as readonly number[]).includes(year)) {
    return Promise.reject(new DataLoadError(`stock-${year}.arrow`, `${year} is not an IMS 2024 year (${STOCK_YEARS.join(', ')})`));
  }
  return loadArrowTable(f, DATA_FILES.stockYear(year), ARROW_SCHEMAS.stockYear);
}

export function loadStockTotals(f: Fetcher): Promise<ColumnTable> {
  return loadArrowFile(f, 'stockTotals');
}

export interface RemittanceTables {
  series: ColumnTable;
  bilateral: ColumnTable;
}

export function loadRemittances(f: Fetcher): Promise<RemittanceTables> {
  return loadArrowTables(f, { series: 'remittances', bilateral: 'remittancesBilateral' });
}

export interface CostTables {
  corridor: ColumnTable;
  provider: ColumnTable;
  country: ColumnTable;
  global: GlobalCostFigure[];
}

export async function loadCosts(f: Fetcher): Promise<CostTables> {
  const [tables, global] = await Promise.all([
    loadArrowTables(f, { corridor: 'costsCorridor', provider: 'costsProvider', country: 'costsCountry' }),
    loadJSONFile<GlobalCostFigure[]>(f, DATA_FILES.costsGlobal, checkGlobal),
  ]);
  return { ...tables, global };
}

export function loadTreaties(f: Fetcher): Promise<TreatiesFile> {
  return loadJSONFile<TreatiesFile>(f, DATA_FILES.treaties, checkTreaties);
}

/** WPP 2024 population per IMS area and year 1990–2024 (on demand: not needed by the first screen). */
export function loadPopulation(f: Fetcher): Promise<ColumnTable> {
  return loadArrowFile(f, 'population');
}

/** A KNOMAD/World Bank bilateral remittance matrix (2017, 2018 or 2021), on demand; rows: BilateralRemittanceRow. */
export function loadBilateralRemittances(f: Fetcher, year: BilateralYear): Promise<ColumnTable> {
  if (!(BILATERAL_YEARS as readonly number[]).includes(year)) {
    return Promise.reject(new DataLoadError(`remittances-bilateral-${year}.arrow`, `no bilateral matrix for ${year} (${BILATERAL_YEARS.join(', ')})`));
  }
  return loadArrowTable(f, bilateralFile(year), ARROW_SCHEMAS.remittancesBilateral);
}

export interface RefugeeTables {
  /** Per year × code: hosted and originating refugees and asylum-seekers (RefugeeTotalRow). */
  totals: ColumnTable;
  /** UNRWA Palestine refugees per year × field (UnrwaRow). */
  unrwa: ColumnTable;
}

/** Refugee totals and UNRWA series (on demand: the first screen loads no refugee file). */
export function loadRefugees(f: Fetcher): Promise<RefugeeTables> {
  return loadArrowTables(f, { totals: 'refugeeTotals', unrwa: 'unrwa' });
}

/** One year's asylum × origin cells (RefugeeCellRow), for breakdowns; on demand. */
export function loadRefugeeYear(f: Fetcher, year: number): Promise<ColumnTable> {
  if (!Number.isInteger(year) || year < REFUGEE_YEARS.first || year > REFUGEE_YEARS.last) {
    return Promise.reject(new DataLoadError(refugeeYearFile(year), `no refugee data for ${year} (${REFUGEE_YEARS.first}–${REFUGEE_YEARS.last})`));
  }
  return loadArrowTable(f, refugeeYearFile(year), ARROW_SCHEMAS.refugeeYear);
}
