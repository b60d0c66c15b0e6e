/**
 * OutSmart's import from Exact Online (spec §11): filters, then match by code with overwrite
 * semantics (`replace` without rewriting the code), for relations, materials and hour types.
 */
import { applyToMatched, applyToNew, type FieldValue } from './apply.ts';
import { cellText, isEmptyCell, parseBooleanCell, parseNumberCell } from './cells.ts';
import { EXACT_FIELDS, MATCH_KEY_FIELDS, fieldKindOf, type FieldKind } from './catalogue.ts';
import type { Collection, KeysOf } from './collection.ts';
import { createdResult, errorResult, explained, matchedResult, matchTrace, pickMatch, type Notes } from './entity.ts';
import type { ListBook } from './lists.ts';
import { normText } from './normalise.ts';
import type { ResolvedSettings } from './settings.ts';
import type { EntityResult, Row, Warning } from './types.ts';

/** A simulated Exact Online import. */
export type ExactImport = keyof typeof EXACT_FIELDS;
/** Entity key of each import in row results and warnings. */
export const EXACT_ENTITY = { relations: 'customer', materials: 'material', hourTypes: 'hourType' } as const;
/** Collection of each import in the OutSmart database. */
export const EXACT_COLLECTION = { relations: 'customers', materials: 'materials', hourTypes: 'hourTypes' } as const;

/** An OutSmart record as the engine handles it: id, code and the other properties. */
export type ExactRecord = { id: number; code: string | null } & Record<string, unknown>;

/** Index keys of a stored OutSmart record: its code under normText. */
export const exactKeysOf: KeysOf<ExactRecord> = (r) => {
  const key = normText(r.code ?? '');
  return key === '' ? [] : [key];
};

const isEmptyFilter = (list: unknown): boolean => !Array.isArray(list) || list.length === 0;

/** The filter reason of a row (spec §11.2), or `null` when it passes. */
export function exactFilterReason(row: Row, settings: ResolvedSettings): string | null {
  const exact = settings.exact;
  if (exact.import === 'relations') {
    const types = exact.relationTypes as string[] | null;
    if (!isEmptyFilter(types) && !types!.includes(normText(cellText(row['relation.type'])))) return 'relation-type';
    const active = isEmptyCell(row['relation.active']) ? true : parseBooleanCell(row['relation.active']!);
    if (active === false && exact.includeInactive !== true) return 'inactive';
    const blocked = isEmptyCell(row['relation.blocked']) ? false : parseBooleanCell(row['relation.blocked']!);
    if (blocked === true && exact.includeBlocked !== true) return 'blocked';
    return null;
  }
  const categories = exact.categories as string[] | null;
  if (isEmptyFilter(categories)) return null;
  const prefix = exact.import === 'materials' ? 'material' : 'hourType';
  const category = normText(cellText(row[`${prefix}.category`]));
  return categories!.some((c) => normText(c) === category) ? null : 'category';
}

/**
 * Parameters of a filter reason (explanation): the row's relation type or category that the
 * filter did not select (`{ value: 'prospect' }`); none for `inactive` / `blocked`.
 */
export function exactFilterParams(row: Row, reason: string, settings: ResolvedSettings): Record<string, string> | undefined {
  if (reason === 'relation-type') return { value: cellText(row['relation.type']) };
  if (reason !== 'category') return undefined;
  return { value: cellText(row[`${settings.exact.import === 'materials' ? 'material' : 'hourType'}.category`]) };
}

// The stored fields of each import (filters are not stored) with property and kind, worked out once.
const EXACT_SPECS = Object.fromEntries(Object.entries(EXACT_FIELDS).map(([kind, fields]) => [
  kind,
  fields.filter((field) => fieldKindOf(field) !== 'filter')
    .map((field) => ({ field, prop: field.slice(field.indexOf('.') + 1), kind: fieldKindOf(field) })),
])) as Record<ExactImport, { field: string; prop: string; kind: FieldKind }[]>;
const RELATION_FLAGS = ['relation.active', 'relation.blocked'] as const;

/** What an Exact Online row needs. */
export interface ExactState { kind: ExactImport; records: Collection<ExactRecord>; lists: ListBook }

/** Processes one Exact Online row (spec §11.1 steps 1–5). */
export function processExactRow(row: Row, state: ExactState): { entity: EntityResult; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fields = EXACT_FIELDS[state.kind];
  for (const field of RELATION_FLAGS) {
    if (state.kind === 'relations' && !isEmptyCell(row[field]) && parseBooleanCell(row[field]!) === undefined) {
      return { entity: withValue(errorResult('INVALID_BOOLEAN', field), row[field]), warnings };
    }
  }
  const specs = EXACT_SPECS[state.kind];
  const values: FieldValue[] = [];
  for (const { field, prop, kind } of specs) {
    if (isEmptyCell(row[field])) continue;
    if (kind === 'number') {
      const value = parseNumberCell(row[field]!);
      if (value === undefined) return { entity: withValue(errorResult('INVALID_NUMBER', field), row[field]), warnings };
      values.push({ field, prop, kind: 'single', value, isKey: false });
    } else {
      values.push({ field, prop, kind: 'single', value: cellText(row[field]), isKey: prop === 'code' });
    }
  }
  const codeText = cellText(row[fields[0]]);
  const code = normText(codeText);
  if (code === '') return { entity: errorResult('CODE_MISSING'), warnings };
  const entityKey = EXACT_ENTITY[state.kind];
  const lookup = pickMatch(state.records.lookup(code), entityKey, warnings);
  const trace = matchTrace(MATCH_KEY_FIELDS[entityKey], 'code', [codeText], lookup);
  if (lookup.kind === 'match') {
    const record = state.records.get(lookup.id)!;
    const notes: Notes = {};
    const changes = applyToMatched(state.records, record, values, 'replace', state.lists, notes);
    return { entity: explained(matchedResult(record.id, changes), trace, notes), warnings };
  }
  if (isEmptyCell(row[fields[1]])) return { entity: explained(errorResult('NAME_MISSING'), trace, {}), warnings };
  let changes: EntityResult['changes'] = [];
  const record = state.records.insert((id) => {
    const created: ExactRecord = { id, code: null };
    for (const { prop } of specs) created[prop] = null;
    changes = applyToNew(created, values, state.lists);
    return created;
  });
  return { entity: explained(createdResult(record.id, changes), trace, {}), warnings };
}

/** `result` with the offending cell as its `value` parameter (INVALID_NUMBER / INVALID_BOOLEAN). */
function withValue(result: EntityResult, cell: Row[string] | undefined): EntityResult {
  result.params = { value: cellText(cell) };
  return result;
}
