/**
 * What every map's table shares: it starts with the area's ISO3 code (a country the reader can
 * select) and its name, then the map's own columns.
 */
import type { Cell, Column, DisplayTable } from '../../export/table';
import type { Registry } from '../../data/registry';
import { t } from '../../i18n';

/** The first two columns of a map's table; a view whose catalog names them otherwise passes its labels. */
function areaColumns(
  labels: { iso3: string; country: string } = { iso3: t('maps.col.iso3'), country: t('maps.col.country') },
): [Column<'iso3'>, Column<'country'>] {
  return [
    { key: 'iso3', label: labels.iso3, type: 'string', countryCode: true },
    { key: 'country', label: labels.country, type: 'string' },
  ];
}

/**
 * A map's table: the area columns, then the map's own `columns`; `cells` gives a row's own cells.
 * The area's name is the registry's, or the row's own `name` for a code the registry does not hold.
 */
export function areaTable<K extends string, R extends { iso3: string; name?: string }>(
  registry: Registry,
  columns: readonly Column<K>[],
  rows: readonly R[],
  cells: (r: R) => Record<K, Cell>,
  labels?: { iso3: string; country: string },
): DisplayTable<K | 'iso3' | 'country'> {
  return {
    columns: [...areaColumns(labels), ...columns],
    rows: rows.map((r) => ({ iso3: r.iso3, country: registry.has(r.iso3) ? registry.label(r.iso3) : (r.name ?? r.iso3), ...cells(r) })),
  };
}
