/**
 * Entity results (spec §12.2) and the lookup outcome shared by every entity kind (spec §7.2).
 */
import type { Change, EntityResult, Warning } from './types.ts';

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
