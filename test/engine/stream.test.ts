/**
 * `simulateStream` gives exactly what `simulate` gives — row by row, then the rest with the
 * final database read record by record — and existing records are read correctly whatever the
 * order and spacing of their ids (they are read lazily from the input, not copied up front).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, simulateStream, type Database, type SimulationSuccess } from '../../src/engine/index.ts';
import { contactRows, contactSettings, contactsInputOf, existingCompanies, existingPersons } from './arbitraries.ts';
import { contactsInput, run } from './helpers.ts';

/** The streamed run read to the end, as one JSON text of the same shape as `simulate`'s output. */
function streamedText(input: unknown): string {
  const stream = simulateStream(input);
  if (!stream.ok) return JSON.stringify(stream);
  const rows = [...stream.rows];
  const { database, ...rest } = stream.rest();
  const arrays = Object.fromEntries(Object.entries(database).map(([name, value]) =>
    [name, typeof value === 'object' && value !== null && Symbol.iterator in value ? [...(value as Iterable<unknown>)] : value]));
  return JSON.stringify({ ok: true, rows, database: arrays, ...rest });
}

describe('simulateStream', () => {
  it('equals simulate for generated contacts runs under every action', () => {
    fc.assert(fc.property(
      contactSettings, fc.constantFrom('merge', 'replace', 'skip', 'add'), existingCompanies, existingPersons, contactRows,
      (settings, action, companies, persons, rows) => {
        const input = contactsInputOf(settings, action, companies, persons, rows);
        expect(streamedText(input)).toBe(JSON.stringify(simulate(input)));
      },
    ), { numRuns: 300 });
  });

  it('equals simulate for products, ERP and Exact Online runs, and for a refused input', () => {
    const products = {
      flavour: 'superoffice', settings: { target: 'products', product: { match: 'code', action: 'replace', priceListId: 2 }, productLists: { category: 'add' } },
      existing: { priceLists: [{ id: 2, name: 'EUR' }], products: [{ id: 4, priceListId: 2, name: 'Bolt', code: 'B1' }, { id: 2, priceListId: 2, name: 'Nut', code: 'N1' }] },
      rows: [{ 'product.name': 'Bolt M8', 'product.code': 'b1' }, { 'product.name': 'Ring', 'product.code': 'R1', 'product.category': 'Jern' }],
    };
    const erp = contactsInput([{ 'company.name': 'Holm', 'company.city': 'Ry' }, { 'company.name': 'B' }], {
      existing: { companies: [{ id: 3, name: 'Holm' }] },
    });
    Object.assign(erp, { flavour: 'erp', settings: { ...(erp.settings as object), erp: { connection: 'Visma', actorType: 'customer', selectedRows: [0, 1] } } });
    const exact = {
      flavour: 'exact-online', settings: { exact: { import: 'relations' } },
      existing: { customers: [{ id: 5, code: '0042', name: 'Gammel' }, { id: 1, code: '7', name: 'Syv' }], materials: [{ id: 1, code: 'M', name: 'Tegl' }] },
      rows: [{ 'relation.code': ' 0042 ', 'relation.name': 'Ny navn' }, { 'relation.code': '8', 'relation.name': 'Otte' }],
    };
    for (const input of [products, erp, exact]) {
      const output = simulate(input);
      expect(output.ok && output.rows.some((row) => row.status === 'processed')).toBe(true);
      expect(streamedText(input)).toBe(JSON.stringify(output));
    }
    expect(streamedText({ flavour: 'fax', rows: [] })).toBe(JSON.stringify(simulate({ flavour: 'fax', rows: [] })));
  });

  it('hands each row over before the next is made, and the rest only after the last row', () => {
    const progress: number[] = [];
    const stream = simulateStream(contactsInput([{ 'company.name': 'Holm' }, { 'company.name': 'Vang' }], { settings: { person: { match: 'none' } } }), {
      progressEvery: 1, onProgress: (done) => progress.push(done),
    });
    if (!stream.ok) throw new Error('refused');
    expect(() => stream.rest()).toThrow(/before every row/);
    expect(stream.rows.next().value?.company?.outcome).toBe('created');
    expect(progress).toEqual([]);
    expect(stream.rows.next().value?.index).toBe(1);
    expect(progress).toEqual([1]);
    expect(stream.rows.next().done).toBe(true);
    expect(stream.rest().summary.companies).toMatchObject({ created: 2 });
  });
});

describe('existing records read from the input', () => {
  const companies = [
    { id: 900, name: 'Vang', city: 'Ry' },
    { id: 7, name: 'Holm', city: null },
    { id: 42, name: 'Tegl', phone: '+45 20 30 40 50' },
  ];

  it('match by name and by id whatever the order and gaps of the ids; new ids follow the largest', () => {
    const byName = run(contactsInput([{ 'company.name': 'holm', 'company.city': 'Aarhus' }, { 'company.name': 'Smedje' }], {
      existing: { companies, persons: [] }, settings: { person: { match: 'none' } },
    }));
    expect(byName.rows.map((row) => [row.company?.outcome, row.company?.id])).toEqual([['updated', 7], ['created', 901]]);
    expect((byName.database as Database).companies.map((c) => [c.id, c.city])).toEqual([[7, 'Aarhus'], [42, null], [900, 'Ry'], [901, null]]);
    expect(byName.selection).toMatchObject({ updated: { companies: [7] }, created: { companies: [901] } });

    const byId = run(contactsInput([{ 'company.id': '42', 'company.name': 'Tegl' }, { 'company.id': '43', 'company.name': 'X' }], {
      existing: { companies, persons: [] }, settings: { company: { match: 'id', action: 'merge' }, person: { match: 'none' } },
    }));
    expect(byId.rows.map((row) => [row.company?.outcome, row.company?.reason])).toEqual([['unchanged', null], ['error', 'ID_NOT_FOUND']]);
  });

  it('leave the input untouched and give canonical copies in the database', () => {
    const input = contactsInput([{ 'company.name': 'Tegl', 'company.phone': '+45 99 99 99 99' }], {
      existing: { companies, persons: [] }, settings: { person: { match: 'none' } },
    });
    const before = JSON.stringify(input);
    const output: SimulationSuccess = run(input);
    expect(JSON.stringify(input)).toBe(before);
    const tegl = (output.database as Database).companies.find((c) => c.id === 42)!;
    expect(tegl.phone).toEqual(['+45 20 30 40 50', '+45 99 99 99 99']);
    expect(tegl).toMatchObject({ department: null, email: [], custom: {} });
  });
});

describe('the match index', () => {
  it('tells apart keys with the same 32-bit hash (FNV-1a of `firma 412789` = that of `firma 649192`)', () => {
    const output = run(contactsInput([
      { 'company.name': 'FIRMA 649192', 'company.city': 'Ry' },
      { 'company.name': 'firma 412789', 'company.city': 'Ry' },
      { 'company.name': 'Firma 1' },
    ], {
      existing: { companies: [{ id: 1, name: 'Firma 412789' }, { id: 2, name: 'Firma 649192' }], persons: [] },
      settings: { person: { match: 'none' } },
    }));
    expect(output.rows.map((row) => [row.company?.outcome, row.company?.id, row.warnings])).toEqual([
      ['updated', 2, []], ['updated', 1, []], ['created', 3, []],
    ]);
  });
});
