/**
 * The app's reactive dataset store (Svelte 5 runes).
 *
 *   dataStore.ensure('stockYear', 2024)   // starts loading once (memoised); resolves to the value, or undefined on error
 *   dataStore.status('stockYear', 2024)   // { state: 'idle' | 'loading' | 'ready' | 'error', error? }  (reactive)
 *   dataStore.stockYear(2024)             // ColumnTable | undefined until ready                           (reactive)
 *   dataStore.retry('remittances')        // forget a failed (or loaded) dataset and load it again
 *   dataStore.matrix(2021)                // bilateral remittance matrix of a year, after ensure('matrix', 2021);
 *   matrixBundled(2017)                   // whether this build has that year's matrix file at all
 *
 * Datasets are independent: one failing never affects another. `ensure` never rejects, so views can call it
 * from effects without unhandled rejections; the error text is in `status(id).error`.
 * Besides the DatasetIds, the store has 'meta' (meta.json, the Sources panel) and the on-demand files that no
 * view loads on the first screen: 'refugees' (UNHCR totals + UNRWA), 'refugeeYear' (one year's asylum × origin
 * cells, per year like 'stockYear') and 'population' (WPP 2024).
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Registry } from './registry.ts';
import { browserFetcher, bundledFiles } from './fetchers.ts';
import * as load from './load.ts';
import type { ColumnTable, CostTables, Fetcher, RefugeeTables, RemittanceTables } from './load.ts';
import { DATA_FILES, REFUGEE_YEARS, STOCK_YEARS, type DatasetId, type FlowYear, type MetaFile, type StockYear, type TreatiesFile } from './types.ts';
import type { RemittanceMatrix } from './queries/flows.ts';

/** Bundled file of a year's bilateral remittance matrix (the 2021 one is DATA_FILES.remittancesBilateral). */
export const matrixFile = (year: FlowYear): string => `remittances-bilateral-${year}.arrow`;
/** Whether this build bundles the matrix of `year` (views show "not bundled" instead of loading). */
export const matrixBundled = (year: FlowYear): boolean => bundledFiles().includes(matrixFile(year));

/** Files loaded on demand only (never by a view's `datasets`, so never on the first screen). */
export type OnDemandKey = 'refugees' | 'refugeeYear' | 'population';
/** 'matrix' (per year, like 'stockYear'): one year's bilateral remittance matrix. */
export type StoreKey = DatasetId | 'meta' | OnDemandKey | 'matrix';
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';
export interface DatasetStatus {
  state: LoadState;
  error?: string;
}

const IDLE: DatasetStatus = Object.freeze({ state: 'idle' });
const DEFAULT_YEAR: StockYear = STOCK_YEARS[STOCK_YEARS.length - 1];

export class DataStore {
  readonly #fetcher: Fetcher;
  readonly #status = new SvelteMap<string, DatasetStatus>();
  readonly #values = new SvelteMap<string, unknown>();
  readonly #promises = new Map<string, Promise<unknown>>();
  /** Bumped by retry(), so a stale load cannot overwrite a newer one. */
  readonly #generation = new Map<string, number>();

  constructor(fetcher?: Fetcher) {
    this.#fetcher = fetcher ?? browserFetcher();
  }

  #key(id: StoreKey, year?: number): string {
    if (id === 'matrix') return `matrix:${year}`;
    if (id === 'stockYear') return `stockYear:${year ?? DEFAULT_YEAR}`;
    if (id === 'refugeeYear') return `refugeeYear:${year ?? REFUGEE_YEARS.last}`;
    return id;
  }

  #loader(id: StoreKey, year?: number): () => Promise<unknown> {
    const f = this.#fetcher;
    switch (id) {
      case 'countries':
        return () => load.loadCountries(f);
      case 'meta':
        return () => load.loadMeta(f);
      case 'stock':
        return () => load.loadStockTotals(f);
      case 'stockYear':
        return () => load.loadStockYear(f, (year ?? DEFAULT_YEAR) as StockYear);
      case 'remittances':
        return () => load.loadRemittances(f);
      case 'costs':
        return () => load.loadCosts(f);
      case 'treaties':
        return () => load.loadTreaties(f);
      case 'refugees':
        return () => load.loadRefugees(f);
      case 'refugeeYear':
        return () => load.loadRefugeeYear(f, year ?? REFUGEE_YEARS.last);
      case 'population':
        return () => load.loadPopulation(f);
      case 'matrix':
        return () => this.#loadMatrix(year as FlowYear);
      default:
        return () => Promise.reject(new Error(`unknown dataset ${String(id)}`));
    }
  }

  /** The matrix of a year: the file the remittances dataset already loads is shared, others are read alone. */
  async #loadMatrix(year: FlowYear): Promise<RemittanceMatrix> {
    if (matrixFile(year) === DATA_FILES.remittancesBilateral) {
      const r = await this.ensure('remittances');
      if (!r) throw new Error(this.status('remittances').error ?? `could not load ${matrixFile(year)}`);
      return { year, rows: r.bilateral };
    }
    return { year, rows: await load.loadArrowTable(this.#fetcher, matrixFile(year), load.ARROW_SCHEMAS.remittancesBilateral) };
  }

  /** Loading state of a dataset (for 'stockYear', of one year; default the latest). Reactive. */
  status(id: StoreKey, year?: number): DatasetStatus {
    return this.#status.get(this.#key(id, year)) ?? IDLE;
  }

  /** Start loading once; resolves to the value when ready, or undefined when loading failed. */
  ensure(id: 'countries'): Promise<Registry | undefined>;
  ensure(id: 'meta'): Promise<MetaFile | undefined>;
  ensure(id: 'stock'): Promise<ColumnTable | undefined>;
  ensure(id: 'stockYear', year?: number): Promise<ColumnTable | undefined>;
  ensure(id: 'remittances'): Promise<RemittanceTables | undefined>;
  ensure(id: 'costs'): Promise<CostTables | undefined>;
  ensure(id: 'treaties'): Promise<TreatiesFile | undefined>;
  ensure(id: 'refugees'): Promise<RefugeeTables | undefined>;
  ensure(id: 'refugeeYear', year: number): Promise<ColumnTable | undefined>;
  ensure(id: 'population'): Promise<ColumnTable | undefined>;
  ensure(id: 'matrix', year: FlowYear): Promise<RemittanceMatrix | undefined>;
  ensure(id: StoreKey, year?: number): Promise<unknown>;
  ensure(id: StoreKey, year?: number): Promise<unknown> {
    const key = this.#key(id, year);
    const existing = this.#promises.get(key);
    if (existing) return existing;
    const gen = (this.#generation.get(key) ?? 0) + 1;
    this.#generation.set(key, gen);
    this.#status.set(key, { state: 'loading' });
    const p = this.#loader(id, year)()
      .then((value) => {
        if (this.#generation.get(key) !== gen) return value;
        this.#values.set(key, value);
        this.#status.set(key, { state: 'ready' });
        return value;
      })
      .catch((e: unknown) => {
        if (this.#generation.get(key) === gen) {
          this.#values.delete(key);
          this.#status.set(key, { state: 'error', error: e instanceof Error ? e.message : String(e) });
        }
        return undefined;
      });
    this.#promises.set(key, p);
    return p;
  }

  /** Load several datasets in parallel; resolves when all have settled. */
  ensureAll(ids: readonly StoreKey[]): Promise<unknown[]> {
    return Promise.all(ids.map((id) => this.ensure(id)));
  }

  /** Forget the dataset (error or not) and load it again. */
  retry(id: StoreKey, year?: number): Promise<unknown> {
    const key = this.#key(id, year);
    this.#promises.delete(key);
    this.#values.delete(key);
    return this.ensure(id, year);
  }

  #get<T>(key: string): T | undefined {
    return this.#values.get(key) as T | undefined;
  }

  get registry(): Registry | undefined {
    return this.#get('countries');
  }
  get meta(): MetaFile | undefined {
    return this.#get('meta');
  }
  /** Bilateral stocks of one year (StockRow columns); undefined until `ensure('stockYear', year)` is ready. */
  stockYear(year: number): ColumnTable | undefined {
    return this.#get(this.#key('stockYear', year));
  }
  get stockTotals(): ColumnTable | undefined {
    return this.#get('stock');
  }
  get remittances(): RemittanceTables | undefined {
    return this.#get('remittances');
  }
  get costs(): CostTables | undefined {
    return this.#get('costs');
  }
  get treaties(): TreatiesFile | undefined {
    return this.#get('treaties');
  }
  /** UNHCR totals and UNRWA rows; undefined until `ensure('refugees')` is ready. */
  get refugees(): RefugeeTables | undefined {
    return this.#get('refugees');
  }
  /** One year's asylum × origin cells (RefugeeCellRow); undefined until `ensure('refugeeYear', year)` is ready. */
  refugeeYear(year: number): ColumnTable | undefined {
    return this.#get(this.#key('refugeeYear', year));
  }
  /** WPP 2024 population (PopulationRow); undefined until `ensure('population')` is ready. */
  get population(): ColumnTable | undefined {
    return this.#get('population');
  }
  /** The bilateral remittance matrix of a year; undefined until `ensure('matrix', year)` is ready. */
  matrix(year: FlowYear): RemittanceMatrix | undefined {
    return this.#get(this.#key('matrix', year));
  }
}

/** The app's single store (browser fetcher over the Vite-bundled data files). */
export const dataStore = new DataStore();
