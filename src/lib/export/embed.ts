/**
 * Embeds: the `<iframe>` snippet for a view, the link back to the full dashboard, and the height
 * messages an embedded page posts to its host (`{ type: 'corridors:height', view, height }`),
 * so a host page can size the iframe to its content (see docs/embedding.md).
 */
import type { ViewId } from '../state/types';

export const HEIGHT_MESSAGE = 'corridors:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  view: string | null;
  height: number;
}

/** Default iframe heights (px) before the auto-height message arrives. */
export const EMBED_HEIGHTS: Partial<Record<ViewId, number>> = {
  corridors: 720,
  'stock-map': 620,
  'remittance-map': 560,
  'cost-map': 620,
  'treaties-map': 620,
  'treaties-table': 640,
  'key-figures': 360,
};
export const DEFAULT_EMBED_HEIGHT = 520;

export function embedHeight(view: ViewId): number {
  return EMBED_HEIGHTS[view] ?? DEFAULT_EMBED_HEIGHT;
}

/** The permalink with `embed=<view>` (and `controls=1` when asked), other parameters kept. */
export function embedUrl(permalink: string, view: ViewId, controls = false): string {
  return setParams(permalink, { embed: view, controls: controls ? '1' : null });
}

/** The permalink without embed mode: the same view and filters in the full dashboard. */
export function dashboardUrl(permalink: string): string {
  return setParams(permalink, { embed: null, controls: null });
}

function setParams(href: string, params: Record<string, string | null>): string {
  const hashAt = href.indexOf('#');
  const noHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const q = noHash.indexOf('?');
  const base = q >= 0 ? noHash.slice(0, q) : noHash;
  const sp = new URLSearchParams(q >= 0 ? noHash.slice(q + 1) : '');
  for (const [k, v] of Object.entries(params)) {
    if (v === null) sp.delete(k);
    else sp.set(k, v);
  }
  const qs = sp.toString().replace(/%7E/g, '~');
  return qs ? `${base}?${qs}` : base;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ready-to-paste iframe: accessible title, lazy loading, full width, sensible height. */
export function iframeSnippet(opts: { src: string; title: string; height: number }): string {
  return (
    `<iframe src="${attr(opts.src)}" title="${attr(opts.title)}" width="100%" height="${Math.round(opts.height)}" ` +
    `loading="lazy" style="border:0;max-width:100%" allow="clipboard-write"></iframe>`
  );
}

/** The few lines a host page adds so iframes follow their content height (documented in docs/embedding.md). */
export const HOST_SCRIPT = `<script>
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== '${HEIGHT_MESSAGE}' || typeof d.height !== 'number') return;
    document.querySelectorAll('iframe').forEach(function (f) {
      if (f.contentWindow === e.source) f.style.height = Math.ceil(d.height) + 'px';
    });
  });
</script>`;

/** Is `data` a height message from a Corridors embed? (for host pages and tests) */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d.type === HEIGHT_MESSAGE && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0;
}

/** Height of the page content (not the iframe viewport, so the iframe can also shrink). */
export function contentHeight(doc: Document = document): number {
  const body = doc.body;
  if (!body) return 0;
  const cs = doc.defaultView?.getComputedStyle(body);
  const margins = cs ? (parseFloat(cs.marginTop) || 0) + (parseFloat(cs.marginBottom) || 0) : 0;
  return Math.ceil(body.getBoundingClientRect().height + margins);
}

let active: { stop: () => void; users: number } | null = null;

/**
 * In embed mode, post the page height to the parent window on start and whenever the content
 * resizes (ResizeObserver). The embedded ViewCard calls it when it mounts; a second call while one is
 * active shares the same observer (counted), and observation stops when the last caller releases.
 */
export function startEmbedAutoHeight(view: string | null = null, win: Window = window): () => void {
  if (typeof win === 'undefined' || win.parent === win) return () => {};
  if (active) {
    active.users++;
  } else {
    let last = -1;
    let frame = 0;
    const post = () => {
      frame = 0;
      const height = contentHeight(win.document);
      if (height === last) return;
      last = height;
      const msg: HeightMessage = { type: HEIGHT_MESSAGE, view, height };
      win.parent.postMessage(msg, '*');
    };
    const schedule = () => {
      if (!frame) frame = win.requestAnimationFrame(post);
    };
    const ro = new ResizeObserver(schedule);
    ro.observe(win.document.body);
    ro.observe(win.document.documentElement);
    win.addEventListener('load', schedule);
    schedule();
    active = {
      users: 1,
      stop: () => {
        ro.disconnect();
        win.removeEventListener('load', schedule);
        if (frame) win.cancelAnimationFrame(frame);
      },
    };
  }
  let released = false;
  return () => {
    if (released || !active) return;
    released = true;
    if (--active.users === 0) {
      active.stop();
      active = null;
    }
  };
}
