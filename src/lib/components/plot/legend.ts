/** One swatch of a chart legend (SeriesLegend.svelte renders them; marks.ts builds them). */
export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray of the line ('' = solid). */
  dash?: string;
  /** Swatch shape: a line (default), a dot, a hollow dot, or a horizontal target rule. */
  shape?: 'line' | 'dot' | 'hollow' | 'diamond' | 'rule';
  /** ISO3 of a country: the entry is a button that selects it. */
  code?: string;
  width?: number;
}
