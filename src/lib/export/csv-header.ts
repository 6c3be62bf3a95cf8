/**
 * Optional source header for a CSV download: two or three `#` comment lines (source, licence,
 * permalink) before the header row, for files that travel without their README. Off by default:
 * most tools read a comment line as data unless told (pandas `comment="#"`, readr `comment = "#"`).
 * The UTF-8 byte order mark stays the very first character, so Excel still detects UTF-8.
 */
import { t } from '../i18n';
import { BOM } from './csv';

export interface CsvSourceInfo {
  source: string;
  licence?: string;
  permalink?: string;
}

export interface CsvHeaderOptions {
  /** Prepend the comment lines (default false). */
  sourceHeader?: boolean;
}

/** Comment-line prefix of the source header. */
export const COMMENT = '#';

/** One comment line: whitespace (line breaks included) collapsed so the comment cannot spill into the data. */
const line = (text: string) => `${COMMENT} ${text.replace(/\s+/g, ' ').trim()}`;

/** The comment lines, without line ends: source, then licence and permalink when given. */
export function sourceHeaderLines(info: CsvSourceInfo): string[] {
  return [
    line(t('export.csvHeader.source', { source: info.source })),
    info.licence ? line(t('export.csvHeader.licence', { licence: info.licence })) : '',
    info.permalink ? line(t('export.csvHeader.permalink', { url: info.permalink })) : '',
  ].filter(Boolean);
}

/** `csv` with the source header when `opts.sourceHeader` is set; else `csv` unchanged. Line ends follow the CSV's. */
export function withSourceHeader(csv: string, info: CsvSourceInfo, opts: CsvHeaderOptions = {}): string {
  if (!opts.sourceHeader) return csv;
  const hasBom = csv.startsWith(BOM);
  const body = hasBom ? csv.slice(BOM.length) : csv;
  const eol = /\r\n/.test(body) || !/\n/.test(body) ? '\r\n' : '\n';
  return (hasBom ? BOM : '') + sourceHeaderLines(info).map((l) => l + eol).join('') + body;
}
