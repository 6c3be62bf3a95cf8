/**
 * Pure parse / serialise of the corridor view's URL values:
 * - `corridor=<origin ISO3>-<destination ISO3>`, e.g. `MEX-USA`: people born in Mexico living in the
 *   United States (money flows back USA → MEX). Lower case is accepted and written back in upper case.
 * - `flowyear`: the year of the bilateral remittance matrix, one of FLOW_YEARS (default: the latest).
 * Like every parameter (see url.ts), each value is classified as valid, invalid (with a reason) or
 * missing; nothing throws. Country codes are checked against the registry through `ctx.isCountry`.
 */
import { FLOW_YEARS, type FlowYear } from '../data/types';
import type { ParseContext } from './url';

export interface Corridor {
  /** Country of birth of the migrants (receives the money). */
  origin: string;
  /** Country where they live (sends the money). */
  destination: string;
}

/** Why a `corridor` value was not accepted (message keys of the notice are built from these). */
export type CorridorInvalidReason = 'format' | 'unknown-origin' | 'unknown-destination' | 'unknown-both' | 'same-country';

export type Parsed<T, R extends string = 'format'> =
  | { status: 'valid'; value: T; raw: string }
  | { status: 'invalid'; reason: R; raw: string }
  | { status: 'missing' };

const CORRIDOR_RE = /^([A-Za-z]{3})-([A-Za-z]{3})$/;

/** Classify a raw `corridor` value (null = the parameter is absent). */
export function parseCorridor(raw: string | null | undefined, ctx: ParseContext = {}): Parsed<Corridor, CorridorInvalidReason> {
  if (raw === null || raw === undefined) return { status: 'missing' };
  const m = CORRIDOR_RE.exec(raw.trim());
  if (!m) return { status: 'invalid', reason: 'format', raw };
  const origin = m[1].toUpperCase();
  const destination = m[2].toUpperCase();
  if (origin === destination) return { status: 'invalid', reason: 'same-country', raw };
  const okO = !ctx.isCountry || ctx.isCountry(origin);
  const okD = !ctx.isCountry || ctx.isCountry(destination);
  if (!okO || !okD) return { status: 'invalid', reason: !okO && !okD ? 'unknown-both' : !okO ? 'unknown-origin' : 'unknown-destination', raw };
  return { status: 'valid', value: { origin, destination }, raw };
}

/** `{ origin: 'MEX', destination: 'USA' }` → `MEX-USA`. */
export function serialiseCorridor(c: Corridor): string {
  return `${c.origin}-${c.destination}`;
}

/** The matrix year when `flowyear` is absent or invalid. */
export const DEFAULT_FLOW_YEAR: FlowYear = FLOW_YEARS[FLOW_YEARS.length - 1];

/** Classify a raw `flowyear` value (null = absent). */
export function parseFlowYear(raw: string | null | undefined): Parsed<FlowYear> {
  if (raw === null || raw === undefined) return { status: 'missing' };
  const n = Number(raw);
  if (/^\d{4}$/.test(raw) && (FLOW_YEARS as readonly number[]).includes(n)) return { status: 'valid', value: n as FlowYear, raw };
  return { status: 'invalid', reason: 'format', raw };
}

/** `flowyear` as written to the URL; null when it is the default (defaults are omitted). */
export function serialiseFlowYear(y: FlowYear): string | null {
  return y === DEFAULT_FLOW_YEAR ? null : String(y);
}

export interface CorridorParams {
  corridor: Corridor | null;
  flowYear: FlowYear;
}

export interface CorridorParamsResult {
  value: CorridorParams;
  corridor: Parsed<Corridor, CorridorInvalidReason>;
  flowyear: Parsed<FlowYear>;
}

/** Read both parameters from a query string (last value wins, as in url.ts); invalid values fall back. */
export function parseCorridorParams(search: string, ctx: ParseContext = {}): CorridorParamsResult {
  let sp: URLSearchParams;
  try {
    sp = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    sp = new URLSearchParams();
  }
  const last = (name: string) => sp.getAll(name).at(-1) ?? null;
  const corridor = parseCorridor(last('corridor'), ctx);
  const flowyear = parseFlowYear(last('flowyear'));
  return {
    value: {
      corridor: corridor.status === 'valid' ? corridor.value : null,
      flowYear: flowyear.status === 'valid' ? flowyear.value : DEFAULT_FLOW_YEAR,
    },
    corridor,
    flowyear,
  };
}

/** Both parameters as query-string pairs (defaults and an absent corridor omitted). */
export function serialiseCorridorParams(p: CorridorParams): [string, string][] {
  const out: [string, string][] = [];
  if (p.corridor) out.push(['corridor', serialiseCorridor(p.corridor)]);
  const y = serialiseFlowYear(p.flowYear);
  if (y !== null) out.push(['flowyear', y]);
  return out;
}
