/**
 * The privacy lists a simulator's CRM has (legal bases and consent sources, import-rules.md
 * §8.8), in the page language. They are not columns of the sample tables, so the island adds them
 * to its preset: the reader can then pick a basis and a source as in the real dialog, and a
 * created person shows what it received. Item names are data, as a CRM administrator would have
 * named them; the default consent source is the product's "Import" item in that language.
 */
import type { EnginePreset } from './directive-attributes.ts';

interface PrivacyLists {
  legalBases: string[];
  consentSources: string[];
  /** The basis "Use default" stands for (the privacy settings' default). */
  defaultLegalBasis: string;
}

const LISTS: Record<string, PrivacyLists> = {
  nl: {
    legalBases: ['Toestemming', 'Uitvoering van een overeenkomst', 'Wettelijke verplichting', 'Gerechtvaardigd belang'],
    consentSources: ['Importeren', 'Webformulier', 'Beurs'],
    defaultLegalBasis: 'Gerechtvaardigd belang',
  },
  da: {
    legalBases: ['Samtykke', 'Opfyldelse af en kontrakt', 'Retlig forpligtelse', 'Legitim interesse'],
    consentSources: ['Import', 'Webformular', 'Messe'],
    defaultLegalBasis: 'Legitim interesse',
  },
  en: {
    legalBases: ['Consent', 'Performance of a contract', 'Legal obligation', 'Legitimate interest'],
    consentSources: ['Import', 'Web form', 'Trade fair'],
    defaultLegalBasis: 'Legitimate interest',
  },
};

const listItems = (names: string[]) => names.map((name, index) => ({ id: index + 1, name }));

/**
 * `preset` with the privacy lists of `lang` (English for other languages), the default legal
 * basis and the language's own "Import" source selected. Exact Online and products have no
 * persons, so their presets come back unchanged.
 * Example: `withPrivacyLists(contactsPreset, 'nl').settings.privacy.consentSource` → `'Importeren'`.
 */
export function withPrivacyLists(preset: EnginePreset, lang: string): EnginePreset {
  if (preset.flavour === 'exact-online' || preset.settings.target === 'products') return preset;
  const lists = LISTS[lang] ?? LISTS.en;
  return {
    ...preset,
    lists: { ...preset.lists, legalBasis: listItems(lists.legalBases), consentSource: listItems(lists.consentSources) },
    settings: { ...preset.settings, privacy: { ...(preset.settings.privacy as object), consentSource: lists.consentSources[0] } },
    preferences: { ...preset.preferences, defaults: { ...preset.preferences.defaults, legalBasis: lists.defaultLegalBasis } },
  };
}
