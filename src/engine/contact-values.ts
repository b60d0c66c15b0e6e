/**
 * Turns the company or person cells of a row into resolved values in catalogue order
 * (spec §3.2, §3.5, §8.1, §8.6): trimmed text, de-duplicated phone/e-mail/url lists, list values
 * resolved under their policy. Dropped and empty values are simply left out.
 */
import type { FieldValue } from './apply.ts';
import { cellText, cellValues, uniqueBy } from './cells.ts';
import { CONTACT_FIELDS, CUSTOM_FIELD_PATTERN, fieldKindOf, listKeyOf } from './catalogue.ts';
import type { ListBook } from './lists.ts';
import { collapse, normEmail, normPhone, normText, normUrl } from './normalise.ts';
import type { ResolvedSettings } from './settings.ts';
import type { Row } from './types.ts';

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

/** The field ids of `entity` that a row may carry, in catalogue order (custom fields by field id). */
function fieldsOf(entity: 'company' | 'person', row: Row): string[] {
  const fixed = CONTACT_FIELDS.filter((f) => f.startsWith(`${entity}.`) && f !== `${entity}.id` && f !== 'person.fullName');
  const custom = Object.keys(row).filter((f) => CUSTOM_FIELD_PATTERN.exec(f)?.[1] === entity).sort();
  return [...fixed, ...custom];
}

/**
 * Values of `entity` in `row`. `overrides` replaces cell text (derived person names, a company
 * named after its person); `keyProps` marks the active match key's properties.
 */
export function contactValuesOf(
  entity: 'company' | 'person',
  row: Row,
  settings: ResolvedSettings,
  lists: ListBook,
  overrides: Readonly<Record<string, string>>,
  keyProps: ReadonlySet<string>,
): FieldValue[] {
  const values: FieldValue[] = [];
  for (const field of fieldsOf(entity, row)) {
    const custom = CUSTOM_FIELD_PATTERN.exec(field);
    const prop = custom ? `custom.${custom[2]}` : field.slice(entity.length + 1);
    const kind = fieldKindOf(field);
    const isKey = keyProps.has(prop);
    if (kind === 'phone' || kind === 'email' || kind === 'url') {
      const norm = NORMS[kind];
      const texts = uniqueBy(cellValues(row[field]), norm);
      const policy = kind === 'phone' ? settings.phone : settings.urlEmail;
      if (texts.length > 0) values.push({ field, prop, kind: 'contact', value: texts, norm, policy, isKey });
    } else if (kind === 'list' || kind === 'multiList') {
      const listKey = listKeyOf(field);
      const policy = listPolicyOf(listKey, settings);
      const texts = kind === 'list' ? [cellText(row[field])].filter(Boolean) : cellValues(row[field]);
      const resolved = texts.map((t) => lists.resolve(listKey, t, policy, settings.defaults[listKey]))
        .filter((r) => r !== null);
      const names = uniqueBy(resolved.map((r) => r.name), normText);
      if (names.length === 0) continue;
      const newItems = resolved.filter((r) => r.isNew && names.includes(r.name)).map((r) => r.name);
      values.push({
        field, prop, kind: kind === 'list' ? 'single' : 'multiList',
        value: kind === 'list' ? names[0] : names, listKey, newItems, isKey,
      });
    } else {
      const text = Object.hasOwn(overrides, field) ? overrides[field] : cellText(row[field]);
      if (text !== '') values.push({ field, prop, kind: 'single', value: text, isKey });
    }
  }
  return values;
}
