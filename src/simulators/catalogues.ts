/**
 * Every language's simulator strings, for code that may speak any language synchronously: the
 * build-time `:::merge-example` handler and the simulation worker's CSV export. The island's
 * first script does not import this (load-translator.ts fetches one language).
 */
import en from '../i18n/locales/en/simulator.json' with { type: 'json' };
import nl from '../i18n/locales/nl/simulator.json' with { type: 'json' };
import da from '../i18n/locales/da/simulator.json' with { type: 'json' };
import { translatorFrom, type Translate } from './messages.ts';

const CATALOGUES: Record<string, Record<string, string>> = { en, nl, da };

/**
 * Returns `t` for `lang` (`nl`, `da`, `en`; anything else falls back to English, as does a key
 * missing in a translation). `{{name}}` placeholders are replaced by `params`.
 * Example: `translatorFor('nl')('simulator.action.merge')` → `'Samenvoegen, lege velden bijwerken'`.
 */
export function translatorFor(lang: string): Translate {
  const code = lang.toLowerCase();
  return CATALOGUES[code] ? translatorFrom(CATALOGUES[code], en, code) : translatorFrom(en, en, 'en');
}
