/**
 * Accessibility gate: axe-core (WCAG 2.x A/AA rules + best practices) on the dashboard and on every
 * embed view, with data loaded: 0 serious or critical violations. Plus keyboard checks: Tab reaches
 * the filter controls and the views, and the focused element is visibly marked.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { VIEW_IDS } from '../../src/lib/state/types';
import { openApp, waitForViews, withApp } from './helpers';
import { useBrowser } from './suite';
import { axe, readable, serious, summary } from './axe';

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('the scan is real: a planted violation is found', async () => {
    const { page, close } = await openApp(browser, 'embed=key-figures', { bypassCSP: true });
    try {
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'favicon.svg';
        document.querySelector('main')?.append(img);
      });
      const ids = serious(await axe(page)).map((v) => v.id);
      expect(ids).toContain('image-alt');
    } finally {
      await close();
    }
  });

  it('dashboard: no serious or critical violations', async () => {
    await withApp(browser, '', { waitFor: 'views', bypassCSP: true }, async ({ page }) => {
      const vs = await axe(page);
      const bad = serious(vs);
      if (vs.length) console.log(`dashboard: ${vs.length} axe violation(s), ${bad.length} serious/critical\n${readable(vs)}`);
      expect(summary(bad), `serious/critical axe violations on the dashboard:\n${readable(bad)}\n`).toEqual([]);
    });
  });

  it('dashboard with a selection (Mexico, 2010, by income): no serious or critical violations', async () => {
    await withApp(browser, 'country=MEX&year=2010&group=income', { waitFor: 'views', bypassCSP: true }, async ({ page }) => {
      const bad = serious(await axe(page));
      expect(summary(bad), `serious/critical axe violations:\n${readable(bad)}\n`).toEqual([]);
    });
  });

  for (const id of VIEW_IDS) {
    it(`embed=${id}: no serious or critical violations`, async () => {
      await withApp(browser, `embed=${id}`, { bypassCSP: true }, async ({ page }) => {
        await waitForViews(page, [id]);
        const bad = serious(await axe(page));
        expect(summary(bad), `serious/critical axe violations in embed=${id}:\n${readable(bad)}\n`).toEqual([]);
      });
    });
  }
});

/**
 * Focus indicators drawn elsewhere than on the element's own outline (a ring on the wrapper via
 * :focus-within, a stroke on a child, the browser's date-field segment highlight): compare the pixels
 * around the element with focus and without it. Focus is put back afterwards.
 */
async function focusChangesPixels(page: Page): Promise<boolean> {
  const el = await page.evaluateHandle(() => document.activeElement as HTMLElement);
  const box = await el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: Math.max(0, r.left - 6), y: Math.max(0, r.top - 6), width: r.width + 12, height: r.height + 12 };
  });
  if (box.width < 1 || box.height < 1) return false;
  const focused = await page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' });
  await el.evaluate((e) => e.blur());
  const blurred = await page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' });
  await el.evaluate((e) => e.focus());
  await el.dispose();
  return !focused.equals(blurred);
}

describe('keyboard', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('Tab reaches the filter controls and every view, and focus is always visible', async () => {
    await withApp(browser, '', { waitFor: 'views' }, async ({ page }) => {
      const seen = { controls: new Set<string>(), views: new Set<string>(), invisible: [] as string[] };
      const MAX_TABS = 600;
      const trail: string[] = [];
      const checked = new Set<string>();
      for (let i = 0; i < MAX_TABS; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const cs = getComputedStyle(el);
          const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
          const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
          // SVG marks may show focus with a stroke instead of an outline
          const stroke = el instanceof SVGElement && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0;
          const r = el.getBoundingClientRect();
          return {
            control: el.closest('[data-control]')?.getAttribute('data-control') ?? null,
            view: el.closest('[data-view]')?.getAttribute('data-view') ?? null,
            focusVisible: el.matches(':focus-visible'),
            indicator: outline || shadow || stroke,
            label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
            size: r.width * r.height,
          };
        });
        if (!info) continue;
        trail.push(`${info.view ?? info.control ?? '-'} ${info.label}`);
        if (info.control) seen.controls.add(info.control);
        if (info.view) seen.views.add(info.view);
        // own outline/ring while :focus-visible, or else any visible change around it (date inputs focus
        // an inner segment; some widgets ring their wrapper)
        // (checked once per element: Tab also walks the segments inside one date input)
        const key = `${info.view ?? info.control ?? ''}|${info.label}`;
        if (checked.has(key)) continue;
        checked.add(key);
        if (!(info.focusVisible && info.indicator) && !(await focusChangesPixels(page))) seen.invisible.push(info.label);
        if (seen.views.size === VIEW_IDS.length && i > 20) break;
      }
      expect([...seen.controls].sort(), 'filter controls reached with Tab').toEqual(
        expect.arrayContaining(['country', 'year']),
      );
      expect([...seen.views].sort(), `views reached with Tab; last stops: ${trail.slice(-12).join(' | ')}`).toEqual([...VIEW_IDS].sort());
      expect(seen.invisible, 'focused elements without a visible focus indicator').toEqual([]);
    });
  });

  it('Shift+Tab moves focus backwards', async () => {
    const { page, close } = await openApp(browser, '', { waitFor: 'views' });
    try {
      const label = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const second = await label();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await label()).toBe(second);
    } finally {
      await close();
    }
  });
});
