/**
 * The choices of a ToggleGroup or MapSelect written as one record, value → label (in the order shown):
 * `choices({ count: t('…count'), share: t('…share') })`. A record cannot list a value twice, and its
 * keys type the values the control hands back.
 */
export function choices<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
