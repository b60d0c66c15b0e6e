/**
 * Explanations (engine addition to spec §12.2): which key matched with which value and record,
 * which imported values a matched record kept, which list values were dropped, and the
 * parameters of errors and filters — table-driven per rule, plus properties over generated runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MATCH_KEY_FIELDS, simulate, type Company, type Database, type EntityResult, type SimulationSuccess,
} from '../../src/engine/index.ts';
import { contactRows, contactSettings, contactsInputOf, existingCompanies, existingPersons } from './arbitraries.ts';
import { contactsInput, run } from './helpers.ts';

const ACME = { companies: [{ id: 1, name: 'ACME Inc.', street: 'Main street 456', code: 'ACME1' }], persons: [], lists: {} };
const acmeRow = (name = 'ACME Inc.') => ({ 'company.name': name, 'company.street': 'Broadway 123', 'company.vatNo': '11223344' });
const companyOf = (output: SimulationSuccess, row = 0) => output.rows[row].company as EntityResult;
const companiesOnly = (action: string, extra: Record<string, unknown> = {}) =>
  ({ company: { match: 'name', action }, person: { match: 'none' }, ...extra });

describe('match: key, values and record', () => {
  it.each([
    ['merge', 'updated', 1],
    ['replace', 'updated', 1],
    ['skip', 'skipped', 1],
  ])('%s of the ACME row names the name key, its value and company 1', (action, outcome, id) => {
    const company = companyOf(run(contactsInput([acmeRow()], { existing: ACME, settings: companiesOnly(action) })));
    expect(company).toMatchObject({ outcome, id, match: { key: 'name', fields: ['company.name'], values: ['ACME Inc.'], id: 1 } });
  });

  it('a name that differs (the Dutch table: no final dot) is looked up, found nothing, and creates', () => {
    const company = companyOf(run(contactsInput([acmeRow('ACME Inc')], { existing: ACME, settings: companiesOnly('merge') })));
    expect(company).toMatchObject({ outcome: 'created', id: 2, match: { key: 'name', values: ['ACME Inc'], id: null } });
  });

  it('Add always makes no lookup, so there is no match', () => {
    const company = companyOf(run(contactsInput([acmeRow()], { existing: ACME, settings: companiesOnly('add') })));
    expect(company.outcome).toBe('created');
    expect(company).not.toHaveProperty('match');
  });

  it('name+department names both fields and values', () => {
    const existing = { companies: [{ id: 4, name: 'Holm', department: 'Salg' }], persons: [], lists: {} };
    const output = run(contactsInput([{ 'company.name': 'holm', 'company.department': 'Salg' }],
      { existing, settings: companiesOnly('merge', { company: { match: 'name+department', action: 'merge' } }) }));
    expect(companyOf(output).match).toEqual({
      key: 'name+department', fields: ['company.name', 'company.department'], values: ['holm', 'Salg'], id: 4,
    });
  });

  it('an id that does not exist: error ID_NOT_FOUND with the id looked up', () => {
    const output = run(contactsInput([{ 'company.id': ' 77 ', 'company.name': 'X' }],
      { existing: ACME, settings: companiesOnly('merge', { company: { match: 'id', action: 'merge' } }) }));
    expect(companyOf(output)).toMatchObject({ outcome: 'error', reason: 'ID_NOT_FOUND', match: { key: 'id', values: ['77'], id: null } });
  });

  it('a person matched by e-mail names the first e-mail and keeps its own company', () => {
    const existing = { companies: [{ id: 1, name: 'ACME Inc.' }], persons: [{ id: 12, companyId: 1, firstName: 'Ann', lastName: 'Berg', email: ['a@b.nl'] }], lists: {} };
    const output = run(contactsInput([{ 'company.name': 'ACME Inc.', 'person.lastName': 'Berg', 'person.email': ['A@B.nl', 'x@y.nl'] }],
      { existing, settings: { person: { match: 'email', action: 'merge', ifNoCompanyName: 'skip' } } }));
    expect(output.rows[0].person).toMatchObject({ outcome: 'updated', id: 12, companyId: 1, match: { key: 'email', fields: ['person.email'], values: ['A@B.nl'], id: 12 } });
  });

  it('a person matched by name names first and last name, a full name split as matched', () => {
    const existing = { companies: [{ id: 1, name: 'ACME Inc.' }], persons: [{ id: 3, companyId: 1, firstName: 'Sanne', lastName: 'de Vries' }], lists: {} };
    const output = run(contactsInput([{ 'company.name': 'ACME Inc.', 'person.fullName': 'Sanne  de Vries' }], { existing }));
    expect(output.rows[0].person).toMatchObject({ id: 3, match: { key: 'name', fields: ['person.firstName', 'person.lastName'], values: ['Sanne', 'de Vries'], id: 3 } });
  });

  it('several records share the key: the lowest id is the match, the warning lists them all', () => {
    const existing = { companies: [{ id: 7, name: 'Holm' }, { id: 3, name: 'holm' }], persons: [], lists: {} };
    const output = run(contactsInput([{ 'company.name': 'HOLM', 'company.city': 'Ry' }], { existing, settings: companiesOnly('merge') }));
    expect(companyOf(output).match?.id).toBe(3);
    expect(output.rows[0].warnings).toEqual([{ code: 'MULTIPLE_MATCHES', entity: 'company', ids: [3, 7] }]);
  });

  it('a company named after its person explains the derived name it was looked up by', () => {
    const existing = { companies: [{ id: 5, name: 'Ida Brink' }], persons: [], lists: {} };
    const output = run(contactsInput([{ 'company.name': '', 'person.firstName': 'Ida', 'person.lastName': 'Brink' }],
      { existing, settings: { person: { match: 'name', action: 'merge', ifNoCompanyName: 'create-from-person' } } }));
    expect(companyOf(output)).toMatchObject({ outcome: 'unchanged', id: 5, match: { key: 'name', values: ['Ida Brink'], id: 5 } });
  });
});

describe('kept: imported values a matched record did not take', () => {
  it('merge keeps the filled street, and the stored spelling of the key field', () => {
    const company = companyOf(run(contactsInput([acmeRow('acme inc.')], { existing: ACME, settings: companiesOnly('merge') })));
    expect(company.changes.map((c) => c.field)).toEqual(['company.vatNo']);
    expect(company.kept).toEqual([
      { field: 'company.name', value: 'acme inc.', stored: 'ACME Inc.', why: 'key' },
      { field: 'company.street', value: 'Broadway 123', stored: 'Main street 456', why: 'filled' },
    ]);
  });

  it('replace writes the street: nothing kept; an equal value is neither written nor kept', () => {
    const company = companyOf(run(contactsInput([{ ...acmeRow(), 'company.code': 'ACME1' }], { existing: ACME, settings: companiesOnly('replace') })));
    expect(company.changes.map((c) => c.field)).toEqual(['company.vatNo', 'company.street']);
    expect(company).not.toHaveProperty('kept');
  });

  it('phone policy Ignore keeps the stored numbers (why: policy)', () => {
    const existing = { companies: [{ id: 1, name: 'Holm', phone: ['11 22 33 44'] }], persons: [], lists: {} };
    const output = run(contactsInput([{ 'company.name': 'Holm', 'company.phone': '55 66 77 88' }],
      { existing, settings: companiesOnly('replace', { phone: 'ignore' }) }));
    expect(companyOf(output)).toMatchObject({ outcome: 'unchanged', kept: [{ field: 'company.phone', value: ['55 66 77 88'], stored: ['11 22 33 44'], why: 'policy' }] });
  });

  it('Exact Online keeps a code written differently (codes are never rewritten)', () => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'materials' } },
      existing: { materials: [{ id: 1, code: 'M1', name: 'Bolt' }] }, rows: [{ 'material.code': 'm1', 'material.name': 'Bolt' }] });
    expect(output.rows[0].material).toMatchObject({
      outcome: 'unchanged', match: { key: 'code', fields: ['material.code'], values: ['m1'], id: 1 },
      kept: [{ field: 'material.code', value: 'm1', stored: 'M1', why: 'key' }],
    });
  });
});

describe('dropped: unknown list values', () => {
  const lists = { category: [{ id: 1, name: 'Klant' }], companyInterest: [{ id: 1, name: 'Golf' }] };
  const withLists = { companies: [], persons: [], lists };

  it.each([
    ['blank', {}, { field: 'company.category', value: 'Foo', policy: 'blank', to: null }, []],
    ['default', { category: 'klant' }, { field: 'company.category', value: 'Foo', policy: 'default', to: 'Klant' }, ['company.category']],
    ['default', {}, { field: 'company.category', value: 'Foo', policy: 'default', to: null }, []],
  ])('policy %s with defaults %j', (policy, defaults, dropped, written) => {
    const output = run(contactsInput([{ 'company.name': 'Holm', 'company.category': 'Foo' }], {
      existing: withLists, preferences: { mandatoryCompanyOnPerson: true, defaults },
      settings: companiesOnly('merge', { lists: { category: policy } }),
    }));
    expect(companyOf(output).dropped).toEqual([dropped]);
    expect(companyOf(output).changes.map((c) => c.field).filter((f) => f === 'company.category')).toEqual(written);
  });

  it('Add new item: nothing dropped; a known value in another spelling: nothing dropped', () => {
    const output = run(contactsInput([{ 'company.name': 'Holm', 'company.category': 'klant', 'company.interests': ['Foo', 'golf'] }],
      { existing: withLists, settings: companiesOnly('merge', { lists: { category: 'blank', interests: 'add' } }) }));
    expect(companyOf(output)).not.toHaveProperty('dropped');
  });

  it('a multi list drops each unknown value on its own', () => {
    const output = run(contactsInput([{ 'company.name': 'Holm', 'company.interests': ['Foo', 'golf', 'Bar'] }],
      { existing: withLists, settings: companiesOnly('merge', { lists: { interests: 'blank' } }) }));
    expect(companyOf(output).dropped?.map((d) => d.value)).toEqual(['Foo', 'Bar']);
    expect(companyOf(output).changes).toEqual([{ field: 'company.name', from: null, to: 'Holm' }, { field: 'company.interests', from: [], to: ['Golf'] }]);
  });

  it('a product list under blank drops the value', () => {
    const output = run({ flavour: 'superoffice', settings: { target: 'products', product: { match: 'code', action: 'merge', priceListId: 1 } },
      existing: { priceLists: [{ id: 1, name: 'P' }] }, rows: [{ 'product.name': 'Bolt', 'product.code': 'B1', 'product.family': 'Tools' }] });
    expect(output.rows[0].product).toMatchObject({ outcome: 'created', dropped: [{ field: 'product.family', value: 'Tools', policy: 'blank', to: null }], match: { key: 'code', values: ['B1'], id: null } });
  });
});

describe('parameters of errors and filters', () => {
  it('Exact Online INVALID_NUMBER names the cell', () => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'hourTypes' } }, rows: [{ 'hourType.code': 'H1', 'hourType.name': 'Werk', 'hourType.rate': 'twaalf' }] });
    expect(output.rows[0].hourType).toMatchObject({ outcome: 'error', reason: 'INVALID_NUMBER', field: 'hourType.rate', params: { value: 'twaalf' } });
  });

  it('a filtered relation names its type; an inactive one has no parameters', () => {
    const output = run({ flavour: 'exact-online', settings: { exact: { import: 'relations', relationTypes: ['customer'] } },
      rows: [{ 'relation.code': 'R1', 'relation.name': 'A', 'relation.type': 'Prospect' }, { 'relation.code': 'R2', 'relation.name': 'B', 'relation.type': 'customer', 'relation.active': 'nee' }] });
    expect(output.rows[0]).toEqual({ index: 0, status: 'filtered', reason: 'relation-type', params: { value: 'Prospect' } });
    expect(output.rows[1]).toEqual({ index: 1, status: 'filtered', reason: 'inactive' });
  });
});

describe('explanation properties', () => {
  const ok = (input: unknown): SimulationSuccess => {
    const output = simulate(input);
    if (!output.ok) throw new Error(`refused: ${JSON.stringify(output.errors)}`);
    return output;
  };
  const entitiesOf = (output: SimulationSuccess) =>
    output.rows.flatMap((row) => [['company', row.company], ['person', row.person]] as const)
      .filter((pair): pair is readonly ['company' | 'person', EntityResult] => pair[1] !== undefined);

  it('every matched entity names its key, the key fields, one value per field and the record id', () => {
    fc.assert(fc.property(contactSettings, fc.constantFrom('merge', 'replace', 'skip'), existingCompanies, existingPersons, contactRows,
      (settings, action, companies, persons, rows) => {
        const output = ok(contactsInputOf(settings, action, companies, persons, rows));
        for (const [entity, result] of entitiesOf(output)) {
          const matched = result.outcome === 'updated' || result.outcome === 'unchanged' || result.reason === 'duplicate-skip';
          if (matched) expect(result.match?.id).toBe(result.id);
          if (result.outcome === 'created' && result.match) expect(result.match.id).toBeNull();
          if (!result.match) continue;
          const fields = (MATCH_KEY_FIELDS[entity] as Record<string, readonly string[]>)[result.match.key];
          expect(result.match.fields).toEqual(fields);
          expect(result.match.values).toHaveLength(fields.length);
        }
      }));
  });

  it('every written field is in changes, and a field is never both written and kept', () => {
    fc.assert(fc.property(contactSettings, fc.constantFrom('merge', 'replace'), existingCompanies, existingPersons, contactRows,
      (settings, action, companies, persons, rows) => {
        const input = contactsInputOf(settings, action, companies, persons, rows);
        const before = ok({ ...input, cancelAfter: 0 }).database as Database;
        const output = ok(input);
        const changedFields = new Map<number, Set<string>>();
        for (const row of output.rows) {
          const company = row.company;
          if (!company) continue;
          const written = new Set(company.changes.map((c) => c.field));
          for (const kept of company.kept ?? []) expect(written.has(kept.field)).toBe(false);
          if (company.outcome === 'updated' && company.id !== null) {
            const seen = changedFields.get(company.id) ?? new Set();
            for (const field of written) seen.add(field);
            changedFields.set(company.id, seen);
          }
        }
        const after = output.database as Database;
        for (const old of before.companies) {
          const now = after.companies.find((c) => c.id === old.id) as Company;
          for (const prop of Object.keys(old) as (keyof Company)[]) {
            if (JSON.stringify(old[prop]) === JSON.stringify(now[prop])) continue;
            expect(changedFields.get(old.id)?.has(`company.${prop}`)).toBe(true);
          }
        }
      }));
  });
});
