/**
 * Open the corridor view on a pair, from any view (a Sankey link, a scatter dot, a map country, a
 * "nearest priced" link): write `corridor` to the shared state and, unless `reveal` is false, bring the
 * corridor card into view and focus it. Keyboard users of a chart keep their place (`reveal: false`):
 * the card follows, and they reach it with Tab.
 */
import { tick } from 'svelte';
import { app } from '../state/state.svelte';
import { serialiseCorridor, type Corridor } from '../state/corridor';
import type { CorridorLink, CorridorNode } from '../data/queries/corridors';
import { revealView } from './media';

export function openCorridor(pair: Corridor, opts: { reveal?: boolean } = {}): void {
  if (pair.origin === pair.destination) return;
  app.update({ corridor: serialiseCorridor(pair) });
  if (opts.reveal === false || typeof document === 'undefined') return;
  void tick().then(() => {
    if (!app.snapshot().embed) revealView('corridor');
  });
}

/**
 * The `onlink` of a Sankey (people or money) between countries: a link between two countries opens
 * their corridor, brought into view unless it was chosen with the keyboard. Links with a group end do nothing.
 */
export function openLinkCorridor(nodes: readonly CorridorNode[]): (link: CorridorLink, viaKeyboard: boolean) => void {
  return (link, viaKeyboard) => {
    const pair = linkPair(link, new Map(nodes.map((n) => [n.id, n])));
    if (pair) openCorridor(pair, { reveal: !viaKeyboard });
  };
}

/**
 * The pair of a Sankey link between two countries (people: source = origin, target = destination; the
 * money graph uses the same node ids), or null when either end is a group, "Other" or unknown.
 */
export function linkPair(link: CorridorLink, byId: ReadonlyMap<string, CorridorNode>): Corridor | null {
  const o = byId.get(link.source);
  const d = byId.get(link.target);
  if (o?.kind !== 'country' || d?.kind !== 'country' || !o.code || !d.code) return null;
  return { origin: o.code, destination: d.code };
}
