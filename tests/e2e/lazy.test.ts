/**
 * Views mount when they near the viewport and keep still while off screen
 * (src/lib/components/LazyView.svelte, src/lib/state/scope.svelte.ts). Behaviour only, no timing.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { download, settle, until, view, waitForViews, withApp } from './helpers';
import { useBrowser } from './suite';

const VIEWPORT = { width: 1400, height: 1000 };
/** The last view of the dashboard: far below the fold at load. */
const BELOW = 'per-emigrant';

const lazyState = (page: Page, id: string) => page.locator(`#view-${id}`).getAttribute('data-lazy');

async function scrollTo(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => document.getElementById(`view-${id}`)?.scrollIntoView({ block: 'center' }), id);
}

let browser: Browser;
useBrowser((b) => (browser = b));

describe('lazy views', () => {
  it('a view below the fold is not mounted at load, and is after scrolling to it', async () => {
    await withApp(browser, '', { viewport: VIEWPORT }, async ({ page }) => {
      await waitForViews(page, ['key-figures', 'corridors']);
      await settle(page);
      expect(await lazyState(page, BELOW)).toBe('placeholder');
      expect(await view(page, BELOW).count()).toBe(0);
      // the placeholder already reserves room: the page is as tall as the mounted dashboard will be
      const box = await page.locator(`#view-${BELOW}`).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(200);

      await scrollTo(page, BELOW);
      await until(() => lazyState(page, BELOW), 'mounted after scrolling').toBe('mounted');
      await waitForViews(page, [BELOW]);
      expect(await view(page, BELOW).locator('figure').count()).toBe(1);
    });
  });

  it('an off-screen view that missed filter changes shows the current state when scrolled back', async () => {
    await withApp(browser, '', { viewport: VIEWPORT }, async ({ page }) => {
      const id = 'stock-trend';
      await waitForViews(page, [id]); // scrolls it into view and mounts it
      const before = await view(page, id).locator('.subtitle').textContent();
      // scroll it out of view, then change the selection with the page's own controls (back/forward path)
      await page.evaluate(() => window.scrollTo(0, 0));
      await until(() => page.locator(`#view-${id}`).getAttribute('data-live'), 'off screen').toBe('false');
      await page.evaluate(() => {
        const u = new URL(location.href);
        u.searchParams.set('country', 'PHL');
        history.pushState(null, '', u);
        dispatchEvent(new PopStateEvent('popstate'));
      });
      // it missed the change: marked stale, still showing the world
      expect(await page.locator(`#view-${id}`).getAttribute('data-stale')).toBe('true');
      expect(await view(page, id).locator('.subtitle').textContent()).toBe(before);

      await scrollTo(page, id);
      await until(() => page.locator(`#view-${id}`).getAttribute('data-stale'), 'caught up').toBe('false');
      await waitForViews(page, [id]);
      const after = await view(page, id).locator('.subtitle').textContent();
      expect(after).not.toBe(before);
      expect(after).toContain('Philippines');
    });
  });

  it('tabbing reaches the controls of a section that has not mounted yet', async () => {
    await withApp(browser, '', { viewport: VIEWPORT }, async ({ page }) => {
      await waitForViews(page, ['key-figures', 'corridors']);
      const id = 'treaties-timeline';
      expect(await lazyState(page, id)).toBe('placeholder');
      // start on the cell before it and Tab forward (through that view's controls) until focus enters it
      await page.evaluate((id) => (document.getElementById(`view-${id}`)!.previousElementSibling as HTMLElement).focus(), id);
      const inCell = () => page.evaluate((id) => document.getElementById(`view-${id}`)!.contains(document.activeElement), id);
      for (let i = 0; i < 80 && !(await inCell()); i++) await page.keyboard.press('Tab');
      await until(() => lazyState(page, id), 'mounted on focus').toBe('mounted');
      await until(inCell, 'focus inside the view').toBe(true);
      await waitForViews(page, [id]);
      // keep tabbing: focus moves through the view's own controls
      await page.keyboard.press('Tab');
      const inside = await page.evaluate((id) => {
        const a = document.activeElement;
        return !!a && document.getElementById(`view-${id}`)!.contains(a) && a.closest('[data-view]') !== null;
      }, id);
      expect(inside).toBe(true);
    });
  });

  it('an export of a view that was scrolled in is the chart, not a placeholder', async () => {
    await withApp(browser, '', { viewport: VIEWPORT }, async ({ page }) => {
      const id = 'cost-vs-size';
      expect(await lazyState(page, id)).toBe('placeholder');
      await waitForViews(page, [id]);
      const card = view(page, id);
      await card.locator('[data-action="download-menu"]').click();
      const item = card.locator('[role="menuitem"][data-action="download-svg-current"]');
      await item.waitFor({ state: 'visible' });
      const file = await download(page, () => item.click(), 60_000);
      expect(file.filename).toMatch(/\.svg$/);
      const parsed = await page.evaluate((s) => {
        const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          marks: doc.querySelectorAll('circle, path, rect').length,
          text: doc.documentElement.textContent ?? '',
        };
      }, file.text);
      expect(parsed.error).toBeNull();
      expect(parsed.marks).toBeGreaterThan(10);
      expect(parsed.text).not.toContain('a view that loads when you reach it');
    });
  });

  it('embed mode mounts its one view at once', async () => {
    await withApp(browser, '?embed=per-emigrant', { viewport: { width: 800, height: 600 } }, async ({ page }) => {
      await until(() => lazyState(page, 'per-emigrant'), 'mounted').toBe('mounted');
      await waitForViews(page, ['per-emigrant']);
    });
  });
});
