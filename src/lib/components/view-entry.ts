/**
 * What the dashboard grid needs to know of a view (the list itself is views/registry.ts): its id, how to
 * load its component, its size in the grid and its section.
 */
import type { Component } from 'svelte';
import type { ViewId } from '../state/types';

export interface ViewEntry {
  id: ViewId;
  /** The view's component (a dynamic import for views outside the first screen; cached by the module loader). */
  load: () => Promise<Component>;
  /** Layout hint for the dashboard grid ('half': two side by side, e.g. people and money Sankeys). */
  size: 'full' | 'wide' | 'half' | 'normal';
  section: 'flows' | 'trends' | 'maps' | 'treaties' | 'insights' | 'report' | 'top';
}
