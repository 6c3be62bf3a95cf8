/**
 * The static data package: every bundled dataset as one CSV under `downloads/`, written by the same
 * code as the app's "Full dataset (CSV)" download (full-data.ts + csv.ts), and a Frictionless
 * Tabular Data Package descriptor (`downloads/datapackage.json`) naming, for each file, its title,
 * sources, licence, citation and schema (field names = the CSV header, types, units).
 * Pure: the build step (scripts/lib/downloads.ts) runs it in Node over the bundled data files.
 */
import type { MetaFile } from '../data/types';
import { t } from '../i18n';
import { csvHeader, toCsv } from './csv';
import { fullDataTable, type FullDataSource } from './full-data';
import { citationText, sourcesFor, type SourceEntry } from './metadata';
import type { Cell, Column, DisplayTable } from './table';
import { DESCRIPTOR_FILE, DOWNLOADS_DIR, DOWNLOAD_DATASETS, DOWNLOAD_NAMES, downloadPath, type PackageId } from './download-names';

export { DESCRIPTOR_FILE, DOWNLOADS_DIR, DOWNLOAD_DATASETS, DOWNLOAD_NAMES, downloadPath, type PackageId } from './download-names';

export type FieldType = 'string' | 'number' | 'integer' | 'date' | 'year';

export interface Field {
  name: string;
  title: string;
  type: FieldType;
  /** Custom property: unit of the values (as in the column header). */
  unit?: string;
  /** The stable key of the column in the app (metadata.json `columns[].key`). */
  key: string;
}

export interface PackageSource {
  title: string;
  path?: string;
  publisher?: string;
  revision?: string;
}

export interface PackageLicence {
  name?: string;
  path?: string;
  title: string;
}

export interface Resource {
  profile: 'tabular-data-resource';
  name: string;
  /** Relative to datapackage.json (which sits in `downloads/`). */
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  sources: PackageSource[];
  licenses: PackageLicence[];
  /** Custom property: how to cite the publishers. */
  citation: string;
  schema: { fields: Field[]; missingValues: [''] };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  resources: Resource[];
}

export interface PackageFile {
  /** Path inside the build output, e.g. `downloads/remittances.csv`. */
  path: string;
  content: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Table Schema type of a column, from its declared type and the values it holds. */
export function fieldType(c: Column, rows: readonly Record<string, Cell>[]): FieldType {
  const values = rows.map((r) => r[c.key]).filter((v): v is string | number => v !== null && v !== undefined && v !== '');
  if (c.type === 'number') return values.every((v) => typeof v === 'number' && Number.isInteger(v)) ? 'integer' : 'number';
  if (c.type === 'date') return values.every((v) => typeof v === 'string' && ISO_DATE.test(v)) ? 'date' : 'string';
  return 'string';
}

/** Schema fields of a table: one per column, named exactly like its CSV header cell. */
export function schemaFields(table: DisplayTable): Field[] {
  const names = csvHeader(table);
  return table.columns.map((c, i) => ({
    name: names[i],
    title: c.label,
    type: fieldType(c, table.rows),
    ...(c.unit ? { unit: c.unit } : {}),
    key: c.key,
  }));
}

function licencesOf(sources: SourceEntry[]): PackageLicence[] {
  const seen = new Set<string>();
  const out: PackageLicence[] = [];
  for (const s of sources) {
    if (!s.licence || seen.has(s.licence)) continue;
    seen.add(s.licence);
    // an SPDX-like name when the licence starts with one ("CC BY 4.0 (…)" → "CC-BY-4.0")
    const m = /^CC BY (\d\.\d)( IGO)?/.exec(s.licence);
    out.push({ ...(m ? { name: `CC-BY-${m[1]}${m[2] ? '-IGO' : ''}` } : {}), ...(s.licenceUrl ? { path: s.licenceUrl } : {}), title: s.licence });
  }
  return out;
}

/** The descriptor entry of one dataset's CSV. */
export function buildResource(id: PackageId, table: DisplayTable, csv: string, meta: MetaFile | null): Resource {
  const sources = sourcesFor([id], meta);
  return {
    profile: 'tabular-data-resource',
    name: DOWNLOAD_NAMES[id],
    path: `${DOWNLOAD_NAMES[id]}.csv`,
    title: sources[0]?.title ?? DOWNLOAD_NAMES[id],
    description: t('export.readme.csv', { file: `${DOWNLOAD_NAMES[id]}.csv`, scope: t('export.readme.scopeFull'), rows: table.rows.length }),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: new TextEncoder().encode(csv).length,
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    sources: sources.map((s) => ({
      title: s.title,
      ...(s.url ? { path: s.url } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.revision ? { revision: s.revision } : {}),
    })),
    licenses: licencesOf(sources),
    citation: citationText(sources),
    schema: { fields: schemaFields(table), missingValues: [''] },
  };
}

/** Every static download file (the CSVs, then datapackage.json), from the bundled data. */
export async function buildDataPackage(src: FullDataSource, meta: MetaFile | null): Promise<{ descriptor: DataPackage; files: PackageFile[] }> {
  const files: PackageFile[] = [];
  const resources: Resource[] = [];
  for (const id of DOWNLOAD_DATASETS) {
    const table = await fullDataTable(id, src);
    const csv = toCsv(table);
    files.push({ path: downloadPath(id), content: csv });
    resources.push(buildResource(id, table, csv, meta));
  }
  const descriptor: DataPackage = {
    profile: 'tabular-data-package',
    name: 'corridors',
    title: t('export.package.title'),
    description: t('export.package.description'),
    resources,
  };
  files.push({ path: `${DOWNLOADS_DIR}/${DESCRIPTOR_FILE}`, content: JSON.stringify(descriptor, null, 2) + '\n' });
  return { descriptor, files };
}
