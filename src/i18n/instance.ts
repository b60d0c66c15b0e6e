/**
 * The portal's one way of translating: an isolated i18next instance over flat-key resources
 * (never the global instance, so islands and tests cannot leak state into each other), English
 * as the fallback, `{{name}}` placeholders unescaped (output goes through the renderer, which
 * escapes) and plurals by `_one` / `_other`. Used by the site (index.ts) and by the simulators'
 * build-time tables, worker and CLI (src/simulators/catalogues.ts). It reads no files, so it runs
 * in Node, Vite and a worker alike.
 */
import i18next, { type i18n, type TOptions } from 'i18next';

/** The source and fallback language of every UI string. */
export const SOURCE_LANGUAGE = 'en';

/**
 * An initialised instance over `strings` (locale → flat key → text), one namespace `ui`.
 * Example: `createI18n({ en: { 'a': 'A' } }).getFixedT('en')('a')` → `'A'`.
 */
export function createI18n(strings: Record<string, Record<string, string>>): i18n {
  const resources = Object.fromEntries(Object.entries(strings).map(([lang, table]) => [lang, { ui: table }]));
  const created = i18next.createInstance();
  // initAsync: false makes init synchronous because all resources are given inline.
  created.init({
    resources,
    ns: ['ui'],
    defaultNS: 'ui',
    fallbackLng: SOURCE_LANGUAGE,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return created;
}

/** `t` of `instance` fixed to `lang`: `fixedT(instance, 'nl')('nav.skip')`. */
export function fixedT(instance: i18n, lang: string): (key: string, options?: TOptions) => string {
  const fixed = instance.getFixedT(lang.toLowerCase());
  return (key, options) => fixed(key, options ?? {}) as string;
}
