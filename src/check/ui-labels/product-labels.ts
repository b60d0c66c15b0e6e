/**
 * The product labels a page of one language may name in bold: the glossary of import-rules §16
 * (glossary.ts) plus the simulator's own setting and option labels (src/i18n/locales/<lang>/
 * simulator.json — the same strings the simulator shows). Field names, results and messages of
 * the simulator are not product labels and are left out.
 */
import da from '../../i18n/locales/da/simulator.json' with { type: 'json' };
import en from '../../i18n/locales/en/simulator.json' with { type: 'json' };
import nl from '../../i18n/locales/nl/simulator.json' with { type: 'json' };
import { GLOSSARY_LABELS } from './glossary.ts';

const CATALOGUES: Record<string, Record<string, string>> = { nl, da, en };

/** Key prefixes of the simulator catalogue whose values are labels of the product's settings. */
const LABEL_KEYS = /^simulator\.(?:setting|match|action|ifNoCompanyName|list|listPolicy|multiPolicy|productList|legalBasis|actorType|exactImport)\./;

/**
 * Every product label of `lang`, without duplicates; `[]` for a language with neither glossary
 * nor catalogue. Example: `productLabels('nl')` → `['Importinstellingen', 'Duplicaat', …]`.
 */
export function productLabels(lang: string): string[] {
  const catalogue = CATALOGUES[lang] ?? {};
  const fromCatalogue = Object.entries(catalogue)
    .filter(([key, value]) => LABEL_KEYS.test(key) && !value.includes('{{'))
    .map(([, value]) => value);
  return [...new Set([...(GLOSSARY_LABELS[lang] ?? []), ...fromCatalogue])];
}
