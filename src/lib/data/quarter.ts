/**
 * Survey quarters (`YYYYQn`, e.g. '2011Q3'): the period of the RPW remittance-cost data and of the
 * shared `quarter` filter. The one place that knows the format: parse, format, compare, dates, latest.
 */

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface QuarterParts {
  year: number;
  quarter: QuarterNumber;
}

const QUARTER_RE = /^(\d{4})Q([1-4])$/;

/** '2011Q3' → { year: 2011, quarter: 3 }; null for anything else ('2011Q5', '2011-Q3', '11Q3'). */
export function parseQuarter(q: string): QuarterParts | null {
  const m = QUARTER_RE.exec(q);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as QuarterNumber } : null;
}

export function isQuarter(q: string): boolean {
  return QUARTER_RE.test(q);
}

/** { year: 2011, quarter: 3 } → '2011Q3'. */
export function formatQuarterCode(p: QuarterParts): string {
  return `${String(p.year).padStart(4, '0')}Q${p.quarter}`;
}

/** '2011Q3' → 2011.5: a fractional year for ordering and axes (NaN when not a quarter). */
export function quarterOrdinal(q: string): number {
  const p = parseQuarter(q);
  return p ? p.year + (p.quarter - 1) / 4 : NaN;
}

/** Sort comparator, earliest first. */
export function compareQuarters(a: string, b: string): number {
  return quarterOrdinal(a) - quarterOrdinal(b);
}

/** '2011Q3' → Date of the quarter's first day, 00:00 UTC (an invalid Date when not a quarter). */
export function quarterToDate(q: string): Date {
  const p = parseQuarter(q);
  if (!p) return new Date(NaN);
  return new Date(Date.UTC(p.year, (p.quarter - 1) * 3, 1));
}

/** Middle of a quarter as YYYY-MM-DD: '2011Q1' → '2011-02-15'. Throws when not a quarter. */
export function quarterMidDate(q: string): string {
  const p = parseQuarter(q);
  if (!p) throw new Error(`bad quarter ${q}`);
  const month = (p.quarter - 1) * 3 + 2;
  return `${p.year}-${String(month).padStart(2, '0')}-15`;
}

/** The latest of some quarters (null when there are none). */
export function latestQuarter(quarters: readonly string[]): string | null {
  let best: string | null = null;
  for (const q of quarters) if (isQuarter(q) && (best === null || compareQuarters(q, best) > 0)) best = q;
  return best;
}
