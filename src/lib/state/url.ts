/**
 * Pure parse / serialise of the shared filter state <-> URL query string.
 * Like OWID Grapher's URL parser, every parameter is classified as valid, invalid (with a reason)
 * or missing; invalid values fall back to the default and are reported, nothing throws. Links in an
 * older form are first brought up to date by the dated URL migrations.
 */
import { parseQuarter } from '../data/quarter';
import { INSTRUMENT_IDS, STOCK_YEARS, type Grouping, type InstrumentId, type Sex, type StockYear } from '../data/types';
import { VIEW_IDS, type FilterState, type ViewId } from './types';
import { LOCALES, type Locale } from '../i18n';
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
  lang: null,
  hostedMeasure: 'migrants',
  refugeeMeasure: 'count',
  corridor: null,
  flowYear: DEFAULT_FLOW_YEAR,
} satisfies FilterState) as Readonly<FilterState>;

export function defaultState(): FilterState {
  return { ...DEFAULT_STATE, countries: [], instruments: [...DEFAULT_STATE.instruments] };
}

export type ParamStatus = 'valid' | 'invalid' | 'missing';

/**
 * What one URL parameter parsed to: a valid value, an invalid value with the reason (and, for a
 * partly valid list such as `country=MEX~XXX`, the usable part and the ignored items), or missing.
 */
export type ParamResult<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; reason: string; value?: T; ignored?: string[] }
  | { status: 'missing' };

export interface ParamReport {
  param: string;
  status: ParamStatus;
  /**
   * The raw value as found in the URL, cut to 60 characters (for the notice; never inserted as HTML).
   * For a partly valid list (`country=MEX~XXX`) only the ignored items.
   */
  raw?: string;
  /** Why an invalid value was ignored (English, for logs and tests; the notice shows `raw`). */
  reason?: string;
}

export interface ParseResult {
  state: FilterState;
  params: ParamReport[];
  /** Only the invalid ones, for the notice. */
  invalid: ParamReport[];
  /** Descriptions of the URL migrations that changed this query (empty when none applied). */
  migrated: string[];
}

/** Options that need data to validate (known countries, available quarters). */
export interface ParseContext {
  isCountry?: (iso3: string) => boolean;
}

/** One state field's URL parameter: its public name and its parser (never called for a missing parameter). */
export interface ParamSpec<K extends keyof FilterState> {
  name: string;
  parse: (raw: string, ctx: ParseContext) => Exclude<ParamResult<FilterState[K]>, { status: 'missing' }>;
}

type Parsed<T> = Exclude<ParamResult<T>, { status: 'missing' }>;
const valid = <T>(value: T): Parsed<T> => ({ status: 'valid', value });
const invalid = <T>(reason: string): Parsed<T> => ({ status: 'invalid', reason });

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw) ? valid(raw as T) : invalid(`not one of ${values.join(', ')}`);

const flag = (raw: string): Parsed<boolean> => (raw === '1' ? valid(true) : raw === '0' ? valid(false) : invalid('not 0 or 1'));

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
 * `country`: `~`-joined ISO3 codes. A list of which some items are usable and others not
 * (`country=MEX~XXX`) applies the usable ones and is still reported invalid, naming what was ignored.
 */
const parseCountries = (raw: string, ctx: ParseContext): Parsed<string[]> => {
  if (raw === '') return valid([]);
  const parts = raw.split('~').map((s) => s.trim().toUpperCase());
  if (parts.length > MAX_COUNTRIES) return invalid(`more than ${MAX_COUNTRIES} countries`);
  const out: string[] = [];
  const ignored: string[] = [];
  for (const p of parts) {
    if (!ISO3_RE.test(p) || (ctx.isCountry && !ctx.isCountry(p))) ignored.push(p);
    else if (!out.includes(p)) out.push(p);
  }
  if (ignored.length === 0) return valid(out);
  const reason = `unknown country codes: ${ignored.join(', ')}`;
  return out.length ? { status: 'invalid', reason, value: out, ignored } : invalid(reason);
};

const parseInstruments = (raw: string): Parsed<InstrumentId[]> => {
  // `instrument=` (present but empty) = no instrument selected; keeps state → URL → state an identity.
  if (raw === '') return valid([]);
  const out: InstrumentId[] = [];
  for (const p of raw.split('~')) {
    if (!(INSTRUMENT_IDS as readonly string[]).includes(p)) return invalid(`unknown instrument ${p}`);
    if (!out.includes(p as InstrumentId)) out.push(p as InstrumentId);
  }
  return valid(out);
};

/**
 * Every state field and its URL parameter. The names are a public contract (docs/url-parameters.md);
 * the mapped type makes a state field without a parameter a compile error.
 */
const SPECS: { [K in keyof FilterState]: ParamSpec<K> } = {
  year: {
    name: 'year',
    parse: (raw) => {
      const n = Number(raw);
      return /^\d{4}$/.test(raw) && (STOCK_YEARS as readonly number[]).includes(n) ? valid(n as StockYear) : invalid('not a migrant-stock year');
    },
  },
  countries: { name: 'country', parse: parseCountries },
  group: { name: 'group', parse: oneOf(GROUPINGS) },
  sex: { name: 'sex', parse: oneOf<Sex>(['total', 'male', 'female']) },
  dir: { name: 'dir', parse: oneOf(['in', 'out'] as const) },
  quarter: { name: 'quarter', parse: (raw) => (isUrlQuarter(raw) ? valid(raw) : invalid('not a quarter YYYYQn')) },
  date: { name: 'date', parse: (raw) => (isValidDate(raw) ? valid(raw) : invalid('not a calendar date YYYY-MM-DD')) },
  instruments: { name: 'instrument', parse: parseInstruments },
  setOp: { name: 'set', parse: oneOf(['any', 'all'] as const) },
  top: {
    name: 'top',
    parse: (raw) => {
      const n = Number(raw);
      return /^\d{1,3}$/.test(raw) && n >= TOP_MIN && n <= TOP_MAX ? valid(n) : invalid(`not an integer ${TOP_MIN}–${TOP_MAX}`);
    },
  },
  focus: { name: 'focus', parse: (raw) => (isValidFocus(raw) ? valid(raw) : invalid('not a group name')) },
  measure: { name: 'measure', parse: oneOf(['count', 'share'] as const) },
  scale: { name: 'scale', parse: oneOf(['linear', 'log'] as const) },
  costDir: { name: 'costdir', parse: oneOf(['to', 'from'] as const) },
  embed: { name: 'embed', parse: oneOf<ViewId>(VIEW_IDS) },
  controls: { name: 'controls', parse: flag },
  series: { name: 'rseries', parse: oneOf(['received', 'paid', 'pct_gdp'] as const) },
  costSplit: { name: 'csplit', parse: oneOf(['corridors', 'providers'] as const) },
  bySex: { name: 'bysex', parse: flag },
  ref: { name: 'ref', parse: oneOf(['auto', 'on', 'off'] as const) },
  lang: { name: 'lang', parse: oneOf<Locale>(LOCALES) },
  hostedMeasure: { name: 'hosted', parse: oneOf(['migrants', 'refugees'] as const) },
  refugeeMeasure: { name: 'rmeasure', parse: oneOf(['count', 'perThousand'] as const) },
  // the corridor view's parameters: the rules live in state/corridor.ts (canonical upper-case pair in the state)
  corridor: {
    name: 'corridor',
    parse: (raw, ctx) => {
      const p = parseCorridor(raw, ctx);
      return p.status === 'valid' ? valid(serialiseCorridor(p.value)) : invalid(`not a corridor ORIGIN-DESTINATION (${p.status === 'invalid' ? p.reason : 'format'})`);
    },
  },
  flowYear: {
    name: 'flowyear',
    parse: (raw) => {
      const p = parseFlowYear(raw);
      return p.status === 'valid' ? valid(p.value) : invalid('not a bilateral remittance matrix year');
    },
  },
};

/** State fields in URL order. */
const FIELDS = Object.keys(SPECS) as (keyof FilterState)[];
/** The URL parameter names (public contract). */
export const PARAM_NAMES: readonly string[] = FIELDS.map((k) => SPECS[k].name);
/** URL parameter name → the state field it sets. */
export const PARAM_FIELD: Readonly<Record<string, keyof FilterState>> = Object.fromEntries(FIELDS.map((k) => [SPECS[k].name, k]));

/** Raw values are cut to this length in reports (they are shown as text in the notice). */
const RAW_MAX = 60;

/**
 * A URL migration (after OWID Grapher's GrapherUrlMigrations): links written under an older contract
 * keep working. Each is a pure function of the query; migrations run in date order before parsing.
 */
export interface UrlMigration {
  /** When the old form stopped being written (YYYY-MM-DD). */
  date: string;
  description: string;
  migrate: (params: URLSearchParams) => URLSearchParams;
}

/** A migration that renames some values of one parameter. */
function renameValues(param: string, renames: Record<string, string>): (params: URLSearchParams) => URLSearchParams {
  return (params) => {
    const out = new URLSearchParams(params);
    const all = out.getAll(param);
    if (!all.some((v) => Object.hasOwn(renames, v))) return out;
    out.delete(param);
    for (const v of all) out.append(param, Object.hasOwn(renames, v) ? renames[v] : v);
    return out;
  };
}

export const URL_MIGRATIONS: readonly UrlMigration[] = [
  {
    date: '2026-12-01',
    description: 'embed=trends, embed=costs and embed=treaties (the first embed names) → stock-trend, cost-trend, treaties-map',
    migrate: renameValues('embed', { trends: 'stock-trend', costs: 'cost-trend', treaties: 'treaties-map' }),
  },
];

/** Apply every migration, in order, to a copy of `params`; reports which ones changed it. */
export function migrateParams(params: URLSearchParams, migrations: readonly UrlMigration[] = URL_MIGRATIONS): { params: URLSearchParams; applied: string[] } {
  const applied: string[] = [];
  let cur = new URLSearchParams(params);
  for (const m of [...migrations].sort((a, b) => a.date.localeCompare(b.date))) {
    const next = m.migrate(new URLSearchParams(cur));
    if (next.toString() !== cur.toString()) applied.push(m.description);
    cur = next;
  }
  return { params: cur, applied };
}

/** Parse one parameter from the (migrated) query; the last of repeated values wins. Never throws. */
export function parseParam<K extends keyof FilterState>(key: K, sp: URLSearchParams, ctx: ParseContext = {}): ParamResult<FilterState[K]> {
  const spec: ParamSpec<K> = SPECS[key];
  const all = sp.getAll(spec.name);
  if (all.length === 0) return { status: 'missing' };
  try {
    return spec.parse(all[all.length - 1], ctx);
  } catch {
    return { status: 'invalid', reason: 'could not be read' };
  }
}

function applyParam<K extends keyof FilterState>(key: K, sp: URLSearchParams, ctx: ParseContext, state: FilterState): ParamReport {
  const param = SPECS[key].name;
  const r = parseParam(key, sp, ctx);
  if (r.status === 'missing') return { param, status: 'missing' };
  const all = sp.getAll(param);
  const raw = all[all.length - 1];
  if (r.status === 'valid') {
    state[key] = r.value;
    return { param, status: 'valid', raw };
  }
  if (r.value !== undefined) state[key] = r.value;
  return { param, status: 'invalid', raw: (r.ignored ? r.ignored.join('~') : raw).slice(0, RAW_MAX), reason: r.reason };
}

/** Parse a query string ("?a=b&…" or "a=b&…"). Never throws. Unknown parameters are ignored. */
export function parseQuery(search: string, ctx: ParseContext = {}): ParseResult {
  const state = defaultState();
  let sp: URLSearchParams;
  try {
    sp = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    sp = new URLSearchParams();
  }
  const { params: migrated, applied } = migrateParams(sp);
  const params = FIELDS.map((k) => applyParam(k, migrated, ctx, state));
  // Focus only makes sense for group-level Sankeys.
  if (state.group === 'country') state.focus = null;
  return { state, params, invalid: params.filter((p) => p.status === 'invalid'), migrated: applied };
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
  for (const key of FIELDS) {
    const v = s[key];
    if (v === null || v === undefined) continue;
    if (sameValue(v, DEFAULT_STATE[key])) continue;
    sp.set(SPECS[key].name, serialiseValue(key, s));
  }
  // `~` is safe in query strings; keep permalinks readable (MEX~PHL, IV-13~C097).
  return sp.toString().replace(/%7E/g, '~');
}

/** Two states are the same if they serialise the same. */
export function sameState(a: FilterState, b: FilterState): boolean {
  return serialiseState(a) === serialiseState(b);
}
