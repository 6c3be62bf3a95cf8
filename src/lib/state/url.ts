/**
 * Pure parse / serialise of the shared filter state <-> URL query string.
 * Like OWID Grapher's URL parser, every parameter is classified as valid, invalid or missing;
 * invalid values fall back to the default and are reported, nothing throws.
 */
import { parseQuarter } from '../data/quarter';
import {
  INSTRUMENT_IDS,
  STOCK_YEARS,
  type Grouping,
  type InstrumentId,
  type Sex,
  type StockYear,
} from '../data/types';
import { VIEW_IDS, type FilterState, type ViewId } from './types';
import { DEFAULT_FLOW_YEAR, parseCorridor, parseFlowYear, serialiseCorridor } from './corridor';

export const GROUPINGS: readonly Grouping[] = ['region', 'subregion', 'sdg', 'development', 'income', 'country'];
export const TOP_MIN = 3;
export const TOP_MAX = 50;
/** Most countries a permalink may select (longer lists are rejected as invalid). */
export const MAX_COUNTRIES = 60;
/** Longest `focus` group name accepted. */
export const FOCUS_MAX = 80;

export const DEFAULT_STATE: Readonly<FilterState> = Object.freeze({
  year: 2024,
  countries: [],
  group: 'region',
  sex: 'total',
  dir: 'in',
  quarter: null,
  date: null,
  instruments: ['IV-13'],
  setOp: 'any',
  top: 15,
  focus: null,
  measure: 'count',
  scale: 'linear',
  costDir: 'to',
  embed: null,
  controls: false,
  series: 'received',
  costSplit: 'corridors',
  bySex: false,
  ref: 'auto',
  corridor: null,
  flowYear: DEFAULT_FLOW_YEAR,
} satisfies FilterState) as Readonly<FilterState>;

export function defaultState(): FilterState {
  return { ...DEFAULT_STATE, countries: [], instruments: [...DEFAULT_STATE.instruments] };
}

export type ParamStatus = 'valid' | 'invalid' | 'missing';

export interface ParamReport {
  param: string;
  status: ParamStatus;
  /**
   * The raw value as found in the URL, cut to 60 characters (for the notice; never inserted as HTML).
   * For a partly valid list (`country=MEX~XXX`) only the ignored items.
   */
  raw?: string;
}

export interface ParseResult {
  state: FilterState;
  params: ParamReport[];
  /** Only the invalid ones, for the notice. */
  invalid: ParamReport[];
}

/** Options that need data to validate (known countries, available quarters). */
export interface ParseContext {
  isCountry?: (iso3: string) => boolean;
}

type Parser<K extends keyof FilterState> = (raw: string, ctx: ParseContext) => FilterState[K] | undefined;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const ISO3_RE = /^[A-Z]{3}$/;
/** A survey quarter of 1900–2099. */
const isUrlQuarter = (raw: string): boolean => {
  const q = parseQuarter(raw);
  return q !== null && q.year >= 1900 && q.year <= 2099;
};
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Lone UTF-16 surrogates (not representable in a URL) and control characters. */
const BAD_TEXT_RE = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A Sankey focus is a group name (e.g. "Eastern Asia", "High income"): short plain text. */
export function isValidFocus(s: string): boolean {
  return s.length > 0 && s.length <= FOCUS_MAX && s.trim() === s && !/[<>]/.test(s) && !BAD_TEXT_RE.test(s);
}

/**
 * A list parameter of which some items were usable and others not (`country=MEX~XXX`):
 * the usable ones are applied, the parameter is still reported as invalid, naming what was ignored.
 */
class PartlyValid<T> {
  constructor(
    readonly value: T,
    readonly ignored: string[],
  ) {}
}

const parseCountries = (raw: string, ctx: ParseContext): string[] | PartlyValid<string[]> | undefined => {
  if (raw === '') return [];
  const parts = raw.split('~').map((s) => s.trim().toUpperCase());
  if (parts.length > MAX_COUNTRIES) return undefined;
  const out: string[] = [];
  const ignored: string[] = [];
  for (const p of parts) {
    if (!ISO3_RE.test(p) || (ctx.isCountry && !ctx.isCountry(p))) ignored.push(p);
    else if (!out.includes(p)) out.push(p);
  }
  if (ignored.length === 0) return out;
  return out.length ? new PartlyValid(out, ignored) : undefined;
};

const parseInstruments: Parser<'instruments'> = (raw) => {
  // `instrument=` (present but empty) = no instrument selected; keeps state → URL → state an identity.
  if (raw === '') return [];
  const parts = raw.split('~');
  const out: InstrumentId[] = [];
  for (const p of parts) {
    const id = oneOf(INSTRUMENT_IDS)(p);
    if (!id) return undefined;
    if (!out.includes(id)) out.push(id);
  }
  return out;
};

/** URL parameter name → state key and parser. The names are a public contract. */
export const PARAMS = {
  year: {
    key: 'year',
    parse: (raw: string) => {
      const n = Number(raw);
      return /^\d{4}$/.test(raw) && (STOCK_YEARS as readonly number[]).includes(n) ? (n as StockYear) : undefined;
    },
  },
  country: { key: 'countries', parse: parseCountries },
  group: { key: 'group', parse: oneOf(GROUPINGS) },
  sex: { key: 'sex', parse: oneOf<Sex>(['total', 'male', 'female']) },
  dir: { key: 'dir', parse: oneOf(['in', 'out'] as const) },
  quarter: { key: 'quarter', parse: (raw: string) => (isUrlQuarter(raw) ? raw : undefined) },
  date: { key: 'date', parse: (raw: string) => (isValidDate(raw) ? raw : undefined) },
  instrument: { key: 'instruments', parse: parseInstruments },
  set: { key: 'setOp', parse: oneOf(['any', 'all'] as const) },
  top: {
    key: 'top',
    parse: (raw: string) => {
      if (!/^\d{1,3}$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= TOP_MIN && n <= TOP_MAX ? n : undefined;
    },
  },
  focus: { key: 'focus', parse: (raw: string) => (isValidFocus(raw) ? raw : undefined) },
  measure: { key: 'measure', parse: oneOf(['count', 'share'] as const) },
  scale: { key: 'scale', parse: oneOf(['linear', 'log'] as const) },
  costdir: { key: 'costDir', parse: oneOf(['to', 'from'] as const) },
  embed: { key: 'embed', parse: oneOf<ViewId>(VIEW_IDS) },
  controls: { key: 'controls', parse: (raw: string) => (raw === '1' ? true : raw === '0' ? false : undefined) },
  rseries: { key: 'series', parse: oneOf(['received', 'paid', 'pct_gdp'] as const) },
  csplit: { key: 'costSplit', parse: oneOf(['corridors', 'providers'] as const) },
  bysex: { key: 'bySex', parse: (raw: string) => (raw === '1' ? true : raw === '0' ? false : undefined) },
  ref: { key: 'ref', parse: oneOf(['auto', 'on', 'off'] as const) },
  // the corridor view's parameters: the rules live in state/corridor.ts (canonical upper-case pair in the state)
  corridor: {
    key: 'corridor',
    parse: (raw: string, ctx: ParseContext) => {
      const p = parseCorridor(raw, ctx);
      return p.status === 'valid' ? serialiseCorridor(p.value) : undefined;
    },
  },
  flowyear: {
    key: 'flowYear',
    parse: (raw: string) => {
      const p = parseFlowYear(raw);
      return p.status === 'valid' ? p.value : undefined;
    },
  },
} as const satisfies Record<string, { key: keyof FilterState; parse: (raw: string, ctx: ParseContext) => unknown }>;

export type ParamName = keyof typeof PARAMS;
export const PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

/** Raw values are cut to this length in reports (they are shown as text in the notice). */
const RAW_MAX = 60;

/** Parse a query string ("?a=b&…" or "a=b&…"). Never throws. Unknown parameters are ignored. */
export function parseQuery(search: string, ctx: ParseContext = {}): ParseResult {
  const state = defaultState();
  const params: ParamReport[] = [];
  let sp: URLSearchParams;
  try {
    sp = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    sp = new URLSearchParams();
  }
  for (const name of PARAM_NAMES) {
    const spec = PARAMS[name];
    const all = sp.getAll(name);
    if (all.length === 0) {
      params.push({ param: name, status: 'missing' });
      continue;
    }
    const raw = all[all.length - 1];
    let value: unknown;
    try {
      value = (spec.parse as (raw: string, ctx: ParseContext) => unknown)(raw, ctx);
    } catch {
      value = undefined;
    }
    if (value === undefined) {
      params.push({ param: name, status: 'invalid', raw: raw.slice(0, RAW_MAX) });
    } else if (value instanceof PartlyValid) {
      (state as unknown as Record<string, unknown>)[spec.key] = value.value;
      params.push({ param: name, status: 'invalid', raw: value.ignored.join('~').slice(0, RAW_MAX) });
    } else {
      (state as unknown as Record<string, unknown>)[spec.key] = value;
      params.push({ param: name, status: 'valid', raw });
    }
  }
  // Focus only makes sense for group-level Sankeys.
  if (state.group === 'country') state.focus = null;
  return { state, params, invalid: params.filter((p) => p.status === 'invalid') };
}

function serialiseValue(key: keyof FilterState, s: FilterState): string {
  const v = s[key];
  if (Array.isArray(v)) return v.join('~');
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** State → query string (without '?'); parameters equal to their default are omitted. */
export function serialiseState(s: FilterState): string {
  const sp = new URLSearchParams();
  for (const name of PARAM_NAMES) {
    const key = PARAMS[name].key;
    const v = s[key];
    if (v === null || v === undefined) continue;
    if (sameValue(v, DEFAULT_STATE[key])) continue;
    sp.set(name, serialiseValue(key, s));
  }
  // `~` is safe in query strings; keep permalinks readable (MEX~PHL, IV-13~C097).
  return sp.toString().replace(/%7E/g, '~');
}

/** Two states are the same if they serialise the same. */
export function sameState(a: FilterState, b: FilterState): boolean {
  return serialiseState(a) === serialiseState(b);
}
