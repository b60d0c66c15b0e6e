/**
 * Validation of the mapped columns and their cells (spec §5 steps 8–11, Exact steps 2–4):
 * wrong-target and unknown fields, cell value types, required and match-key columns.
 */
import {
  CONTACT_FIELDS, CUSTOM_FIELD_PATTERN, EXACT_FIELDS, PRODUCT_FIELDS, isMultiField,
} from './catalogue.ts';
import type { ResolvedSettings } from './settings.ts';
import type { Row, ValidationError } from './types.ts';

/** Which catalogue the import's columns must come from. */
export type CatalogueName = 'contacts' | 'products' | keyof typeof EXACT_FIELDS;

const CATALOGUE_SETS: Record<CatalogueName, ReadonlySet<string>> = {
  contacts: new Set(CONTACT_FIELDS),
  products: new Set(PRODUCT_FIELDS),
  relations: new Set(EXACT_FIELDS.relations),
  materials: new Set(EXACT_FIELDS.materials),
  hourTypes: new Set(EXACT_FIELDS.hourTypes),
};

/** Mapped columns: keys occurring in any row, in order of first appearance (spec §1). */
export function mappedColumns(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  // for…in with hasOwn lists the same keys as Object.keys, in the same order, without an array per row.
  for (const row of rows) for (const key in row) if (Object.hasOwn(row, key)) seen.add(key);
  return [...seen];
}

function isCustomField(field: string): boolean {
  return field.startsWith('company.custom.') || field.startsWith('person.custom.');
}

/** `ok`, `wrong` (field of another catalogue) or `unknown` for `field` in `catalogue`. */
export function classifyField(
  field: string,
  catalogue: CatalogueName,
  customLists: ReadonlySet<string>,
  companyOnly: boolean,
): 'ok' | 'wrong' | 'unknown' {
  if (catalogue === 'contacts' && companyOnly && field.startsWith('person.')) return 'wrong';
  if (CATALOGUE_SETS[catalogue].has(field)) return 'ok';
  if (catalogue === 'contacts' && isCustomField(field)) {
    const custom = CUSTOM_FIELD_PATTERN.exec(field);
    return custom && customLists.has(`custom.${custom[2]}`) ? 'ok' : 'unknown';
  }
  if (catalogue !== 'contacts' && isCustomField(field)) return 'wrong';
  for (const [name, fields] of Object.entries(CATALOGUE_SETS)) {
    if (name !== catalogue && fields.has(field)) return 'wrong';
  }
  return 'unknown';
}

/** Steps 8 and 9: `WRONG_TARGET_FIELD`/`UNKNOWN_FIELD` per column, then `INVALID_VALUE_TYPE` per cell. */
export function validateColumns(
  rows: readonly Row[],
  columns: readonly string[],
  catalogue: CatalogueName,
  customLists: ReadonlySet<string>,
  companyOnly: boolean,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const known = new Set<string>();
  for (const field of columns) {
    const kind = classifyField(field, catalogue, customLists, companyOnly);
    if (kind === 'ok') known.add(field);
    else errors.push({ code: kind === 'wrong' ? 'WRONG_TARGET_FIELD' : 'UNKNOWN_FIELD', field });
  }
  const exact = catalogue !== 'contacts' && catalogue !== 'products';
  const multi = new Map([...known].map((field) => [field, !exact && isMultiField(field)]));
  if (allCellsValid(rows, multi)) return errors;
  rows.forEach((row, index) => {
    for (const field of Object.keys(row)) {
      if (!known.has(field)) continue;
      if (!isValidCell(row[field], multi.get(field)!)) errors.push({ code: 'INVALID_VALUE_TYPE', index, field });
    }
  });
  return errors;
}

/**
 * Whether every cell of the `known` columns is valid, read column by column: one quick pass
 * over a large file, and the row-by-row pass that reports errors in order only when one is found.
 */
function allCellsValid(rows: readonly Row[], known: ReadonlyMap<string, boolean>): boolean {
  for (const [field, multi] of known) {
    for (const row of rows) {
      const cell = row[field];
      // An absent cell is fine; an own property holding `undefined` is not.
      if (cell === undefined ? Object.hasOwn(row, field) : !isValidCell(cell, multi)) return false;
    }
  }
  return true;
}

function isValidCell(cell: unknown, multi: boolean): boolean {
  if (cell === null || typeof cell === 'string' || typeof cell === 'boolean') return true;
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (Array.isArray(cell)) return multi && cell.every((element) => element === null || typeof element === 'string');
  return false;
}

/**
 * The columns of match key `key` in `table`; none for a key that is not one (an invalid setting,
 * reported by the settings checks). Any value may arrive here: `{ toString: false }` cannot even
 * be used as a property name.
 */
function keyColumns(table: Record<string, string[]>, key: unknown): string[] {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : [];
}

/** Steps 10 and 11 for `superoffice`/`erp`: required columns and the columns of the match keys. */
export function validateRequiredColumns(columns: readonly string[], settings: ResolvedSettings): ValidationError[] {
  const errors: ValidationError[] = [];
  const mapped = new Set(columns);
  const missing = (fields: string[]) => fields.filter((field) => !mapped.has(field));
  if (settings.target === 'products') {
    if (!mapped.has('product.name')) errors.push({ code: 'REQUIRED_FIELD_NOT_MAPPED', fields: ['product.name'] });
    const { match, action } = settings.product;
    const keyFields: Record<string, string[]> = {
      name: ['product.name'], code: ['product.code'], 'name+code': ['product.name', 'product.code'],
    };
    const absent = action !== 'add' && match !== null ? missing(keyColumns(keyFields, match)) : [];
    if (absent.length > 0) errors.push({ code: 'MATCH_FIELD_NOT_MAPPED', entity: 'product', fields: absent });
    return errors;
  }
  const nameFields = ['person.firstName', 'person.lastName', 'person.fullName'];
  if (!(settings.personsOn && settings.person.ifNoCompanyName !== 'skip') && !mapped.has('company.name')) {
    errors.push({ code: 'REQUIRED_FIELD_NOT_MAPPED', fields: ['company.name'] });
  }
  if (settings.personsOn && !nameFields.some((field) => mapped.has(field))) {
    errors.push({ code: 'REQUIRED_FIELD_NOT_MAPPED', fields: nameFields });
  }
  const company = settings.company;
  if (columns.some((field) => field.startsWith('company.')) && company.action !== 'add' && company.match !== null) {
    const keyFields: Record<string, string[]> = {
      name: ['company.name'], 'name+department': ['company.name', 'company.department'],
      number: ['company.number'], code: ['company.code'], vatNo: ['company.vatNo'], id: ['company.id'],
    };
    const absent = missing(keyColumns(keyFields, company.match));
    if (absent.length > 0) errors.push({ code: 'MATCH_FIELD_NOT_MAPPED', entity: 'company', fields: absent });
  }
  const person = settings.person;
  if (settings.personsOn && person.action !== 'add' && person.match !== null) {
    let absent: string[];
    if (person.match === 'name') {
      absent = mapped.has('person.lastName') || mapped.has('person.fullName') ? [] : ['person.lastName'];
    } else {
      const keyFields: Record<string, string[]> = {
        email: ['person.email'], mobile: ['person.mobile'], number: ['person.number'], id: ['person.id'],
      };
      absent = missing(keyColumns(keyFields, person.match));
    }
    if (absent.length > 0) errors.push({ code: 'MATCH_FIELD_NOT_MAPPED', entity: 'person', fields: absent });
  }
  return errors;
}
