/**
 * Validation step 1 for `exact-online` (spec §5): edition, import kind and filter settings.
 */
import {
  EXACT_EDITIONS, EXACT_IMPORTS, EXACT_NOT_SIMULATED_IMPORTS, EXACT_PRO_ONLY_IMPORTS,
  EXACT_RELATION_TYPES,
} from './catalogue.ts';
import type { ResolvedSettings } from './settings.ts';
import type { ValidationError } from './types.ts';

const isIn = (values: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && values.includes(value);

const isStringArrayOrNull = (value: unknown, allowed?: readonly string[]): boolean =>
  value === null || (Array.isArray(value) && value.every((v) => typeof v === 'string' && (!allowed || allowed.includes(v))));

/** Errors of the Exact Online settings; when non-empty, validation stops here. */
export function validateExactSettings(settings: ResolvedSettings): ValidationError[] {
  const errors: ValidationError[] = [];
  const exact = settings.exact;
  const unknownValue = (setting: string, value: unknown) =>
    errors.push({ code: 'UNKNOWN_SETTING_VALUE', setting, value: value === undefined ? null : value });
  if (!isIn(EXACT_EDITIONS, exact.edition)) unknownValue('exact.edition', exact.edition);
  const kind = exact.import;
  if (isIn(EXACT_PRO_ONLY_IMPORTS, kind)) {
    errors.push({ code: exact.edition === 'pro' ? 'IMPORT_NOT_SIMULATED' : 'PRO_ONLY_IMPORT', import: kind });
  } else if (isIn(EXACT_NOT_SIMULATED_IMPORTS, kind)) {
    errors.push({ code: 'IMPORT_NOT_SIMULATED', import: kind });
  } else if (!isIn(EXACT_IMPORTS, kind)) {
    unknownValue('exact.import', kind);
  }
  if (!isStringArrayOrNull(exact.relationTypes, EXACT_RELATION_TYPES)) unknownValue('exact.relationTypes', exact.relationTypes);
  if (typeof exact.includeInactive !== 'boolean') unknownValue('exact.includeInactive', exact.includeInactive);
  if (typeof exact.includeBlocked !== 'boolean') unknownValue('exact.includeBlocked', exact.includeBlocked);
  if (!isStringArrayOrNull(exact.categories)) unknownValue('exact.categories', exact.categories);
  return errors;
}
