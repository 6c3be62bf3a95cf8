/**
 * The dashboard shell in a real browser: URL ⇄ controls, history, hostile links, permalinks,
 * the country panel, the sources dialog, the narrow-screen drawer and embed mode.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FilterState } from '../../src/lib/state/types';
import { defaultState } from '../../src/lib/state/url';
import { openApp, settle, stateOf, waitForUrl, withApp } from './helpers';
import { useBrowser } from './suite';

const slider = (page: Page) => page.locator('[data-filter-bar] [role="slider"]').first();
const radio = (page: Page, control: string, value: string) =>
  page.locator(`[data-filter-bar] [data-control="${control}"] [role="radio"][data-value="${value}"]`).first();
const combobox = (page: Page) => page.locator('[data-filter-bar] input[role="combobox"]').first();
const chips = (page: Page) => page.locator('[data-filter-bar] [data-chip]');

async function debugState(page: Page): Promise<FilterState> {
  return page.evaluate(() => (window as unknown as { __corridors: { state: () => FilterState } }).__corridors.state());
}

/** Registry loaded: the picker is enabled. */
async function pickerReady(page: Page): Promise<void> {
  await combobox(page).waitFor({ state: 'visible' });
  const t0 = Date.now();
  while (!(await combobox(page).isEnabled())) {
    if (Date.now() - t0 > 20_000) throw new Error('country picker never became enabled (registry not loaded?)');
    await page.waitForTimeout(50);
  }
}

describe('shell', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('opening a URL with parameters shows them in the controls', async () => {
    await withApp(browser, 'year=2010&country=MEX~PHL&group=subregion&sex=female&dir=out', async ({ page }) => {
      await pickerReady(page);
      await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2010');
      expect(await slider(page).getAttribute('aria-valuetext')).toMatch(/2010/);
      expect(await radio(page, 'sex', 'female').getAttribute('aria-checked')).toBe('true');
      expect(await radio(page, 'sex', 'total').getAttribute('aria-checked')).toBe('false');
      expect(await radio(page, 'dir', 'out').getAttribute('aria-checked')).toBe('true');
      expect(await radio(page, 'group', 'subregion').getAttribute('aria-checked')).toBe('true');
      expect(await chips(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')))).toEqual(['MEX', 'PHL']);
      expect(await chips(page).first().textContent()).toMatch(/Mexico/);
      // two countries: no profile panel
      expect(await page.locator('[data-country-panel]').count()).toBe(0);
      // no notice for a valid link
      expect(await page.locator('[data-notice]').count()).toBe(0);
    });
  });

  it('lang=fr opens the dashboard in French (html lang, words, numbers, country names); the switch changes language and URL', async () => {
    await withApp(browser, 'lang=fr&country=MEX~DEU', async ({ page }) => {
      await pickerReady(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      const sources = page.locator('[data-action="open-sources"]');
      expect(await sources.textContent()).toBe('Sources et licences');
      // country names in French (Intl.DisplayNames / the override list), numbers with French grouping
      await expect.poll(() => chips(page).nth(1).textContent()).toMatch(/Allemagne/);
      const migrants = page.locator('[data-testid="key-migrants"] .big');
      await expect.poll(() => migrants.textContent()).toMatch(/\d/);
      expect(await migrants.textContent()).not.toMatch(/\d\.\d/); // French decimals use a comma
      // the switch: Spanish, written to the URL, words follow without a reload
      const select = page.locator('select[data-control="lang"]');
      expect(await select.inputValue()).toBe('fr');
      await select.selectOption('es');
      await expect.poll(() => stateOf(page).lang).toBe('es');
      await expect.poll(() => sources.textContent()).toBe('Fuentes y licencias');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await expect.poll(() => chips(page).nth(1).textContent()).toMatch(/Alemania/);
      // English again
      await select.selectOption('en');
      await expect.poll(() => sources.textContent()).toBe('Sources & licences');
      await expect.poll(() => chips(page).nth(1).textContent()).toMatch(/Germany/);
    });
  });

  it('changing controls changes the URL; back and forward restore earlier states', async () => {
    await withApp(browser, '', async ({ page }) => {
      await pickerReady(page);
      expect(stateOf(page)).toEqual(defaultState());

      await radio(page, 'sex', 'male').click();
      await waitForUrl(page, (s) => s.sex === 'male');

      // keyboard on the slider: Home → 1990 (a discrete choice: pushes)
      await slider(page).focus();
      await page.keyboard.press('Home');
      await waitForUrl(page, (s) => s.year === 1990);
      await page.keyboard.press('ArrowRight');
      await waitForUrl(page, (s) => s.year === 1995);
      expect(await slider(page).getAttribute('aria-valuenow')).toBe('1995');

      // radio group: arrow keys move the choice
      await radio(page, 'dir', 'in').focus();
      await page.keyboard.press('ArrowRight');
      await waitForUrl(page, (s) => s.dir === 'out');

      await page.goBack();
      await waitForUrl(page, (s) => s.dir === 'in' && s.year === 1995);
      await expect.poll(() => radio(page, 'dir', 'in').getAttribute('aria-checked')).toBe('true');
      await page.goBack();
      await waitForUrl(page, (s) => s.year === 1990);
      await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('1990');
      await page.goBack();
      await page.goBack();
      await waitForUrl(page, (s) => s.sex === 'total' && s.year === 2024);
      await expect.poll(() => radio(page, 'sex', 'total').getAttribute('aria-checked')).toBe('true');
      expect(await debugState(page)).toEqual(defaultState());

      await page.goForward();
      await waitForUrl(page, (s) => s.sex === 'male');
      await expect.poll(() => radio(page, 'sex', 'male').getAttribute('aria-checked')).toBe('true');

      // reset: back to the defaults (and the URL is clean)
      await page.locator('[data-filter-bar] [data-action="reset"]').click();
      await waitForUrl(page, (s) => s.sex === 'total');
      expect(new URL(page.url()).search).toBe('');
    });
  });

  it('a hostile URL falls back to defaults with a notice naming year and country, and no console error', async () => {
    await withApp(browser, 'year=abc&country=%3Cscript%3Ealert(1)%3C/script%3E&zzz=%3Cimg%20src=x%3E', async ({ page }) => {
      const notice = page.locator('[data-notice="ignored-params"]');
      await notice.waitFor({ state: 'visible' });
      const named = await notice.locator('[data-param]').evaluateAll((els) => els.map((e) => e.getAttribute('data-param')));
      expect(named.sort()).toEqual(['country', 'year']);
      // the value is shown as text, never parsed as HTML
      expect(await notice.textContent()).toContain('“<script>alert(1)');
      expect(await page.locator('#app script, #app img[src="x"]').count()).toBe(0);
      expect(await debugState(page)).toEqual(defaultState());
      await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2024');
      // dismissible
      await notice.locator('[data-action="dismiss-notice"]').click();
      expect(await page.locator('[data-notice]').count()).toBe(0);
      await page.waitForLoadState('networkidle');
    });
  });

  it('an unknown country code is dropped once the registry has loaded, and named in the notice', async () => {
    const { page, close } = await openApp(browser, 'country=MEX~ZZZ');
    try {
      await pickerReady(page);
      await waitForUrl(page, (s) => s.countries.join('~') === 'MEX');
      const notice = page.locator('[data-notice="ignored-params"]');
      await notice.waitFor({ state: 'visible' });
      expect(await notice.textContent()).toContain('ZZZ');
    } finally {
      await close();
    }
  });

  it('pick a country and a year, copy the URL into a new page → exactly the same state', async () => {
    await withApp(browser, '', async (a) => {
      await pickerReady(a.page);
      await combobox(a.page).click();
      await a.page.keyboard.type('phil');
      const option = a.page.locator('[role="listbox"] [role="option"]').first();
      await option.waitFor({ state: 'visible' });
      expect(await option.getAttribute('data-iso3')).toBe('PHL');
      expect(await combobox(a.page).getAttribute('aria-expanded')).toBe('true');
      await a.page.keyboard.press('Enter');
      await waitForUrl(a.page, (s) => s.countries.join('~') === 'PHL');
      // a second country by ISO3, then Backspace removes it again
      await a.page.keyboard.type('mex');
      await a.page.keyboard.press('Enter');
      await waitForUrl(a.page, (s) => s.countries.join('~') === 'PHL~MEX');
      await a.page.keyboard.press('Backspace');
      await waitForUrl(a.page, (s) => s.countries.join('~') === 'PHL');
      // Escape closes the list
      await a.page.keyboard.type('ger');
      await a.page.keyboard.press('Escape');
      expect(await combobox(a.page).getAttribute('aria-expanded')).toBe('false');

      await slider(a.page).focus();
      await a.page.keyboard.press('PageDown'); // 2024 → 2015
      await waitForUrl(a.page, (s) => s.year === 2015);
      await radio(a.page, 'sex', 'female').click();
      await waitForUrl(a.page, (s) => s.sex === 'female');

      const url = a.page.url();
      const stateA = await debugState(a.page);
      expect(stateA).toMatchObject({ countries: ['PHL'], year: 2015, sex: 'female' });

      await withApp(browser, new URL(url).search, async (b) => {
        await pickerReady(b.page);
        expect(b.page.url()).toBe(url);
        expect(await debugState(b.page)).toEqual(stateA);
        await expect.poll(() => slider(b.page).getAttribute('aria-valuenow')).toBe('2015');
        expect(await chips(b.page).evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')))).toEqual(['PHL']);
        expect(await radio(b.page, 'sex', 'female').getAttribute('aria-checked')).toBe('true');
      });
    });
  });

  it('the country panel opens for exactly one selected country, with figures linking to views', async () => {
    await withApp(browser, 'country=PHL&year=2010', async ({ page }) => {
      const panel = page.locator('[data-country-panel="PHL"]');
      await panel.waitFor({ state: 'visible' });
      expect(await panel.locator('h2').textContent()).toContain('Philippines');
      // DESA IMS 2024: 178,147 immigrants in the Philippines in 2010, 0.18% of the population (WPP 2024: 96,337,125)
      const imm = panel.locator('[data-figure="immigrants"]');
      await expect.poll(() => imm.textContent(), { timeout: 15_000 }).toContain('178,147');
      expect(await imm.textContent()).toMatch(/0\.18%/);
      const treaties = panel.locator('[data-figure="treaties"]');
      await expect.poll(() => treaties.textContent(), { timeout: 15_000 }).toMatch(/party to \d of 8/);
      await expect.poll(() => panel.locator('[data-figure="received"]').textContent(), { timeout: 15_000 }).toMatch(/\$\d/);

      // a figure's link scrolls to and focuses its view
      await panel.locator('[data-figure="treaties"] [data-goto]').click();
      await settle(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('view-treaties-table');

      // the largest destination is a link that selects that country: the panel follows
      const dest = panel.locator('[data-figure="top-destination"] [data-select]');
      await dest.waitFor();
      const iso = await dest.getAttribute('data-select');
      await dest.click();
      await waitForUrl(page, (s) => s.countries.join('~') === iso);
      await page.locator(`[data-country-panel="${iso}"]`).waitFor({ state: 'visible' });

      // back to the Philippines; the close button hides the panel without changing the selection
      await page.goBack();
      await page.locator('[data-country-panel="PHL"]').waitFor({ state: 'visible' });
      await page.locator('[data-country-panel] button.close').click();
      expect(await page.locator('[data-country-panel]').count()).toBe(0);
      expect(stateOf(page).countries).toEqual(['PHL']);
    });
  });

  it('the sources dialog lists every dataset, traps focus, closes on Escape and returns focus', async () => {
    await withApp(browser, '', async ({ page }) => {
      const opener = page.locator('[data-action="open-sources"]');
      await opener.click();
      const dialog = page.locator('dialog[data-dialog="sources"]');
      await dialog.waitFor({ state: 'visible' });
      await dialog.locator('[data-dataset]').first().waitFor();
      const ids = await dialog.locator('[data-dataset]').evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')));
      expect(ids).toEqual(expect.arrayContaining(['migrant-stock', 'remittances', 'treaties']));
      expect(await dialog.textContent()).toMatch(/CC BY 3\.0 IGO/);
      expect(await dialog.textContent()).toMatch(/stock-2024\.arrow — 26,701 rows/);
      await dialog.locator('[data-instrument="IV-13"]').waitFor();
      // focus stays in the dialog while tabbing
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
        expect(inside).toBe(true);
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('open-sources');
    });
  });

  it('on a 360 px phone the filters move into a drawer and nothing overflows sideways', async () => {
    await withApp(browser, 'country=KEN', { viewport: { width: 360, height: 740 } }, async ({ page }) => {
      await page.locator('[data-action="open-filters"]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-filter-bar]').count()).toBe(0);
      await page.locator('[data-action="open-filters"]').click();
      const drawer = page.locator('dialog[data-dialog="filters"]');
      await drawer.waitFor({ state: 'visible' });
      await radio(page, 'sex', 'female').click();
      await waitForUrl(page, (s) => s.sex === 'female');
      const overflow = await page.evaluate(() => {
        const d = document.querySelector('dialog[data-dialog="filters"] .drawer-body') as HTMLElement;
        return { drawer: d.scrollWidth - d.clientWidth };
      });
      expect(overflow.drawer).toBeLessThanOrEqual(1);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      await page.waitForLoadState('networkidle');
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(pageOverflow).toBeLessThanOrEqual(1);
    });
  });

  it('embed mode shows one view full-frame, the filter bar only with controls=1, and a link back', async () => {
    await withApp(browser, 'embed=stock-trend&year=2000', async ({ page }) => {
      await page.locator('[data-embed="stock-trend"]').waitFor();
      expect(await page.locator('[data-view]').evaluateAll((els) => els.map((e) => e.getAttribute('data-view')))).toEqual([
        'stock-trend',
      ]);
      expect(await page.locator('[data-filter-bar]').count()).toBe(0);
      const back = page.locator('[data-action="view-in-corridors"]');
      const href = await back.getAttribute('href');
      expect(new URL(href!).searchParams.get('embed')).toBeNull();
      expect(new URL(href!).searchParams.get('year')).toBe('2000');
    });
    await withApp(browser, 'embed=stock-trend&controls=1', async ({ page }) => {
      await page.locator('[data-filter-bar]').waitFor({ state: 'visible' });
      await radio(page, 'sex', 'male').click();
      await waitForUrl(page, (s) => s.sex === 'male' && s.embed === 'stock-trend' && s.controls);
    });
  });

  it('plays through the years (reduced motion: one step per press, no autoplay)', async () => {
    const { page, close } = await openApp(browser, 'year=2015', { reducedMotion: 'reduce' });
    try {
      const play = page.locator('[data-filter-bar] [data-action="play"]');
      await play.click();
      await waitForUrl(page, (s) => s.year === 2020);
      await page.waitForTimeout(1600);
      expect(stateOf(page).year).toBe(2020); // no autoplay
    } finally {
      await close();
    }
    const full = await openApp(browser, 'year=2015', { reducedMotion: 'no-preference' });
    try {
      const historyBefore = await full.page.evaluate(() => history.length);
      await full.page.locator('[data-filter-bar] [data-action="play"]').click();
      await waitForUrl(full.page, (s) => s.year === 2024, 10_000);
      // stops at the end, and used replaceState (no history entries added)
      await full.page.waitForTimeout(1600);
      expect(stateOf(full.page).year).toBe(2024);
      expect(await full.page.locator('[data-filter-bar] [data-action="play"]').getAttribute('aria-pressed')).toBe('false');
      expect(await full.page.evaluate(() => history.length)).toBe(historyBefore);
    } finally {
      await full.close();
    }
  });
});

