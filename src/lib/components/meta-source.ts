/**
 * Source lines from the bundled provenance (meta.json), for the views that name several datasets.
 *
 * The provenance is recorded in English, as the sources publish it. In English a source line quotes
 * it ("Publisher, Title (revision)"); in French and Spanish it is the catalog's short line (publisher
 * and product in that language, `meta.source.<id>`), and the full English record is in the Sources
 * panel, marked as English.
 */
import { dataStore } from '../data/store.svelte';
import { getLocale, t } from '../i18n';
import { META_DATASETS, msgKey, type MetaDatasetId } from '../i18n/keys';

const isMetaDataset = (id: string): id is MetaDatasetId => (META_DATASETS as readonly string[]).includes(id);

/**
 * The source line of a dataset of meta.json; the catalog's short line until meta has loaded
 * (call `dataStore.ensure('meta')` from an effect, never from a derived).
 */
export function metaSource(id: string): string {
  const short = isMetaDataset(id) ? t(msgKey.metaSource(id)) : id;
  if (getLocale() !== 'en') return short;
  const d = dataStore.meta?.datasets.find((x) => x.id === id);
  if (!d) return short;
  return `${d.publisher}, ${d.title} (${d.revision})`;
}

/**
 * The heading of a dataset's provenance record (Sources panel): its title as recorded, in English; in
 * the other languages the catalog's short line.
 */
export function metaHeading(d: { id: string; title: string }): string {
  return getLocale() === 'en' || !isMetaDataset(d.id) ? d.title : t(msgKey.metaSource(d.id));
}

/**
 * Revision statement of a dataset, in English as recorded ('' until meta has loaded, and in the other
 * languages, where callers show their own words for it: the statement itself is in the Sources panel).
 */
export function metaRevision(id: string): string {
  if (getLocale() !== 'en') return '';
  return dataStore.meta?.datasets.find((x) => x.id === id)?.revision ?? '';
}
