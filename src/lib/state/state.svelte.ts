/**
 * The ONE shared filter state (Svelte 5 runes), serialised to the URL.
 * Views read `app.filters` and change it only through `app.update` / `app.selectCountry`.
 *
 * Fine-grained: a change writes only the keys whose value changed, in place, so a view that reads
 * `app.filters.year` is not re-run when `app.filters.sex` changes.
 * Invariant: `app.filters` is always exactly what reloading the current URL would give
 * (every update is normalised through serialise → parse).
 */
import { untrack } from 'svelte';
import { defaultState, parseQuery, serialiseState, type ParamReport, type ParseContext } from './url';
import type { FilterState } from './types';

export type HistoryMode = 'push' | 'replace' | 'none';

const KEYS = Object.keys(defaultState()) as (keyof FilterState)[];

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** A plain (non-proxy) copy of a filter state. */
function plain(s: FilterState): FilterState {
  return { ...s, countries: [...s.countries], instruments: [...s.instruments] };
}

/** Read-only debug hook for browser tests (see docs/url-parameters.md). */
export interface CorridorsDebugHook {
  state: () => FilterState;
  serialise: () => string;
}

class AppState {
  /** The filter state. Read it anywhere; never assign to it directly, use update(). */
  filters = $state<FilterState>(defaultState());
  /** Parameters of the URL that were ignored (invalid), for the dismissible notice. */
  ignoredParams = $state<ParamReport[]>([]);

  #ctx: ParseContext = {};
  #listening = false;

  /** Write the changed keys of `next` into the state, in place. Returns whether anything changed. */
  #apply(next: FilterState): boolean {
    let changed = false;
    for (const k of KEYS) changed = this.#applyKey(k, next) || changed;
    return changed;
  }

  #applyKey<K extends keyof FilterState>(k: K, next: FilterState): boolean {
    const v = next[k];
    if (sameValue(this.filters[k], v)) return false;
    this.filters[k] = (Array.isArray(v) ? [...v] : v) as FilterState[K];
    return true;
  }

  /** A plain snapshot of the current state, without subscribing the caller to it. */
  snapshot(): FilterState {
    return untrack(() => plain(this.filters));
  }

  /** Restore from a query string (on load, or on back/forward). */
  loadFromQuery(search: string, ctx: ParseContext = this.#ctx): void {
    this.#ctx = ctx;
    const { state, invalid } = parseQuery(search, ctx);
    untrack(() => this.#apply(state));
    this.ignoredParams = invalid;
  }

  /** Start syncing with window.location / history (browser only). */
  connect(ctx: ParseContext = {}): void {
    if (typeof window === 'undefined') return;
    this.loadFromQuery(window.location.search, ctx);
    // A link in an older form (see URL_MIGRATIONS) is rewritten in place to its current form.
    const { state, migrated } = parseQuery(window.location.search, ctx);
    if (migrated.length) this.#writeUrl(serialiseState(state), 'replace');
    if (this.#listening) return;
    this.#listening = true;
    window.addEventListener('popstate', () => {
      const { state } = parseQuery(window.location.search, this.#ctx);
      untrack(() => this.#apply(state));
    });
    const hook: CorridorsDebugHook = {
      state: () => this.snapshot(),
      serialise: () => serialiseState(this.snapshot()),
    };
    Object.defineProperty(window, '__corridors', { value: Object.freeze(hook), configurable: true });
  }

  /**
   * Re-validate the current URL once data that validation needs (the registry) has loaded:
   * unknown country codes are dropped (the URL is corrected with replaceState) and reported.
   */
  revalidate(ctx: ParseContext): void {
    this.#ctx = ctx;
    if (typeof window === 'undefined') return;
    const { state, invalid } = parseQuery(window.location.search, ctx);
    const changed = untrack(() => this.#apply(state));
    if (changed) this.#writeUrl(serialiseState(state), 'replace');
    // Keep what the first parse reported (e.g. year) and add what only the registry could tell.
    const prev = untrack(() => this.ignoredParams);
    const merged = [...prev.filter((p) => !invalid.some((q) => q.param === p.param)), ...invalid];
    this.ignoredParams = merged;
  }

  /**
   * Change the state. `push` for discrete choices (back/forward restores them),
   * `replace` while dragging or playing, `none` for tests.
   * Values that would not survive a reload (unknown codes, out-of-range numbers) are dropped.
   */
  update(patch: Partial<FilterState>, mode: HistoryMode = 'push'): void {
    const cur = this.snapshot();
    const merged: FilterState = { ...cur, ...patch };
    if (merged.group === 'country') merged.focus = null;
    const after = serialiseState(merged);
    if (after === serialiseState(cur)) return;
    const { state } = parseQuery(after, this.#ctx);
    if (!untrack(() => this.#apply(state))) return;
    this.#writeUrl(serialiseState(state), mode);
  }

  /**
   * A control bound to one filter field: its value, and `onchange` writing a new one (a history entry,
   * like any discrete choice). Spread it on a ToggleGroup or MapSelect: `{...app.field('sex')}`. A view
   * passes its own filters (`viewFilters()`), so its controls read what its chart reads and stay still
   * while it is off screen; the shell's controls read the live state.
   */
  field<K extends keyof FilterState>(key: K, from: FilterState = this.filters): { value: FilterState[K]; onchange: (value: FilterState[K]) => void } {
    return {
      value: from[key],
      onchange: (value) => {
        const patch: Partial<FilterState> = {};
        patch[key] = value;
        this.update(patch);
      },
    };
  }

  /** Select a country. `add` (shift-click / multi-select) toggles it within the selection. */
  selectCountry(iso3: string, opts: { add?: boolean } = {}): void {
    const cur = untrack(() => [...this.filters.countries]);
    let countries: string[];
    if (opts.add) countries = cur.includes(iso3) ? cur.filter((c) => c !== iso3) : [...cur, iso3];
    else countries = cur.length === 1 && cur[0] === iso3 ? [] : [iso3];
    this.update({ countries });
  }

  /** Remove one country from the selection. */
  deselectCountry(iso3: string): void {
    const cur = untrack(() => [...this.filters.countries]);
    this.update({ countries: cur.filter((c) => c !== iso3) });
  }

  clearCountries(): void {
    this.update({ countries: [] });
  }

  /** Back to defaults, keeping embed mode. */
  reset(): void {
    const d = defaultState();
    const cur = this.snapshot();
    this.update({ ...d, embed: cur.embed, controls: cur.controls });
  }

  dismissNotice(): void {
    this.ignoredParams = [];
  }

  /** The full permalink for the current state (optionally for one embedded view). */
  permalink(patch: Partial<FilterState> = {}): string {
    const qs = serialiseState({ ...this.snapshot(), ...patch });
    if (typeof window === 'undefined') return `?${qs}`;
    const u = new URL(window.location.href);
    u.search = qs;
    u.hash = '';
    return u.toString();
  }

  #writeUrl(qs: string, mode: HistoryMode): void {
    if (mode === 'none' || typeof window === 'undefined') return;
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }
}

export const app = new AppState();
export type { AppState };
