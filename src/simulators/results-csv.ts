/**
 * The result as CSV for the Export button: one line per row and entity (row, entity, outcome,
 * id, reason, changes). Cells that a spreadsheet would run as a formula are neutralised with a
 * leading apostrophe (OWASP CSV injection advice).
 */
import type { Translate } from './messages.ts';
import { entityLabel, entityReason, formatChange, outcomeLabel, rowStatusLabel } from './outcome-format.ts';
import { rowEntities, type RowView } from './output-view.ts';

/** One CSV field: quoted when needed, formula triggers (`= + - @ TAB CR`) neutralised. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV text of `rows` (engine row results) with localized headings and labels, CRLF line ends.
 * Example: one created company → `Row,Record,…\r\n1,Company,Created,3,,company.name: (empty) → X\r\n`.
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
      lines.push([number, entityLabel(key, t), outcomeLabel(entity.outcome, t), entity.id === null ? '' : String(entity.id), entityReason(entity, t), entity.changes.map((change) => formatChange(change, t)).join('; ')]);
    }
  }
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
