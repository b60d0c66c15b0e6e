/**
 * Spec §15: the settings page's ACME example, with the corrected outcomes the rules give
 * (the docs' own table is wrong for merge, replace and skip).
 */
import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/engine/index.ts';
import { contactsInput, run } from './helpers.ts';

const existing = {
  companies: [{ id: 1, name: 'ACME Inc.', street: 'Main street 456', code: 'ACME1' }],
  persons: [],
  lists: {},
};
const importRow = { 'company.name': 'ACME Inc.', 'company.street': 'Broadway 123', 'company.vatNo': '11223344' };
const personsOff = { person: { match: 'none', action: 'merge', ifNoCompanyName: 'skip' } };

describe('ACME example (spec §15)', () => {
  it.each([
    ['merge', 'Main street 456', '11223344', 'updated'],
    ['replace', 'Broadway 123', '11223344', 'updated'],
    ['skip', 'Main street 456', null, 'skipped'],
  ])('%s → address %s, VAT %s, code kept', (action, street, vatNo, outcome) => {
    const output = run(contactsInput([importRow], {
      existing, settings: { ...personsOff, company: { match: 'name', action } },
    }));
    const companies = (output.database as { companies: Company[] }).companies;
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ id: 1, name: 'ACME Inc.', street, vatNo, code: 'ACME1' });
    expect(output.rows[0].company?.outcome).toBe(outcome);
  });

  it('replace lists the overwritten address and the filled VAT number, never the name or code', () => {
    const output = run(contactsInput([importRow], {
      existing, settings: { ...personsOff, company: { match: 'name', action: 'replace' } },
    }));
    expect(output.rows[0].company?.changes).toEqual([
      { field: 'company.vatNo', from: null, to: '11223344' },
      { field: 'company.street', from: 'Main street 456', to: 'Broadway 123' },
    ]);
  });

  it('the Dutch table\'s "ACME Inc" (no dot) is another company: a second one is created', () => {
    const output = run(contactsInput([{ ...importRow, 'company.name': 'ACME Inc' }], {
      existing, settings: { ...personsOff, company: { match: 'name', action: 'merge' } },
    }));
    expect(output.rows[0].company).toMatchObject({ outcome: 'created', id: 2 });
    expect((output.database as { companies: Company[] }).companies.map((c) => c.name)).toEqual(['ACME Inc.', 'ACME Inc']);
  });
});
