/**
 * One source of truth (issue 12): the directive attributes, the settings panel, the field
 * mapping and the merge-example tables take their values from the engine's catalogue, so they
 * cannot drift from it again (the tables read `y` as no while the engine reads it as yes).
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';
import { SHARED_ATTRIBUTES } from '../../src/simulators/directive-attributes.ts';
import { textTableToExisting } from '../../src/simulators/example-tables.ts';
import { mappableFields } from '../../src/simulators/settings-model.ts';
import { initialState } from '../../src/simulators/state.ts';
import '../../src/simulators/samples/index.ts'; // registers every sample for initialState's sampleFor (the island loads them on demand)

describe('the simulators use the engine catalogue', () => {
  it('attribute values are the engine enumerations themselves', () => {
    expect(SHARED_ATTRIBUTES['company-match'].values).toBe(engine.COMPANY_MATCHES);
    expect(SHARED_ATTRIBUTES['person-match'].values).toBe(engine.PERSON_MATCHES);
    expect(SHARED_ATTRIBUTES['product-match'].values).toBe(engine.PRODUCT_MATCHES);
    expect(SHARED_ATTRIBUTES['company-action'].values).toBe(engine.ACTIONS);
    expect(SHARED_ATTRIBUTES['lists-position'].values).toBe(engine.POSITION_POLICIES);
    expect(SHARED_ATTRIBUTES['lists-custom'].values).toBe(engine.LIST_POLICIES);
    expect(SHARED_ATTRIBUTES.phone.values).toBe(engine.MULTI_VALUE_POLICIES);
    expect(SHARED_ATTRIBUTES['exact-import'].values).toBe(engine.EXACT_IMPORTS);
  });

  it('the field mapping offers the engine catalogue of the import', () => {
    expect(mappableFields(initialState({}, 'en').state)).toEqual([...engine.CONTACT_FIELDS]);
    expect(mappableFields(initialState({ target: 'products' }, 'en').state)).toEqual([...engine.PRODUCT_FIELDS]);
    expect(mappableFields(initialState({ flavour: 'exact-online', 'exact-import': 'hourTypes' }, 'en').state)).toEqual([...engine.EXACT_FIELDS.hourTypes]);
  });

  it.each([
    ['y', true], ['Ja', true], ['x', true], ['nee', false], ['N', false], ['maybe', null],
  ])('an "in the CRM now" boolean cell %j reads as the engine reads it (%j)', (cell, value) => {
    const existing = textTableToExisting({ columns: ['product.name', 'product.inAssortment', 'product.listPrice'], rows: [['Bolt', cell, '1.234,50']] });
    expect(existing.products).toEqual([expect.objectContaining({ inAssortment: value, listPrice: 1234.5 })]);
    expect(engine.parseBooleanCell(cell) ?? null).toBe(value);
  });
});
