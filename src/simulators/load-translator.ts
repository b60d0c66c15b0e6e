/**
 * The island's (and its worker's) `t`, with only the page language's strings downloaded:
 * bundling every language's catalogue into the island's first script cost a few kilobytes per
 * language (issue 5 budget: 40 KB gzip before a file is dropped). The import path has the
 * language as a variable, so the bundler (Vite for the site, esbuild for the tests and bench)
 * makes one chunk per locale folder with a simulator.json: a new locale needs no code here. The
 * translator is messages.ts's `translatorFrom`, which resolves keys, placeholders and plurals as
 * the portal's i18next instance does (test/simulators/translator-parity.test.ts) without
 * i18next's ~16 KB gzip.
 */
import { translatorFrom, type Translate } from './messages.ts';

/**
 * `lang`'s catalogue; rejects when the simulator has none. Lower-case letters and `-` only, so the path stays in locales/.
 * Imported as a JSON module (`type: "json"`: default export only): without it esbuild also emits
 * every key as a named export beside the object, which made the chunk 9.2 KB gzip instead of 5.9.
 */
function loadCatalogue(lang: string): Promise<{ default: Record<string, string> }> {
  if (!/^[a-z]{2,3}(-[a-z0-9]+)?$/.test(lang)) return Promise.reject(new Error(`no simulator strings for ${lang}`));
  return import(`../i18n/locales/${lang}/simulator.json`, { with: { type: 'json' } });
}

/**
 * Loads the strings of `lang`, or English for a language without a catalogue. A shipped
 * translation has every key (test/simulators/locales.test.ts), so it needs no English fallback.
 * Example: `const t = await loadTranslator('da'); t('simulator.run.start')` → `'Start'`.
 */
export async function loadTranslator(lang: string): Promise<Translate> {
  const code = lang.toLowerCase();
  try {
    return translatorFrom((await loadCatalogue(code)).default, {}, code);
  } catch {
    return translatorFrom((await loadCatalogue('en')).default, {}, 'en');
  }
}
