/** Spec §7–§8.5: matching and the four actions on companies and persons. */
import { describe, expect, it } from 'vitest';
import type { Company, Person } from '../../src/engine/index.ts';
import { contactsInput, run } from './helpers.ts';

const existing = () => ({
  companies: [
    { id: 1, name: 'Smederij Holm', city: 'Aarhus', phone: ['+45 11 22 33 44'] },
    { id: 4, name: 'Smederij Holm', city: 'Vejle' },
    { id: 2, name: 'Tegelhuis', department: 'Verkoop', code: 'TH' },
  ],
  persons: [{ id: 3, companyId: 2, firstName: 'Ida', lastName: 'Brink', email: ['ida@tegelhuis.test'] }],
  lists: {},
});
const db = (output: ReturnType<typeof run>) => output.database as { companies: Company[]; persons: Person[] };

describe('actions on a matched company (spec §8.5)', () => {
  it.each([
    ['merge', 'Aarhus', ['Vestergade 1'], 'updated'],
    ['replace', 'Odense', ['Vestergade 1'], 'updated'],
    ['skip', 'Aarhus', [null], 'skipped'],
  ])('%s', (action, city, street, outcome) => {
    const output = run(contactsInput(
      [{ 'company.name': ' smederij   HOLM ', 'company.city': 'Odense', 'company.street': 'Vestergade 1' }],
      { existing: existing(), settings: { company: { match: 'name', action }, person: { match: 'none' } } },
    ));
    const company = db(output).companies.find((c) => c.id === 1)!;
    expect(company.city).toBe(city);
    expect([company.street]).toEqual(street);
    expect(company.name).toBe('Smederij Holm');
    expect(output.rows[0].company).toMatchObject({ outcome, id: 1 });
    expect(output.rows[0].warnings).toEqual([{ code: 'MULTIPLE_MATCHES', entity: 'company', ids: [1, 4] }]);
  });

  it('add always creates, also for a name that exists and for a repeated row', () => {
    const row = { 'company.name': 'Tegelhuis' };
    const output = run(contactsInput([row, row], {
      existing: existing(), settings: { company: { match: 'name', action: 'add' }, person: { match: 'none' } },
    }));
    expect(output.rows.map((r) => r.company?.id)).toEqual([5, 6]);
    expect(output.selection.created.companies).toEqual([5, 6]);
  });

  it('an empty cell never clears a stored value, even under replace', () => {
    const output = run(contactsInput([{ 'company.name': 'Tegelhuis', 'company.code': '  ', 'company.department': null }], {
      existing: existing(), settings: { company: { match: 'name', action: 'replace' }, person: { match: 'none' } },
    }));
    expect(output.rows[0].company?.outcome).toBe('unchanged');
    expect(db(output).companies.find((c) => c.id === 2)).toMatchObject({ code: 'TH', department: 'Verkoop' });
  });

  it('a second row matches the company the first row created (sequential run)', () => {
    const output = run(contactsInput([{ 'company.name': 'Nyt Firma' }, { 'company.name': 'NYT FIRMA', 'company.city': 'Ry' }], {
      existing: existing(), settings: { person: { match: 'none' } },
    }));
    expect(output.rows[1].company).toMatchObject({ outcome: 'updated', id: 5 });
    expect(output.selection).toEqual({ created: { companies: [5], persons: [] }, updated: { companies: [], persons: [] } });
  });
});

describe('matching keys (spec §7)', () => {
  it.each([
    ['code', { 'company.code': ' th ', 'company.name': 'Other name' }, 2],
    ['name+department', { 'company.name': 'tegelhuis', 'company.department': 'VERKOOP' }, 2],
    ['id', { 'company.id': '2', 'company.name': 'x' }, 2],
  ])('company %s', (match, row, id) => {
    const output = run(contactsInput([row], {
      existing: existing(), settings: { company: { match, action: 'merge' }, person: { match: 'none' } },
    }));
    expect(output.rows[0].company).toMatchObject({ outcome: 'unchanged', id });
  });

  it.each([['abc', 'INVALID_ID'], ['99', 'ID_NOT_FOUND']])('company id %j → %s, person skipped', (cell, reason) => {
    const output = run(contactsInput([{ 'company.id': cell, 'company.name': 'x', 'person.lastName': 'Y' }], {
      existing: existing(), settings: { company: { match: 'id', action: 'merge' } },
    }));
    expect(output.rows[0].company).toMatchObject({ outcome: 'error', reason, id: null });
    expect(output.rows[0].person).toMatchObject({ outcome: 'skipped', reason: 'company-error' });
  });

  it('an empty key never matches: blank is not a duplicate of blank', () => {
    const output = run(contactsInput([{ 'company.name': 'Blank Code A', 'company.code': '' }], {
      existing: { companies: [{ id: 1, name: 'Blank Code B' }] },
      settings: { company: { match: 'code', action: 'merge' }, person: { match: 'none' } },
    }));
    expect(output.rows[0].company?.outcome).toBe('created');
  });

  it('person names are matched within the row\'s company only', () => {
    const output = run(contactsInput([
      { 'company.name': 'Tegelhuis', 'person.firstName': 'ida', 'person.lastName': 'brink' },
      { 'company.name': 'Smederij Holm', 'person.firstName': 'Ida', 'person.lastName': 'Brink' },
    ], { existing: existing() }));
    expect(output.rows[0].person).toMatchObject({ outcome: 'unchanged', id: 3, companyId: 2 });
    expect(output.rows[1].person).toMatchObject({ outcome: 'created', id: 4, companyId: 1 });
  });

  it('the e-mail index follows updates: an address added by row 0 is matched by row 1', () => {
    const output = run(contactsInput([
      { 'company.name': 'Tegelhuis', 'person.lastName': 'Brink', 'person.email': ['ida@tegelhuis.test', 'IB@privat.test'] },
      { 'company.name': 'Tegelhuis', 'person.lastName': 'Someone', 'person.email': 'ib@privat.test', 'person.number': 'P9' },
    ], { existing: existing(), settings: { person: { match: 'email', action: 'merge', ifNoCompanyName: 'skip' } } }));
    expect(output.rows[0].person).toMatchObject({ outcome: 'updated', id: 3 });
    expect(output.rows[1].person).toMatchObject({ outcome: 'updated', id: 3, changes: [{ field: 'person.number', from: null, to: 'P9' }] });
    expect(output.selection.updated.persons).toEqual([3]);
  });

  it('a replaced e-mail address leaves the index: the old address no longer matches', () => {
    const byEmail = run(contactsInput([
      { 'company.name': 'Tegelhuis', 'person.lastName': 'Brink', 'person.email': ['ida@tegelhuis.test', 'ida.brink@nyt.test'] },
      { 'company.name': 'Tegelhuis', 'person.lastName': 'Brink', 'person.email': 'ida.brink@nyt.test' },
      { 'company.name': 'Tegelhuis', 'person.lastName': 'Brink', 'person.email': 'ida@tegelhuis.test' },
    ], { existing: existing(), settings: { person: { match: 'email', action: 'merge', ifNoCompanyName: 'skip' }, urlEmail: 'replace' } }));
    // Row 0 matches by its first address and replaces the list with both; row 1 matches by the new
    // address and replaces the list with it alone; row 2's old address is gone from the index.
    expect(byEmail.rows.map((r) => [r.person?.outcome, r.person?.id])).toEqual([['updated', 3], ['updated', 3], ['created', 4]]);
    expect((byEmail.database as { persons: Person[] }).persons[0].email).toEqual(['ida.brink@nyt.test']);
  });

  it('a full name column is split and stored as first and last name', () => {
    const output = run(contactsInput([{ 'company.name': 'Tegelhuis', 'person.fullName': ' Sanne  de Vries ' }], { existing: existing() }));
    expect(output.rows[0].person?.changes).toEqual([
      { field: 'person.firstName', from: null, to: 'Sanne' },
      { field: 'person.lastName', from: null, to: 'de Vries' },
    ]);
  });

  it('a person without a name cannot be created', () => {
    const output = run(contactsInput([{ 'company.name': 'Tegelhuis', 'person.lastName': '', 'person.email': 'nobody@x.test' }], { existing: existing() }));
    expect(output.rows[0].person).toMatchObject({ outcome: 'error', reason: 'PERSON_NAME_MISSING' });
  });
});
