/**
 * The "slide stage": an off-screen copy of a view's chart and legend rendered for a slide image
 * (see ViewCard and SlideStage.svelte). Components inside it read the stage size from this context,
 * e.g. PlotFigure renders its chart at the stage's height so it fills the slide's chart box.
 */
import { getContext, setContext } from 'svelte';
import type { Box } from './image-layout';

const KEY = Symbol('corridors.slide-stage');

/** Set by the stage: a getter, so readers follow size changes reactively. */
export function setSlideStage(size: () => Box): void {
  setContext(KEY, size);
}

/** The stage size when rendering for a slide image; undefined on the live page. */
export function slideStage(): (() => Box) | undefined {
  return getContext<(() => Box) | undefined>(KEY);
}
