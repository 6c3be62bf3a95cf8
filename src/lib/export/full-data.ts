/**
 * "Full data": the complete table behind a view's dataset (every year and country, not only the
 * current filters), as one tidy DisplayTable, built from the bundled files with the same loaders the
 * app uses. Runs in Node (tests, with nodeFetcher) and in the browser (browserFetcher).
 *
 * A view may pass its own `fullData` to ViewCard; otherwise ViewCard uses `fullDataFor(datasets)`.
 */
import {
  loadBilateralRemittances,
  loadCosts,
  loadCountries,
  loadPopulation,
  loadRefugees,
  loadRemittances,
  loadStockTotals,
  loadStockYear,
  loadTreaties,
  type Fetcher,
  type RefugeeTables,
} from '../data/load';
import type { Registry } from '../data/registry';
import { matrixCellRows } from '../data/queries/flows';
import { rowsOf } from '../data/queries/memo';
import {
  BILATERAL_YEARS,
  isRefugeeCategory,
  STOCK_YEARS,
  type DatasetId,
  type PopulationRow,
  type RefugeeTotalRow,
  type StockRow,
  type StockTotalRow,
} from '../data/types';
import type { ViewId } from '../state/types';
import { t } from '../i18n';
import { msgKey } from '../i18n/keys';
import type { Cell, Column, DisplayTable } from './table';
import type { CsvKeyOf, FullTableId, ViewTable } from './columns';
import { primaryDataset } from './primary-dataset';
import type { PackageId } from './download-names';

export interface FullDataSource {
  fetcher: Fetcher;
  /** Reuse an already-loaded registry (else it is loaded from countries.json). */
  registry?: Registry | null;
}

export { primaryDataset, VIEW_FULL_DATASET } from './primary-dataset';

/**
 * A column builder restricted to the documented column names of one full table. `col.country` is the
 * one rule for a country in a full table: two columns, its ISO3 code (marked as a country code) then its name.
 */
function columnsOf<T extends FullTableId>() {
  type K = CsvKeyOf<T>;
  const col = (key: K, label: string, type: Column['type'] = 'string', extra: Omit<Partial<Column>, 'key'> = {}): Column<K> => ({
    ...extra,
    key,
    label,
    type,
  });
  const country = (codeKey: K, codeLabel: string, nameKey: K, nameLabel: string): Column<K>[] => [
    col(codeKey, codeLabel, 'string', { countryCode: true }),
    col(nameKey, nameLabel),
  ];
  return Object.assign(col, { country });
}

async function registryOf(src: FullDataSource): Promise<Registry> {
  return src.registry ?? loadCountries(src.fetcher);
}

/** Bilateral migrant stock, every year and sex, plus the unknown-origin part of each destination. */
export async function fullStockBilateral(src: FullDataSource): Promise<ViewTable<'full:stockYear'>> {
  const col = columnsOf<'full:stockYear'>();
  const reg = await registryOf(src);
  const [years, totals] = await Promise.all([
    Promise.all(STOCK_YEARS.map((y) => loadStockYear(src.fetcher, y))),
    loadStockTotals(src.fetcher),
  ]);
  const rows: Record<string, Cell>[] = [];
  const unknown = t('common.unknownOrigin');
  const unknownBy = new Map<string, number>();
  for (const r of rowsOf<StockTotalRow>(totals)) if (r.unknownOrigin > 0) unknownBy.set(`${r.year}|${r.iso3}|${r.sex}`, r.unknownOrigin);
  for (const tbl of years) {
    const list = rowsOf<StockRow>(tbl);
    for (const r of list) {
      rows.push({ year: r.year, destination_code: r.dest, destination: reg.label(r.dest), origin_code: r.orig, origin: reg.label(r.orig), sex: r.sex, migrants: r.stock });
    }
  }
  for (const [k, v] of unknownBy) {
    const [year, dest, sex] = k.split('|');
    rows.push({ year: Number(year), destination_code: dest, destination: reg.label(dest), origin_code: null, origin: unknown, sex, migrants: v });
  }
  rows.sort(
    (a, b) =>
      (a.year as number) - (b.year as number) || cmp(a.destination_code, b.destination_code) || cmp(a.sex, b.sex) || cmp(a.origin_code, b.origin_code),
  );
  return {
    columns: [
      col('year', t('export.col.year'), 'number'),
      ...col.country('destination_code', t('export.col.destIso3'), 'destination', t('export.col.destination')),
      ...col.country('origin_code', t('export.col.origIso3'), 'origin', t('export.col.origin')),
      col('sex', t('export.col.sex')),
      col('migrants', t('export.col.migrantStock'), 'number', { unit: t('common.persons') }),
    ],
    rows,
  };
}

function cmp(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return String(a) < String(b) ? -1 : 1;
}

/** Per-country totals: immigrants, emigrants, unknown origin, population, every year and sex. */
export async function fullStockTotals(src: FullDataSource): Promise<ViewTable<'full:stock'>> {
  const col = columnsOf<'full:stock'>();
  const reg = await registryOf(src);
  const totals = await loadStockTotals(src.fetcher);
  const persons = t('common.persons');
  return {
    columns: [
      col('year', t('export.col.year'), 'number'),
      ...col.country('iso3', t('export.col.iso3'), 'country', t('export.col.country')),
      col('sex', t('export.col.sex')),
      col('immigrants', t('export.col.immigrants'), 'number', { unit: persons }),
      col('unknown_origin', t('export.col.unknownOrigin'), 'number', { unit: persons }),
      col('emigrants', t('export.col.emigrants'), 'number', { unit: persons }),
      col('population', t('export.col.population'), 'number', { unit: persons }),
    ],
    rows: rowsOf<StockTotalRow>(totals).map((r) => ({
      year: r.year,
      iso3: r.iso3,
      country: reg.label(r.iso3),
      sex: r.sex,
      immigrants: r.immigrants,
      unknown_origin: r.unknownOrigin,
      emigrants: r.emigrants,
      population: r.population,
    })),
  };
}

/** WDI remittance series (received, paid, % of GDP) for economies and aggregates; unit per row. */
export async function fullRemittances(src: FullDataSource): Promise<ViewTable<'full:remittances'>> {
  const col = columnsOf<'full:remittances'>();
  const { series } = await loadRemittances(src.fetcher);
  const unit: Record<string, string> = {
    received: t('export.unit.usd'),
    paid: t('export.unit.usd'),
    pct_gdp: t('export.unit.pctGdp'),
  };
  type R = { code: string; name: string; agg: number; series: string; year: number; value: number; vintage: string; flag: string };
  return {
    columns: [
      ...col.country('code', t('export.col.code'), 'economy', t('export.col.economy')),
      col('aggregate', t('export.col.aggregate'), 'number'),
      col('series', t('export.col.series')),
      col('year', t('export.col.year'), 'number'),
      col('value', t('export.col.value'), 'number'),
      col('unit', t('export.col.unit')),
      col('wdi_vintage', t('export.col.vintage'), 'date'),
      col('flag', t('export.col.flag')),
    ],
    rows: rowsOf<R>(series).map((r) => ({
      code: r.code,
      economy: r.name,
      aggregate: r.agg,
      series: r.series,
      year: r.year,
      value: r.value,
      unit: unit[r.series] ?? '',
      wdi_vintage: r.vintage,
      flag: r.flag,
    })),
  };
}

/** Average total cost of sending USD 200 per corridor and quarter (RPW). */
export async function fullCosts(src: FullDataSource): Promise<ViewTable<'full:costs'>> {
  const col = columnsOf<'full:costs'>();
  const reg = await registryOf(src);
  const { corridor } = await loadCosts(src.fetcher);
  type R = { period: string; source: string; dest: string; cost: number; basis: string; nServices: number | null; flag: string };
  return {
    columns: [
      col('quarter', t('export.col.quarter'), 'date'),
      ...col.country('sending_iso3', t('export.col.sendingIso3'), 'sending', t('export.col.sending')),
      ...col.country('receiving_iso3', t('export.col.receivingIso3'), 'receiving', t('export.col.receiving')),
      col('cost_pct', t('export.col.cost'), 'number', { unit: t('export.unit.pctOf200') }),
      col('basis', t('export.col.basis')),
      col('n_services', t('export.col.nServices'), 'number'),
      col('flag', t('export.col.flag')),
    ],
    rows: rowsOf<R>(corridor).map((r) => ({
      quarter: r.period,
      sending_iso3: r.source,
      sending: reg.label(r.source),
      receiving_iso3: r.dest,
      receiving: reg.label(r.dest),
      cost_pct: r.cost,
      basis: r.basis,
      n_services: r.nServices,
      flag: r.flag,
    })),
  };
}

/** Every party or signatory row of the eight instruments, with dates as published. */
export async function fullTreaties(src: FullDataSource): Promise<ViewTable<'full:treaties'>> {
  const col = columnsOf<'full:treaties'>();
  const file = await loadTreaties(src.fetcher);
  const names = new Map(file.instruments.map((i) => [i.id, i.short]));
  return {
    columns: [
      col('instrument_id', t('export.col.instrument')),
      col('instrument', t('export.col.instrumentName')),
      ...col.country('iso3', t('export.col.iso3'), 'party', t('export.col.party')),
      col('signature_date', t('export.col.signature'), 'date'),
      col('consent_date', t('export.col.consent'), 'date'),
      col('consent_year', t('export.col.consentYear'), 'number'),
      col('consent_type', t('export.col.consentType')),
      col('denunciation_date', t('export.col.denunciation'), 'date'),
      col('source', t('export.col.source')),
    ],
    rows: file.ratifications.map((r) => ({
      instrument_id: r.instrument,
      instrument: names.get(r.instrument) ?? r.instrument,
      iso3: r.iso3,
      party: r.party,
      signature_date: r.signature,
      consent_date: r.consent,
      consent_year: r.consentYear,
      consent_type: r.consentType,
      denunciation_date: r.denunciation,
      source: r.source,
    })),
  };
}

/** The country registry: codes, names and every grouping. */
export async function fullCountries(src: FullDataSource): Promise<ViewTable<'full:countries'>> {
  const col = columnsOf<'full:countries'>();
  const reg = await registryOf(src);
  const yes = (b: boolean) => (b ? 1 : 0);
  return {
    columns: [
      col('iso3', t('export.col.iso3'), 'string', { countryCode: true }),
      col('iso2', t('export.col.iso2')),
      col('m49', t('export.col.m49')),
      col('un_name', t('export.col.unName')),
      col('country', t('export.col.country')),
      col('region', t('group.region')),
      col('subregion', t('group.subregion')),
      col('sdg_region', t('group.sdg')),
      col('development_group', t('group.development')),
      col('income_group', t('group.income')),
      col('wb_region', t('export.col.wbRegion')),
      col('ldc', t('export.col.ldc'), 'number'),
      col('lldc', t('export.col.lldc'), 'number'),
      col('sids', t('export.col.sids'), 'number'),
      col('in_ims', t('export.col.inIms'), 'number'),
    ],
    rows: reg.all().map((c) => ({
      iso3: c.iso3,
      iso2: c.iso2,
      m49: c.m49,
      un_name: c.name,
      country: c.short,
      region: c.region,
      subregion: c.subregion,
      sdg_region: c.sdg,
      development_group: c.dev,
      income_group: reg.groupOf(c.iso3, 'income'),
      wb_region: c.wbRegion,
      ldc: yes(c.ldc),
      lldc: yes(c.lldc),
      sids: yes(c.sids),
      in_ims: yes(c.inIms),
    })),
  };
}

/** A country's label, or the catalog name of a UNHCR category (unknown origin, stateless, Tibetan). */
export function refugeeCodeLabel(code: string, registry: Registry | undefined): string {
  if (isRefugeeCategory(code)) return t(msgKey.refugeeCategory(code));
  return registry?.get(code) ? registry.label(code) : code;
}

/**
 * Refugees and asylum-seekers hosted by and originating from every code, every year (refugees-totals.arrow).
 * Loaded on demand (not a first-screen dataset); pass `refugees` to reuse already-loaded tables.
 */
export async function fullRefugees(src: FullDataSource & { refugees?: RefugeeTables | null }): Promise<ViewTable<'full:refugees'>> {
  const col = columnsOf<'full:refugees'>();
  const [reg, { totals }] = await Promise.all([registryOf(src), src.refugees ?? loadRefugees(src.fetcher)]);
  const persons = t('refugees.unit.persons');
  return {
    columns: [
      col('year', t('refugees.col.year'), 'number'),
      col('code', t('refugees.col.iso3')),
      col('name', t('refugees.col.country')),
      col('hosted_refugees', t('refugees.col.hostedRefugees'), 'number', { unit: persons }),
      col('hosted_asylum_seekers', t('refugees.col.hostedAsylum'), 'number', { unit: persons }),
      col('origin_refugees', t('refugees.col.originRefugees'), 'number', { unit: persons }),
      col('origin_asylum_seekers', t('refugees.col.originAsylum'), 'number', { unit: persons }),
    ],
    rows: (totals.objects() as RefugeeTotalRow[]).map((r) => ({
      year: r.year,
      code: r.code,
      name: refugeeCodeLabel(r.code, reg),
      hosted_refugees: r.hostedRefugees,
      hosted_asylum_seekers: r.hostedAsylumSeekers,
      origin_refugees: r.originRefugees,
      origin_asylum_seekers: r.originAsylumSeekers,
    })),
  };
}

/** WPP 2024 total population (both sexes, 1 July) per IMS area and year (population.arrow). */
export async function fullPopulation(src: FullDataSource): Promise<ViewTable<'full:population'>> {
  const col = columnsOf<'full:population'>();
  const [reg, table] = await Promise.all([registryOf(src), loadPopulation(src.fetcher)]);
  return {
    columns: [
      col('year', t('export.col.year'), 'number'),
      ...col.country('iso3', t('export.col.iso3'), 'country', t('export.col.country')),
      col('population', t('export.col.population'), 'number', { unit: t('common.persons') }),
    ],
    rows: rowsOf<PopulationRow>(table).map((r) => ({ year: r.year, iso3: r.iso3, country: reg.label(r.iso3), population: r.population })),
  };
}

/**
 * Every corridor of the three bilateral remittance matrices (model estimates, US$), one row per
 * matrix year × sender × receiver; the money Sankey's "Full dataset" is one year of it.
 */
export async function fullBilateralRemittances(src: FullDataSource): Promise<ViewTable<'full:remittancesBilateral'>> {
  // name before code, as in the money Sankey's own table (so not col.country)
  const col = columnsOf<'full:remittancesBilateral'>();
  const [reg, matrices] = await Promise.all([registryOf(src), Promise.all(BILATERAL_YEARS.map((y) => loadBilateralRemittances(src.fetcher, y)))]);
  const rows = BILATERAL_YEARS.flatMap((year, i) => matrixCellRows({ year, rows: matrices[i] }, (c) => reg.label(c)));
  return {
    columns: [
      col('flowyear', t('export.col.year'), 'number'),
      col('sender', t('export.col.sending')),
      col('sender_code', t('export.col.sendingIso3'), 'string', { countryCode: true }),
      col('receiver', t('export.col.receiving')),
      col('receiver_code', t('export.col.receivingIso3'), 'string', { countryCode: true }),
      col('usd', t('export.col.remittanceEstimate'), 'number', { unit: t('export.unit.usd') }),
    ],
    rows,
  };
}

const BUILDERS: { [D in PackageId]: (src: FullDataSource) => Promise<ViewTable<`full:${D}`>> } = {
  stockYear: fullStockBilateral,
  stock: fullStockTotals,
  population: fullPopulation,
  refugees: fullRefugees,
  remittances: fullRemittances,
  remittancesBilateral: fullBilateralRemittances,
  costs: fullCosts,
  treaties: fullTreaties,
  countries: fullCountries,
};

/** Full table of one dataset (also the tables only the static data package lists: population, …). */
export function fullDataTable(id: PackageId, src: FullDataSource): Promise<DisplayTable> {
  return BUILDERS[id](src);
}

/** The full table for a view that declares `datasets` (its primary dataset), or null when it has none. */
export function fullDataFor(datasets: readonly DatasetId[], src: FullDataSource, view?: ViewId): Promise<DisplayTable> | null {
  const id = primaryDataset(datasets, view);
  return id ? fullDataTable(id, src) : null;
}
