/**
 * Interaction hints ("Click a point to select its period.", keyboard help…) are for the live
 * dashboard only: images and decks leave them out. This is the one list of them; views keep using
 * the messages as they are (in notes or hint paragraphs) and the exports remove them.
 */
import { t, type MessageKey } from '../i18n';

/** Catalog keys of the interaction hints shown in or under the views. */
export const INTERACTION_HINT_KEYS: readonly MessageKey[] = [
  'trends.clickHint',
  'trends.keyboardHint',
  'insights.cost.hint',
  'insights.per.overTimeHint',
  'treaties.timeline.hint',
  'treaties.controls.dateHint',
  'maps.keyboardHint',
  'shell.picker.hint',
  'corridors.noteSelection',
  'corridors.noteGroups',
  'corridors.keyboardHelp',
];

/** The hint messages in the current language. */
export function interactionHints(): string[] {
  return INTERACTION_HINT_KEYS.map((k) => t(k));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `text` without any interaction hint (whitespace around a removed hint collapsed). */
export function withoutHints(text: string): string {
  let out = text;
  for (const h of interactionHints()) out = out.split(h).join(' ');
  return squash(out);
}

/** The text is nothing but interaction hints (e.g. a hint paragraph under a chart). */
export function onlyHints(text: string): boolean {
  return squash(text) !== '' && withoutHints(text) === '';
}
