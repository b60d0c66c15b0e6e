/**
 * The result as CSV for the Export button: one line per row and entity (row, entity, outcome,
 * id, reason, changes), written by src/ingest's injection-safe writer (formula-like cells get a
 * leading apostrophe; `;` separator and BOM for Dutch/Danish Excel).
 */
import { writeCsv } from '../ingest/csv-writer.ts';
import type { Translate } from './messages.ts';
import { changeLines, entityLabel, entityReason, outcomeLabel, rowStatusLabel } from './outcome-format.ts';
import { rowEntities, type RowView } from './output-view.ts';

/**
 * CSV text of `rows` (engine row results) with localized headings and labels.
 * Example: one created company → `\uFEFFRow;Record;…\r\n1;Company;Created;3;…;company.name: (empty) → X\r\n`.
 */
export function resultsToCsv(rows: RowView[], t: Translate): string {
  const lines: string[][] = [[t('simulator.column.row'), t('simulator.column.entity'), t('simulator.column.outcome'), t('simulator.column.id'), t('simulator.column.reason'), t('simulator.column.changes')]];
  for (const row of rows) {
    const number = String(row.index + 1);
    if (row.status !== 'processed') {
      lines.push([number, '', rowStatusLabel(row, t), '', '', '']);
      continue;
    }
    for (const [key, entity] of rowEntities(row)) {
      if (entity.outcome === 'none') continue;
      lines.push([number, entityLabel(key, t), outcomeLabel(entity.outcome, t), entity.id === null ? '' : String(entity.id), entityReason(entity, t, key), changeLines(entity, t).join('; ')]);
    }
  }
  return writeCsv(lines);
}
