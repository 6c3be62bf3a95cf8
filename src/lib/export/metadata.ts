/**
 * What travels with a data download: `metadata.json` (machine-readable provenance) and
 * `README.txt` (the same for people), zipped with the CSV. Pure: no DOM, runs in Node tests.
 */
import { zipSync, strToU8 } from 'fflate';
import type { DatasetId, DatasetMeta, MetaFile } from '../data/types';
import type { FilterState, ViewId } from '../state/types';
import { serialiseState } from '../state/url';
import { t } from '../i18n';
import type { DisplayTable } from './table';
import type { PackageId } from './download-names';

/** A dataset as the app loads it (or a table of the data package) → `DatasetMeta.id` in data/meta.json. */
export const META_IDS: Record<PackageId, string[]> = {
  countries: ['countries'],
  stock: ['migrant-stock'],
  stockYear: ['migrant-stock'],
  population: ['population'],
  refugees: ['refugees'],
  remittances: ['remittances', 'remittances-bilateral'],
  remittancesBilateral: ['remittances-bilateral'],
  costs: ['remittance-prices'],
  treaties: ['treaties'],
};

/** Who to cite when data/meta.json is not loaded (or lacks an entry): the original publishers. */
export const FALLBACK_SOURCES: Record<string, Pick<DatasetMeta, 'id' | 'title' | 'publisher' | 'url'>> = {
  'migrant-stock': {
    id: 'migrant-stock',
    title: 'International Migrant Stock 2024',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division (UN DESA)',
    url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
  },
  remittances: {
    id: 'remittances',
    title: 'World Development Indicators: personal remittances, received and paid',
    publisher: 'World Bank',
    url: 'https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT',
  },
  'remittances-bilateral': {
    id: 'remittances-bilateral',
    title: 'Bilateral Remittance Matrix 2021',
    publisher: 'KNOMAD / World Bank',
    url: 'https://www.knomad.org/data/remittances',
  },
  population: {
    id: 'population',
    title: 'World Population Prospects 2024',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division (UN DESA)',
    url: 'https://population.un.org/wpp/',
  },
  refugees: {
    id: 'refugees',
    title: 'Refugee Data Finder: refugees and asylum-seekers',
    publisher: 'Office of the United Nations High Commissioner for Refugees (UNHCR)',
    url: 'https://www.unhcr.org/refugee-statistics/',
  },
  'remittance-prices': {
    id: 'remittance-prices',
    title: 'Remittance Prices Worldwide',
    publisher: 'World Bank',
    url: 'https://remittanceprices.worldbank.org/',
  },
  treaties: {
    id: 'treaties',
    title: 'Status of treaties; ratifications of ILO conventions',
    publisher: 'United Nations Treaty Collection (UNTC); International Labour Organization (ILO NORMLEX)',
    url: 'https://treaties.un.org/',
  },
  countries: {
    id: 'countries',
    title: 'Standard country or area codes for statistical use (M49); World Bank country classifications',
    publisher: 'United Nations Statistics Division; World Bank',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
  },
};

export interface ExportContext {
  view: ViewId;
  title: string;
  /** The current filters in words, as the card's subtitle shows them. */
  subtitle: string;
  filters: FilterState;
  permalink: string;
  /** Datasets the view declares it needs. */
  datasets: DatasetId[];
  /** The card's source line, as shown. */
  sourceLine: string;
  note?: string;
  /** data/meta.json, or null when not loaded. */
  meta: MetaFile | null;
  table: DisplayTable;
  /** 'view': the displayed data; 'full': the complete dataset behind the view. */
  scope: 'view' | 'full';
  /** CSV file name inside the ZIP. */
  csvName: string;
  /** ISO timestamp of the export (injected for testability). */
  generated: string;
}

export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  revision?: string;
  licence?: string;
  licenceUrl?: string;
  citation?: string;
  url?: string;
  coverage?: string;
  gaps?: string[];
  /** Any further provenance fields meta.json carries (retrieval dates…). */
  [extra: string]: unknown;
}

export interface ExportMetadata {
  title: string;
  view: ViewId;
  description: string;
  filters: {
    inWords: string;
    /** URL query string (parameters that differ from the defaults). */
    query: string;
    state: Omit<FilterState, 'embed' | 'controls'>;
  };
  permalink: string;
  file: {
    name: string;
    scope: 'view' | 'full';
    rows: number;
    encoding: 'UTF-8 with BOM';
    delimiter: ',';
    /** The data dictionary: each CSV column's stable name, its meaning (the on-screen label), type and unit. */
    columns: { name: string; meaning: string; type: string; unit: string | null; countryCode: boolean }[];
  };
  sources: SourceEntry[];
  sourceLine: string;
  note: string | null;
  dataBuiltFrom: string | null;
  notes: string[];
  generated: string;
  generator: 'Corridors';
}

/** Sources for the datasets a view uses: meta.json entries (minus file row counts), else fallbacks. */
export function sourcesFor(datasets: readonly PackageId[], meta: MetaFile | null): SourceEntry[] {
  const ids: string[] = [];
  // the country registry (names, groupings) is cited after the statistical sources
  const ordered = [...datasets.filter((d) => d !== 'countries'), ...datasets.filter((d) => d === 'countries')];
  for (const d of ordered) {
    for (const id of META_IDS[d] ?? []) if (!ids.includes(id)) ids.push(id);
  }
  return ids.map((id) => {
    const m = meta?.datasets.find((x) => x.id === id);
    if (m) {
      const { files: _files, ...rest } = m;
      return { ...rest };
    }
    return { ...(FALLBACK_SOURCES[id] ?? { id, title: id, publisher: '' }) };
  });
}

/** How to cite `sources`: their citations (else "publisher: title"), one after the other. */
export function citationText(sources: SourceEntry[]): string {
  return sources.map((s) => s.citation ?? `${s.publisher}: ${s.title}`).join(' ');
}

/** The distinct licences of `sources`, in order, "; "-joined. */
export function licenceText(sources: SourceEntry[]): string {
  return [...new Set(sources.map((s) => s.licence).filter((l): l is string => !!l))].join('; ');
}

export function buildMetadata(ctx: ExportContext): ExportMetadata {
  const { embed: _e, controls: _c, ...state } = ctx.filters;
  return {
    title: ctx.title,
    view: ctx.view,
    description: ctx.subtitle ? `${ctx.title} — ${ctx.subtitle}` : ctx.title,
    filters: {
      inWords: ctx.subtitle,
      query: serialiseState({ ...ctx.filters, embed: null, controls: false }),
      state: JSON.parse(JSON.stringify(state)) as ExportMetadata['filters']['state'],
    },
    permalink: ctx.permalink,
    file: {
      name: ctx.csvName,
      scope: ctx.scope,
      rows: ctx.table.rows.length,
      encoding: 'UTF-8 with BOM',
      delimiter: ',',
      columns: ctx.table.columns.map((c) => ({
        name: c.key,
        meaning: c.label,
        type: c.type,
        unit: c.unit ?? null,
        countryCode: !!c.countryCode,
      })),
    },
    sources: sourcesFor(ctx.datasets, ctx.meta),
    sourceLine: ctx.sourceLine,
    note: ctx.note || null,
    dataBuiltFrom: ctx.meta?.builtFrom ?? null,
    notes: [t('export.readme.injection')],
    generated: ctx.generated,
    generator: 'Corridors',
  };
}

/** Wrap text at `width` characters (README is plain text). */
function wrap(text: string, width = 92): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

export function buildReadme(md: ExportMetadata): string {
  const lines: string[] = [];
  const para = (s: string, indent = '') => lines.push(...wrap(s, 92 - indent.length).map((l) => indent + l));
  const bullet = (s: string, mark = '-') => lines.push(...wrap(s, 90).map((l, i) => (i ? '  ' : `${mark} `) + l));
  lines.push(t('export.readme.title'), '='.repeat(t('export.readme.title').length), '');
  para(t('export.readme.view', { title: md.title }));
  if (md.filters.inWords) para(t('export.readme.filters', { filters: md.filters.inWords }));
  para(t('export.readme.permalink', { url: md.permalink }));
  lines.push('');
  lines.push(t('export.readme.files'));
  const scope = md.file.scope === 'full' ? t('export.readme.scopeFull') : t('export.readme.scopeView');
  bullet(t('export.readme.csv', { file: md.file.name, scope, rows: md.file.rows }));
  bullet(t('export.readme.meta'));
  bullet('README.txt');
  lines.push('');
  para(t('export.readme.columns'));
  for (const c of md.file.columns) {
    bullet(c.unit ? t('export.readme.column', { name: c.name, meaning: c.meaning, unit: c.unit }) : t('export.readme.columnNoUnit', { name: c.name, meaning: c.meaning }));
  }
  lines.push('');
  para(t('export.readme.injection'));
  lines.push('');
  para(t('export.readme.cite'));
  for (const s of md.sources) {
    lines.push('');
    bullet(`${s.publisher}: ${s.title}`, '*');
    if (s.revision) para(t('export.readme.revision', { revision: s.revision }), '  ');
    if (s.licence) para(t('export.readme.licence', { licence: s.licenceUrl ? `${s.licence} (${s.licenceUrl})` : s.licence }), '  ');
    if (s.citation) para(s.citation, '  ');
    if (s.url) para(s.url, '  ');
  }
  lines.push('');
  para(t('export.readme.allPublishers'));
  lines.push('');
  if (md.dataBuiltFrom) para(t('export.readme.builtFrom', { what: md.dataBuiltFrom }));
  para(t('export.readme.generated', { date: md.generated }));
  return lines.join('\r\n') + '\r\n';
}

/** The ZIP download: the CSV, metadata.json and README.txt (deflated, pure, works in Node). */
export function buildZip(csv: string, md: ExportMetadata, readme = buildReadme(md)): Uint8Array {
  const mtime = new Date(md.generated);
  const opts = { mtime: Number.isNaN(mtime.getTime()) ? new Date() : mtime };
  return zipSync(
    {
      [md.file.name]: [strToU8(csv), opts],
      'metadata.json': [strToU8(JSON.stringify(md, null, 2) + '\n'), opts],
      'README.txt': [strToU8(readme), opts],
    },
    // large full-data CSVs: fast compression keeps the page responsive (zipSync runs on the main thread;
    // fflate's worker mode would need blob: workers, which the app's CSP does not allow)
    { level: csv.length > 2_000_000 ? 1 : 6 },
  );
}
