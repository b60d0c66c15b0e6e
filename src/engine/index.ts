/**
 * The import rule engine (../shared/spec/import-rules.md): a pure, deterministic
 * `simulate(input)` plus the catalogues, enumerations and normalisation functions a UI needs.
 */
import { runRows } from './run.ts';
import { collect, streamOf } from './stream.ts';
import type { SimulateOptions, SimulationFailure, SimulationOutput, SimulationStream } from './types.ts';
import { checkInput } from './validate.ts';

/**
 * Validates `input` (spec §5) and runs it (spec §6–§12). Never throws on bad input: a refused
 * input gives `{ ok: false, errors }`. The input (typed `unknown`: it is validated, see
 * `SimulationInput` for its shape) is not modified.
 *
 * @example
 * simulate({ flavour: 'superoffice', rows: [{ 'company.name': 'Bakkerij Jansen' }],
 *   settings: { person: { match: 'none' } } }).summary.companies.created // → 1
 */
export function simulate(input: unknown, options: SimulateOptions = {}): SimulationOutput {
  const { errors, columns } = checkInput(input);
  if (errors.length > 0) return { ok: false, errors };
  const valid = input as Record<string, unknown>;
  return collect(runRows(valid, columns, options), (valid.rows as unknown[]).length);
}

/**
 * `simulate` for large runs: the same output, but each row result is made when `rows` is asked
 * for the next one, and the final database's record lists are iterables that make each record
 * when it is read (so a consumer writing the output out as it comes holds neither). Read every
 * row, then call `rest()`; do not change `input` meanwhile (existing records are read from it).
 *
 * @example
 * const run = simulateStream(input);
 * if (run.ok) { for (const row of run.rows) write(row); const { database, summary } = run.rest(); }
 */
export function simulateStream(input: unknown, options: SimulateOptions = {}): SimulationFailure | SimulationStream {
  const { errors, columns } = checkInput(input);
  if (errors.length > 0) return { ok: false, errors };
  return streamOf(runRows(input as Record<string, unknown>, columns, options));
}

export type {
  Action, Cell, Change, Company, Counts, Customer, Database, DroppedValue, EntityResult, ErpResult,
  ExactDatabase, Flavour, HourType, KeptValue, ListItem, MatchTrace, Material, Outcome, Person,
  PreviewIcon, Privacy, Product, Row, RowResult,
  RowStatus, Settings, SimulateOptions, SimulationFailure, SimulationInput, SimulationOutput,
  SimulationStream, SimulationSuccess, SimulationTail, Streamed, Summary, ValidationError, Value, Warning,
} from './types.ts';
export {
  ACTIONS, BOOLEAN_FALSE_CELLS, BOOLEAN_TRUE_CELLS, COMPANY_MATCHES, CONTACT_FIELDS, CUSTOM_FIELD_PATTERN,
  ERP_ACTOR_TYPES, EXACT_EDITIONS, EXACT_FIELDS, EXACT_IMPORTS, EXACT_NOT_SIMULATED_IMPORTS,
  EXACT_PRO_ONLY_IMPORTS, EXACT_RELATION_TYPES, FLAVOURS, LIST_KEY_OF_FIELD, LIST_POLICIES,
  MATCH_KEY_FIELDS, MULTI_VALUE_POLICIES, NO_COMPANY_NAME_OPTIONS, PERSON_MATCHES, POSITION_POLICIES,
  PRODUCT_FIELDS, PRODUCT_LIST_POLICIES, PRODUCT_MATCHES, SOURCES, TARGETS, fieldKindOf, isMultiField,
  listKeyOf, type FieldKind,
} from './catalogue.ts';
export {
  ENTITY_ERROR_REASONS, ENTITY_REASONS, ERROR_CODES, FILTER_REASONS, WARNING_CODES, type ErrorCode,
} from './error-codes.ts';
export { collapse, normEmail, normPhone, normText, normUrl, normVat } from './normalise.ts';
export { parseBooleanCell, parseIdCell, parseNumberCell } from './cells.ts';
export { previewIconOf } from './output.ts';
/** Field ids matched exactly by Exact Online imports: alias of `EXACT_FIELDS`. */
export { EXACT_FIELDS as EXACT_ONLINE_FIELDS } from './catalogue.ts';
