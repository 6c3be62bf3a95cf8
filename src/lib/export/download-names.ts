/**
 * Names of the static downloads (`downloads/<name>.csv` and the data package descriptor): a small
 * module of its own, so code on the first screen (the "Use in code" snippets) can name the files
 * without loading the data-package builder.
 */
import type { DatasetId } from '../data/types';

/** Folder of the static downloads, relative to the app's index.html. */
export const DOWNLOADS_DIR = 'downloads';
export const DESCRIPTOR_FILE = 'datapackage.json';

/** Resource name (Frictionless: lower case, digits, - . _) per dataset; the CSV is `<name>.csv`. */
export const DOWNLOAD_NAMES: Record<DatasetId, string> = {
  stockYear: 'migrant-stock-bilateral',
  stock: 'migrant-stock-totals',
  remittances: 'remittances',
  costs: 'remittance-costs',
  treaties: 'treaty-ratifications',
  countries: 'countries',
};

/** Every dataset that gets a static CSV, in descriptor order. */
export const DOWNLOAD_DATASETS: readonly DatasetId[] = ['stockYear', 'stock', 'remittances', 'costs', 'treaties', 'countries'];

/** `downloads/<name>.csv`: the file of a dataset, relative to the app's index.html. */
export function downloadPath(id: DatasetId): string {
  return `${DOWNLOADS_DIR}/${DOWNLOAD_NAMES[id]}.csv`;
}
