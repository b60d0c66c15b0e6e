/**
 * Entity results (spec §12.2) and the lookup outcome shared by every entity kind (spec §7.2).
 */
import type { Change, DroppedValue, EntityResult, KeptValue, MatchTrace, Warning } from './types.ts';

/** Outcome `none`: nothing of this kind in the row. */
export const noneResult = (reason: string): EntityResult => ({ outcome: 'none', id: null, reason, changes: [] });

/** Outcome `error` with an entity error code; `field` for INVALID_NUMBER / INVALID_BOOLEAN. */
export function errorResult(reason: string, field?: string): EntityResult {
  const result: EntityResult = { outcome: 'error', id: null, reason, changes: [] };
  if (field !== undefined) result.field = field;
  return result;
}

/** Outcome `skipped` (id = matched id or null). */
export const skippedResult = (reason: string, id: number | null): EntityResult =>
  ({ outcome: 'skipped', id, reason, changes: [] });

/** Outcome `created` with the values set. */
export const createdResult = (id: number, changes: Change[]): EntityResult =>
  ({ outcome: 'created', id, reason: null, changes });

/** Outcome `updated` or `unchanged` of a matched record, depending on `changes`. */
export const matchedResult = (id: number, changes: Change[]): EntityResult =>
  ({ outcome: changes.length > 0 ? 'updated' : 'unchanged', id, reason: null, changes });

/** Result of looking a row up: an entity error, a matched id, or no match. */
export type Lookup =
  | { kind: 'error'; reason: 'INVALID_ID' | 'ID_NOT_FOUND' }
  | { kind: 'match'; id: number }
  | { kind: 'none' };

/**
 * Picks the lowest of `ids` and warns when there are several (spec §7.2).
 * `([3, 7], 'company', warnings)` → match 3 plus a MULTIPLE_MATCHES warning with ids [3, 7].
 */
export function pickMatch(ids: readonly number[], entity: string, warnings: Warning[]): Lookup {
  if (ids.length === 0) return { kind: 'none' };
  if (ids.length > 1) warnings.push({ code: 'MULTIPLE_MATCHES', entity, ids: [...ids] });
  return { kind: 'match', id: ids[0] };
}

/** Explanation notes gathered while an entity's values are resolved and applied. */
export interface Notes { kept?: KeptValue[]; dropped?: DroppedValue[] }

/**
 * The explanation of a lookup under match key `key`: the key's fields (from `fieldsByKey`), the
 * row's `values` of them and the record found. `(MATCH_KEY_FIELDS.company, 'name', ['ACME'], match 1)`
 * → `{ key: 'name', fields: ['company.name'], values: ['ACME'], id: 1 }`.
 */
export function matchTrace(
  fieldsByKey: Readonly<Record<string, readonly string[]>>, key: string, values: string[], lookup: Lookup,
): MatchTrace {
  return { key, fields: fieldsByKey[key] ?? [], values, id: lookup.kind === 'match' ? lookup.id : null };
}

/** `result` with the explanation fields that are present (none is added empty, to stay compact). */
export function explained(result: EntityResult, match: MatchTrace | undefined, notes: Notes): EntityResult {
  if (match) result.match = match;
  if (notes.kept) result.kept = notes.kept;
  if (notes.dropped) result.dropped = notes.dropped;
  return result;
}
