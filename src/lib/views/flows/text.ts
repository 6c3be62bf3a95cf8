/**
 * Words for the money-flows view (remittances sent back, sender → receiver): tooltip lines, accessible
 * labels, summary, subtitle, the matrix-vs-WDI note, and the DisplayTable (table alternative + CSV)
 * built from the same graph the chart draws. In the graph an origin node RECEIVES money and a
 * destination node SENDS it (data/queries/flows.ts); the words say so.
 */
import type { CorridorGraph, CorridorLink, CorridorNode } from '../../data/queries/corridors';
import { matrixCellRows, moneyTableRows, type MatrixNote, type MoneyFlows, type RemittanceMatrix } from '../../data/queries/flows';
import type { Registry } from '../../data/registry';
import type { ViewTable } from '../../export/columns';
import type { FilterState } from '../../state/types';
import { t } from '../../i18n';
import { formatPercent, formatUsd, formatUsdExact } from '../../i18n/format';
import { nodeAction, nodeName, scopeParts, sentences, type SankeyText } from '../../components/sankey/nodes';

const pct = (a: number, b: number | null) => (b && b > 0 ? formatPercent((a / b) * 100) : '—');

/** "Receiver ← Sender" is how the money goes; the title reads sender → receiver. */
export function moneyLinkTitle(l: CorridorLink, byId: Map<string, CorridorNode>): string {
  const receiver = byId.get(l.source);
  const sender = byId.get(l.target);
  return `${sender ? nodeName(sender) : l.target} → ${receiver ? nodeName(receiver) : l.source}`;
}

export function moneyNodeLines(g: CorridorGraph, n: CorridorNode): string[] {
  const receives = n.side === 'origin';
  const lines = [t(receives ? 'corridor.flows.received' : 'corridor.flows.sent', { value: formatUsd(n.value) })];
  if (n.total !== null && n.total !== n.value && n.total > 0) {
    lines.push(t(receives ? 'corridor.flows.shareOfReceived' : 'corridor.flows.shareOfSent', { pct: pct(n.value, n.total), total: formatUsd(n.total) }));
  }
  lines.push(t('corridors.shareOfShown', { pct: pct(n.value, g.total) }));
  return lines;
}

export function moneyLinkLines(g: CorridorGraph, l: CorridorLink, byId: Map<string, CorridorNode>): string[] {
  const receiver = byId.get(l.source);
  const sender = byId.get(l.target);
  const lines = [t('corridor.flows.linkValue', { value: formatUsdExact(l.value) })];
  if (sender) lines.push(t('corridor.flows.shareOfSenders', { pct: pct(l.value, sender.total), name: nodeName(sender) }));
  if (receiver) lines.push(t('corridor.flows.shareOfReceivers', { pct: pct(l.value, receiver.total), name: nodeName(receiver) }));
  if (receiver?.kind === 'country' && sender?.kind === 'country') lines.push(t('corridor.flows.openCorridor'));
  return lines;
}

function moneyNodeAriaLabel(g: CorridorGraph, n: CorridorNode): string {
  const head = t(n.side === 'origin' ? 'corridor.flows.nodeReceiver' : 'corridor.flows.nodeSender', { name: nodeName(n), value: formatUsd(n.value) });
  const action = nodeAction(g, n);
  const act = t(action === 'expand' ? 'corridors.actionExpand' : action === 'select' ? 'corridors.actionSelect' : 'corridors.actionPin');
  return sentences([head, ...moneyNodeLines(g, n).slice(1), act]);
}

function moneyLinkAriaLabel(g: CorridorGraph, l: CorridorLink, byId: Map<string, CorridorNode>): string {
  const head = t('corridor.flows.linkLabel', { title: moneyLinkTitle(l, byId), value: formatUsdExact(l.value), year: g.query.year });
  return sentences([head, ...moneyLinkLines(g, l, byId).slice(1), t('corridors.actionPin')]);
}

function moneySummary(g: CorridorGraph, byId: Map<string, CorridorNode>): string {
  const head = t('corridor.flows.chartLabel', { total: formatUsd(g.total), year: g.query.year });
  const list = g.links
    .slice(0, 5)
    .map((l) => `${moneyLinkTitle(l, byId)} ${formatUsd(l.value)}`)
    .join('; ');
  return list ? `${head} ${t('corridors.summaryTop', { list })}` : head;
}

/** The money Sankey's words. */
export const moneyText = (): SankeyText => ({
  label: t('corridor.flows.title'),
  summary: moneySummary,
  keyboardHelp: t('corridor.flows.keyboardHelp'),
  linkTitle: moneyLinkTitle,
  nodeLines: moneyNodeLines,
  linkLines: moneyLinkLines,
  nodeAriaLabel: moneyNodeAriaLabel,
  linkAriaLabel: moneyLinkAriaLabel,
  valueText: (n) => formatUsd(n.value),
});

/** "2021 matrix · model estimates, US$ · by UN region" / "· sent by migrants living in Mexico". */
export function moneySubtitle(flowYear: number, g: CorridorGraph | null, f: FilterState, registry: Registry | null): string {
  const parts = [t('corridor.flows.matrixYear', { year: flowYear }), t('corridor.flows.estimates')];
  parts.push(...scopeParts(g, f, registry, (names) => [t(f.dir === 'in' ? 'corridor.flows.selectionIn' : 'corridor.flows.selectionOut', { names })]));
  return parts.join(' · ');
}

/** The matrix total next to WDI received for the same year: compared, never added. */
export function matrixNoteText(n: MatrixNote, registry: Registry | null): string {
  const parts = [t('corridor.flows.noteMatrix', { year: n.flowYear, total: formatUsd(n.matrixTotal) })];
  parts.push(
    n.wdiWorldReceived
      ? t('corridor.flows.noteWdi', { year: n.flowYear, value: formatUsd(n.wdiWorldReceived.value), pct: pct(n.matrixTotal, n.wdiWorldReceived.value) })
      : t('corridor.flows.noteNoWdi', { year: n.flowYear }),
  );
  for (const c of n.countries) {
    const name = registry?.label(c.iso3) ?? c.iso3;
    parts.push(
      c.wdiReceived
        ? t('corridor.flows.noteCountry', { name, matrix: formatUsd(c.matrixReceived), wdi: formatUsd(c.wdiReceived.value) })
        : t('corridor.flows.noteCountryNoWdi', { name, matrix: formatUsd(c.matrixReceived) }),
    );
  }
  parts.push(t('corridor.flows.noteNeverMixed'));
  return parts.join(' ');
}

const COLUMNS = (): ViewTable<'remittance-flows'>['columns'] => [
  { key: 'flowyear', label: t('corridor.col.flowyear'), type: 'number', format: (v) => String(v) },
  { key: 'sender', label: t('corridor.col.sender'), type: 'string' },
  { key: 'sender_code', label: t('corridor.col.senderCode'), type: 'string', countryCode: true },
  { key: 'receiver', label: t('corridor.col.receiver'), type: 'string' },
  { key: 'receiver_code', label: t('corridor.col.receiverCode'), type: 'string', countryCode: true },
  { key: 'usd', label: t('corridor.col.usd'), type: 'number', format: (v) => (typeof v === 'number' ? formatUsdExact(v) : '—') },
];

/** The displayed flows, one row per link (sender → receiver), exact US$. */
export function moneyTable(m: MoneyFlows): ViewTable<'remittance-flows'> {
  return { columns: COLUMNS(), rows: moneyTableRows(m, nodeName) };
}

/** Every cell of the matrix (the view's "full dataset"), same columns. */
export function matrixFullTable(m: RemittanceMatrix, registry: Registry | null): ViewTable<'remittance-flows'> {
  return { columns: COLUMNS(), rows: matrixCellRows(m, (c) => registry?.label(c) ?? c) };
}
