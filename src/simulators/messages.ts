/**
 * The simulator's UI strings in one page language, for code that runs both at build time (the
 * `:::merge-example` handler) and in the browser island, where the site's i18next instance is
 * not available. Strings live in src/i18n/locales/<lang>/simulator.json (English is the source
 * and the fallback); D's site-wide i18n loads the same files, so keys never diverge.
 */
import en from '../i18n/locales/en/simulator.json' with { type: 'json' };
import nl from '../i18n/locales/nl/simulator.json' with { type: 'json' };
import da from '../i18n/locales/da/simulator.json' with { type: 'json' };

/** Every simulator string key (the English file is the schema). */
export type MessageKey = keyof typeof en;
/** Languages the simulator ships strings for. */
export const SIMULATOR_LANGUAGES = ['en', 'nl', 'da'] as const;

const CATALOGUES: Record<string, Record<string, string>> = { en, nl, da };

/** A language-fixed translate function: `t('simulator.run.progress', { done: 3, total: 10 })`. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Returns `t` for `lang` (`nl`, `da`, `en`; anything else falls back to English, as does a key
 * missing in a translation). `{{name}}` placeholders are replaced by `params`.
 * Example: `translatorFor('nl')('simulator.action.merge')` → `'Samenvoegen, lege velden bijwerken'`.
 */
export function translatorFor(lang: string): Translate {
  const catalogue = CATALOGUES[lang.toLowerCase()] ?? en;
  return (key, params) => {
    const template = catalogue[key] ?? (en as Record<string, string>)[key] ?? key;
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
