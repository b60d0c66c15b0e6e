/// <reference types="vite/client" />
/**
 * UI strings of the portal. One isolated i18next instance (never the global one, so islands and
 * tests cannot leak state into each other) holds every locale's strings in a single namespace;
 * callers get a `t` fixed to one language, the way Starlight lets the route decide the locale.
 *
 * Resources: every `locales/<lang>/*.json` file (flat dotted keys) is merged into that locale's
 * namespace, so other features (e.g. the simulators' `simulator.json`) add files, not code.
 * English is the source and the fallback for missing keys and for locales without a folder.
 */
import type { i18n, TOptions } from 'i18next';
import { createI18n, fixedT, SOURCE_LANGUAGE } from './instance.ts';
import type enSite from './locales/en/site.json';

/** Keys of the portal chrome (the English `site.json` is the single source of truth). */
export type SiteKey = keyof typeof enSite;

/** A translate function fixed to one language: `t('nav.skip')` → "Skip to content". */
export type Translate = (key: SiteKey | (string & {}), options?: TOptions) => string;

export { SOURCE_LANGUAGE };

const localeFiles = import.meta.glob<Record<string, string>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/**
 * Groups the glob result by locale folder: `{ './locales/nl/site.json': {...} }` →
 * `{ nl: {...site, ...simulator} }`.
 */
export function groupLocaleFiles(
  files: Record<string, Record<string, string>>,
): Record<string, Record<string, string>> {
  const byLocale: Record<string, Record<string, string>> = {};
  for (const [path, strings] of Object.entries(files)) {
    const locale = /\/locales\/([^/]+)\/[^/]+\.json$/.exec(path)?.[1];
    if (!locale) continue;
    byLocale[locale] = { ...byLocale[locale], ...strings };
  }
  return byLocale;
}

/** UI strings per locale, e.g. `uiStrings().nl['nav.skip']`. */
export function uiStrings(): Record<string, Record<string, string>> {
  return groupLocaleFiles(localeFiles);
}

/** Locales that ship UI translations (`['da', 'en', 'nl']`). */
export function uiLocales(): string[] {
  return Object.keys(uiStrings()).sort();
}

let instance: i18n | undefined;

/**
 * Returns `t` for `lang`; a locale without UI strings (de, sv …) falls back to English.
 * Example: `useTranslations('da')('search.label')` → "Søg".
 */
export function useTranslations(lang: string): Translate {
  instance ??= createI18n(uiStrings());
  return fixedT(instance, lang);
}
