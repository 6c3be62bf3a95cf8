/**
 * What every map's table shares: it starts with the area's ISO3 code (a country the reader can
 * select) and its name, then the map's own columns.
 */
import type { Column } from '../../export/table';
import { t } from '../../i18n';

/** The first two columns of a map's table; a view whose catalog names them otherwise passes its labels. */
export function areaColumns(
  labels: { iso3: string; country: string } = { iso3: t('maps.col.iso3'), country: t('maps.col.country') },
): [Column<'iso3'>, Column<'country'>] {
  return [
    { key: 'iso3', label: labels.iso3, type: 'string', countryCode: true },
    { key: 'country', label: labels.country, type: 'string' },
  ];
}
