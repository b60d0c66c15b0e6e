/** Spec §5 validation: codes, keys and order; bad input never throws. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import { contactsInput } from './helpers.ts';

const errorsOf = (input: unknown) => {
  const output = simulate(input);
  if (output.ok) throw new Error('expected a refusal');
  return output.errors;
};

describe('stage 0 shape', () => {
  it.each([
    [null, [{ code: 'INVALID_INPUT', path: '' }]],
    [[], [{ code: 'INVALID_INPUT', path: '' }]],
    [{ flavour: 'csv', rows: 'x', settings: [] }, [
      { code: 'INVALID_INPUT', path: 'flavour' }, { code: 'INVALID_INPUT', path: 'rows' }, { code: 'INVALID_INPUT', path: 'settings' },
    ]],
    [{ flavour: 'superoffice', rows: [], existing: { companies: [{ id: 1 }, { id: 1 }] } },
      [{ code: 'INVALID_INPUT', path: 'existing.companies[1].id' }]],
  ])('%j', (input, errors) => expect(errorsOf(input)).toEqual(errors));
});

describe('superoffice / erp checks in spec order', () => {
  it('reports every failing check, in order', () => {
    const input = contactsInput([{ 'company.nickname': 'x', 'person.firstName': ['A'], 'product.code': 'p' }], {
      settings: {
        source: 'fax', company: { match: null, action: 'merge' },
        person: { match: 'name', action: 'merge', ifNoCompanyName: 'import-without-company' },
        lists: { position: 'default', category: 'default' }, privacy: { legalBasis: 'Nope', consentSource: 'Import' },
      },
      preferences: { defaults: { category: 'Unknown' } },
    });
    (input as { unchecked: unknown }).unchecked = [0, 3];
    (input as { cancelAfter: unknown }).cancelAfter = -1;
    expect(errorsOf(input)).toEqual([
      { code: 'UNKNOWN_SETTING_VALUE', setting: 'source', value: 'fax' },
      { code: 'POSITION_HAS_NO_DEFAULT' },
      { code: 'MATCH_KEY_REQUIRED', entity: 'company' },
      { code: 'NO_COMPANY_OPTION_NOT_ALLOWED' },
      { code: 'LEGAL_BASIS_UNKNOWN', value: 'Nope' },
      { code: 'DEFAULT_VALUE_UNKNOWN', list: 'category', value: 'Unknown' },
      { code: 'UNKNOWN_FIELD', field: 'company.nickname' },
      { code: 'WRONG_TARGET_FIELD', field: 'product.code' },
      { code: 'INVALID_VALUE_TYPE', index: 0, field: 'person.firstName' },
      { code: 'MATCH_FIELD_NOT_MAPPED', entity: 'person', fields: ['person.lastName'] },
      { code: 'ROW_INDEX_OUT_OF_RANGE', path: 'unchecked', index: 3 },
      { code: 'CANCEL_AFTER_INVALID', value: -1 },
    ]);
  });

  it('custom fields need their list; products need a known price list and a mapped name', () => {
    expect(errorsOf(contactsInput([{ 'company.name': 'x', 'company.custom.region': 'N' }], { settings: { person: { match: 'none' } } })))
      .toEqual([{ code: 'UNKNOWN_FIELD', field: 'company.custom.region' }]);
    expect(errorsOf({ flavour: 'superoffice', settings: { target: 'products', product: { priceListId: 9 } }, rows: [{ 'product.code': 'A', 'company.custom.x': 1 }] }))
      .toEqual([
        { code: 'PRICE_LIST_UNKNOWN', priceListId: 9 },
        { code: 'WRONG_TARGET_FIELD', field: 'company.custom.x' },
        { code: 'REQUIRED_FIELD_NOT_MAPPED', fields: ['product.name'] },
      ]);
  });

  it('erp requires an actor type and refuses person columns for customers', () => {
    expect(errorsOf({ flavour: 'erp', rows: [{ 'company.name': 'x' }] }))
      .toEqual([{ code: 'UNKNOWN_SETTING_VALUE', setting: 'erp.actorType', value: null }]);
    expect(errorsOf({ flavour: 'erp', settings: { erp: { actorType: 'supplier' } }, rows: [{ 'company.name': 'x', 'person.lastName': 'y' }] }))
      .toEqual([{ code: 'WRONG_TARGET_FIELD', field: 'person.lastName' }]);
  });
});

describe('exact-online checks', () => {
  it.each([
    [{ import: 'salesOrders' }, [{ code: 'PRO_ONLY_IMPORT', import: 'salesOrders' }]],
    [{ import: 'salesOrders', edition: 'pro' }, [{ code: 'IMPORT_NOT_SIMULATED', import: 'salesOrders' }]],
    [{ import: 'employees' }, [{ code: 'IMPORT_NOT_SIMULATED', import: 'employees' }]],
    [{ import: 'x', includeBlocked: 'yes' }, [
      { code: 'UNKNOWN_SETTING_VALUE', setting: 'exact.import', value: 'x' },
      { code: 'UNKNOWN_SETTING_VALUE', setting: 'exact.includeBlocked', value: 'yes' },
    ]],
    [{ import: 'hourTypes' }, [
      { code: 'WRONG_TARGET_FIELD', field: 'material.name' },
      { code: 'MATCH_FIELD_NOT_MAPPED', entity: 'hourType', fields: ['hourType.code'] },
    ]],
  ])('%j', (exact, errors) => {
    expect(errorsOf({ flavour: 'exact-online', settings: { exact }, rows: [{ 'material.name': 'x' }] })).toEqual(errors);
  });
});

describe('never throws', () => {
  it.each([
    { flavour: 'superoffice', rows: [{ 'company.name': { nested: true } }] },
    { flavour: 'superoffice', settings: { company: 'x', lists: 7 }, rows: [{ 'company.name': 'a' }], existing: { lists: { category: 'x' } } },
    { flavour: 'superoffice', rows: [{ 'company.name': 'a' }], existing: { companies: [{ id: 1, name: { x: 1 }, phone: 5 }] } },
  ])('%j', (input) => {
    expect(() => simulate(input)).not.toThrow();
  });
});
