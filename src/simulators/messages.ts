/**
 * The simulator's UI strings in one page language, for code that runs both at build time (the
 * `:::merge-example` handler) and in the browser island, where the site's i18next instance is
 * not available. Strings live in src/i18n/locales/<lang>/simulator.json (English is the source
 * and the fallback); D's site-wide i18n loads the same files, so keys never diverge.
 */
import type en from '../i18n/locales/en/simulator.json';

/** Every simulator string key (the English file is the schema). */
export type MessageKey = keyof typeof en;
/** Languages the simulator ships strings for. */
export const SIMULATOR_LANGUAGES = ['en', 'nl', 'da'] as const;

/** A language-fixed translate function: `t('simulator.run.progress', { done: 3, total: 10 })`. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * `t` over one loaded catalogue, with `fallback` for keys it lacks. The catalogues themselves
 * are imported by catalogues.ts (build time, worker: all languages) and load-translator.ts (the
 * island: its page language only), so that this module costs the island no strings.
 */
export function translatorFrom(catalogue: Record<string, string>, fallback: Record<string, string> = {}): Translate {
  return (key, params) => {
    const template = catalogue[key] ?? fallback[key] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
  };
}

/**
 * Looks up a key built at run time (an engine enumeration value or reason code), falling back
 * to `fallback` when the catalogue has no such key.
 * Example: `translateDynamic(t, 'simulator.reason.', 'ID_NOT_FOUND', 'ID_NOT_FOUND')`.
 */
export function translateDynamic(t: Translate, prefix: string, value: string, fallback = value): string {
  const key = `${prefix}${value}`;
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}
