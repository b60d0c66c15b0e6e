/** Spec §6 run order and statuses, §12 output; the `simulate` options; the public exports. */
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';
import { contactsInput, run } from './helpers.ts';

const rows = [0, 1, 2, 3].map((i) => ({ 'company.name': `Firma ${i}` }));
const personsOff = { person: { match: 'none' } };

describe('statuses, cancellation and preview (spec §6, §12.2)', () => {
  it('unchecked wins over not-processed; rows before the stop are applied', () => {
    const output = run({ ...contactsInput(rows, { settings: personsOff }), unchecked: [0, 3], cancelAfter: 2 });
    expect(output.rows.map((r) => r.status)).toEqual(['unchecked', 'processed', 'not-processed', 'unchecked']);
    expect(output.rows[1].preview).toEqual({ company: 'new', person: 'none' });
    expect(output.summary).toMatchObject({ rows: 4, processed: 1, unchecked: 2, notProcessed: 1, cancelled: true });
    expect(output.selection.created.companies).toEqual([1]);
  });

  it('cancelAfter equal to the row count is not a cancellation', () => {
    expect(run({ ...contactsInput(rows, { settings: personsOff }), cancelAfter: 4 }).summary.cancelled).toBe(false);
  });

  it('shouldStop behaves like cancelAfter at the current row', () => {
    let polls = 0;
    const stopped = engine.simulate(contactsInput(rows, { settings: personsOff }), { shouldStop: () => ++polls > 2 });
    const cancelled = engine.simulate({ ...contactsInput(rows, { settings: personsOff }), cancelAfter: 2 });
    expect(stopped).toEqual(cancelled);
  });

  it('reports progress every N rows and at the end', () => {
    const calls: [number, number][] = [];
    engine.simulate(contactsInput(rows, { settings: personsOff }), { progressEvery: 3, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[3, 4], [4, 4]]);
  });

  it('does not modify its input', () => {
    const input = contactsInput([{ 'company.name': 'Holm', 'company.phone': '1' }], {
      existing: { companies: [{ id: 1, name: 'Holm', phone: ['2'] }] }, settings: personsOff,
    });
    const copy = structuredClone(input);
    run(input);
    expect(input).toEqual(copy);
  });

  it('outputs the canonical database with the default consent source list', () => {
    const output = run(contactsInput([{ 'company.name': null }], { existing: { companies: [{ id: 2, name: 'B', custom: { z: 'Z', a: '' } }] }, settings: personsOff }));
    expect(output.database).toEqual({
      companies: [{
        id: 2, name: 'B', department: null, number: null, code: null, vatNo: null, street: null, postcode: null,
        city: null, country: null, phone: [], email: [], url: [], category: null, business: null, interests: [], custom: { z: 'Z' },
      }],
      persons: [], products: [], priceLists: [], lists: { consentSource: [{ id: 1, name: 'Import' }] },
    });
  });
});

describe('public entry src/engine/index.ts', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'ACTIONS', 'BOOLEAN_FALSE_CELLS', 'BOOLEAN_TRUE_CELLS', 'COMPANY_MATCHES', 'CONTACT_FIELDS', 'CUSTOM_FIELD_PATTERN',
      'ENTITY_ERROR_REASONS', 'ENTITY_REASONS',
      'ERP_ACTOR_TYPES', 'ERROR_CODES', 'EXACT_EDITIONS', 'EXACT_FIELDS', 'EXACT_IMPORTS', 'EXACT_NOT_SIMULATED_IMPORTS',
      'EXACT_ONLINE_FIELDS', 'EXACT_PRO_ONLY_IMPORTS', 'EXACT_RELATION_TYPES', 'FILTER_REASONS', 'FLAVOURS',
      'LIST_KEY_OF_FIELD', 'LIST_POLICIES', 'MATCH_KEY_FIELDS', 'MULTI_VALUE_POLICIES', 'NO_COMPANY_NAME_OPTIONS',
      'PERSON_MATCHES', 'POSITION_POLICIES',
      'PRODUCT_FIELDS', 'PRODUCT_LIST_POLICIES', 'PRODUCT_MATCHES', 'SOURCES', 'TARGETS', 'WARNING_CODES',
      'collapse', 'fieldKindOf', 'isMultiField', 'listKeyOf', 'normEmail', 'normPhone', 'normText', 'normUrl', 'normVat',
      'parseBooleanCell', 'parseIdCell', 'parseNumberCell', 'previewIconOf', 'simulate', 'simulateStream',
    ]);
  });
});

describe('progress when the row count is a multiple of progressEvery', () => {
  it('reports the end once', () => {
    const calls: number[] = [];
    engine.simulate(contactsInput(rows, { settings: personsOff }), { progressEvery: 2, onProgress: (done) => calls.push(done) });
    expect(calls).toEqual([2, 4]);
  });
});
