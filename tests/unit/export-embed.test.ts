import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_HEIGHT,
  HOST_SCRIPT,
  dashboardUrl,
  embedHeight,
  embedUrl,
  iframeSnippet,
  isHeightMessage,
} from '../../src/lib/export/embed';
import { parseQuery } from '../../src/lib/state/url';
import { fileStem } from '../../src/lib/export/download';

describe('embed URLs', () => {
  const permalink = 'https://example.org/sub/path/index.html?year=2010&country=MEX~PHL&instrument=IV-13~C097';

  it('adds embed (and controls) and keeps every other parameter and the sub-path', () => {
    const u = embedUrl(permalink, 'stock-map');
    expect(u).toBe('https://example.org/sub/path/index.html?year=2010&country=MEX~PHL&instrument=IV-13~C097&embed=stock-map');
    const s = parseQuery(new URL(u).search).state;
    expect(s).toMatchObject({ embed: 'stock-map', year: 2010, countries: ['MEX', 'PHL'], instruments: ['IV-13', 'C097'], controls: false });
    expect(parseQuery(new URL(embedUrl(permalink, 'corridors', true)).search).state.controls).toBe(true);
  });

  it('the dashboard link drops embed and controls only', () => {
    const embedded = `${permalink}&embed=cost-map&controls=1#x`;
    expect(dashboardUrl(embedded)).toBe(permalink);
    expect(dashboardUrl('https://example.org/?embed=cost-map')).toBe('https://example.org/');
    expect(dashboardUrl('?embed=hosted&year=2020')).toBe('?year=2020');
  });
});

describe('iframe snippet', () => {
  it('has title, lazy loading, full width, a height, and escapes attributes', () => {
    const html = iframeSnippet({ src: 'https://e.org/?a=1&embed=hosted', title: 'Migrants "hosted" <by> parties — Corridors', height: 519.6 });
    expect(html).toMatch(/^<iframe /);
    expect(html).toContain('src="https://e.org/?a=1&amp;embed=hosted"');
    expect(html).toContain('title="Migrants &quot;hosted&quot; &lt;by&gt; parties — Corridors"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('height="520"');
    expect(html.endsWith('</iframe>')).toBe(true);
  });

  it('suggests a per-view height', () => {
    expect(embedHeight('corridors')).toBeGreaterThan(DEFAULT_EMBED_HEIGHT);
    expect(embedHeight('stock-trend')).toBe(DEFAULT_EMBED_HEIGHT);
  });
});

describe('height messages', () => {
  it('recognises only well-formed corridors:height messages', () => {
    expect(isHeightMessage({ type: 'corridors:height', view: 'stock-map', height: 640 })).toBe(true);
    expect(isHeightMessage({ type: 'corridors:height', view: null, height: 0 })).toBe(true);
    expect(isHeightMessage({ type: 'corridors:height', height: '640' })).toBe(false);
    expect(isHeightMessage({ type: 'corridors:height', height: Number.NaN })).toBe(false);
    expect(isHeightMessage({ type: 'other', height: 1 })).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
    expect(isHeightMessage('corridors:height')).toBe(false);
  });

  it('the host script listens for that message type', () => {
    expect(HOST_SCRIPT).toContain("d.type !== 'corridors:height'");
    expect(HOST_SCRIPT).toContain('f.contentWindow === e.source');
  });
});

describe('file names', () => {
  it('are safe, ASCII and without repeated parts', () => {
    expect(fileStem('corridors', 'corridors', 2024, 'total', null, '')).toBe('corridors-2024-total');
    expect(fileStem('corridors', 'stock-map', 'Côte d’Ivoire', 'MEX~PHL')).toBe('corridors-stock-map-Cote-d-Ivoire-MEX-PHL');
  });
});
