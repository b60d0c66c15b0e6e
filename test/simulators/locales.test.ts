import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) => JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}/simulator.json`, import.meta.url), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('simulator.json locales', () => {
  const en = load('en');
  for (const lang of ['nl', 'da']) {
    it(`${lang} has exactly the English keys, no empty value, the same placeholders`, () => {
      const other = load(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(other)) {
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(en[key]));
      }
    });
  }
  it('uses flat dotted keys under simulator.', () => {
    expect(Object.keys(en).every((key) => /^simulator\.[\w.+-]+$/.test(key))).toBe(true);
  });
});
