/**
 * One translator (issue 12): the island's small `translatorFrom` (kept out of i18next for the
 * 40 KB island budget) must say exactly what the portal's i18next instance says — build-time
 * tables, worker, CLI and site all use i18next — for every key of every simulator language,
 * with placeholders and with each plural count. Languages are discovered from the locale folders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulatorLanguages, translatorFor } from '../../src/simulators/catalogues.ts';
import { translatorFrom, type MessageKey } from '../../src/simulators/messages.ts';

const load = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}/simulator.json`, import.meta.url), 'utf8')) as Record<string, string>;
const english = load('en');
const baseKeys = [...new Set(Object.keys(english).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];

describe('the island translator and i18next agree', () => {
  it('discovers the shipped languages from src/i18n/locales', () => {
    expect(simulatorLanguages()).toEqual(expect.arrayContaining(['da', 'en', 'nl']));
  });

  it.each(simulatorLanguages())('%s: every key, its placeholders and every plural count', (lang) => {
    const island = translatorFrom(load(lang), english, lang);
    const site = translatorFor(lang);
    for (const key of baseKeys) {
      const template = english[key] ?? english[`${key}_other`];
      const params: Record<string, string | number> = {};
      for (const [, name] of template.matchAll(/\{\{(\w+)\}\}/g)) params[name] = `<${name}>`;
      expect(island(key as MessageKey, params), key).toBe(site(key as MessageKey, params));
      if (english[`${key}_other`] === undefined) continue;
      for (const count of [0, 1, 2, 5, 21, 1000]) {
        expect(island(key as MessageKey, { ...params, count }), `${key} ${count}`).toBe(site(key as MessageKey, { ...params, count }));
      }
    }
  });

  it('a language without a catalogue speaks English in both', () => {
    expect(translatorFor('xx')('simulator.run.start')).toBe(translatorFrom(english, english, 'en')('simulator.run.start'));
    expect(translatorFor('xx').lang).toBe('en');
  });
});
