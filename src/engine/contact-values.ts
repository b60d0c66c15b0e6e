/**
 * Turns the company or person cells of a row into resolved values in catalogue order
 * (spec §3.2, §3.5, §8.1, §8.6): trimmed text, de-duplicated phone/e-mail/url lists, list values
 * resolved under their policy. Dropped and empty values are simply left out.
 */
import type { FieldValue } from './apply.ts';
import { cellText, cellValues, uniqueBy } from './cells.ts';
import { CONTACT_FIELDS, CUSTOM_FIELD_PATTERN, fieldKindOf, listKeyOf, type FieldKind } from './catalogue.ts';
import type { ListBook, ResolvedListValue } from './lists.ts';
import { collapse, normEmail, normPhone, normText, normUrl } from './normalise.ts';
import type { ResolvedSettings } from './settings.ts';
import type { DroppedValue, Row } from './types.ts';

/** A person's names from a row: collapsed parts for matching, the values to store (spec §8.1). */
export interface PersonNames { first: string; last: string; storedFirst: string; storedLast: string }

/** First and last name of a row; a lone `person.fullName` is split at spaces (`Sanne  de Vries` → `Sanne` / `de Vries`). */
export function personNamesOf(row: Row): PersonNames {
  const first = collapse(cellText(row['person.firstName']));
  const last = collapse(cellText(row['person.lastName']));
  if (first === '' && last === '') {
    const words = collapse(cellText(row['person.fullName'])).split(' ').filter(Boolean);
    if (words.length === 1) return { first: '', last: words[0], storedFirst: '', storedLast: words[0] };
    if (words.length > 1) {
      const rest = words.slice(1).join(' ');
      return { first: words[0], last: rest, storedFirst: words[0], storedLast: rest };
    }
  }
  return { first, last, storedFirst: cellText(row['person.firstName']), storedLast: cellText(row['person.lastName']) };
}

const NORMS: Record<string, (s: string) => string> = { phone: normPhone, email: normEmail, url: normUrl };

function listPolicyOf(listKey: string, settings: ResolvedSettings): string {
  if (listKey === 'category' || listKey === 'business' || listKey === 'position') return settings.lists[listKey];
  if (listKey === 'companyInterest' || listKey === 'personInterest') return settings.lists.interests;
  return settings.lists.custom;
}

/** What is known about a field before any row is read. */
interface FieldSpec {
  field: string; prop: string; kind: FieldKind; listKey: string;
  /** A name field that may carry a derived value (`overrides`) even when it is not mapped. */
  overridable: boolean;
}

/** Fields whose value may come from `overrides` instead of the row (spec §8.1, §8.3). */
const OVERRIDABLE = new Set(['company.name', 'person.firstName', 'person.lastName']);

function specOf(field: string, entity: 'company' | 'person'): FieldSpec {
  const custom = CUSTOM_FIELD_PATTERN.exec(field);
  const prop = custom ? `custom.${custom[2]}` : field.slice(entity.length + 1);
  return { field, prop, kind: fieldKindOf(field), listKey: listKeyOf(field), overridable: OVERRIDABLE.has(field) };
}

// Fixed stored fields per entity in catalogue order (ids and full name are not stored).
const FIXED_FIELDS = {
  company: CONTACT_FIELDS.filter((f) => f.startsWith('company.') && f !== 'company.id'),
  person: CONTACT_FIELDS.filter((f) => f.startsWith('person.') && f !== 'person.id' && f !== 'person.fullName'),
};

/** The fields of one entity a run reads, in catalogue order (custom fields last, by field id). */
export type ContactFields = readonly FieldSpec[];

/**
 * The fields of `entity` among the run's mapped `columns`, plus the name fields a derived value
 * can fill: computed once per run, so a row visits only the columns the file has.
 */
export function contactFieldsOf(entity: 'company' | 'person', columns: Iterable<string>): ContactFields {
  const mapped = new Set(columns);
  const custom = [...mapped].filter((field) => CUSTOM_FIELD_PATTERN.exec(field)?.[1] === entity).sort();
  return [...FIXED_FIELDS[entity].filter((field) => mapped.has(field) || OVERRIDABLE.has(field)), ...custom]
    .map((field) => specOf(field, entity));
}

/**
 * Resolves list `texts` of `field` under `policy` (spec §8.6), noting in `notes.dropped` every
 * value that is not an item of the list (dropped, or replaced by the default).
 * Example: `(['Foo'], 'category', 'blank')` with no item `Foo` → `[]`, noting `{ value: 'Foo', to: null }`.
 */
export function resolveListTexts(
  field: string, texts: readonly string[], listKey: string, policy: string, defaultName: unknown,
  lists: ListBook, notes: { dropped?: DroppedValue[] },
): ResolvedListValue[] {
  const resolved: ResolvedListValue[] = [];
  for (const text of texts) {
    const value = lists.resolve(listKey, text, policy, defaultName);
    if (value === null || value.isDefault) {
      (notes.dropped ??= []).push({ field, value: text, policy, to: value === null ? null : value.name });
    }
    if (value !== null) resolved.push(value);
  }
  return resolved;
}

/**
 * Values of `entity` in `row` for the run's `fields`. `overrides` replaces cell text (derived
 * person names, a company named after its person); `keyProps` marks the active match key's properties.
 */
export function contactValuesOf(
  fields: ContactFields,
  row: Row,
  settings: ResolvedSettings,
  lists: ListBook,
  overrides: Readonly<Record<string, string>>,
  keyProps: ReadonlySet<string>,
  notes: { dropped?: DroppedValue[] } = {},
): FieldValue[] {
  const values: FieldValue[] = [];
  for (const { field, prop, kind, listKey, overridable } of fields) {
    const overridden = overridable && Object.hasOwn(overrides, field);
    const cell = row[field];
    if (cell === undefined && !overridden) continue;
    const isKey = keyProps.has(prop);
    if (kind === 'phone' || kind === 'email' || kind === 'url') {
      const norm = NORMS[kind];
      const texts = uniqueBy(cellValues(cell), norm);
      const policy = kind === 'phone' ? settings.phone : settings.urlEmail;
      if (texts.length > 0) values.push({ field, prop, kind: 'contact', value: texts, norm, policy, isKey });
    } else if (kind === 'list' || kind === 'multiList') {
      const policy = listPolicyOf(listKey, settings);
      const texts = kind === 'list' ? [cellText(cell)].filter(Boolean) : cellValues(cell);
      const resolved = resolveListTexts(field, texts, listKey, policy, settings.defaults[listKey], lists, notes);
      const names = uniqueBy(resolved.map((r) => r.name), normText);
      if (names.length === 0) continue;
      const newItems = resolved.filter((r) => r.isNew && names.includes(r.name)).map((r) => r.name);
      values.push({
        field, prop, kind: kind === 'list' ? 'single' : 'multiList',
        value: kind === 'list' ? names[0] : names, listKey, newItems, isKey,
      });
    } else {
      const text = overridden ? overrides[field] : cellText(cell);
      if (text !== '') values.push({ field, prop, kind: 'single', value: text, isKey });
    }
  }
  return values;
}
