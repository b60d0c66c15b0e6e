import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupLocaleFiles, useTranslations, uiLocales } from '../../src/i18n/index.ts';

const LOCALES_DIR = join(import.meta.dirname, '../../src/i18n/locales');
const SHIPPED = ['en', 'nl', 'da', 'de', 'no', 'sv'];

/** Every *.json of a locale folder merged into one flat key → string map. */
function readLocale(locale: string): Record<string, string> {
  const dir = join(LOCALES_DIR, locale);
  const merged: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    Object.assign(merged, JSON.parse(readFileSync(join(dir, name), 'utf8')));
  }
  return merged;
}

const placeholders = (value: string) => [...value.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI string resources', () => {
  const source = readLocale('en');
  const locales = readdirSync(LOCALES_DIR).filter((n) => existsSync(join(LOCALES_DIR, n, 'site.json')));

  it('ships en, nl, da, de, no (Norwegian Bokmål, the corpus folder name) and sv', () => {
    for (const locale of SHIPPED) expect(locales).toContain(locale);
  });

  for (const locale of locales) {
    describe(locale, () => {
      const strings = readLocale(locale);

      it('has exactly the source keys', () => {
        const missing = Object.keys(source).filter((k) => !(k in strings));
        const extra = Object.keys(strings).filter((k) => !(k in source));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has no empty value', () => {
        const empty = Object.entries(strings).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
        expect(empty.map(([k]) => k)).toEqual([]);
      });

      it('uses the same placeholders as English', () => {
        const mismatched = Object.keys(source)
          .filter((k) => k in strings)
          .filter((k) => placeholders(source[k]).join() !== placeholders(strings[k]).join());
        expect(mismatched).toEqual([]);
      });
    });
  }
});

describe('useTranslations', () => {
  it('loads every locale folder through the glob', () => {
    for (const locale of SHIPPED) expect(uiLocales()).toContain(locale);
  });

  it('translates with the language fixed', () => {
    expect(useTranslations('nl')('nav.skip')).toBe(readLocale('nl')['nav.skip']);
    expect(useTranslations('da')('nav.skip')).toBe(readLocale('da')['nav.skip']);
  });

  it('falls back to English for a locale without UI strings', () => {
    expect(useTranslations('fr')('nav.skip')).toBe(readLocale('en')['nav.skip']);
  });

  it('reads the held-out languages in their own words', () => {
    expect(useTranslations('de')('nav.skip')).toBe('Zum Inhalt springen');
    expect(useTranslations('no')('alert.note')).toBe('Merknad');
    expect(useTranslations('sv')('search.results', { count: 2, query: 'csv' })).toBe('2 träffar för ”csv”');
  });

  it('interpolates and picks plural forms', () => {
    const t = useTranslations('en');
    expect(t('search.results', { count: 1, query: 'csv' })).toBe('1 result for “csv”');
    expect(t('search.results', { count: 3, query: 'csv' })).toBe('3 results for “csv”');
    expect(useTranslations('nl')('search.results', { count: 2, query: 'x' })).toBe('2 resultaten voor “x”');
  });

  it('merges every json file of a locale into one namespace', () => {
    const grouped = groupLocaleFiles({
      './locales/nl/site.json': { a: '1' },
      './locales/nl/simulator.json': { b: '2' },
      './locales/da/site.json': { a: '3' },
    });
    expect(grouped).toEqual({ nl: { a: '1', b: '2' }, da: { a: '3' } });
  });
});

describe('public entry point', () => {
  it('exports exactly the documented API', async () => {
    const module = await import('../../src/i18n/index.ts');
    expect(Object.keys(module).sort()).toEqual(['SOURCE_LANGUAGE', 'groupLocaleFiles', 'uiLocales', 'uiStrings', 'useTranslations']);
  });
});
