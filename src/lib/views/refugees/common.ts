/**
 * Shared parts of the refugee views: the loading state of their on-demand files (shown with ViewStatus,
 * since ViewCard only loads the first-screen datasets), names of UNHCR's non-country categories, and the
 * "Full dataset" table (every year and code of refugees-totals.arrow).
 */
import { dataStore, type OnDemandKey } from '../../data/store.svelte';
import { browserFetcher } from '../../data/fetchers';
import { loadCountries, loadRefugees } from '../../data/load';
import type { Registry } from '../../data/registry';
import { REFUGEE_NON_COUNTRY, type RefugeeTotalRow } from '../../data/types';
import type { DisplayTable } from '../../export/table';
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

/** A country's label, or the catalog name of a UNHCR category (unknown origin, stateless, Tibetan). */
export function partnerLabel(code: string, registry: Registry | undefined): string {
  if (code in REFUGEE_NON_COUNTRY) return t(`refugees.cat.${code}` as MessageKey);
  return registry?.get(code) ? registry.label(code) : code;
}

/** Full dataset: refugees and asylum-seekers hosted by and originating from every code, every year. */
export async function refugeeFullData(): Promise<DisplayTable> {
  const f = browserFetcher();
  const [reg, { totals }] = await Promise.all([dataStore.registry ?? loadCountries(f), dataStore.refugees ?? loadRefugees(f)]);
  const persons = t('refugees.unit.persons');
  return {
    columns: [
      { key: 'year', label: t('refugees.col.year'), type: 'number' },
      { key: 'code', label: t('refugees.col.iso3'), type: 'string' },
      { key: 'name', label: t('refugees.col.country'), type: 'string' },
      { key: 'hosted_refugees', label: t('refugees.col.hostedRefugees'), type: 'number', unit: persons },
      { key: 'hosted_asylum_seekers', label: t('refugees.col.hostedAsylum'), type: 'number', unit: persons },
      { key: 'origin_refugees', label: t('refugees.col.originRefugees'), type: 'number', unit: persons },
      { key: 'origin_asylum_seekers', label: t('refugees.col.originAsylum'), type: 'number', unit: persons },
    ],
    rows: (totals.objects() as RefugeeTotalRow[]).map((r) => ({
      year: r.year,
      code: r.code,
      name: partnerLabel(r.code, reg),
      hosted_refugees: r.hostedRefugees,
      hosted_asylum_seekers: r.hostedAsylumSeekers,
      origin_refugees: r.originRefugees,
      origin_asylum_seekers: r.originAsylumSeekers,
    })),
  };
}
