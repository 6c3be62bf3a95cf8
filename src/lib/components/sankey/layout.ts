/**
 * Corridors Sankey geometry: d3-sankey does the layout maths, this module adds what the view needs
 * on top (label placement without collisions, truncation, interpolation between two layouts for the
 * year transition). Pure TypeScript, no DOM: unit-tested in Node.
 */
import { sankey, sankeyJustify, sankeyLinkHorizontal } from 'd3-sankey';
import type { CorridorGraph, CorridorLink, CorridorNode } from '../../data/queries/corridors';

export interface NodeBox {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LinkBox {
  id: string;
  source: string;
  target: string;
  /** Centre line at the source / target end. */
  y0: number;
  y1: number;
  width: number;
  /** x of the source node's right edge and the target node's left edge (the other edges when mirrored). */
  sx: number;
  tx: number;
}

export interface Geometry {
  nodes: Map<string, NodeBox>;
  links: Map<string, LinkBox>;
}

export interface Label {
  id: string;
  /** Text lines: the name (one or two lines), then the value when `value` is true. */
  lines: string[];
  /** The last line is the value. */
  value: boolean;
  /** The name was shortened with an ellipsis (the full name is in the tooltip and the accessible label). */
  truncated: boolean;
}

export interface SankeyLayout {
  width: number;
  height: number;
  /** Space reserved left and right of the node columns for labels. */
  labelWidth: number;
  nodeWidth: number;
  geometry: Geometry;
  labels: Map<string, Label>;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Label font metrics: line height (px) and a text-width function (px). */
  lineHeight?: number;
  measure?: (text: string) => number;
  /** Names and values for labels. */
  name: (n: CorridorNode) => string;
  valueText: (n: CorridorNode) => string;
  /** Destinations on the left, origins on the right (the x axis flipped; labels are placed as usual). */
  mirror?: boolean;
}

/** Average glyph width of the label font (12px system-ui) when nothing can measure text. */
export const estimateWidth = (text: string): number => text.length * 6.4;

/** A height that gives each node row some room: grows with the number of nodes on the busier side. */
export function chartHeight(graph: CorridorGraph, width: number): number {
  const perSide = Math.max(
    graph.nodes.filter((n) => n.side === 'origin').length,
    graph.nodes.filter((n) => n.side === 'destination').length,
  );
  const base = 160 + perSide * 24;
  const max = width < 600 ? 640 : 760;
  return Math.round(Math.min(max, Math.max(width < 600 ? 320 : 400, base)));
}

/** Width reserved for labels on each side. */
export function labelWidthFor(width: number): number {
  return Math.round(Math.min(190, Math.max(84, width * 0.22)));
}

/** Truncate `text` with an ellipsis so that `measure(text) <= max`. */
export function truncate(text: string, max: number, measure: (t: string) => number = estimateWidth): string {
  if (measure(text) <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(text.slice(0, mid).trimEnd() + '…') <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? text.slice(0, lo).trimEnd() + '…' : '';
}

/** Break a name onto two lines at a space (the second truncated if still too long); null when it cannot. */
export function wrap(
  text: string,
  max: number,
  measure: (t: string) => number = estimateWidth,
): { lines: [string, string]; truncated: boolean } | null {
  const words = text.split(' ');
  for (let i = words.length - 1; i > 0; i--) {
    const first = words.slice(0, i).join(' ');
    if (measure(first) > max) continue;
    const rest = words.slice(i).join(' ');
    const second = truncate(rest, max, measure);
    if (!second) return null;
    return { lines: [first, second], truncated: second !== rest };
  }
  return null;
}

type SNode = CorridorNode & { x0?: number; x1?: number; y0?: number; y1?: number };
type SLink = { id: string; source: string | SNode; target: string | SNode; value: number; y0?: number; y1?: number; width?: number };

/** Lay out a corridors graph: origins on the left, destinations on the right (or mirrored). */
export function layoutSankey(graph: CorridorGraph, opts: LayoutOptions): SankeyLayout {
  const { width, height } = opts;
  const lineHeight = opts.lineHeight ?? 13;
  const measure = opts.measure ?? estimateWidth;
  const labelWidth = labelWidthFor(width);
  const nodeWidth = width < 500 ? 10 : 14;
  const perSide = Math.max(1, ...(['origin', 'destination'] as const).map((s) => graph.nodes.filter((n) => n.side === s).length));
  // padding: at most 40% of the height goes to gaps
  const padding = Math.max(1, Math.min(10, (height * 0.4) / Math.max(1, perSide - 1)));

  const nodes: SNode[] = graph.nodes.map((n) => ({ ...n }));
  const links: SLink[] = graph.links.map((l) => ({ id: l.id, source: l.source, target: l.target, value: l.value }));
  const geometry: Geometry = { nodes: new Map(), links: new Map() };
  const labels = new Map<string, Label>();
  if (nodes.length === 0 || links.length === 0) return { width, height, labelWidth, nodeWidth, geometry, labels };

  const layout = sankey<SNode, SLink>()
    .nodeId((d) => d.id)
    .nodeAlign(sankeyJustify)
    .nodeSort((a, b) => a.order - b.order)
    .nodeWidth(nodeWidth)
    .nodePadding(padding)
    .extent([
      [labelWidth, 4],
      [Math.max(labelWidth + nodeWidth * 2 + 40, width - labelWidth), Math.max(40, height - 4)],
    ]);
  // sources sit in column 0, destinations in column 1 (sankeyJustify puts sinks in the last column)
  const out = layout({ nodes, links });

  const fx = (x: number) => (opts.mirror ? width - x : x);
  for (const n of out.nodes) {
    const [x0, x1] = opts.mirror ? [fx(n.x1 ?? 0), fx(n.x0 ?? 0)] : [n.x0 ?? 0, n.x1 ?? 0];
    geometry.nodes.set(n.id, { id: n.id, x0, x1, y0: n.y0 ?? 0, y1: n.y1 ?? 0 });
  }
  for (const l of out.links) {
    const s = l.source as SNode;
    const t = l.target as SNode;
    geometry.links.set(l.id, {
      id: l.id,
      source: s.id,
      target: t.id,
      y0: l.y0 ?? 0,
      y1: l.y1 ?? 0,
      width: l.width ?? 0,
      sx: fx(s.x1 ?? 0),
      tx: fx(t.x0 ?? 0),
    });
  }

  // Labels: biggest nodes first; a label is placed only where it does not collide with one already placed
  // on the same side, so small nodes lose their labels before labels overlap. Long names wrap onto a
  // second line where the node is tall enough, otherwise they are truncated with an ellipsis.
  const avail = labelWidth - 10;
  for (const side of ['origin', 'destination'] as const) {
    const placed: [number, number][] = [];
    const free = (a: number, b: number) => placed.every(([p, q]) => b + 1 <= p || a >= q + 1);
    const own = graph.nodes.filter((n) => n.side === side).sort((a, b) => b.value - a.value || a.order - b.order);
    for (const n of own) {
      const box = geometry.nodes.get(n.id);
      if (!box) continue;
      const cy = (box.y0 + box.y1) / 2;
      const h = box.y1 - box.y0;
      const full = opts.name(n);
      const short = truncate(full, avail, measure);
      if (!short) continue;
      const value = truncate(opts.valueText(n), avail, measure);
      const wrapped = short === full ? null : wrap(full, avail, measure);
      const candidates: Omit<Label, 'id'>[] = [];
      if (wrapped) {
        candidates.push({ lines: [...wrapped.lines, value], value: true, truncated: wrapped.truncated });
        candidates.push({ lines: wrapped.lines, value: false, truncated: wrapped.truncated });
      }
      candidates.push({ lines: [short, value], value: true, truncated: short !== full });
      candidates.push({ lines: [short], value: false, truncated: short !== full });
      for (const c of candidates) {
        const k = c.lines.length;
        // one line needs no room; each further line needs the node to be about one line taller
        if (k > 1 && h < (k - 0.5) * lineHeight) continue;
        const band: [number, number] = [cy - (k * lineHeight) / 2, cy + (k * lineHeight) / 2];
        if (!free(...band)) continue;
        placed.push(band);
        labels.set(n.id, { id: n.id, ...c });
        break;
      }
    }
  }
  return { width, height, labelWidth, nodeWidth, geometry, labels };
}

// ------------------------------------------------------------------ drawing helpers

const linkPath = sankeyLinkHorizontal<object, object>();

/** SVG path of a link ribbon's centre line (drawn with stroke-width = width). */
export function linkD(l: LinkBox): string {
  return (
    linkPath({
      source: { x1: l.sx },
      target: { x0: l.tx },
      y0: l.y0,
      y1: l.y1,
      width: l.width,
    } as unknown as Parameters<typeof linkPath>[0]) ?? ''
  );
}

// ------------------------------------------------------------------ transitions

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * Geometry between `from` and `to` at t ∈ [0, 1]. Nodes and links present in both move and resize;
 * new ones grow from zero thickness at their final place; ones that disappear are dropped.
 */
export function interpolateGeometry(from: Geometry, to: Geometry, t: number): Geometry {
  if (t >= 1) return to;
  const nodes = new Map<string, NodeBox>();
  for (const [id, b] of to.nodes) {
    const a = from.nodes.get(id);
    const mid = (b.y0 + b.y1) / 2;
    const a0 = a ?? { ...b, y0: mid, y1: mid };
    nodes.set(id, { id, x0: lerp(a0.x0, b.x0, t), x1: lerp(a0.x1, b.x1, t), y0: lerp(a0.y0, b.y0, t), y1: lerp(a0.y1, b.y1, t) });
  }
  const links = new Map<string, LinkBox>();
  for (const [id, b] of to.links) {
    const a = from.links.get(id) ?? { ...b, width: 0 };
    links.set(id, {
      ...b,
      y0: lerp(a.y0, b.y0, t),
      y1: lerp(a.y1, b.y1, t),
      width: lerp(a.width, b.width, t),
      sx: lerp(a.sx, b.sx, t),
      tx: lerp(a.tx, b.tx, t),
    });
  }
  return { nodes, links };
}

/** Ids of the links and nodes related to an active node or link (for highlight / fade). */
export function related(
  graph: CorridorGraph,
  active: { kind: 'node' | 'link'; id: string } | null,
): { nodes: Set<string>; links: Set<string> } | null {
  if (!active) return null;
  const nodes = new Set<string>();
  const links = new Set<string>();
  if (active.kind === 'link') {
    const l = graph.links.find((x) => x.id === active.id);
    if (!l) return null;
    links.add(l.id);
    nodes.add(l.source).add(l.target);
  } else {
    nodes.add(active.id);
    for (const l of graph.links as CorridorLink[]) {
      if (l.source === active.id || l.target === active.id) {
        links.add(l.id);
        nodes.add(l.source).add(l.target);
      }
    }
  }
  return { nodes, links };
}
