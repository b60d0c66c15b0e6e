/**
 * Turns the two GFM tables of a `:::merge-example` ("in the CRM now", "in the import file")
 * into the engine's `existing` database and import `rows`. Column headers are engine field ids
 * (import-rules.md §3); this module only places cell text into the record shapes of §3.1/§3.4 —
 * every matching and merging decision stays in the engine.
 */
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LIST_KEY_OF_FIELD, fieldKindOf, isMultiField, parseBooleanCell, parseNumberCell } from '../engine/index.ts';

/** A table as header texts plus body rows of cell texts (trimmed). */
export interface TextTable {
  columns: string[];
  rows: string[][];
}

/** Reads an mdast GFM table; the first row is the header. */
export function tableToText(table: Table): TextTable {
  const [head, ...body] = table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
  const columns = head ?? [];
  // GFM lets a body row have fewer cells than the header; missing cells are empty.
  return { columns, rows: body.map((cells) => columns.map((_, i) => cells[i] ?? '')) };
}

/** Record collection per field prefix (§3.1, §3.4). */
const COLLECTIONS: Record<string, string> = {
  company: 'companies',
  person: 'persons',
  product: 'products',
  relation: 'customers',
  material: 'materials',
  hourType: 'hourTypes',
};
const FIELD_ID = /^(company|person|product|relation|material|hourType)\.([A-Za-z]+(?:\.[a-z][A-Za-z0-9]*)?)$/;

/** A column that is not a field id, with its 0-based position. */
export interface ColumnProblem {
  column: string;
  position: number;
}

/** Columns of `table` whose header is not shaped like an engine field id. */
export function invalidColumns(table: TextTable): ColumnProblem[] {
  return table.columns.flatMap((column, position) => (FIELD_ID.test(column) ? [] : [{ column, position }]));
}

/**
 * Import rows: one object per body row, every mapped column present (empty cell → `""`); a
 * column whose field id is `""` is not mapped (field mapping "not imported") and left out.
 */
export function textTableToRows(table: TextTable): Record<string, string>[] {
  const mapped = table.columns.flatMap((column, i) => (column ? [[column, i] as const] : []));
  return table.rows.map((cells) => {
    const row: Record<string, string> = {};
    for (const [column, i] of mapped) row[column] = cells[i] ?? '';
    return row;
  });
}

/**
 * A cell of the "in the CRM now" table as the record stores it, read by the engine's own cell
 * rules (import-rules.md §3.5: `y`, `ja`, `x` … are yes; `1.234,50` is a number) so a table
 * can never mean something else than the same cell in the import file.
 */
function storedValue(field: string, text: string): unknown {
  if (isMultiField(field)) return text ? [text] : [];
  const kind = fieldKindOf(field);
  if (kind === 'number') return text ? parseNumberCell(text) ?? null : null;
  if (kind === 'boolean') return text ? parseBooleanCell(text) ?? null : null;
  return text || null;
}

/**
 * The `existing` database of the "in the CRM now" table: per row one record per field prefix
 * with a non-empty cell (ids 1, 2, … unless an `<prefix>.id` column gives one; an id given
 * again refers to the earlier record); a person gets the company of its row. List values are added as list items so the engine can resolve them.
 * Example: `company.name | person.lastName` / `ACME | Jansen` → company 1 and person 1 with
 * `companyId: 1`.
 */
export function textTableToExisting(table: TextTable): Record<string, unknown> {
  const existing: Record<string, unknown[]> = {};
  const lists: Record<string, { id: number; name: string }[]> = {};
  const nextId: Record<string, number> = {};
  // What each column means, worked out once rather than per cell (the table may have 100k rows).
  const columns = table.columns.map((field, i) => {
    const [prefix, ...rest] = field.split('.');
    const property = rest.join('.');
    const custom = property.startsWith('custom.') ? property.slice('custom.'.length) : null;
    return { field, i, prefix, property, custom, listKey: LIST_KEY_OF_FIELD[field] ?? (custom !== null ? property : undefined) };
  });
  for (const cells of table.rows) {
    const records: Record<string, Record<string, unknown>> = {};
    for (const { field, i, prefix, property, custom, listKey } of columns) {
      const text = cells[i];
      if (!text) continue;
      const record = (records[prefix] ??= {});
      if (property === 'id') record.id = Number(text);
      else if (custom !== null) {
        const values = (record.custom ??= {}) as Record<string, string>;
        values[custom] = text;
      } else record[property] = storedValue(field, text);
      if (listKey) {
        const items = (lists[listKey] ??= []);
        if (!items.some((item) => item.name === text)) items.push({ id: items.length + 1, name: text });
      }
    }
    // The company goes first so that the row's person can point at its id.
    const prefixes = Object.keys(records);
    const ordered = records.company ? ['company', ...prefixes.filter((prefix) => prefix !== 'company')] : prefixes;
    for (const prefix of ordered) {
      const record = records[prefix];
      const collection = COLLECTIONS[prefix];
      const known = (existing[collection] ?? []) as Record<string, unknown>[];
      if (typeof record.id === 'number' && known.some((other) => other.id === record.id)) {
        // A repeated id names a record of an earlier row (e.g. a second person of a company):
        // its other cells are ignored, the row's person is linked to it.
        continue;
      }
      if (typeof record.id !== 'number' || !Number.isInteger(record.id)) record.id = (nextId[collection] ?? 0) + 1;
      nextId[collection] = Math.max(nextId[collection] ?? 0, record.id as number);
      if (prefix === 'person') record.companyId = records.company ? records.company.id : null;
      if (prefix === 'product') record.priceListId = 1;
      (existing[collection] ??= []).push(record);
    }
  }
  return { ...existing, lists };
}
