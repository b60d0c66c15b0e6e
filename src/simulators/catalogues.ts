/// <reference types="vite/client" />
/**
 * Every language's simulator strings, for code that may speak any language synchronously: the
 * build-time `:::merge-example` handler (also under the `signpost` CLI, plain Node) and tests. Translation is the portal's i18next instance
 * (src/i18n/instance.ts). Languages are the folders of src/i18n/locales that hold a
 * simulator.json: adding a locale folder adds a simulator language, no code. The island's first
 * script does not import this (load-translator.ts fetches one language).
 */
import type { i18n } from 'i18next';
import { createI18n, fixedT } from '../i18n/instance.ts';
import type { MessageKey, Translate } from './messages.ts';

type Catalogues = Record<string, Record<string, string>>;

/** `…/locales/nl/simulator.json` → `nl`. */
const localeOf = (path: string) => /locales\/([^/]+)\/simulator\.json$/.exec(path)?.[1];

/** The catalogues as plain Node reads them (the CLI runs the sources without Vite). */
function readWithNode(): Catalogues {
  const fs = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process?.getBuiltinModule?.('node:fs') as typeof import('node:fs');
  // Beside this module; from the project root if a bundler moved this module elsewhere.
  const beside = new URL('../i18n/locales/', import.meta.url);
  const dir = fs.existsSync(beside) ? beside : new URL('src/i18n/locales/', `file://${process.cwd()}/`);
  const catalogues: Catalogues = {};
  for (const lang of fs.readdirSync(dir)) {
    const file = new URL(`${lang}/simulator.json`, dir);
    if (fs.existsSync(file)) catalogues[lang] = JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  return catalogues;
}

/**
 * Catalogues by language. Node (tests, the site build, the CLI) reads the locale folders; a
 * Vite browser bundle, should one ever include this module, gets them from the glob.
 */
function loadCatalogues(): Catalogues {
  if (typeof (globalThis as { process?: { getBuiltinModule?: unknown } }).process?.getBuiltinModule === 'function') return readWithNode();
  const files = import.meta.glob<Record<string, string>>('../i18n/locales/*/simulator.json', { eager: true, import: 'default' });
  const catalogues: Catalogues = {};
  for (const [path, strings] of Object.entries(files)) {
    const lang = localeOf(path);
    if (lang) catalogues[lang] = strings;
  }
  return catalogues;
}

let instance: { i18n: i18n; languages: string[] } | undefined;

function shared() {
  if (!instance) {
    const catalogues = loadCatalogues();
    instance = { i18n: createI18n(catalogues), languages: Object.keys(catalogues).sort() };
  }
  return instance;
}

/** The languages the simulator ships strings for (`['da', 'en', 'nl']`): the locale folders with a simulator.json. */
export function simulatorLanguages(): string[] {
  return [...shared().languages];
}

/**
 * Returns `t` for `lang` (a language without a catalogue, and a key missing in a translation,
 * fall back to English). `{{name}}` placeholders are replaced by `params`; a numeric `count`
 * picks the `_one` / `_other` form.
 * Example: `translatorFor('nl')('simulator.action.merge')` → `'Samenvoegen, lege velden bijwerken'`.
 */
export function translatorFor(lang: string): Translate {
  const code = lang.toLowerCase();
  const speaks = shared().languages.includes(code) ? code : 'en';
  const fixed = fixedT(shared().i18n, speaks);
  const translate: Translate = (key: MessageKey, params) => fixed(key, params);
  translate.lang = speaks;
  return translate;
}
