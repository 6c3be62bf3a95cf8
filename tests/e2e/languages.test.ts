/**
 * French and Spanish, end to end: with `?lang=fr` / `?lang=es` every view renders with no English
 * interface text left. The check is against the English catalog itself: every English message that
 * its translation changes is cut into its literal runs (placeholders removed), and no run may appear
 * in the page's text, its aria-labels, titles or SVG text. Text an element marks as English
 * (`lang="en"`, e.g. a quotation of an English-only source) is exempt, as the markup says what it is.
 * Exports in that language (SVG text, the ZIP README), and a hostile `lang=` value.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { VIEW_IDS } from '../../src/lib/state/types';
import { INCOME_LABELS } from '../../src/lib/data/registry';
import type { CountriesFile } from '../../src/lib/data/types';
import { areaName, namesByLocale } from '../../src/lib/i18n/names';
import countriesFile from '../../data/countries.json';
import { downloadFromMenu, downloadFromView, pickCountry, openApp, stateOf, until, view, waitForViews, withApp } from './helpers';
import { useBrowser } from './suite';
import { axe, readable, serious, summary } from './axe';

type Catalog = Record<string, string>;
const merge = (glob: Record<string, Catalog>): Catalog => Object.assign({}, ...Object.values(glob));
const EN = merge(import.meta.glob<Catalog>('../../src/lib/i18n/en/*.ts', { eager: true, import: 'default' }));
const TRANSLATED: Record<'fr' | 'es', Catalog> = {
  fr: merge(import.meta.glob<Catalog>('../../src/lib/i18n/fr/*.ts', { eager: true, import: 'default' })),
  es: merge(import.meta.glob<Catalog>('../../src/lib/i18n/es/*.ts', { eager: true, import: 'default' })),
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The literal runs of an ICU message: everything outside braces (placeholders, plural and select arms). */
export function literalRuns(msg: string): string[] {
  let s = msg.replace(/'([{}])'/g, '$1');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\{[^{}]*\}/g, '\u0000');
  }
  return s
    .split('\u0000')
    .map((r) => r.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * English runs that must not appear in a page in `locale`: from every message its translation changes,
 * the runs that hold an English word of four letters or more (shorter runs — "of", "to", "%", "·" — say
 * nothing about the language of a page), and that the translation does not contain itself (a name such as
 * "UN DESA" or "Corridors" kept in every language).
 */
export function englishProbes(locale: 'fr' | 'es'): Array<{ key: string; run: string }> {
  const tr = TRANSLATED[locale];
  // words of the translation itself: "total", "normal", "Migrants" are French words too
  const ownWords = new Set(Object.values(tr).flatMap((m) => m.match(/\p{L}+/gu) ?? []));
  const out: Array<{ key: string; run: string }> = [];
  const seen = new Set<string>();
  for (const [key, msg] of Object.entries(EN)) {
    const own = tr[key];
    if (own === undefined || own === msg) continue;
    const ownRuns = literalRuns(own).join('\u0000');
    for (const run of literalRuns(msg)) {
      const words = run.match(/\p{L}{4,}/gu) ?? [];
      if (words.length === 0) continue;
      // "Migrants", "Population", "Instruments": the same word in both languages
      if (words.length === 1 && run.length < 12 && (ownRuns.includes(words[0]) || ownWords.has(run))) continue;
      if (ownRuns.includes(run)) continue;
      if (seen.has(run)) continue;
      seen.add(run);
      out.push({ key, run });
    }
  }
  // Names: regions and groups (names lists), and every area whose name differs in the locale. An
  // English name that is a word of some localised name ("Samoa" in "Samoa américaines") says nothing.
  const list = namesByLocale[locale];
  const englishNames: Array<[string, string, string]> = [];
  for (const g of ['region', 'subregion', 'sdg', 'wbRegion'] as const) for (const [en, own] of Object.entries(list[g])) englishNames.push([`names.${g}`, en, own]);
  for (const [code, own] of Object.entries(list.income)) englishNames.push(['names.income', INCOME_LABELS[code as keyof typeof INCOME_LABELS], own]);
  englishNames.push(['names.development', 'North (more developed regions)', list.development.North]);
  englishNames.push(['names.development', 'South (less developed regions)', list.development.South]);
  for (const c of (countriesFile as unknown as CountriesFile).countries) englishNames.push([`names.area.${c.iso3}`, c.short, areaName(locale, c)]);
  const localised = englishNames.map(([, , own]) => own).join('\u0000');
  for (const [key, en, own] of englishNames) {
    if (en === own || en.length < 5 || seen.has(en)) continue;
    if (new RegExp(`(?<![\\p{L}])${escapeRe(en)}(?![\\p{L}])`, 'u').test(localised)) continue;
    seen.add(en);
    out.push({ key, run: en });
  }
  return out;
}

/**
 * Names that stay in English in every language, with the reason; removed from the text before the scan.
 * File names, paths and URLs ("downloads/remittances.csv") are removed too: they are not words.
 */
const PROPER_NAMES: Array<[RegExp, string]> = [
  [/International Migrant Stock/g, 'UN DESA’s dataset title; DESA publishes it in English only'],
  [/World Population Prospects/g, 'UN DESA’s product name, used untranslated in French and Spanish UN texts'],
  [/Refugee Data Finder/g, 'UNHCR’s product name (its French and Spanish pages keep it)'],
  [/Remittance Prices Worldwide/g, 'the World Bank’s product name (English-only site)'],
  [/\bCorridors\b/g, 'the name of this dashboard'],
  [/https?:\/\/\S+|\S*\/\S+|\S+\.(?:csv|json|zip|txt|png|svg|pptx|arrow|md)\b/g, 'URLs, paths and file names'],
];

/** Where each probe occurs in `texts` (whole words: "Origin" does not match "Origine"). */
function findEnglish(texts: string[], probes: Array<{ key: string; run: string }>): string[] {
  const hay = PROPER_NAMES.reduce((h, [re]) => h.replace(re, '·'), texts.join('\n'));
  const hits: string[] = [];
  for (const { key, run } of probes) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(run)}(?![\\p{L}])`, 'u');
    const m = re.exec(hay);
    if (m) {
      const line = hay.slice(hay.lastIndexOf('\n', m.index) + 1, hay.indexOf('\n', m.index) >>> 0 || undefined);
      hits.push(`${key}: "${run}" in «${line.slice(0, 160)}»`);
    }
  }
  return hits;
}

/** Every string a user can see or hear: text nodes, labels, titles, alternative texts, SVG text. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const english = (el: Element | null) => !!el?.closest('[lang]:not(html)') && el!.closest('[lang]:not(html)')!.getAttribute('lang')!.startsWith('en');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style, noscript') || english(parent)) continue;
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
    const ATTRS = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];
    for (const el of document.body.querySelectorAll('*')) {
      if (english(el)) continue;
      for (const a of ATTRS) {
        const v = el.getAttribute(a);
        if (v && v.trim()) out.push(v.replace(/\s+/g, ' ').trim());
      }
    }
    out.push(document.title);
    return out;
  });
}

/** Open the drawers and dialogs a user reaches from the header, so their text is checked too. */
async function openSources(page: Page): Promise<void> {
  await page.locator('[data-action="open-sources"]').click();
  await page.locator('dialog[data-dialog="sources"]').waitFor({ state: 'visible' });
  await page.locator('[data-sources] section[data-dataset]').first().waitFor();
}

describe('languages: the whole dashboard in French and Spanish', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  it('the probes are real: English pages are full of them, and the runs are cut at placeholders', () => {
    expect(literalRuns('{n, plural, one {# country} other {# countries}} in {year}')).toEqual(['in']);
    expect(literalRuns('Share of the population, {year}')).toEqual(['Share of the population,']);
    expect(englishProbes('fr').length).toBeGreaterThan(300);
    expect(englishProbes('es').length).toBeGreaterThan(300);
  });

  it('an English page would fail the check (the scan finds English text when there is some)', async () => {
    const { page, close } = await openApp(browser, 'country=MEX', { waitFor: 'views', timeout: 90_000 });
    try {
      const hits = findEnglish(await pageTexts(page), englishProbes('fr'));
      expect(hits.length).toBeGreaterThan(50);
    } finally {
      await close();
    }
  });

  for (const locale of ['fr', 'es'] as const) {
    it(`lang=${locale}: every view, the Sources panel and the country panel have no English interface text; axe clean`, async () => {
      // bypassCSP: only so that axe-core can be injected
      await withApp(browser, `lang=${locale}&country=MEX`, { waitFor: 'views', timeout: 90_000, bypassCSP: true }, async ({ page }) => {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        for (const id of VIEW_IDS) expect(await view(page, id).count(), `${id} is on the page`).toBe(1);
        await waitForViews(page, undefined, { timeout: 90_000 });
        const probes = englishProbes(locale);
        const onPage = findEnglish(await pageTexts(page), probes);
        expect(onPage, `English text on the ${locale} dashboard:\n  ${onPage.join('\n  ')}`).toEqual([]);
        const bad = serious(await axe(page));
        expect(summary(bad), `serious/critical axe violations with lang=${locale}:\n${readable(bad)}\n`).toEqual([]);
        await openSources(page);
        const inSources = findEnglish(await pageTexts(page), probes);
        expect(inSources, `English text in the ${locale} Sources panel:\n  ${inSources.join('\n  ')}`).toEqual([]);
      });
    });
  }

  it('the language switch re-renders every view in French and keeps the filters (no reload)', async () => {
    await withApp(browser, 'country=MEX&year=2010&group=income', { waitFor: 'views', timeout: 90_000 }, async ({ page }) => {
      const before = stateOf(page);
      await page.locator('select[data-control="lang"]').selectOption('fr');
      await until(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(stateOf(page)).toEqual({ ...before, lang: 'fr' });
      // every view, including those off screen that caught up (or catch up when scrolled to)
      await waitForViews(page, undefined, { timeout: 90_000 });
      const hits = findEnglish(await pageTexts(page), englishProbes('fr'));
      expect(hits, `English text left after switching to French:\n  ${hits.join('\n  ')}`).toEqual([]);
    });
  });

  for (const [locale, width] of [['fr', 360], ['es', 360], ['fr', 1400], ['es', 1400]] as const) {
    it(`lang=${locale} at ${width} px: long labels break no layout (filter bar or drawer, toggles, key figures, Sankey labels, card headers)`, async () => {
      await withApp(browser, `lang=${locale}&country=MEX~DEU&dir=out`, { viewport: { width, height: 900 }, waitFor: 'views', timeout: 90_000 }, async ({ page }) => {
        await waitForViews(page, ['key-figures', 'corridors', 'remittance-flows', 'stock-trend'], { timeout: 60_000 });
        // Elements whose content is wider than their box (a clipped or overflowing label), and the page itself.
        const overflowing = () =>
          page.evaluate(() => {
            const SEL = '[data-filter-bar] button, [data-filter-bar] label, .toggle-options button, [data-view="key-figures"] .fig, .view-card > header, .view-card > header *, dialog[open] .drawer-body';
            const out: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>(SEL)) {
              if ((!el.offsetParent && el.tagName !== 'DIALOG') || el.closest('.sr-only')) continue;
              if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').trim().slice(0, 60)}" ${el.scrollWidth} > ${el.clientWidth}`);
            }
            // Sankey and money Sankey labels stay inside their SVG
            for (const svg of document.querySelectorAll<SVGSVGElement>('[data-view="corridors"] svg, [data-view="remittance-flows"] svg')) {
              const box = svg.getBoundingClientRect();
              for (const text of svg.querySelectorAll('text')) {
                const r = text.getBoundingClientRect();
                if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) out.push(`sankey label "${text.textContent}" outside its chart (${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(box.left)}–${Math.round(box.right)})`);
              }
            }
            const page = document.documentElement.scrollWidth - window.innerWidth;
            if (page > 1) out.push(`the page scrolls sideways by ${page} px`);
            return out;
          });
        expect(await overflowing(), `layout at ${width} px in ${locale}`).toEqual([]);
        if (width === 360) {
          await page.locator('[data-action="open-filters"]').click();
          await page.locator('dialog[data-dialog="filters"]').waitFor({ state: 'visible' });
          expect(await overflowing(), `filters drawer at ${width} px in ${locale}`).toEqual([]);
        }
      });
    });
  }

  it('journey in French: find « états » in the picker, the views follow, the CSV has French names beside unchanged codes and English column names, a lang=fr permalink reproduces it', async () => {
    await withApp(browser, 'lang=fr', { waitFor: 'views', timeout: 90_000 }, async ({ page }) => {
      await pickCountry(page, 'états', 'USA');
      expect(await page.locator('[data-control="country"] [data-chip="USA"]').textContent()).toMatch(/États-Unis/);
      expect(stateOf(page)).toMatchObject({ countries: ['USA'], lang: 'fr' });
      await waitForViews(page, ['stock-map'], { timeout: 60_000 });
      const csv = await downloadFromView(page, 'stock-map', 'download-csv');
      const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      expect(header).toMatch(/^[a-z0-9_,]+$/); // stable English snake_case column names
      const cols = header.split(',');
      const usa = rows.map((r) => r.split(',')).find((r) => r[cols.indexOf('iso3')] === 'USA');
      expect(usa?.[cols.indexOf('country')]).toBe('États-Unis');
      expect(rows.map((r) => r.split(',')).find((r) => r[cols.indexOf('iso3')] === 'DEU')?.[cols.indexOf('country')]).toBe('Allemagne');
      // the permalink: a new page opens with the same state, in French
      const url = page.url();
      const again = await openApp(browser, new URL(url).search.slice(1), { waitFor: 'shell' });
      try {
        expect(await again.page.evaluate(() => document.documentElement.lang)).toBe('fr');
        expect(stateOf(again.page)).toEqual(stateOf(page));
        await again.page.locator('[data-control="country"] [data-chip="USA"]').waitFor();
        expect(await again.page.locator('[data-control="country"] [data-chip="USA"]').textContent()).toMatch(/États-Unis/);
      } finally {
        await again.close();
      }
    });
  });

  it('lang=es: the SVG and the ZIP of a view are in Spanish (title, legend, source line, README)', async () => {
    await withApp(browser, 'lang=es&country=MEX&embed=stock-trend', { waitFor: 'views', timeout: 60_000 }, async ({ page }) => {
      const probes = englishProbes('es');
      const title = (await view(page, 'stock-trend').locator('h2').first().textContent())?.trim() ?? '';
      expect(title).toBe(TRANSLATED.es['trends.stock.title'] ?? title);
      const svg = await downloadFromMenu(page, 'stock-trend', 'download-svg-current', 60_000);
      const svgText = [...svg.text.matchAll(/<text[^>]*>([\s\S]*?)<\/text>|<title>([\s\S]*?)<\/title>/g)].map((m) =>
        (m[1] ?? m[2] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
      );
      expect(svgText.join(' ')).toContain(title);
      expect(svgText.join(' ')).toMatch(/Fuente|Fuentes/);
      const inSvg = findEnglish(svgText, probes);
      expect(inSvg, `English text in the Spanish SVG:\n  ${inSvg.join('\n  ')}`).toEqual([]);

      const zip = await downloadFromMenu(page, 'stock-trend', 'download-zip', 60_000);
      const files = unzipSync(new Uint8Array(zip.buffer));
      const readme = strFromU8(files['README.txt']);
      // The README quotes the publishers' own references in English, and says so (the line that opens
      // them); the rest is in Spanish. Column lines start with the stable English column name.
      const lines = readme.split(/\r?\n/);
      const cite = lines.findIndex((l) => l.startsWith('Cite a los editores originales'));
      expect(cite, 'the README has its citation block').toBeGreaterThan(0);
      expect(lines.slice(cite, cite + 2).join(' ')).toMatch(/en\s+inglés/);
      const words = lines
        .slice(0, cite)
        .map((l) => l.replace(/^- [a-z0-9_]+: /, '- '))
        .filter((l) => !l.startsWith('Datos incluidos generados a partir de'));
      const inReadme = findEnglish(words, probes);
      expect(inReadme, `English text in the Spanish README:\n  ${inReadme.join('\n  ')}`).toEqual([]);
      expect(readme).toContain(title);
      const md = JSON.parse(strFromU8(files['metadata.json'])) as { title: string; permalink: string };
      expect(md.title).toBe(title);
      expect(md.permalink).toContain('lang=es');
    });
  });

  it('a hostile lang= value falls back to the browser language (English here) with a notice, and no console error', async () => {
    await withApp(browser, 'lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E&country=MEX', async ({ page }) => {
      await until(() => page.locator('[data-notice]').count(), 'a notice').toBeGreaterThan(0);
      const notice = (await page.locator('[data-notice]').first().textContent()) ?? '';
      expect(notice).toMatch(/lang/);
      // the value is shown as text, never as markup
      expect(await page.locator('[data-notice] script').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(new URL(page.url()).searchParams.get('country')).toBe('MEX');
    });
  });
});
