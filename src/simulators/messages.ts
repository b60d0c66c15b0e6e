/**
 * The simulator's UI strings in one page language, for code that runs both at build time (the
 * `:::merge-example` handler) and in the browser island, where the site's i18next instance is
 * not available. Strings live in src/i18n/locales/<lang>/simulator.json (English is the source
 * and the fallback); D's site-wide i18n loads the same files, so keys never diverge.
 */
import type en from '../i18n/locales/en/simulator.json';

/** Every simulator string key (the English file is the schema); a plural is named without its `_one` / `_other`. */
export type MessageKey = keyof typeof en | PluralBase<keyof typeof en>;
type PluralBase<K> = K extends `${infer Base}_one` ? Base : never;

/**
 * A language-fixed translate function: `t('simulator.run.progress', { done: 3, total: 10 })`;
 * `lang` is the language it speaks (for `Intl` formatting where no locale is passed).
 */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & { lang?: string };

/**
 * `t` over one loaded catalogue, with `fallback` for keys it lacks. The catalogues themselves
 * are imported by catalogues.ts (build time, worker: all languages) and load-translator.ts (the
 * island: its page language only), so that this module costs the island no strings.
 *
 * Resolves keys the way i18next does for this project's resources (flat keys, `{{name}}`
 * placeholders, plurals): with a numeric `count`, the key `<key>_<category>` is used, the
 * category from `Intl.PluralRules(lang)` (`one`, `other` …), then `<key>_other`, then `<key>`
 * (test/simulators/translator-parity.test.ts checks it gives i18next's output for every key).
 * Example: `translatorFrom({ 'a_one': '{{count}} row', 'a_other': '{{count}} rows' }, {}, 'en')('a', { count: 1 })` → `'1 row'`.
 */
export function translatorFrom(catalogue: Record<string, string>, fallback: Record<string, string> = {}, lang = 'en'): Translate {
  let plurals: Intl.PluralRules | undefined;
  const lookup = (key: string) => catalogue[key] ?? fallback[key];
  const translate: Translate = (key, params) => {
    let template: string | undefined;
    if (typeof params?.count === 'number') {
      plurals ??= new Intl.PluralRules(lang);
      template = lookup(`${key}_${plurals.select(params.count)}`) ?? lookup(`${key}_other`);
    }
    template ??= lookup(key) ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
  };
  translate.lang = lang;
  return translate;
}

/**
 * Looks up a key built at run time (an engine enumeration value or reason code), falling back
 * to `fallback` when the catalogue has no such key.
 * Example: `translateDynamic(t, 'simulator.outcome.', 'created')`.
 */
export function translateDynamic(t: Translate, prefix: string, value: string, fallback = value): string {
  const key = `${prefix}${value}`;
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}
