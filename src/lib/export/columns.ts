/**
 * The column names of every CSV download: a public contract, like the URL parameters.
 *
 * Names are stable snake_case keys, the same in every language (the on-screen table shows translated
 * labels; the CSV header is these keys). A unit that is not obvious is part of the name (`cost_pct`,
 * `received_usd`); the ZIP's README.txt and metadata.json carry a data dictionary (column, meaning,
 * unit) built from the column definitions. Every table is documented in docs/csv-columns.md, and a
 * test checks that the document and this list agree.
 *
 * A view types its table as `ViewTable<'its-id'>`, so it cannot write a column that is not listed here.
 */
import type { ViewId } from '../state/types';
import type { DisplayTable } from './table';
import type { PackageId } from './download-names';

/** A "Full dataset" download (and a file of the static data package): `full:<dataset>`. */
export type FullTableId = `full:${PackageId}`;
export type CsvTableId = ViewId | FullTableId;

export const CSV_COLUMNS = {
  corridors: ['year', 'sex', 'origin', 'origin_code', 'origin_type', 'destination', 'destination_code', 'destination_type', 'migrants'],
  'remittance-flows': ['flowyear', 'sender', 'sender_code', 'receiver', 'receiver_code', 'usd'],
  corridor: ['measure', 'period', 'sex', 'value', 'unit'],
  'stock-trend': ['series', 'code', 'kind', 'direction', 'sex', 'year', 'migrants', 'population', 'value'],
  'remittance-trend': ['name', 'code', 'kind', 'series', 'year', 'value', 'wdi_vintage', 'flag'],
  'cost-trend': ['series', 'code', 'direction', 'provider_type', 'quarter', 'cost_pct', 'corridors', 'negative_excluded', 'basis', 'source'],
  'refugee-trend': ['series', 'level', 'year', 'asylum', 'asylum_code', 'origin', 'origin_code', 'refugees', 'asylum_seekers'],
  'stock-map': ['iso3', 'country', 'value', 'unit', 'year', 'sex', 'migrants', 'population'],
  'remittance-map': ['iso3', 'country', 'received_pct_gdp', 'unit', 'year', 'flag'],
  'cost-map': ['iso3', 'country', 'cost_pct', 'unit', 'quarter', 'sending_iso3', 'sending', 'n_services', 'basis', 'flag', 'corridors', 'negative_excluded'],
  'refugee-map': ['iso3', 'country', 'year', 'refugees', 'population', 'per_1000'],
  'treaties-map': ['iso3', 'state', 'status', 'instruments', 'set_op', 'as_of'],
  'treaties-timeline': ['series_id', 'series', 'party_from', 'states_party', 'data_as_of'],
  'treaties-table': [
    'instrument_id',
    'instrument',
    'iso3',
    'state',
    'signature_date',
    'consent_date',
    'consent_year',
    'consent_type',
    'party_from',
    'date_basis',
    'status',
    'source',
  ],
  hosted: [
    'stock_year',
    'status_date',
    'instruments',
    'set_op',
    'sex',
    'states_party',
    'hosted_migrants',
    'world_migrants',
    'share_pct',
    'refugee_year',
    'hosted_refugees',
    'world_refugees',
    'unrwa_hosted',
    'unrwa_world',
    'share_with_unrwa_pct',
  ],
  'cost-vs-size': ['quarter', 'sending_iso3', 'sending', 'receiving_iso3', 'receiving', 'cost_pct', 'basis', 'n_services', 'migrants', 'stock_year', 'selected'],
  'per-emigrant': ['year', 'rank', 'iso3', 'country', 'received_usd', 'emigrants', 'per_emigrant_usd', 'wdi_vintage', 'flag'],
  'key-figures': ['figure', 'value', 'unit', 'period', 'source'],
  'fees-lost': [
    'rank',
    'receiver',
    'receiver_iso3',
    'flow_usd',
    'priced_flow_usd',
    'coverage_pct',
    'cost_pct',
    'fees_usd',
    'savings_usd',
    'corridors',
  ],
  'report-2012': ['id', 'paragraph', 'statement', 'published_as', 'published', 'recomputed', 'unit', 'difference', 'difference_pct', 'basis'],
  'full:stockYear': ['year', 'destination_code', 'destination', 'origin_code', 'origin', 'sex', 'migrants'],
  'full:stock': ['year', 'iso3', 'country', 'sex', 'immigrants', 'unknown_origin', 'emigrants', 'population'],
  'full:remittances': ['code', 'economy', 'aggregate', 'series', 'year', 'value', 'unit', 'wdi_vintage', 'flag'],
  'full:costs': ['quarter', 'sending_iso3', 'sending', 'receiving_iso3', 'receiving', 'cost_pct', 'basis', 'n_services', 'flag'],
  'full:treaties': [
    'instrument_id',
    'instrument',
    'iso3',
    'party',
    'signature_date',
    'consent_date',
    'consent_year',
    'consent_type',
    'denunciation_date',
    'source',
  ],
  'full:population': ['year', 'iso3', 'country', 'population'],
  'full:remittancesBilateral': ['flowyear', 'sender', 'sender_code', 'receiver', 'receiver_code', 'usd'],
  'full:refugees': ['year', 'code', 'name', 'hosted_refugees', 'hosted_asylum_seekers', 'origin_refugees', 'origin_asylum_seekers'],
  'full:countries': [
    'iso3',
    'iso2',
    'm49',
    'un_name',
    'country',
    'region',
    'subregion',
    'sdg_region',
    'development_group',
    'income_group',
    'wb_region',
    'ldc',
    'lldc',
    'sids',
    'in_ims',
  ],
} as const satisfies Record<CsvTableId, readonly string[]>;

/** The column names one table may have. */
export type CsvKeyOf<T extends CsvTableId> = (typeof CSV_COLUMNS)[T][number];

/** A view's (or full dataset's) display table, its columns restricted to the documented names. */
export type ViewTable<T extends CsvTableId> = DisplayTable<CsvKeyOf<T>>;

/** A snake_case column name: lower-case ASCII letters and digits, words joined by `_`. */
export const CSV_KEY_RE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
