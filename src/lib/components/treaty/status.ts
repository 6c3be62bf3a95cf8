/**
 * Shared wording and colours of the treaty views (map, timeline, table) and the insights that use
 * treaty status. Pure functions of the shared state; no component state.
 */
import { INSTRUMENT_IDS, type InstrumentId, type TreatiesFile } from '../../data/types';
import type { SetOp } from '../../state/types';
import { t } from '../../i18n';
import { msgKey } from '../../i18n/keys';
import { formatDate } from '../../i18n/format';
import { treatyIndex, type TreatyIndex, type TreatyStatus } from '../../data/queries/treaties';

/** Okabe–Ito colours (the `--cat-*` tokens of app.css), one per instrument, as literals so exported SVG keeps them. */
export const INSTRUMENT_COLORS: Record<InstrumentId, string> = {
  'IV-13': '#0072b2',
  'XVIII-12-a': '#d55e00',
  'XVIII-12-b': '#cc79a7',
  'V-2': '#009e73',
  'V-5': '#56b4e9',
  C097: '#e69f00',
  C143: '#999999',
  C189: '#000000',
};
export const SET_COLOR = '#1b1f24';

/** Status colours: party = Okabe–Ito blue, signed only = orange, not party = light grey-blue. */
export const STATUS_COLORS: Record<TreatyStatus, string> = {
  party: '#0072b2',
  signed: '#e69f00',
  none: '#aab4be',
};
export const STATUS_VALUE: Record<TreatyStatus, number> = { none: 0, signed: 1, party: 2 };
export const VALUE_STATUS: TreatyStatus[] = ['none', 'signed', 'party'];

export const instrumentName = (id: InstrumentId): string => t(msgKey.instrument(id));

/** Instruments in canonical order. */
export const ordered = (ids: readonly InstrumentId[]): InstrumentId[] => INSTRUMENT_IDS.filter((id) => ids.includes(id));

/** "the Migrant Workers Convention (1990)" / "at least one of A, B" / "all of A, B". */
export function setPhrase(ids: readonly InstrumentId[], op: SetOp): string {
  const names = ordered(ids).map(instrumentName);
  if (names.length === 1) return t('treaties.setPhrase.one', { name: names[0] });
  return t(op === 'all' ? 'treaties.setPhrase.all' : 'treaties.setPhrase.any', { names: names.join(', ') });
}

/** "as of 30 June 2012" / "latest data". */
export const asOfPhrase = (date: string | null): string =>
  date ? t('treaties.asOfDate', { date: formatDate(date) }) : t('treaties.asOfLatest');

/** Legend / tooltip label of a combined status. */
export function statusLabel(s: TreatyStatus, n: number, op: SetOp): string {
  if (n <= 1) return t(msgKey.status(s));
  return t((op === 'all' ? msgKey.statusAll : msgKey.statusAny)(s));
}

const ixCache = new WeakMap<TreatiesFile, TreatyIndex>();
/** Index of the loaded treaties file (built once). */
export function indexOf(file: TreatiesFile | null | undefined): TreatyIndex | null {
  if (!file) return null;
  let ix = ixCache.get(file);
  if (!ix) ixCache.set(file, (ix = treatyIndex(file)));
  return ix;
}
