/**
 * Table + column mapping → engine rows (spec §1: objects keyed by field id). Every mapped column
 * becomes a key of every row, so "mapped columns" in the engine equal the mapped file columns.
 */
import type { IngestIssue, Table, TableCell } from './types.ts';

/** An engine row: field id → cell. */
export type EngineRow = Record<string, TableCell>;

/**
 * Builds engine rows; cells of unmapped columns are left out. A row with non-empty cells beyond
 * the header gets a ROW_TOO_LONG warning at the first such cell, so no value disappears unseen.
 * `(table with headers ['Naam'] and row ['Holm'], ['company.name'])` → `[{ 'company.name': 'Holm' }]`.
 */
export function tableToRows(table: Table, fields: readonly (string | null)[]): { rows: EngineRow[]; warnings: IngestIssue[] } {
  const warnings: IngestIssue[] = [];
  const rows = table.rows.map((cells, i) => {
    // Keys are mapped field ids only (never raw headers), and field ids always contain a dot,
    // so a hostile header such as `__proto__` cannot reach Object.prototype.
    const row: EngineRow = {};
    fields.forEach((field, column) => {
      if (field !== null) row[field] = column < cells.length ? cells[column] : null;
    });
    for (let column = fields.length; column < cells.length; column++) {
      const cell = cells[column];
      if (cell !== null && String(cell).trim() !== '') {
        warnings.push({ code: 'ROW_TOO_LONG', row: table.rowNumbers[i], column: column + 1 });
        break;
      }
    }
    return row;
  });
  return { rows, warnings };
}
