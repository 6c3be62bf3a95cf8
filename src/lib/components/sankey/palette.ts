/**
 * Okabe–Ito categorical colours for the corridors Sankey (CSS custom properties of app.css), in the
 * order categories take them; yellow (low contrast on white) and black come last. Grey is reserved
 * for "Other", "Unknown origin" and "Not classified".
 */
export const CATEGORY_VARS = ['--cat-1', '--cat-2', '--cat-3', '--cat-5', '--cat-6', '--cat-7', '--cat-4', ''] as const;
/** The same colours as literals (used when the CSS variables are not available, e.g. in exported SVG). */
export const CATEGORY_FALLBACK = ['#e69f00', '#56b4e9', '#009e73', '#0072b2', '#d55e00', '#cc79a7', '#f0e442', '#000000'];
export const GREY_VAR = '--cat-8';
export const GREY_FALLBACK = '#999999';

/** Resolve the palette against an element's computed style, so the SVG carries literal colours. */
export function resolvePalette(el: Element | null): { categories: string[]; grey: string } {
  if (!el || typeof getComputedStyle === 'undefined') return { categories: CATEGORY_FALLBACK, grey: GREY_FALLBACK };
  const cs = getComputedStyle(el);
  return {
    categories: CATEGORY_VARS.map((v, i) => (v && cs.getPropertyValue(v).trim()) || CATEGORY_FALLBACK[i]),
    grey: cs.getPropertyValue(GREY_VAR).trim() || GREY_FALLBACK,
  };
}

/** CSS colour of category `i` for HTML (legend swatches). */
export function categoryCss(i: number): string {
  const v = CATEGORY_VARS[i % CATEGORY_VARS.length];
  return v ? `var(${v}, ${CATEGORY_FALLBACK[i % CATEGORY_FALLBACK.length]})` : CATEGORY_FALLBACK[i % CATEGORY_FALLBACK.length];
}
