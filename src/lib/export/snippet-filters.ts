/**
 * Which of a view's filters a "Use in code" snippet applies to the dataset's static CSV, and how:
 * only the simple ones (a year, a sex, the selected countries in one column, the instruments),
 * named by the column's stable key and resolved to the CSV header through datapackage.json, so the
 * snippet always uses the header the published file really has.
 */
import type { DatasetId } from '../data/types';
import type { FilterState, ViewId } from '../state/types';
import type { DataPackage } from './datapackage';
import { DOWNLOAD_NAMES } from './download-names';
import type { FilterValue, SnippetFilter } from './snippets';
import type { CsvKeyOf } from './columns';

/** A column of `dataset`'s full table, checked against its documented CSV columns at compile time. */
const col = <D extends DatasetId>(_dataset: D, key: CsvKeyOf<`full:${D}`>): string => key;

/** A filter on a column named by its key (metadata.json / datapackage.json `key`). */
export type KeyedFilter =
  | { key: string; op: 'eq'; value: FilterValue }
  | { key: string; op: 'in'; values: FilterValue[] };

/** Views that show one stock year (the trends show every year). */
const ONE_YEAR_VIEWS: ReadonlySet<ViewId> = new Set(['corridors', 'stock-map', 'hosted', 'per-emigrant', 'key-figures']);

/** The simple filters of `view` on `dataset`'s full table. */
export function viewSnippetFilters(view: ViewId, dataset: DatasetId, f: FilterState): KeyedFilter[] {
  const out: KeyedFilter[] = [];
  const countries = f.countries.length ? f.countries : null;
  switch (dataset) {
    case 'stockYear':
      out.push({ key: col('stockYear', 'year'), op: 'eq', value: f.year }, { key: col('stockYear', 'sex'), op: 'eq', value: f.sex });
      // dir=in: migrants living in the selection (destination); out: born in it (origin)
      if (countries) out.push({ key: f.dir === 'out' ? col('stockYear', 'origin_code') : col('stockYear', 'destination_code'), op: 'in', values: countries });
      break;
    case 'stock':
      if (ONE_YEAR_VIEWS.has(view)) out.push({ key: col('stock', 'year'), op: 'eq', value: f.year });
      out.push({ key: col('stock', 'sex'), op: 'eq', value: f.sex });
      if (countries) out.push({ key: col('stock', 'iso3'), op: 'in', values: countries });
      break;
    case 'remittances':
      out.push({ key: col('remittances', 'series'), op: 'eq', value: f.series });
      if (countries) out.push({ key: col('remittances', 'code'), op: 'in', values: countries });
      break;
    case 'costs':
      if (view === 'cost-map' && f.quarter) out.push({ key: col('costs', 'quarter'), op: 'eq', value: f.quarter });
      break;
    case 'treaties':
      if (f.instruments.length) out.push({ key: col('treaties', 'instrument_id'), op: 'in', values: f.instruments });
      if (countries) out.push({ key: col('treaties', 'iso3'), op: 'in', values: countries });
      break;
    case 'countries':
      break;
  }
  return out;
}

/**
 * The filters with CSV header names from the data package's schema of `dataset`; a filter whose key
 * the schema does not have is left out (the snippet then reads more rows, never wrong ones).
 */
export function resolveSnippetFilters(filters: KeyedFilter[], dataset: DatasetId, pkg: DataPackage | null): SnippetFilter[] {
  const resource = pkg?.resources.find((r) => r.name === DOWNLOAD_NAMES[dataset]);
  if (!resource) return [];
  const byKey = new Map(resource.schema.fields.map((fd) => [fd.key, fd.name]));
  const out: SnippetFilter[] = [];
  for (const fl of filters) {
    const column = byKey.get(fl.key);
    if (!column) continue;
    out.push(fl.op === 'eq' ? { column, op: 'eq', value: fl.value } : { column, op: 'in', values: fl.values });
  }
  return out;
}
