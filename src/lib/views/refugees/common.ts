/**
 * Shared parts of the refugee views: the loading state of their on-demand files (shown with ViewStatus,
 * since ViewCard only loads the first-screen datasets), names of UNHCR's non-country categories, and the
 * "Full dataset" table (every year and code of refugees-totals.arrow).
 */
import { dataStore, type OnDemandKey } from '../../data/store.svelte';
import { browserFetcher } from '../../data/fetchers';
import type { DisplayTable } from '../../export/table';
import { fullRefugees, refugeeCodeLabel } from '../../export/full-data';
import { t, type MessageKey } from '../../i18n';

const WHAT: Record<OnDemandKey, MessageKey> = {
  refugees: 'refugees.dataset',
  refugeeYear: 'refugees.dataset',
  population: 'refugees.datasetPopulation',
};

export interface OnDemandStatus {
  kind: 'ready' | 'loading' | 'error';
  message: string;
  errors: { message: string; retry: () => void }[];
}

/** Combined state of on-demand files (default: the refugee totals), in ViewStatus's terms. Reactive. */
export function refugeeStatus(keys: readonly Exclude<OnDemandKey, 'refugeeYear'>[] = ['refugees']): OnDemandStatus {
  const sts = keys.map((k) => ({ k, s: dataStore.status(k) }));
  const errors = sts
    .filter((x) => x.s.state === 'error')
    .map((x) => ({ message: t('common.error', { what: t(WHAT[x.k]), message: x.s.error ?? '' }), retry: () => void dataStore.retry(x.k) }));
  if (errors.length) return { kind: 'error', message: '', errors };
  const waiting = sts.find((x) => x.s.state !== 'ready');
  if (waiting) return { kind: 'loading', message: t('common.loading', { what: t(WHAT[waiting.k]) }), errors: [] };
  return { kind: 'ready', message: '', errors: [] };
}

/** A country's label, or the catalog name of a UNHCR category (one rule, with the full-data table). */
export const partnerLabel = refugeeCodeLabel;

/** Full dataset: refugees and asylum-seekers hosted by and originating from every code, every year. */
export function refugeeFullData(): Promise<DisplayTable> {
  return fullRefugees({ fetcher: browserFetcher(), registry: dataStore.registry, refugees: dataStore.refugees });
}
