/** Spec §9 products, §10 ERP and §11 Exact Online. */
import { describe, expect, it } from 'vitest';
import type { Database, ExactDatabase } from '../../src/engine/index.ts';
import { contactsSettings, run } from './helpers.ts';

const productInput = (rows: Record<string, unknown>[], product: Record<string, unknown> = {}) => ({
  flavour: 'superoffice',
  settings: { target: 'products', product: { match: 'code', action: 'merge', priceListId: 2, ...product }, productLists: { category: 'add' } },
  existing: {
    priceLists: [{ id: 1, name: 'DKK' }, { id: 2, name: 'EUR' }],
    products: [{ id: 1, priceListId: 1, name: 'Bolt', code: 'B1' }, { id: 2, priceListId: 2, name: 'Bolt', code: 'B1', cost: 1 }],
  },
  rows,
});

describe('products (spec §9)', () => {
  it('matches within the selected price list only and parses numbers', () => {
    const output = run(productInput([{ 'product.code': 'b1', 'product.name': 'Bolt', 'product.listPrice': '1.234,50', 'product.inAssortment': 'ja' }]));
    expect(output.rows[0].product).toMatchObject({ outcome: 'updated', id: 2 });
    expect((output.database as Database).products[1]).toMatchObject({ listPrice: 1234.5, inAssortment: true, cost: 1 });
  });

  it.each([
    [{ 'product.cost': '12,345,678' }, 'INVALID_NUMBER', 'product.cost', '12,345,678'],
    [{ 'product.inAssortment': 'maybe', 'product.cost': 'x' }, 'INVALID_NUMBER', 'product.cost', 'x'],
    [{ 'product.inAssortment': 'maybe' }, 'INVALID_BOOLEAN', 'product.inAssortment', 'maybe'],
  ])('first invalid cell in catalogue order: %j', (cells, reason, field, value) => {
    const output = run(productInput([{ 'product.code': 'B1', 'product.name': 'Bolt', ...cells }]));
    expect(output.rows[0].product).toEqual({ outcome: 'error', id: null, reason, changes: [], field, params: { value } });
  });

  it('a new product needs a name and goes into the selected price list', () => {
    const output = run(productInput([{ 'product.code': 'N1', 'product.name': '' }, { 'product.code': 'N2', 'product.name': 'Møtrik', 'product.category': 'Jern' }]));
    expect(output.rows[0].product?.reason).toBe('PRODUCT_NAME_MISSING');
    expect((output.database as Database).products[2]).toMatchObject({ id: 3, priceListId: 2, category: 'Jern' });
    expect(output.summary.products).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 0, errors: 1 });
  });
});

describe('ERP (spec §10)', () => {
  it('customers are companies; unselected rows are not-selected; result lists follow the selection', () => {
    const output = run({
      flavour: 'erp',
      settings: { ...contactsSettings(), erp: { connection: 'Visma', actorType: 'customer', selectedRows: [0, 2] } },
      existing: { companies: [{ id: 1, name: 'Holm' }] },
      rows: [{ 'company.name': 'Holm', 'company.city': 'Ry' }, { 'company.name': 'B' }, { 'company.name': 'C' }],
    });
    expect(output.rows[1]).toEqual({ index: 1, status: 'not-selected' });
    expect(output.rows[0].person).toMatchObject({ outcome: 'none', reason: 'persons-not-imported' });
    expect(output.erp).toEqual({ connection: 'Visma', actorType: 'customer', actorEntity: 'company', newActors: [2], updatedActors: [1] });
    expect(output.summary.notSelected).toBe(1);
  });
});

describe('Exact Online (spec §11)', () => {
  const exactInput = (exact: Record<string, unknown>, rows: Record<string, unknown>[], existing: Record<string, unknown> = {}) =>
    ({ flavour: 'exact-online', settings: { exact }, existing, rows });

  it('filters come first and give a reason; codes match after trimming', () => {
    const output = run(exactInput({ import: 'relations', relationTypes: ['customer'] }, [
      { 'relation.code': ' 0042 ', 'relation.name': 'Ny navn', 'relation.type': 'Customer' },
      { 'relation.code': '7', 'relation.name': 'X', 'relation.type': 'supplier' },
      { 'relation.code': '8', 'relation.name': 'Y', 'relation.type': 'customer', 'relation.active': 'nee' },
      { 'relation.code': '9', 'relation.name': 'Z', 'relation.type': 'customer', 'relation.blocked': 'perhaps' },
      { 'relation.code': '', 'relation.name': 'Z', 'relation.type': 'customer' },
    ], { customers: [{ id: 5, code: '0042', name: 'Gammel' }] }));
    expect(output.rows.map((r) => r.status === 'filtered' ? r.reason : r.customer?.outcome))
      .toEqual(['updated', 'relation-type', 'inactive', 'error', 'error']);
    expect(output.rows[3].customer).toMatchObject({ reason: 'INVALID_BOOLEAN', field: 'relation.blocked' });
    expect(output.rows[4].customer?.reason).toBe('CODE_MISSING');
    expect((output.database as ExactDatabase).customers[0]).toMatchObject({ code: '0042', name: 'Ny navn' });
  });

  it('materials: category filter, number parsing, repeated code updates the first occurrence', () => {
    const output = run(exactInput({ import: 'materials', categories: ['Rør'] }, [
      { 'material.code': 'R1', 'material.name': 'Rør 15', 'material.category': 'rør', 'material.price': '3,75' },
      { 'material.code': 'r1', 'material.name': 'Rør 15 mm', 'material.category': 'Rør' },
      { 'material.code': 'K1', 'material.name': 'Kabel', 'material.category': 'El' },
      { 'material.code': 'R2', 'material.name': 'Rør 22', 'material.category': 'Rør', 'material.price': 'x' },
    ]));
    expect(output.rows.map((r) => r.material?.outcome ?? r.status)).toEqual(['created', 'updated', 'filtered', 'error']);
    expect((output.database as ExactDatabase).materials).toEqual([
      { id: 1, code: 'R1', name: 'Rør 15 mm', category: 'Rør', unit: null, price: 3.75 },
    ]);
    expect(output.selection).toEqual({ created: { materials: [1] }, updated: { materials: [] } });
  });
});
