/**
 * Words every Sankey of corridor graphs shares (people and money): node names and codes, link titles,
 * what activating a node does, and the text interface a Sankey is drawn with (see Sankey.svelte).
 */
import type { CorridorGraph, CorridorLink, CorridorNode } from '../../data/queries/corridors';
import type { Registry } from '../../data/registry';
import type { FilterState } from '../../state/types';
import { t } from '../../i18n';
import { msgKey } from '../../i18n/keys';

/** Full display name of a node. */
export function nodeName(n: CorridorNode): string {
  switch (n.kind) {
    case 'country':
    case 'group':
      return n.name ?? n.code ?? '';
    case 'unknown':
      return t('common.unknownOrigin');
    case 'unclassified':
      return t('corridors.unclassified');
    case 'other':
      return n.parent ? t('corridors.otherIn', { group: n.parent }) : t('corridors.other');
  }
}

/** Code column value: ISO3 for countries, the group name otherwise. */
export function nodeCode(n: CorridorNode): string {
  return n.code ?? nodeName(n);
}

/** "Origin → Destination" in the graph's own direction (source → target). */
export function linkTitle(l: CorridorLink, byId: Map<string, CorridorNode>): string {
  const s = byId.get(l.source);
  const d = byId.get(l.target);
  return `${s ? nodeName(s) : l.source} → ${d ? nodeName(d) : l.target}`;
}

/** What Enter / click does on a node. */
export type NodeAction = 'expand' | 'select' | 'pin';
export function nodeAction(g: CorridorGraph, n: CorridorNode): NodeAction {
  if (n.kind === 'group') return 'expand';
  if (n.kind === 'country') return 'select';
  return 'pin';
}

/** Join phrases into sentences without doubling end punctuation ("loading…." → "loading…"). */
export function sentences(parts: string[]): string {
  return parts.map((p) => (/[.…!?)]$/.test(p) ? p : `${p}.`)).join(' ');
}

/** The words a Sankey is drawn with: the migrant Sankey's (views/corridors/text.ts) or the money one's. */
export interface SankeyText {
  /** Accessible name of the chart. */
  label: string;
  /** Short text alternative of the chart, followed by `keyboardHelp`. */
  summary: (g: CorridorGraph, byId: Map<string, CorridorNode>) => string;
  keyboardHelp: string;
  /** Tooltip heading of a link. */
  linkTitle: (l: CorridorLink, byId: Map<string, CorridorNode>) => string;
  nodeLines: (g: CorridorGraph, n: CorridorNode) => string[];
  linkLines: (g: CorridorGraph, l: CorridorLink, byId: Map<string, CorridorNode>) => string[];
  nodeAriaLabel: (g: CorridorGraph, n: CorridorNode) => string;
  linkAriaLabel: (g: CorridorGraph, l: CorridorLink, byId: Map<string, CorridorNode>) => string;
  /** Value under a node's name in its label. */
  valueText: (n: CorridorNode) => string;
}

/**
 * What a Sankey shows, in words for its subtitle: with a selection, `selection(names)` (the view's own
 * phrasing); else the world's top corridors, or its grouping and the expanded group.
 */
export function scopeParts(
  g: CorridorGraph | null,
  f: FilterState,
  registry: Registry | null,
  selection: (names: string) => string[],
): string[] {
  if (g?.mode === 'selection' || (!g && f.countries.length)) {
    return selection((g?.selection ?? f.countries).map((c) => registry?.label(c) ?? c).join(', '));
  }
  if (f.group === 'country') return [t('corridors.topWorld', { n: f.top })];
  const parts = [t(msgKey.corridorsBy(f.group))];
  if (g?.focus) parts.push(t('corridors.expanded', { group: g.focus }));
  return parts;
}
