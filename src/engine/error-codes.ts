/**
 * Codes the engine reports instead of sentences (spec §12.2, §12.3); the UI translates them.
 */

/** Validation error codes (spec §12.3). */
export const ERROR_CODES = [
  'INVALID_INPUT', 'UNKNOWN_SETTING_VALUE', 'POSITION_HAS_NO_DEFAULT', 'MATCH_KEY_REQUIRED',
  'NO_COMPANY_OPTION_NOT_ALLOWED', 'PRICE_LIST_UNKNOWN', 'LEGAL_BASIS_UNKNOWN',
  'CONSENT_SOURCE_UNKNOWN', 'DEFAULT_VALUE_UNKNOWN', 'WRONG_TARGET_FIELD', 'UNKNOWN_FIELD',
  'INVALID_VALUE_TYPE', 'REQUIRED_FIELD_NOT_MAPPED', 'MATCH_FIELD_NOT_MAPPED',
  'ROW_INDEX_OUT_OF_RANGE', 'CANCEL_AFTER_INVALID', 'PRO_ONLY_IMPORT', 'IMPORT_NOT_SIMULATED',
] as const;
/** One of `ERROR_CODES`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Entity error reasons (spec §12.2, outcome `error`). */
export const ENTITY_ERROR_REASONS = [
  'INVALID_ID', 'ID_NOT_FOUND', 'COMPANY_NAME_MISSING', 'PERSON_NAME_MISSING',
  'PRODUCT_NAME_MISSING', 'INVALID_NUMBER', 'INVALID_BOOLEAN', 'CODE_MISSING', 'NAME_MISSING',
] as const;
/** Reasons of outcomes `skipped` and `none` (spec §12.2). */
export const ENTITY_REASONS = [
  'duplicate-skip', 'no-company-name', 'company-error', 'no-data', 'persons-not-imported', 'no-company',
] as const;
/** Reasons of status `filtered` (spec §11.2). */
export const FILTER_REASONS = ['relation-type', 'inactive', 'blocked', 'category'] as const;
/** Row warning codes (spec §7.2). */
export const WARNING_CODES = ['MULTIPLE_MATCHES'] as const;
