/**
 * A view's window on the shared filter state.
 *
 * Views read their filters through `viewFilters()` instead of `app.filters`. Outside a scope (embed
 * mode, the country panel, tests) that is `app.filters` itself. Inside a `LazyView` (the dashboard
 * wraps every view in one) it is a stable object with one getter per filter key: while the view is on
 * screen each getter reads the live state (fine-grained, as `app.filters` does); while it is off
 * screen the getters read a frozen copy taken when the view left the screen, so a filter change
 * re-runs nothing in that view. When the view comes back on screen the getters read the live state
 * again, and only what depends on a key whose value differs from the frozen copy re-runs.
 *
 * Changes still go through `app.update` / `app.selectCountry`: a scope is read-only.
 */
import { getContext, setContext, untrack } from 'svelte';
import { app } from './state.svelte';
import { defaultState } from './url';
import type { FilterState } from './types';

const KEY = Symbol('corridors.filter-scope');
const KEYS = Object.keys(defaultState()) as (keyof FilterState)[];

export class FilterScope {
  /** The filters a view renders: live, or the frozen copy while the view is off screen. */
  readonly filters: FilterState;
  #frozen = $state.raw<FilterState | null>(null);

  constructor() {
    const filters = {} as FilterState;
    for (const k of KEYS) {
      Object.defineProperty(filters, k, {
        enumerable: true,
        get: () => {
          const frozen = this.#frozen;
          return frozen ? frozen[k] : app.filters[k];
        },
      });
    }
    this.filters = Object.freeze(filters);
  }

  /** Whether the view currently renders a frozen copy. */
  get frozen(): boolean {
    return this.#frozen !== null;
  }

  /**
   * Whether the frozen copy differs from the live state (the view has missed changes). Reactive:
   * while frozen it reads every live key (so it re-runs on every change), one comparison per key.
   */
  get stale(): boolean {
    const frozen = this.#frozen;
    if (!frozen) return false;
    let differs = false;
    for (const k of KEYS) if (frozen[k] !== app.filters[k]) differs = true; // no early exit: read every key
    return differs;
  }

  /** Catch up with the live state while staying frozen (an off-screen view updating in idle time). */
  refresh(): void {
    if (this.#frozen) this.#frozen = untrack(() => ({ ...app.filters }));
  }

  /**
   * Freeze (off screen) or follow the live state (on screen). The frozen copy keeps the very values
   * the view last read (arrays included, which the state replaces rather than mutates), so freezing
   * alone changes nothing the view depends on.
   */
  setLive(live: boolean): void {
    if (live === (this.#frozen === null)) return;
    this.#frozen = live ? null : untrack(() => ({ ...app.filters }));
  }
}

/** Give the components below (a view and its children) this scope. Call during component init. */
export function provideFilterScope(scope: FilterScope): void {
  setContext(KEY, scope);
}

/**
 * The filters this component should render: its view's scope, or the live shared state.
 * Call during component init; read properties of the result in deriveds/markup (fine-grained).
 */
export function viewFilters(): FilterState {
  return getContext<FilterScope | undefined>(KEY)?.filters ?? app.filters;
}
