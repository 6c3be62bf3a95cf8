/**
 * Words for the Corridors view: node names, tooltip lines, accessible labels, subtitle, summary,
 * and the DisplayTable (table alternative + CSV) built from the same graph the chart draws.
 */
import type { CorridorGraph, CorridorLink, CorridorNode } from '../../data/queries/corridors';
import type { ViewTable } from '../../export/columns';
import type { Registry } from '../../data/registry';
import type { FilterState } from '../../state/types';
import { t } from '../../i18n';
import { msgKey } from '../../i18n/keys';
import { formatCompact, formatInteger, formatPercent } from '../../i18n/format';
import { linkTitle, nodeAction, nodeCode, nodeName, scopeParts, sentences, type SankeyText } from '../../components/sankey/nodes';

export { linkTitle, nodeAction, nodeCode, nodeName, type NodeAction } from '../../components/sankey/nodes';

const sexLabel = (s: FilterState['sex']) => t(msgKey.sex(s));

/** "Change since 2020: +102,509 (+0.9%)" / "−20,000 (−1.0%)" / "new (0 in 2020)"; exact numbers. */
export function changeText(value: number, prev: number | null, prevYear: number | null): string {
  if (prevYear === null) return t('corridors.changeNone');
  if (prev === null) return t('corridors.changeLoading', { year: prevYear });
  if (prev === 0) return t('corridors.changeSince', { year: prevYear, change: value > 0 ? t('corridors.changeNew', { year: prevYear }) : '0' });
  const d = value - prev;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const abs = Math.abs(d);
  const num = formatInteger(abs);
  return t('corridors.changeSince', { year: prevYear, change: `${sign}${num} (${sign}${formatPercent((abs / prev) * 100)})` });
}

const pct = (a: number, b: number | null) => (b && b > 0 ? formatPercent((a / b) * 100) : '—');

/** Tooltip lines for a node: name is the heading, then value, share of own total, change. */
export function nodeLines(g: CorridorGraph, n: CorridorNode): string[] {
  const lines = [t('corridors.migrants', { value: formatInteger(n.value) })];
  const name = nodeName(n);
  if (n.total !== null && n.total !== n.value && n.total > 0) {
    const key = n.side === 'origin' ? 'corridors.shareOfTotalEmigrants' : 'corridors.shareOfTotalImmigrants';
    lines.push(t(key, { pct: pct(n.value, n.total), total: formatInteger(n.total), name }));
  }
  lines.push(t('corridors.shareOfShown', { pct: pct(n.value, g.total) }));
  lines.push(changeText(n.value, n.prev, g.prevYear));
  return lines;
}

/** Tooltip lines for a link: value, share of the origin's emigrants and the destination's immigrants, change. */
export function linkLines(g: CorridorGraph, l: CorridorLink, byId: Map<string, CorridorNode>): string[] {
  const s = byId.get(l.source);
  const d = byId.get(l.target);
  const lines = [t('corridors.migrants', { value: formatInteger(l.value) })];
  if (s && s.kind !== 'unknown') lines.push(t('corridors.shareOfEmigrants', { pct: pct(l.value, s.total), name: nodeName(s) }));
  if (d) lines.push(t('corridors.shareOfImmigrants', { pct: pct(l.value, d.total), name: nodeName(d) }));
  lines.push(changeText(l.value, l.prev, g.prevYear));
  if (s?.kind === 'country' && d?.kind === 'country') lines.push(t('corridor.flows.openCorridor'));
  return lines;
}

export function nodeAriaLabel(g: CorridorGraph, n: CorridorNode): string {
  const head = t(n.side === 'origin' ? 'corridors.nodeOrigin' : 'corridors.nodeDestination', {
    name: nodeName(n),
    value: formatInteger(n.value),
  });
  const action = nodeAction(g, n);
  const act = t(action === 'expand' ? 'corridors.actionExpand' : action === 'select' ? 'corridors.actionSelect' : 'corridors.actionPin');
  return sentences([head, ...nodeLines(g, n).slice(1), act]);
}

export function linkAriaLabel(g: CorridorGraph, l: CorridorLink, byId: Map<string, CorridorNode>): string {
  const s = byId.get(l.source);
  const d = byId.get(l.target);
  const head = t('corridors.linkLabel', {
    origin: s ? nodeName(s) : l.source,
    destination: d ? nodeName(d) : l.target,
    value: formatInteger(l.value),
  });
  return sentences([head, ...linkLines(g, l, byId).slice(1), t('corridors.actionPin')]);
}

/** "2024 · Both sexes · by UN region · immigrants living in Mexico" */
export function subtitle(g: CorridorGraph | null, f: FilterState, registry: Registry | null): string {
  const parts: string[] = [String(f.year), sexLabel(f.sex).toLowerCase()];
  parts.push(
    ...scopeParts(g, f, registry, (names) => [
      t(f.dir === 'in' ? 'corridors.selectionIn' : 'corridors.selectionOut', { names }),
      t(f.dir === 'in' ? 'corridors.topOrigins' : 'corridors.topDestinations', { n: f.top }),
    ]),
  );
  return parts.join(' · ');
}

/** Short text alternative of the chart: total and the largest corridors. */
export function summary(g: CorridorGraph, byId: Map<string, CorridorNode>): string {
  const head = t('corridors.chartLabel', {
    total: formatInteger(g.total),
    sex: sexLabel(g.query.sex).toLowerCase(),
    year: g.query.year,
  });
  const list = g.links
    .slice(0, 5)
    .map((l) => `${linkTitle(l, byId)} ${formatCompact(l.value)}`)
    .join('; ');
  return list ? `${head} ${t('corridors.summaryTop', { list })}` : head;
}

/** The displayed corridors as one tidy table, one row per link, exact values. */
export function corridorTable(g: CorridorGraph): ViewTable<'corridors'> {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const rows = g.links.map((l) => {
    const s = byId.get(l.source) as CorridorNode;
    const d = byId.get(l.target) as CorridorNode;
    return {
      year: g.query.year,
      sex: g.query.sex,
      origin: nodeName(s),
      origin_code: nodeCode(s),
      origin_type: s.kind,
      destination: nodeName(d),
      destination_code: nodeCode(d),
      destination_type: d.kind,
      migrants: l.value,
    };
  });
  return {
    columns: [
      { key: 'year', label: t('corridors.col.year'), type: 'number', format: (v) => String(v) },
      { key: 'sex', label: t('corridors.col.sex'), type: 'string' },
      { key: 'origin', label: t('corridors.col.origin'), type: 'string' },
      { key: 'origin_code', label: t('corridors.col.originCode'), type: 'string', countryCode: true },
      { key: 'origin_type', label: t('corridors.col.originType'), type: 'string' },
      { key: 'destination', label: t('corridors.col.destination'), type: 'string' },
      { key: 'destination_code', label: t('corridors.col.destinationCode'), type: 'string', countryCode: true },
      { key: 'destination_type', label: t('corridors.col.destinationType'), type: 'string' },
      { key: 'migrants', label: t('corridors.col.migrants'), type: 'number', unit: t('common.persons') },
    ],
    rows,
  };
}

/** The migrant Sankey's words (Sankey.svelte draws with them). */
export const peopleText = (): SankeyText => ({
  label: t('corridors.title'),
  summary,
  keyboardHelp: t('corridors.keyboardHelp'),
  linkTitle,
  nodeLines,
  linkLines,
  nodeAriaLabel,
  linkAriaLabel,
  valueText: (n) => formatCompact(n.value),
});
