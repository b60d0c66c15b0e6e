/**
 * fast-check generators for engine properties: small pools of names, cities, phones and list
 * values so that rows often match existing records and each other (the interesting cases).
 */
import fc from 'fast-check';

const NAMES = ['Holm', ' holm ', 'HOLM', 'Smedje Ry', 'Tegl & Co', 'Søndergaard', 'Sondergaard', '', '  '];
const CITIES = ['Aarhus', 'Odense', 'Ry', '', null];
const PHONES = ['+45 11 22 33 44', '0045 11223344', '20 30 40 50', ''];
const FIRST = ['Ida', 'ida', 'Mads', ''];
const LAST = ['Brink', 'Kjær', 'de Vries', ''];
const CATEGORIES = ['Kunde', 'kunde', 'Partner', ''];


/** Existing companies with unique ascending-or-not ids. */
export const existingCompanies = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 30 }),
    name: fc.constantFrom(...NAMES),
    city: fc.constantFrom(...CITIES),
    street: fc.constantFrom('Vej 1', '', null),
    phone: fc.subarray(PHONES.filter(Boolean)),
    category: fc.constantFrom('Kunde', null),
  }, { requiredKeys: ['id', 'name'] }),
  { selector: (c) => c.id, maxLength: 6 },
);

/** A contacts row: company and person cells, each possibly absent, empty or repeated. */
export const contactRow = fc.record({
  'company.name': fc.constantFrom(...NAMES),
  'company.city': fc.constantFrom(...CITIES),
  'company.street': fc.constantFrom('Gade 2', '', null),
  'company.phone': fc.oneof(fc.constantFrom(...PHONES), fc.subarray(PHONES)),
  'company.category': fc.constantFrom(...CATEGORIES),
  'person.firstName': fc.constantFrom(...FIRST),
  'person.lastName': fc.constantFrom(...LAST),
  'person.email': fc.constantFrom('ida@x.test', 'IDA@x.test', 'mads@y.test', ''),
}, { requiredKeys: ['company.name', 'person.lastName'] });

/** Rows of a contacts import. */
export const contactRows = fc.array(contactRow, { minLength: 1, maxLength: 8 });

/** Existing persons attached to companies 1–30 or none. */
export const existingPersons = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 30 }),
    companyId: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    firstName: fc.constantFrom(...FIRST),
    lastName: fc.constantFrom(...LAST),
    email: fc.subarray(['ida@x.test', 'mads@y.test']),
  }),
  { selector: (p) => p.id, maxLength: 5 },
);

/** Settings that vary the keys and list/phone policies but keep the input valid. */
export const contactSettings = fc.record({
  companyMatch: fc.constantFrom('name', 'code', 'vatNo'),
  personMatch: fc.constantFrom('name', 'email', 'none'),
  phone: fc.constantFrom('add', 'replace', 'ignore'),
  category: fc.constantFrom('add', 'blank'),
  ifNoCompanyName: fc.constantFrom('skip', 'create-from-person'),
});

/** A contacts input with `action` for companies and persons. */
export function contactsInputOf(
  settings: { companyMatch: string; personMatch: string; phone: string; category: string; ifNoCompanyName: string },
  action: string,
  companies: unknown[],
  persons: unknown[],
  rows: Record<string, unknown>[],
): Record<string, unknown> {
  return {
    flavour: 'superoffice',
    settings: {
      target: 'contacts',
      company: { match: settings.companyMatch, action },
      person: { match: settings.personMatch, action, ifNoCompanyName: settings.ifNoCompanyName },
      lists: { category: settings.category },
      phone: settings.phone,
      urlEmail: 'add',
    },
    existing: { companies, persons, lists: { category: [{ id: 1, name: 'Kunde' }] } },
    // Map the required and match columns so validation passes whatever the key.
    rows: rows.map((row) => ({
      'company.name': null, 'company.code': null, 'company.vatNo': null, 'person.lastName': null, 'person.email': null, ...row,
    })),
    cancelAfter: null,
  };
}

/** Reverses the key order of every plain object in `value` (arrays keep their order). */
export function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}
