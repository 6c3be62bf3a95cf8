/**
 * The bundled datasets in data/, loaded once per test file with the app's own loaders.
 *
 *   const data = await loadBundled();
 *   data.registry, data.totals, data.stock.get(2024), data.remit, data.costs, data.treaties, data.meta
 */
import type { ColumnTable } from 'arquero';
import * as load from '../../../src/lib/data/load';
import type { CostTables, RemittanceTables } from '../../../src/lib/data/load';
import { nodeFetcher } from '../../../src/lib/data/node-fetcher';
import type { Registry } from '../../../src/lib/data/registry';
import { STOCK_YEARS, type MetaFile, type StockYear, type TreatiesFile } from '../../../src/lib/data/types';
import { dataDir } from '../../fixtures/data-paths';

export interface BundledData {
  registry: Registry;
  totals: ColumnTable;
  /** every stock year, keyed by year */
  stock: Map<StockYear, ColumnTable>;
  remit: RemittanceTables;
  costs: CostTables;
  treaties: TreatiesFile;
  meta: MetaFile;
}

let loading: Promise<BundledData> | undefined;

export function loadBundled(): Promise<BundledData> {
  loading ??= (async () => {
    const f = nodeFetcher(dataDir);
    const [registry, totals, remit, costs, treaties, meta] = await Promise.all([
      load.loadCountries(f),
      load.loadStockTotals(f),
      load.loadRemittances(f),
      load.loadCosts(f),
      load.loadTreaties(f),
      load.loadMeta(f),
    ]);
    const stock = new Map<StockYear, ColumnTable>();
    for (const y of STOCK_YEARS) stock.set(y, await load.loadStockYear(f, y));
    return { registry, totals, stock, remit, costs, treaties, meta };
  })();
  return loading;
}
