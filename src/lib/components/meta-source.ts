/** Source lines from the bundled provenance (meta.json), for the views that name several datasets. */
import { dataStore } from '../data/store.svelte';

const FALLBACK: Record<string, string> = {
  'migrant-stock': 'UN DESA, International Migrant Stock 2024',
  remittances: 'World Bank, World Development Indicators',
  'remittances-bilateral': 'KNOMAD / World Bank, Bilateral Remittance Matrix (model estimates)',
  'remittance-prices': 'World Bank, Remittance Prices Worldwide',
  treaties: 'UN Treaty Collection and ILO, compiled by Corridors',
  refugees: 'UNHCR, Refugee Data Finder',
};

/**
 * "Publisher, Title (revision)" for a dataset of meta.json; a short fallback until meta has loaded
 * (call `dataStore.ensure('meta')` from an effect, never from a derived).
 */
export function metaSource(id: string): string {
  const d = dataStore.meta?.datasets.find((x) => x.id === id);
  if (!d) return FALLBACK[id] ?? id;
  return `${d.publisher}, ${d.title} (${d.revision})`;
}

/** Revision statement of a dataset (or '' until meta has loaded). */
export function metaRevision(id: string): string {
  return dataStore.meta?.datasets.find((x) => x.id === id)?.revision ?? '';
}
