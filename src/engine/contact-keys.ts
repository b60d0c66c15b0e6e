/**
 * Duplicate keys of companies and persons (spec §7.1), for rows and for stored records.
 * Keys are normalised strings; `''` is an absent key that never matches.
 */
import { cellText, cellValues } from './cells.ts';
import type { KeysOf } from './collection.ts';
import type { PersonNames } from './contact-values.ts';
import { normEmail, normPhone, normText, normTextPair, normVat } from './normalise.ts';
import type { Company, Person, Row } from './types.ts';

// Separates the parts of a composite key; cannot occur in normalised text.
const SEP = '\u0001';

/** Company key for `match` from a name, department and other key values. `('name', 'ACME  Inc.')` → `'acme inc.'`. */
export function companyKey(match: string | null, values: { name: string; department: string; number: string; code: string; vatNo: string }): string {
  switch (match) {
    case 'name': return normText(values.name);
    case 'name+department': {
      const name = normText(values.name);
      return name === '' ? '' : `${name}${SEP}${normText(values.department)}`;
    }
    case 'number': return normText(values.number);
    case 'code': return normText(values.code);
    case 'vatNo': return normVat(values.vatNo);
    default: return '';
  }
}

/**
 * The row's values of the fields company key `match` reads, in `MATCH_KEY_FIELDS` order.
 * `('name+department', { name: 'ACME', department: 'Sales', … })` → `['ACME', 'Sales']`.
 */
export function companyKeyParts(match: string, values: { name: string; department: string; number: string; code: string; vatNo: string }): string[] {
  switch (match) {
    case 'name': return [values.name];
    case 'name+department': return [values.name, values.department];
    case 'number': return [values.number];
    case 'code': return [values.code];
    case 'vatNo': return [values.vatNo];
    default: return [];
  }
}

/** Key values of a row's company cells; `name` may be overridden (company named after its person). */
export function companyKeyValuesOfRow(row: Row, name?: string) {
  return {
    name: name ?? cellText(row['company.name']), department: cellText(row['company.department']),
    number: cellText(row['company.number']), code: cellText(row['company.code']), vatNo: cellText(row['company.vatNo']),
  };
}

/** Index keys of a stored company under `match` (none for `id`/`null`: ids use the record map). */
export function companyKeysOf(match: string | null): KeysOf<Company> | null {
  if (match === null || match === 'id') return null;
  return (c) => {
    const key = companyKey(match, {
      name: c.name ?? '', department: c.department ?? '', number: c.number ?? '', code: c.code ?? '', vatNo: c.vatNo ?? '',
    });
    return key === '' ? [] : [key];
  };
}

function personNameKey(companyId: number | null, first: string, last: string): string {
  const name = normTextPair(first, last);
  return name === '' ? '' : `${companyId ?? '-'}${SEP}${name}`;
}

/** Key of a row's person under `match`, scoped to the row's company for `name` (spec §7.1). */
export function personKeyOfRow(match: string | null, row: Row, names: PersonNames, companyId: number | null): string {
  switch (match) {
    case 'name': return personNameKey(companyId, names.first, names.last);
    case 'email': return normEmail(cellValues(row['person.email'])[0] ?? '');
    case 'mobile': return normPhone(cellValues(row['person.mobile'])[0] ?? '');
    case 'number': return normText(cellText(row['person.number']));
    default: return '';
  }
}

/**
 * The row's values of the fields person key `match` reads: `name` → first and last name (as
 * matched: collapsed, a full name split), `email` / `mobile` → the first value, others → the cell.
 */
export function personKeyParts(match: string, row: Row, names: PersonNames): string[] {
  switch (match) {
    case 'name': return [names.first, names.last];
    case 'email': return [cellValues(row['person.email'])[0] ?? ''];
    case 'mobile': return [cellValues(row['person.mobile'])[0] ?? ''];
    case 'number': return [cellText(row['person.number'])];
    case 'id': return [cellText(row['person.id'])];
    default: return [];
  }
}

/** The non-empty `norm` keys of `values` (one array, not a map and a filter: run for every stored person). */
function nonEmptyKeys(values: readonly string[], norm: (value: string) => string): string[] {
  const keys: string[] = [];
  for (const value of values) {
    const key = norm(value);
    if (key !== '') keys.push(key);
  }
  return keys;
}

/** Index keys of a stored person under `match`: one per e-mail or mobile, one name or number key. */
export function personKeysOf(match: string | null): KeysOf<Person> | null {
  switch (match) {
    case 'name': return (p) => {
      const key = personNameKey(p.companyId, p.firstName ?? '', p.lastName ?? '');
      return key === '' ? [] : [key];
    };
    case 'email': return (p) => nonEmptyKeys(p.email, normEmail);
    case 'mobile': return (p) => nonEmptyKeys(p.mobile, normPhone);
    case 'number': return (p) => {
      const key = normText(p.number ?? '');
      return key === '' ? [] : [key];
    };
    default: return null;
  }
}
