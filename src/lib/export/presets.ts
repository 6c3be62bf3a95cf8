/**
 * The image export sizes, on their own so the Download menu can list them without loading the
 * export code (image.ts), which is loaded when an image is first exported.
 */
export type PresetId = 'current' | 'slide' | 'square';
export const PRESET_IDS: readonly PresetId[] = ['current', 'slide', 'square'];
