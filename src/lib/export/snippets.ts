/**
 * "Use in code": ready-to-paste snippets that read a dataset's static CSV (`downloads/<file>.csv`,
 * see datapackage.ts) from wherever the dashboard is hosted, with the view's filters applied where
 * they are simple (equality, one of a list, a range): pandas, R (readr + dplyr), Google Sheets and
 * Excel Power Query (M). Every name and value is quoted for its language, so a column header with
 * spaces or parentheses, or a name with quotes, stays one literal.
 */
import { t } from '../i18n';
import { downloadPath, type PackageId } from './download-names';

export type SnippetId = 'pandas' | 'r' | 'sheets' | 'powerQuery';
export const SNIPPET_IDS: readonly SnippetId[] = ['pandas', 'r', 'sheets', 'powerQuery'];

export type FilterValue = string | number;

/** One row filter on a CSV column (named as in the CSV header). */
export type SnippetFilter =
  | { column: string; op: 'eq'; value: FilterValue }
  | { column: string; op: 'in'; values: FilterValue[] }
  | { column: string; op: 'between'; min?: number; max?: number };

export interface SnippetInput {
  /** The dashboard page's URL (location.href): the CSV is resolved relative to it. */
  pageUrl: string;
  dataset: PackageId;
  title: string;
  source: string;
  filters?: SnippetFilter[];
}

export interface Snippet {
  id: SnippetId;
  label: string;
  /** For syntax labels / highlighting. */
  language: 'python' | 'r' | 'spreadsheet' | 'powerquery';
  code: string;
}

/** Absolute URL of a dataset's static CSV for a dashboard hosted at `pageUrl` (query and hash ignored). */
export function csvUrl(pageUrl: string, dataset: PackageId): string {
  return new URL(downloadPath(dataset), pageUrl).href;
}

const num = (n: number) => (Number.isFinite(n) ? String(n) : 'NaN');

// ---- quoting per language

/** Python / R string literal (JSON escapes are valid in both: \" \\ \n \uXXXX). */
const dq = (s: string) => JSON.stringify(s);
/** R non-syntactic name: `Destination ISO3`. */
const rName = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
/** M text literal: quotes doubled. */
const mStr = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** M field access: [#"Destination ISO3"]. */
const mField = (s: string) => `[#${mStr(s)}]`;
/** Spreadsheet formula string: quotes doubled. */
const xlStr = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** A comment line's text (no line breaks). */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const lit = (v: FilterValue, str: (s: string) => string) => (typeof v === 'number' ? num(v) : str(v));

function pandasMask(f: SnippetFilter): string {
  const col = `df[${dq(f.column)}]`;
  if (f.op === 'eq') return `(${col} == ${lit(f.value, dq)})`;
  if (f.op === 'in') return `(${col}.isin([${f.values.map((v) => lit(v, dq)).join(', ')}]))`;
  const parts = [f.min !== undefined ? `(${col} >= ${num(f.min)})` : '', f.max !== undefined ? `(${col} <= ${num(f.max)})` : ''];
  return parts.filter(Boolean).join(' & ');
}

function rCondition(f: SnippetFilter): string {
  const col = rName(f.column);
  if (f.op === 'eq') return `${col} == ${lit(f.value, dq)}`;
  if (f.op === 'in') return `${col} %in% c(${f.values.map((v) => lit(v, dq)).join(', ')})`;
  return [f.min !== undefined ? `${col} >= ${num(f.min)}` : '', f.max !== undefined ? `${col} <= ${num(f.max)}` : ''].filter(Boolean).join(', ');
}

/** M: the columns are text after PromoteHeaders; numbers are compared as numbers. */
function mCondition(f: SnippetFilter): string {
  const text = mField(f.column);
  const asNum = `Number.From(${text})`;
  const eq = (v: FilterValue) => (typeof v === 'number' ? `${asNum} = ${num(v)}` : `${text} = ${mStr(v)}`);
  if (f.op === 'eq') return eq(f.value);
  if (f.op === 'in') return `(${f.values.map(eq).join(' or ')})`;
  return [f.min !== undefined ? `${asNum} >= ${num(f.min)}` : '', f.max !== undefined ? `${asNum} <= ${num(f.max)}` : ''].filter(Boolean).join(' and ');
}

const usable = (f: SnippetFilter) => (f.op === 'in' ? f.values.length > 0 : f.op === 'between' ? f.min !== undefined || f.max !== undefined : true);

export function pandasSnippet(url: string, comment: string, filters: SnippetFilter[]): string {
  const lines = [`# ${comment}`, 'import pandas as pd', '', `df = pd.read_csv(${dq(url)})`];
  if (filters.length) lines.push(`df = df[${filters.map(pandasMask).join(' & ')}]`);
  return lines.join('\n') + '\n';
}

export function rSnippet(url: string, comment: string, filters: SnippetFilter[]): string {
  const lines = [`# ${comment}`, 'library(readr)', 'library(dplyr)', '', `df <- readr::read_csv(${dq(url)})`];
  if (filters.length) lines.push(`df <- df |> dplyr::filter(${filters.map(rCondition).join(', ')})`);
  return lines.join('\n') + '\n';
}

export function sheetsSnippet(url: string): string {
  return `=IMPORTDATA(${xlStr(url)})`;
}

export function powerQuerySnippet(url: string, comment: string, filters: SnippetFilter[]): string {
  const lines = [
    `// ${comment}`,
    'let',
    `    Source = Csv.Document(Web.Contents(${mStr(url)}), [Delimiter = ",", Encoding = 65001, QuoteStyle = QuoteStyle.Csv]),`,
    `    Data = Table.PromoteHeaders(Source, [PromoteAllScalars = true])${filters.length ? ',' : ''}`,
  ];
  if (filters.length) lines.push(`    Filtered = Table.SelectRows(Data, each ${filters.map(mCondition).join(' and ')})`);
  lines.push('in', `    ${filters.length ? 'Filtered' : 'Data'}`);
  return lines.join('\n') + '\n';
}

/** The four snippets for a dataset's CSV with `filters` applied (Google Sheets imports the whole file). */
export function buildSnippets(input: SnippetInput): Snippet[] {
  const url = csvUrl(input.pageUrl, input.dataset);
  const comment = oneLine(t('export.snippet.comment', { title: input.title, source: input.source }));
  const filters = (input.filters ?? []).filter(usable);
  return [
    { id: 'pandas', label: t('export.snippet.pandas'), language: 'python', code: pandasSnippet(url, comment, filters) },
    { id: 'r', label: t('export.snippet.r'), language: 'r', code: rSnippet(url, comment, filters) },
    { id: 'sheets', label: t('export.snippet.sheets'), language: 'spreadsheet', code: sheetsSnippet(url) },
    { id: 'powerQuery', label: t('export.snippet.powerQuery'), language: 'powerquery', code: powerQuerySnippet(url, comment, filters) },
  ];
}
