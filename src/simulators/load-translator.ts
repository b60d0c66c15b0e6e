/**
 * The island's `t`, with only the page language's strings downloaded: bundling every language's
 * catalogue into the island's first script cost a few kilobytes per language (issue 5 budget:
 * 40 KB gzip before a file is dropped). Build-time code keeps `translatorFor`, which has them all.
 */
import { translatorFrom, type Translate } from './messages.ts';

const CATALOGUES: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('../i18n/locales/en/simulator.json'),
  nl: () => import('../i18n/locales/nl/simulator.json'),
  da: () => import('../i18n/locales/da/simulator.json'),
};

/**
 * Loads the strings of `lang`, or English for a language without a catalogue. A shipped
 * translation has every key (test/simulators/locales.test.ts), so it needs no English fallback.
 * Example: `const t = await loadTranslator('da'); t('simulator.run.start')` → `'Start'`.
 */
export async function loadTranslator(lang: string): Promise<Translate> {
  const code = CATALOGUES[lang.toLowerCase()] ? lang.toLowerCase() : 'en';
  return translatorFrom((await CATALOGUES[code]()).default, {}, code);
}
