/**
 * Every code the engine can report and every catalogue value it knows reaches the screen as
 * text in each shipped locale (issue 12, done-when 2): validation codes with their parameters,
 * entity and filter reasons, warnings (row and summary, with plural forms), and a product label
 * for every field, match key, action and policy of the engine's catalogue. A locale folder
 * added under src/i18n/locales is checked without changing this test.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_ERROR_REASONS, ENTITY_REASONS, ERROR_CODES, FILTER_REASONS, WARNING_CODES,
} from '../../src/engine/index.ts';
import { translatorFor } from '../../src/simulators/catalogues.ts';
import { catalogueLabelKeys } from '../../src/simulators/field-labels.ts';
import { validationMessages, type ValidationErrorView } from '../../src/simulators/validation-messages.ts';

const localesDir = new URL('../../src/i18n/locales/', import.meta.url);
const locales = readdirSync(localesDir).filter((name) => existsSync(new URL(`${name}/simulator.json`, localesDir)));
const strings = (lang: string) => JSON.parse(readFileSync(new URL(`${lang}/simulator.json`, localesDir), 'utf8')) as Record<string, string>;
const codeOrKey = /\b[A-Z]{2,}_[A-Z_]+\b|\b(company|person|product|relation|material|hourType|simulator|settings|lists|exact)\.[A-Za-z]/;

/** One error of each code, with the parameters the engine gives it (spec §5). */
const EXAMPLES: Record<(typeof ERROR_CODES)[number], ValidationErrorView> = {
  INVALID_INPUT: { code: 'INVALID_INPUT', path: 'existing.companies[3].id' },
  UNKNOWN_SETTING_VALUE: { code: 'UNKNOWN_SETTING_VALUE', setting: 'company.match', value: 'email' },
  POSITION_HAS_NO_DEFAULT: { code: 'POSITION_HAS_NO_DEFAULT' },
  MATCH_KEY_REQUIRED: { code: 'MATCH_KEY_REQUIRED', entity: 'person' },
  NO_COMPANY_OPTION_NOT_ALLOWED: { code: 'NO_COMPANY_OPTION_NOT_ALLOWED' },
  PRICE_LIST_UNKNOWN: { code: 'PRICE_LIST_UNKNOWN', priceListId: 4 },
  LEGAL_BASIS_UNKNOWN: { code: 'LEGAL_BASIS_UNKNOWN', value: 'Contract' },
  CONSENT_SOURCE_UNKNOWN: { code: 'CONSENT_SOURCE_UNKNOWN', value: 'Beurs' },
  DEFAULT_VALUE_UNKNOWN: { code: 'DEFAULT_VALUE_UNKNOWN', list: 'companyInterest', value: 'Golf' },
  WRONG_TARGET_FIELD: { code: 'WRONG_TARGET_FIELD', field: 'product.name' },
  UNKNOWN_FIELD: { code: 'UNKNOWN_FIELD', field: 'company.custom.regio' },
  INVALID_VALUE_TYPE: { code: 'INVALID_VALUE_TYPE', index: 1233, field: 'company.name' },
  REQUIRED_FIELD_NOT_MAPPED: { code: 'REQUIRED_FIELD_NOT_MAPPED', fields: ['person.firstName', 'person.lastName', 'person.fullName'] },
  MATCH_FIELD_NOT_MAPPED: { code: 'MATCH_FIELD_NOT_MAPPED', entity: 'company', fields: ['company.name', 'company.department'] },
  ROW_INDEX_OUT_OF_RANGE: { code: 'ROW_INDEX_OUT_OF_RANGE', path: 'unchecked', index: 40 },
  CANCEL_AFTER_INVALID: { code: 'CANCEL_AFTER_INVALID', value: -1 },
  PRO_ONLY_IMPORT: { code: 'PRO_ONLY_IMPORT', import: 'salesOrders' },
  IMPORT_NOT_SIMULATED: { code: 'IMPORT_NOT_SIMULATED', import: 'employees' },
};

describe.each(locales)('%s', (lang) => {
  const t = translatorFor(lang);
  const own = strings(lang);

  it('has a sentence for every validation code, with its parameters and without codes or keys', () => {
    for (const code of ERROR_CODES) {
      const [message] = validationMessages([EXAMPLES[code]], t, lang);
      expect(own[`simulator.validation.${code}`], code).toBeTruthy();
      expect(message, code).not.toMatch(codeOrKey);
      expect(message, code).not.toMatch(/\{\{/);
    }
  });

  it('has a sentence for every entity and filter reason, and both plural forms of every warning', () => {
    for (const reason of [...ENTITY_ERROR_REASONS, ...ENTITY_REASONS, ...FILTER_REASONS]) {
      expect(own[`simulator.explain.reason.${reason}`], reason).toBeTruthy();
    }
    for (const code of WARNING_CODES) {
      for (const form of ['one', 'other']) {
        expect(own[`simulator.explain.warning.${code}_${form}`], code).toBeTruthy();
        expect(own[`simulator.summary.${code}_${form}`], code).toBeTruthy();
      }
    }
  });

  it('has a product label for every field, match key, action and policy of the engine catalogue', () => {
    const missing = catalogueLabelKeys().filter((key) => !own[key]?.trim());
    expect(missing).toEqual([]);
  });
});

describe('validation messages show parameters by their labels', () => {
  it.each([
    ['en', 'REQUIRED_FIELD_NOT_MAPPED', 'Map a column to First name, Last name, or Full name: it is required.'],
    ['nl', 'REQUIRED_FIELD_NOT_MAPPED', 'Wijs een kolom toe aan Voornaam, Achternaam of Volledige naam: dit veld is verplicht.'],
    ['en', 'MATCH_FIELD_NOT_MAPPED', 'Company: the duplicate match needs a column mapped to Company name and Department.'],
    ['nl', 'UNKNOWN_SETTING_VALUE', '“email” is geen mogelijke waarde van Bedrijf: Duplicaat.'],
    ['da', 'INVALID_VALUE_TYPE', 'Række 1.234: værdien i Firmanavn kan ikke importeres.'],
    ['en', 'DEFAULT_VALUE_UNKNOWN', 'The default value “Golf” of Company interests is not in that list.'],
    ['en', 'PRO_ONLY_IMPORT', 'The import “Sales orders” is available in Exact Online Pro only.'],
  ] as const)('%s %s', (lang, code, sentence) => {
    expect(validationMessages([EXAMPLES[code]], translatorFor(lang), lang)).toEqual([sentence]);
  });

  it('a file without any mappable column gives sentences, not codes (the case in issue 12)', () => {
    const errors = [{ code: 'REQUIRED_FIELD_NOT_MAPPED', fields: ['company.name'] }, { code: 'MATCH_FIELD_NOT_MAPPED', entity: 'person', fields: ['person.lastName'] }];
    expect(validationMessages(errors, translatorFor('nl'), 'nl')).toEqual([
      'Wijs een kolom toe aan Bedrijfsnaam: dit veld is verplicht.',
      'Persoon: de duplicaatcontrole heeft een kolom nodig voor Achternaam.',
    ]);
  });

  it('a missing required setting is asked for; an unknown code still reads as a sentence', () => {
    const t = translatorFor('en');
    expect(validationMessages([{ code: 'UNKNOWN_SETTING_VALUE', setting: 'erp.actorType', value: null }], t, 'en')).toEqual(['ERP connection: Actor type must be chosen.']);
    expect(validationMessages([{ code: 'SOMETHING_NEW' }], t, 'en')).toEqual(['The import cannot start.']);
  });
});
