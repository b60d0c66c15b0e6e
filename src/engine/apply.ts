/**
 * How values reach a record (spec §8.5, §8.7): one field at a time in catalogue order, empty
 * values never change anything, `merge` fills empty fields, `replace` overwrites differing ones,
 * phone/e-mail/url lists follow their own policy, key fields are never rewritten.
 */
import type { ListBook } from './lists.ts';
import type { Change, Value } from './types.ts';

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

/** What `value` becomes on a matched record under `action`, or `undefined` when nothing is written. */
function nextValue(stored: unknown, value: FieldValue, action: 'merge' | 'replace'): Value | undefined {
  if (value.kind === 'contact') {
    const storedList = (stored as string[] | null) ?? [];
    const imported = value.value as string[];
    const norm = value.norm ?? ((s: string) => s);
    if (value.policy === 'add') {
      const known = new Set(storedList.map((s) => norm(s) || `\u0000${s}`));
      const added = imported.filter((s) => !known.has(norm(s) || `\u0000${s}`));
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

/** Applies `values` to a matched record under `merge` or `replace`; returns the changes made. */
export function applyToMatched(
  record: AnyRecord,
  values: readonly FieldValue[],
  action: 'merge' | 'replace',
  lists: ListBook,
): Change[] {
  const changes: Change[] = [];
  for (const value of values) {
    if (value.isKey) continue;
    const to = nextValue(read(record, value.prop), value, action);
    if (to !== undefined) changes.push(writeValue(record, value, to, lists));
  }
  return changes;
}
