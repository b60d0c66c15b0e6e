/**
 * Validation before any row is touched (spec §5): every failing check, in spec order.
 */
import { EXACT_FIELDS } from './catalogue.ts';
import { isPlainObject, resolveSettings } from './settings.ts';
import type { Row, ValidationError } from './types.ts';
import { mappedColumns, validateColumns, validateRequiredColumns, type CatalogueName } from './validate-columns.ts';
import { validateExactSettings } from './validate-exact.ts';
import { validateSettings } from './validate-settings.ts';
import { validateShape } from './validate-shape.ts';

/** All validation errors of `input`; an empty array means the input may run. */
export function validateInput(input: unknown): ValidationError[] {
  return checkInput(input).errors;
}

/** Validation errors of `input` and its mapped columns (which the run needs too: read once). */
export function checkInput(input: unknown): { errors: ValidationError[]; columns: string[] } {
  const shapeErrors = validateShape(input);
  if (shapeErrors.length > 0 || !isPlainObject(input)) return { errors: shapeErrors, columns: [] };
  const columns = mappedColumns(input.rows as Row[]);
  return { errors: columnAndSettingErrors(input, columns), columns };
}

function columnAndSettingErrors(input: Record<string, unknown>, columns: string[]): ValidationError[] {
  const settings = resolveSettings(input);
  const rows = input.rows as Row[];

  if (settings.flavour === 'exact-online') {
    const settingErrors = validateExactSettings(settings);
    if (settingErrors.length > 0) return settingErrors;
    const kind = settings.exact.import as keyof typeof EXACT_FIELDS;
    const errors = validateColumns(rows, columns, kind, new Set(), false);
    const codeField = EXACT_FIELDS[kind][0];
    if (!columns.includes(codeField)) {
      const entity = { relations: 'customer', materials: 'material', hourTypes: 'hourType' }[kind];
      errors.push({ code: 'MATCH_FIELD_NOT_MAPPED', entity, fields: [codeField] });
    }
    errors.push(...validateRowIndexes(input.unchecked, 'unchecked', rows.length));
    errors.push(...validateCancelAfter(input));
    return errors;
  }

  const errors = validateSettings(input, settings);
  const existing = isPlainObject(input.existing) ? input.existing : {};
  const lists = isPlainObject(existing.lists) ? existing.lists : {};
  const customLists = new Set(Object.keys(lists).filter((key) => key.startsWith('custom.')));
  const catalogue: CatalogueName = settings.flavour === 'superoffice' && settings.target === 'products'
    ? 'products'
    : 'contacts';
  const companyOnly = settings.flavour === 'erp'
    && (settings.erp.actorType === 'customer' || settings.erp.actorType === 'supplier');
  errors.push(...validateColumns(rows, columns, catalogue, customLists, companyOnly));
  errors.push(...validateRequiredColumns(columns, settings));
  if (settings.flavour === 'erp') {
    errors.push(...validateRowIndexes(settings.erp.selectedRows, 'settings.erp.selectedRows', rows.length));
  }
  errors.push(...validateRowIndexes(input.unchecked, 'unchecked', rows.length));
  errors.push(...validateCancelAfter(input));
  return errors;
}

/** Step 12: each entry must be an integer row index; a non-array (not null) is `INVALID_INPUT`. */
function validateRowIndexes(value: unknown, path: string, rowCount: number): ValidationError[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [{ code: 'INVALID_INPUT', path }];
  return value
    .filter((index) => !(Number.isInteger(index) && index >= 0 && index < rowCount))
    .map((index) => ({ code: 'ROW_INDEX_OUT_OF_RANGE', path, index }));
}

/** Step 13: `cancelAfter` is `null` (or absent) or an integer ≥ 0. */
function validateCancelAfter(input: Record<string, unknown>): ValidationError[] {
  const value = input.cancelAfter;
  if (value === undefined || value === null || (Number.isInteger(value) && (value as number) >= 0)) return [];
  return [{ code: 'CANCEL_AFTER_INVALID', value }];
}
