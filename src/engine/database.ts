/**
 * Reading `existing` into canonical records (spec §3.1, §3.4): every property present, empty
 * single values `null`, empty multi values `[]`, `custom` with non-empty entries only.
 */
import { isPlainObject } from './settings.ts';
import type {
  Company, Customer, HourType, ListItem, Material, Person, Privacy, Product,
} from './types.ts';

type Raw = Record<string, unknown>;

/** Text property: non-blank string (numbers as text) or `null`. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * One frozen empty list and one frozen empty `custom` shared by every record that has none
 * (existing or created): most of a million records have several empty multi fields, and the
 * engine replaces a record's values on write rather than changing them in place (apply.ts), so
 * sharing is safe.
 */
export const NO_TEXTS: string[] = Object.freeze([]) as unknown as string[];
export const NO_CUSTOM: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Multi property: the non-blank strings of an array (or of one string). */
export function textsOf(value: unknown): string[] {
  if (value === undefined || value === null) return NO_TEXTS;
  const values = Array.isArray(value) ? value : [value];
  const texts = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return texts.length === 0 ? NO_TEXTS : texts;
}

const numberOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const booleanOf = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const idOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;

/** `custom` with non-empty entries, keys ascending (spec §3.1). */
export function customOf(value: unknown): Record<string, string> {
  if (!isPlainObject(value)) return NO_CUSTOM;
  const custom: Record<string, string> = {};
  let entries = 0;
  for (const key of Object.keys(value).sort()) {
    const text = textOf(value[key]);
    if (text !== null) {
      custom[key] = text;
      entries++;
    }
  }
  return entries === 0 ? NO_CUSTOM : custom;
}

const privacyOf = (value: unknown): Privacy | null => (isPlainObject(value) ? (value as unknown as Privacy) : null);

/** A canonical company from an input record. */
export function companyOf(raw: Raw): Company {
  return {
    id: raw.id as number, name: textOf(raw.name), department: textOf(raw.department),
    number: textOf(raw.number), code: textOf(raw.code), vatNo: textOf(raw.vatNo),
    street: textOf(raw.street), postcode: textOf(raw.postcode), city: textOf(raw.city),
    country: textOf(raw.country), phone: textsOf(raw.phone), email: textsOf(raw.email),
    url: textsOf(raw.url), category: textOf(raw.category), business: textOf(raw.business),
    interests: textsOf(raw.interests), custom: customOf(raw.custom),
  };
}

/** A canonical person from an input record. */
export function personOf(raw: Raw): Person {
  return {
    id: raw.id as number, companyId: idOf(raw.companyId), firstName: textOf(raw.firstName),
    lastName: textOf(raw.lastName), number: textOf(raw.number), phone: textsOf(raw.phone),
    mobile: textsOf(raw.mobile), email: textsOf(raw.email), position: textOf(raw.position),
    interests: textsOf(raw.interests), custom: customOf(raw.custom), privacy: privacyOf(raw.privacy),
  };
}

/** A canonical product from an input record. */
export function productOf(raw: Raw): Product {
  return {
    id: raw.id as number, priceListId: idOf(raw.priceListId), name: textOf(raw.name),
    code: textOf(raw.code), description: textOf(raw.description), unit: textOf(raw.unit),
    listPrice: numberOf(raw.listPrice), cost: numberOf(raw.cost), inAssortment: booleanOf(raw.inAssortment),
    category: textOf(raw.category), family: textOf(raw.family), type: textOf(raw.type),
  };
}

/** A canonical OutSmart customer. */
export function customerOf(raw: Raw): Customer {
  return {
    id: raw.id as number, code: textOf(raw.code), name: textOf(raw.name), street: textOf(raw.street),
    postcode: textOf(raw.postcode), city: textOf(raw.city), country: textOf(raw.country),
    phone: textOf(raw.phone), email: textOf(raw.email), vatNo: textOf(raw.vatNo),
  };
}

/** A canonical OutSmart material. */
export function materialOf(raw: Raw): Material {
  return {
    id: raw.id as number, code: textOf(raw.code), name: textOf(raw.name),
    category: textOf(raw.category), unit: textOf(raw.unit), price: numberOf(raw.price),
  };
}

/** A canonical OutSmart hour type. */
export function hourTypeOf(raw: Raw): HourType {
  return {
    id: raw.id as number, code: textOf(raw.code), name: textOf(raw.name),
    category: textOf(raw.category), rate: numberOf(raw.rate),
  };
}

/** The records of `existing[name]` (already shape-checked) as given: read them through `companyOf` & co. */
export function rawRecordsOf(existing: unknown, name: string): readonly Raw[] {
  const records = isPlainObject(existing) ? existing[name] : undefined;
  return Array.isArray(records) ? (records as Raw[]) : [];
}

/** The records of `existing[name]` (already shape-checked) mapped by `of`. */
export function recordsOf<R>(existing: unknown, name: string, of: (raw: Raw) => R): R[] {
  return rawRecordsOf(existing, name).map(of);
}

/** Canonical lists of `existing.lists`, with the default consent source list (spec §3.1). */
export function listsOf(existing: unknown): Record<string, ListItem[]> {
  const raw = isPlainObject(existing) && isPlainObject(existing.lists) ? existing.lists : {};
  const lists: Record<string, ListItem[]> = {};
  for (const [key, items] of Object.entries(raw)) {
    if (!Array.isArray(items)) continue;
    lists[key] = (items as Raw[])
      .map((item) => ({ id: item.id as number, name: item.name as string }))
      .sort((a, b) => a.id - b.id);
  }
  if (lists.consentSource === undefined) lists.consentSource = [{ id: 1, name: 'Import' }];
  return lists;
}

/** Price lists of `existing.priceLists` as `{id, name}` sorted by id. */
export function priceListsOf(existing: unknown): ListItem[] {
  return recordsOf(existing, 'priceLists', (raw) => ({ id: raw.id as number, name: textOf(raw.name) ?? '' }))
    .sort((a, b) => a.id - b.id);
}
