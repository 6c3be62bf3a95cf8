/**
 * Names of the static downloads (`downloads/<name>.csv` and the data package descriptor): a small
 * module of its own, so code on the first screen (the "Use in code" snippets) can name the files
 * without loading the data-package builder.
 */
import type { DatasetId } from '../data/types';

/** Folder of the static downloads, relative to the app's index.html. */
export const DOWNLOADS_DIR = 'downloads';
export const DESCRIPTOR_FILE = 'datapackage.json';

/**
 * What the static data package holds: the datasets views declare (DatasetId), and the tables the app
 * loads on demand — refugees (UNHCR), population (WPP 2024) and the bilateral remittance matrices.
 */
export type PackageId = DatasetId | 'refugees' | 'population' | 'remittancesBilateral';

/** Resource name (Frictionless: lower case, digits, - . _) per dataset; the CSV is `<name>.csv`. */
export const DOWNLOAD_NAMES: Record<PackageId, string> = {
  stockYear: 'migrant-stock-bilateral',
  stock: 'migrant-stock-totals',
  population: 'population',
  refugees: 'refugees',
  remittances: 'remittances',
  remittancesBilateral: 'remittances-bilateral',
  costs: 'remittance-costs',
  treaties: 'treaty-ratifications',
  countries: 'countries',
};

/** Every dataset that gets a static CSV, in descriptor order. */
export const DOWNLOAD_DATASETS: readonly PackageId[] = [
  'stockYear',
  'stock',
  'population',
  'refugees',
  'remittances',
  'remittancesBilateral',
  'costs',
  'treaties',
  'countries',
];

/** `downloads/<name>.csv`: the file of a dataset, relative to the app's index.html. */
export function downloadPath(id: PackageId): string {
  return `${DOWNLOADS_DIR}/${DOWNLOAD_NAMES[id]}.csv`;
}
