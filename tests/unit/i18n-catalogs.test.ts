/**
 * The French and Spanish catalogs mirror the English one: same files, same keys, same placeholders;
 * every translation parses (and formats) as ICU MessageFormat, the format of the runtime formatter.
 * The names lists cover every grouping value of the country registry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import IntlMessageFormat from 'intl-messageformat';
import { namesByLocale, areaName, type NamesLocale } from '../../src/lib/i18n/names';
import type { CountriesFile } from '../../src/lib/data/types';

type Catalog = Record<string, string>;
const load = (glob: Record<string, Catalog>) =>
  Object.fromEntries(Object.entries(glob).map(([path, cat]) => [path.replace(/^.*\//, ''), cat]));
const en = load(import.meta.glob<Catalog>('../../src/lib/i18n/en/*.ts', { eager: true, import: 'default' }));
const translations: Record<NamesLocale, Record<string, Catalog>> = {
  fr: load(import.meta.glob<Catalog>('../../src/lib/i18n/fr/*.ts', { eager: true, import: 'default' })),
  es: load(import.meta.glob<Catalog>('../../src/lib/i18n/es/*.ts', { eager: true, import: 'default' })),
};
const locales = Object.keys(translations) as NamesLocale[];

/**
 * Messages that may equal their English text, by key, with the reason. Messages with no words
 * besides placeholders, codes and acronyms ("{name}: {value}", "SVG — {preset}") may too.
 * Everything else must be translated.
 */
const SAME_AS_ENGLISH: Array<[RegExp, string]> = [
  [/^corridors\.col\./, 'machine-friendly column names of the table and CSV, kept in every language'],
  [/^export\.snippet\.(pandas|r|powerQuery)$/, 'names of programming languages, libraries and products'],
  [/^shell\.picker\.count$/, '“suggestion(s)” is the same word in French'],
  [/^export\.snippet\.sheets$/, 'a product name (Google Sheets keeps its English name in French)'],
  [/^export\.pptxWhat$/, 'a product name (PowerPoint)'],
  [/^shell\.lang\.(en|fr|es)$/, 'each language is named in itself in every catalog (English, Français, Español)'],
  [/^corridor\.col\./, 'machine-friendly column names of the table and CSV, kept in every language'],
];
/** Whole messages that are the same word in a language and in English. */
const SAME_WORDS: Record<NamesLocale, RegExp> = {
  fr: /^(Source|Sources|Image|Instrument|Instruments|Code|Pause|Type|Signature|Licence|Destination|Origine|Population|Migrants|Services|Série|Immigrants|immigrants|\{value\} migrants)$/,
  es: /^(, )?provisional$/,
};
/** No lower-case word once placeholders and the app's name are removed: only codes, acronyms, numbers, punctuation. */
const noWords = (msg: string) => !/\p{Ll}{2,}/u.test(msg.replace(/\{[^{}]*\}/g, '').replace(/\bCorridors\b/g, ''));
const allowedSame = (locale: NamesLocale, key: string, msg: string) =>
  noWords(msg) || SAME_AS_ENGLISH.some(([re]) => re.test(key)) || SAME_WORDS[locale].test(msg);


interface Args {
  all: Set<string>;
  plural: Set<string>;
}
/** Argument names used in an ICU AST (arguments, plural/select selectors, nested options). */
function collectArgs(elements: ReturnType<IntlMessageFormat['getAst']>, args: Args = { all: new Set(), plural: new Set() }): Args {
  for (const el of elements) {
    if ('value' in el && typeof el.value === 'string' && el.type !== 0) args.all.add(el.value);
    if ('options' in el && el.options) {
      if ('pluralType' in el) args.plural.add(el.value);
      for (const opt of Object.values(el.options)) collectArgs(opt.value, args);
    }
    if ('children' in el && Array.isArray(el.children)) collectArgs(el.children, args);
  }
  return args;
}

/** Arguments of an English message (ICU too: plural selectors and the placeholders inside their options). */
const englishPlaceholders = (msg: string) => [...collectArgs(new IntlMessageFormat(msg, 'en').getAst()).all].sort();

describe('translation catalogs', () => {
  for (const locale of locales) {
    describe(locale, () => {
      it('has the same files as en/', () => {
        expect(Object.keys(translations[locale]).sort()).toEqual(Object.keys(en).sort());
      });

      for (const file of Object.keys(en).sort()) {
        const source = en[file];
        const target = translations[locale][file] ?? {};

        it(`${file}: same keys as English`, () => {
          expect(Object.keys(target).sort()).toEqual(Object.keys(source).sort());
        });

        it(`${file}: every message parses as ICU, with the English placeholders`, () => {
          for (const [key, msg] of Object.entries(target)) {
            let mf: IntlMessageFormat;
            try {
              mf = new IntlMessageFormat(msg, locale);
            } catch (e) {
              throw new Error(`${locale}/${file} ${key} does not parse as ICU MessageFormat: ${(e as Error).message}`);
            }
            const args = collectArgs(mf.getAst());
            expect([...args.all].sort(), `${locale} ${key}`).toEqual(englishPlaceholders(source[key] ?? ''));
            // Format it: every placeholder must come out (an apostrophe before “{” would quote it away).
            for (const n of [1, 5]) {
              const values = Object.fromEntries([...args.all].map((a) => [a, args.plural.has(a) ? n : `⟦${a}⟧`]));
              const out = mf.format(values) as string;
              for (const a of args.all) if (!args.plural.has(a)) expect(out, `${locale} ${key}`).toContain(`⟦${a}⟧`);
              if (args.plural.size && n > 1) expect(out, `${locale} ${key}`).toContain(String(n));
              expect(out, `${locale} ${key}: stray braces`).not.toMatch(/[{}]/);
            }
          }
        });

        it(`${file}: every message is translated (except the allow-list)`, () => {
          const same = Object.entries(target).filter(([key, msg]) => msg === source[key] && !allowedSame(locale, key, msg));
          expect(same.map(([key]) => key)).toEqual([]);
        });
      }
    });
  }
});

describe('names lists', () => {
  const registry = JSON.parse(readFileSync(new URL('../../data/countries.json', import.meta.url), 'utf8')) as CountriesFile;
  const values = (field: 'region' | 'subregion' | 'sdg' | 'wbRegion') =>
    [...new Set(registry.countries.map((c) => c[field]).filter((v): v is string => !!v))].sort();
  const iso3s = new Set(registry.countries.map((c) => c.iso3));

  for (const locale of locales) {
    const names = namesByLocale[locale];
    it(`${locale}: names every grouping value of the registry, and nothing else`, () => {
      for (const field of ['region', 'subregion', 'sdg', 'wbRegion'] as const) {
        expect(Object.keys(names[field]).sort(), `${locale} ${field}`).toEqual(values(field));
      }
      const dev = [...new Set(registry.countries.map((c) => c.dev).filter(Boolean))].sort();
      expect(Object.keys(names.development).sort()).toEqual(dev);
      const income = [...new Set(registry.countries.map((c) => c.income).filter(Boolean))].sort();
      expect(Object.keys(names.income).sort()).toEqual(income);
      for (const list of [names.region, names.subregion, names.sdg, names.wbRegion, names.development, names.income, names.special]) {
        for (const name of Object.values(list)) expect(name.trim()).not.toBe('');
      }
    });

    it(`${locale}: group names agree with the catalog`, () => {
      const common = translations[locale]['common.ts'];
      expect(names.development.North).toBe(common['dev.North']);
      expect(names.development.South).toBe(common['dev.South']);
      for (const g of ['L', 'LM', 'UM', 'H'] as const) expect(names.income[g]).toBe(common[`income.${g}`]);
      expect(names.special.unknownOrigin).toBe(common['common.unknownOrigin']);
      expect(names.special.world).toBe(common['common.world']);
      expect(names.special.otherCountries).toBe(translations[locale]['corridors.ts']['corridors.other']);
      expect(names.special.europeanUnion).toBe(translations[locale]['treaties.ts']['treaties.eu']);
    });

    it(`${locale}: every area has a name; overrides are registry areas that Intl cannot name or names otherwise`, () => {
      const intl = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const c of registry.countries) {
        const fromIntl = c.iso2 ? intl.of(c.iso2) : undefined;
        if (!fromIntl) expect(names.areas[c.iso3], `${locale} ${c.iso3} needs an override`).toBeTruthy();
        expect(areaName(locale, c).trim()).not.toBe('');
      }
      for (const [iso3, name] of Object.entries(names.areas)) {
        expect(iso3s.has(iso3), `${locale} override ${iso3} is not in the registry`).toBe(true);
        const c = registry.countries.find((r) => r.iso3 === iso3)!;
        const fromIntl = c.iso2 ? intl.of(c.iso2) : undefined;
        expect(name, `${locale} override ${iso3} repeats Intl`).not.toBe(fromIntl);
        expect(areaName(locale, c)).toBe(name);
      }
    });

    it(`${locale}: titles of every instrument in data/treaties.json`, () => {
      const treaties = JSON.parse(readFileSync(new URL('../../data/treaties.json', import.meta.url), 'utf8')) as {
        instruments: Array<{ id: string; name: string }>;
      };
      expect(Object.keys(names.instruments).sort()).toEqual(treaties.instruments.map((i) => i.id).sort());
      for (const i of treaties.instruments) expect(names.instruments[i.id]).not.toBe(i.name);
    });
  }
});
