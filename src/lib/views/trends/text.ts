/** Small text and style helpers shared by the trend views. */
import type { Sex } from '../../data/types';
import { getLocale, t } from '../../i18n';

/** "Mexico", "Mexico and Chile", "Mexico, Chile and 3 more" (Intl list format, capped). */
export function joinNames(names: readonly string[], max = 4): string {
  if (names.length <= max) return new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format(names);
  const shown = names.slice(0, max - 1);
  return new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format([
    ...shown,
    t('trends.andMore', { n: names.length - shown.length }),
  ]);
}

/** Line dash per sex when male and female lines are shown ('' = solid). */
export const SEX_DASH: Record<Sex, string> = { total: '', male: '8 3', female: '2 3' };
