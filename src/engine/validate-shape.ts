/**
 * Stage 0 of validation (spec §5): the overall shape of the input. When this reports anything,
 * nothing else is checked. Records of `existing` must carry a positive integer `id`, unique per
 * collection, so the engine can index them (an addition to the spec's list, same code).
 */
import { FLAVOURS } from './catalogue.ts';
import { isPlainObject } from './settings.ts';
import type { ValidationError } from './types.ts';

const SUPEROFFICE_COLLECTIONS = ['companies', 'persons', 'products', 'priceLists'] as const;
const EXACT_COLLECTIONS = ['customers', 'materials', 'hourTypes'] as const;

/** Shape errors of `input` (`INVALID_INPUT {path}`), empty when the shape is sound. */
export function validateShape(input: unknown): ValidationError[] {
  if (!isPlainObject(input)) return [{ code: 'INVALID_INPUT', path: '' }];
  const errors: ValidationError[] = [];
  const invalid = (path: string) => errors.push({ code: 'INVALID_INPUT', path });
  if (!(FLAVOURS as readonly unknown[]).includes(input.flavour)) invalid('flavour');
  if (!Array.isArray(input.rows) || !input.rows.every(isPlainObject)) invalid('rows');
  for (const key of ['settings', 'existing', 'preferences'] as const) {
    if (Object.hasOwn(input, key) && !isPlainObject(input[key])) invalid(key);
  }
  if (errors.length === 0 && isPlainObject(input.existing)) {
    const collections = input.flavour === 'exact-online' ? EXACT_COLLECTIONS : SUPEROFFICE_COLLECTIONS;
    for (const name of collections) checkRecords(input.existing[name], `existing.${name}`, invalid);
    if (input.flavour !== 'exact-online') checkLists(input.existing.lists, invalid);
  }
  return errors;
}

function checkRecords(records: unknown, path: string, invalid: (path: string) => void): void {
  if (records === undefined || records === null) return;
  if (!Array.isArray(records)) return invalid(path);
  const seen = new Set<number>();
  records.forEach((record, position) => {
    if (!isPlainObject(record)) return invalid(`${path}[${position}]`);
    const id = record.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0 || seen.has(id)) {
      return invalid(`${path}[${position}].id`);
    }
    seen.add(id);
  });
}

function checkLists(lists: unknown, invalid: (path: string) => void): void {
  if (lists === undefined || lists === null) return;
  if (!isPlainObject(lists)) return invalid('existing.lists');
  for (const [key, items] of Object.entries(lists)) {
    const path = `existing.lists.${key}`;
    checkRecords(items, path, invalid);
    if (!Array.isArray(items)) continue;
    items.forEach((item, position) => {
      if (isPlainObject(item) && typeof item.name !== 'string') invalid(`${path}[${position}].name`);
    });
  }
}
