/**
 * How values reach a record (spec §8.5, §8.7): one field at a time in catalogue order, empty
 * values never change anything, `merge` fills empty fields, `replace` overwrites differing ones,
 * phone/e-mail/url lists follow their own policy, key fields are never rewritten.
 */
import type { Collection } from './collection.ts';
import type { ListBook } from './lists.ts';
import type { Change, KeptValue, Value } from './types.ts';

/** A non-empty value of a row, resolved and ready to be written to one record property. */
export interface FieldValue {
  /** Field id, as reported in `changes` (`company.custom.region`). */
  field: string;
  /** Record property; `custom.<name>` for custom lists. */
  prop: string;
  /** `contact` = phone/e-mail/url list under its policy; `multiList` = multi-valued list. */
  kind: 'single' | 'contact' | 'multiList';
  value: string | number | boolean | string[];
  /** For list values: the list, and the names that have to be created when written. */
  listKey?: string;
  newItems?: readonly string[];
  /** For `contact` values: normalisation and the `phone`/`urlEmail` policy (spec §8.7). */
  norm?: (value: string) => string;
  policy?: string;
  /** Part of the active match key: never rewritten on a matched record (spec §8.5). */
  isKey?: boolean;
}

type AnyRecord = Record<string, unknown> & { custom?: Record<string, string> };

function read(record: AnyRecord, prop: string): unknown {
  if (prop.startsWith('custom.')) return record.custom?.[prop.slice(7)] ?? null;
  return record[prop];
}

function write(record: AnyRecord, prop: string, value: Value): void {
  if (prop.startsWith('custom.')) {
    record.custom = { ...record.custom, [prop.slice(7)]: value as string };
  } else {
    record[prop] = Array.isArray(value) ? [...value] : value;
  }
}

function isStoredEmpty(stored: unknown): boolean {
  return stored === null || stored === undefined || stored === '' || (Array.isArray(stored) && stored.length === 0);
}

function sameList(a: readonly string[], b: readonly string[], key: (value: string) => string): boolean {
  return a.length === b.length && a.every((value, i) => key(value) === key(b[i]));
}

/** A value safe to hand out: arrays copied, so later writes to the record cannot change it. */
const copy = (value: Value): Value => (Array.isArray(value) ? [...value] : value);

/** Writes `value.value` (creating its new list items) and returns the change. */
function writeValue(record: AnyRecord, value: FieldValue, to: Value, lists: ListBook): Change {
  if (value.listKey && value.newItems) for (const name of value.newItems) lists.ensure(value.listKey, name);
  const from = read(record, value.prop) as Value | null;
  write(record, value.prop, to);
  return { field: value.field, from: Array.isArray(from) ? [...from] : from ?? null, to: Array.isArray(to) ? [...to] : to };
}

/** Sets every value on a new record; each change has `from: null` (`[]` for multi fields). */
export function applyToNew(record: AnyRecord, values: readonly FieldValue[], lists: ListBook): Change[] {
  return values.map((value) => writeValue(record, value, value.value, lists));
}

/** What a phone, e-mail or url is compared by: its normal form, or its text when that is empty. */
const contactKey = (value: string, norm: (value: string) => string): string => norm(value) || `\u0000${value}`;

/** The `imported` values whose contact key is not among those of `stored`. */
function notYetStored(stored: readonly string[], imported: readonly string[], norm: (value: string) => string): string[] {
  if (imported.length === 1) {
    // The usual cell holds one value: compare it with each stored one rather than build a set.
    const key = contactKey(imported[0], norm);
    for (const value of stored) if (contactKey(value, norm) === key) return [];
    return [imported[0]];
  }
  const known = new Set(stored.map((value) => contactKey(value, norm)));
  return imported.filter((value) => !known.has(contactKey(value, norm)));
}

/**
 * Why a matched record keeps its `stored` value instead of `value` (explanation), or `null` when
 * the two are the same anyway (nothing to explain: the field is unchanged). Called only for values
 * that are not written, so it costs nothing on the rows that write.
 */
function keptReason(stored: unknown, value: FieldValue): KeptValue['why'] | null {
  if (value.kind === 'contact') {
    if (value.policy !== 'ignore') return null;
    return notYetStored((stored as string[] | null) ?? [], value.value as string[], value.norm ?? ((s) => s)).length > 0 ? 'policy' : null;
  }
  const same = value.kind === 'multiList'
    ? sameList((stored as string[] | null) ?? [], value.value as string[], (s) => s)
    : stored === value.value;
  if (same) return null;
  return value.isKey ? 'key' : 'filled';
}

/** What `value` becomes on a matched record under `action`, or `undefined` when nothing is written. */
function nextValue(stored: unknown, value: FieldValue, action: 'merge' | 'replace'): Value | undefined {
  if (value.kind === 'contact') {
    const storedList = (stored as string[] | null) ?? [];
    const imported = value.value as string[];
    const norm = value.norm ?? ((s: string) => s);
    if (value.policy === 'add') {
      const added = notYetStored(storedList, imported, norm);
      return added.length > 0 ? [...storedList, ...added] : undefined;
    }
    if (value.policy === 'replace') return sameList(storedList, imported, norm) ? undefined : imported;
    return undefined;
  }
  if (action === 'merge') return isStoredEmpty(stored) ? value.value : undefined;
  if (value.kind === 'multiList') {
    return sameList((stored as string[] | null) ?? [], value.value as string[], (s) => s) ? undefined : value.value;
  }
  return stored === value.value ? undefined : value.value;
}

/**
 * Applies `values` to `record`, matched in `collection`, under `merge` or `replace`; returns the
 * changes made. What changes is worked out before anything is written, so the collection
 * re-indexes the record only when something does (most matched rows of an import change nothing).
 */
export function applyToMatched<R extends { id: number }>(
  collection: Collection<R>,
  record: R,
  values: readonly FieldValue[],
  action: 'merge' | 'replace',
  lists: ListBook,
  notes: { kept?: KeptValue[] } = {},
): Change[] {
  const stored = record as unknown as AnyRecord;
  const writes: { value: FieldValue; to: Value }[] = [];
  for (const value of values) {
    // Each value has its own property, so reading them all before writing any reads the same.
    const current = read(stored, value.prop);
    const to = value.isKey ? undefined : nextValue(current, value, action);
    if (to !== undefined) {
      writes.push({ value, to });
      continue;
    }
    const why = keptReason(current, value);
    if (why !== null) {
      const kept: KeptValue = { field: value.field, value: copy(value.value), stored: current == null ? null : copy(current as Value), why };
      (notes.kept ??= []).push(kept);
    }
  }
  if (writes.length === 0) return [];
  let changes: Change[] = [];
  collection.update(record, () => {
    changes = writes.map(({ value, to }) => writeValue(stored, value, to, lists));
  });
  return changes;
}
