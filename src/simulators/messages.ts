/**
 * The simulator's UI strings in one page language, for code that runs both at build time (the
 * `:::merge-example` handler) and in the browser island, where the site's i18next instance is
 * not available. Strings live in src/i18n/locales/<lang>/simulator.json (English is the source
 * and the fallback); D's site-wide i18n loads the same files, so keys never diverge.
 */
import type en from '../i18n/locales/en/simulator.json';

/** Every simulator string key (the English file is the schema). */
export type MessageKey = PluralBase<keyof typeof en>;
/** `a.b_one` | `a.b_other` → `a.b`: plural keys are asked for by their base name with a `count`. */
type PluralBase<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base | K : K;
/** Languages the simulator ships strings for. */
export const SIMULATOR_LANGUAGES = ['en', 'nl', 'da'] as const;

/** A language-fixed translate function: `t('simulator.run.progress', { done: 3, total: 10 })`. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * `t` over one loaded catalogue, with `fallback` for keys it lacks. The catalogues themselves
 * are imported by catalogues.ts (build time, worker: all languages) and load-translator.ts (the
 * island: its page language only), so that this module costs the island no strings.
 *
 * Plurals and numbers follow i18next's conventions without bundling i18next in the island (its
 * ~13 KB gzip would break the island's 40 KB budget): a numeric `count` picks `<key>_one`,
 * `<key>_other` … by `Intl.PluralRules(lang)` — the same keys and rules i18next uses — and every
 * numeric parameter is written with `Intl.NumberFormat(lang)` (`100000` → `100.000` in nl).
 * Pass record ids as strings to keep them ungrouped.
 * Example: `translatorFrom({ 'x.rows_one': '{{count}} rij', 'x.rows_other': '{{count}} rijen' }, {}, 'nl')('x.rows', { count: 1 })` → `'1 rij'`.
 */
export function translatorFrom(catalogue: Record<string, string>, fallback: Record<string, string> = {}, lang = 'en'): Translate {
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  const lookup = (key: string) => catalogue[key] ?? fallback[key];
  return (key, params) => {
    const count = params?.count;
    const template = (typeof count === 'number' ? lookup(`${key}_${plural.select(count)}`) ?? lookup(`${key}_other`) : undefined) ?? lookup(key) ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      if (!params || !(name in params)) return whole;
      const value = params[name];
      return typeof value === 'number' ? number.format(value) : String(value);
    });
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
