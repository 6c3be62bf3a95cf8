/**
 * The ONE shared filter state (Svelte 5 runes), serialised to the URL.
 * Views read `app.filters` and change it only through `app.update` / `app.selectCountry`.
 */
import { defaultState, parseQuery, serialiseState, type ParamReport, type ParseContext } from './url';
import type { FilterState } from './types';

export type HistoryMode = 'push' | 'replace' | 'none';

class AppState {
  /** The filter state. Read it anywhere; never assign to it directly, use update(). */
  filters = $state<FilterState>(defaultState());
  /** Parameters of the URL that were ignored (invalid), for the dismissible notice. */
  ignoredParams = $state<ParamReport[]>([]);

  #ctx: ParseContext = {};
  #listening = false;

  /** Restore from a query string (on load, or on back/forward). */
  loadFromQuery(search: string, ctx: ParseContext = this.#ctx): void {
    this.#ctx = ctx;
    const { state, invalid } = parseQuery(search, ctx);
    this.filters = state;
    this.ignoredParams = invalid;
  }

  /** Start syncing with window.location / history (browser only). */
  connect(ctx: ParseContext = {}): void {
    if (typeof window === 'undefined') return;
    this.loadFromQuery(window.location.search, ctx);
    if (this.#listening) return;
    this.#listening = true;
    window.addEventListener('popstate', () => {
      const { state } = parseQuery(window.location.search, this.#ctx);
      this.filters = state;
    });
  }

  /** Re-validate the current URL once data that validation needs (the registry) has loaded. */
  revalidate(ctx: ParseContext): void {
    if (typeof window === 'undefined') return;
    this.#ctx = ctx;
    const { state, invalid } = parseQuery(window.location.search, ctx);
    const before = serialiseState(this.filters);
    if (serialiseState(state) !== before) this.filters = state;
    this.ignoredParams = invalid;
  }

  /**
   * Change the state. `push` for discrete choices (back/forward restores them),
   * `replace` while dragging or playing, `none` for tests.
   */
  update(patch: Partial<FilterState>, mode: HistoryMode = 'push'): void {
    const next: FilterState = { ...this.filters, ...patch };
    if (next.group === 'country') next.focus = null;
    const before = serialiseState(this.filters);
    const after = serialiseState(next);
    if (before === after) return;
    this.filters = next;
    this.#writeUrl(after, mode);
  }

  /** Select a country. `add` (shift-click / multi-select) toggles it within the selection. */
  selectCountry(iso3: string, opts: { add?: boolean } = {}): void {
    const cur = this.filters.countries;
    let countries: string[];
    if (opts.add) countries = cur.includes(iso3) ? cur.filter((c) => c !== iso3) : [...cur, iso3];
    else countries = cur.length === 1 && cur[0] === iso3 ? [] : [iso3];
    this.update({ countries });
  }

  clearCountries(): void {
    this.update({ countries: [] });
  }

  /** Back to defaults, keeping embed mode. */
  reset(): void {
    const d = defaultState();
    this.update({ ...d, embed: this.filters.embed, controls: this.filters.controls });
  }

  dismissNotice(): void {
    this.ignoredParams = [];
  }

  /** The full permalink for the current state (optionally for one embedded view). */
  permalink(patch: Partial<FilterState> = {}): string {
    const qs = serialiseState({ ...this.filters, ...patch });
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
