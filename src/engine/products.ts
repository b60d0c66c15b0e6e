/**
 * One products row (spec §9): numbers and booleans parsed first, then lookup within the
 * selected price list, the action, and product lists under `productLists`.
 */
import { applyToMatched, applyToNew, type FieldValue } from './apply.ts';
import { cellText, isEmptyCell, parseBooleanCell, parseNumberCell } from './cells.ts';
import { MATCH_KEY_FIELDS, PRODUCT_FIELDS, fieldKindOf, listKeyOf } from './catalogue.ts';
import type { Collection, KeysOf } from './collection.ts';
import { resolveListTexts } from './contact-values.ts';
import {
  createdResult, errorResult, explained, matchedResult, matchTrace, pickMatch, skippedResult, type Lookup,
  type Notes,
} from './entity.ts';
import type { ListBook } from './lists.ts';
import { normText } from './normalise.ts';
import type { ResolvedSettings } from './settings.ts';
import type { EntityResult, MatchTrace, Product, Row, Warning } from './types.ts';

/** What a products row needs. */
export interface ProductsState { settings: ResolvedSettings; products: Collection<Product>; lists: ListBook }

const SEP = '\u0001';

function productKey(match: string | null, name: string, code: string): string {
  const n = normText(name);
  const c = normText(code);
  if (match === 'name') return n;
  if (match === 'code') return c;
  if (match === 'name+code') return n === '' || c === '' ? '' : `${n}${SEP}${c}`;
  return '';
}

/** Index keys of stored products: only those in the selected price list (spec §7.1). */
export function productKeysOf(match: string | null, priceListId: unknown): KeysOf<Product> | null {
  if (match === null) return null;
  return (p) => {
    if (p.priceListId !== priceListId) return [];
    const key = productKey(match, p.name ?? '', p.code ?? '');
    return key === '' ? [] : [key];
  };
}

const KEY_PROPS: Record<string, ReadonlySet<string>> = {
  name: new Set(['name']), code: new Set(['code']), 'name+code': new Set(['name', 'code']),
};
const NO_KEY_PROPS: ReadonlySet<string> = new Set();

// Property, kind and list of every product field, worked out once rather than per row.
const PRODUCT_SPECS = PRODUCT_FIELDS.map((field) => ({
  field, prop: field.slice('product.'.length), kind: fieldKindOf(field), listKey: listKeyOf(field),
}));

/** Resolved values of a row, or the first invalid number/boolean field in catalogue order. */
function productValuesOf(row: Row, state: ProductsState, notes: Notes): FieldValue[] | { invalid: string; reason: string; value: string } {
  const { settings, lists } = state;
  const keyProps = KEY_PROPS[settings.product.match ?? ''] ?? NO_KEY_PROPS;
  const values: FieldValue[] = [];
  for (const { field, prop, kind, listKey } of PRODUCT_SPECS) {
    const cell = row[field];
    if (isEmptyCell(cell)) continue;
    const isKey = keyProps.has(prop);
    if (kind === 'number' || kind === 'boolean') {
      const value = kind === 'number' ? parseNumberCell(cell) : parseBooleanCell(cell);
      if (value === undefined) {
        return { invalid: field, reason: kind === 'number' ? 'INVALID_NUMBER' : 'INVALID_BOOLEAN', value: cellText(cell) };
      }
      values.push({ field, prop, kind: 'single', value, isKey });
    } else if (kind === 'list') {
      const policy = settings.productLists[prop as 'category' | 'family' | 'type'];
      const [resolved] = resolveListTexts(field, [cellText(cell)], listKey, policy, undefined, lists, notes);
      if (resolved) {
        values.push({ field, prop, kind: 'single', value: resolved.name, listKey, newItems: resolved.isNew ? [resolved.name] : [], isKey });
      }
    } else {
      values.push({ field, prop, kind: 'single', value: cellText(cell), isKey });
    }
  }
  return values;
}

/** Processes one products row; mutates the products and lists. */
export function processProductRow(row: Row, state: ProductsState): { product: EntityResult; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const { match, action, priceListId } = state.settings.product;
  const notes: Notes = {};
  const values = productValuesOf(row, state, notes);
  if (!Array.isArray(values)) {
    const product = errorResult(values.reason, values.invalid);
    product.params = { value: values.value };
    return { product, warnings };
  }
  let lookup: Lookup = { kind: 'none' };
  let trace: MatchTrace | undefined;
  if (action !== 'add' && match !== null) {
    const name = cellText(row['product.name']);
    const code = cellText(row['product.code']);
    lookup = pickMatch(state.products.lookup(productKey(match, name, code)), 'product', warnings);
    const parts = match === 'name' ? [name] : match === 'code' ? [code] : [name, code];
    trace = matchTrace(MATCH_KEY_FIELDS.product, match, parts, lookup);
  }
  if (lookup.kind === 'match') {
    if (action === 'skip') return { product: explained(skippedResult('duplicate-skip', lookup.id), trace, {}), warnings };
    const record = state.products.get(lookup.id) as Product;
    const changes = applyToMatched(state.products, record, values, action as 'merge' | 'replace', state.lists, notes);
    return { product: explained(matchedResult(record.id, changes), trace, notes), warnings };
  }
  if (isEmptyCell(row['product.name'])) return { product: explained(errorResult('PRODUCT_NAME_MISSING'), trace, notes), warnings };
  let changes: EntityResult['changes'] = [];
  const record = state.products.insert((id) => {
    const product: Product = {
      id, priceListId: priceListId as number, name: null, code: null, description: null, unit: null,
      listPrice: null, cost: null, inAssortment: null, category: null, family: null, type: null,
    };
    changes = applyToNew(product as unknown as Record<string, unknown>, values, state.lists);
    return product;
  });
  return { product: explained(createdResult(record.id, changes), trace, notes), warnings };
}
