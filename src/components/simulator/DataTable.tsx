/** An editable sample table ("in the CRM now" / "in the import file"); shows the first rows of large data. */
import type { TextTable } from '../../simulators/example-tables.ts';
import type { Translate } from '../../simulators/messages.ts';
import { fieldLabel } from '../../simulators/field-labels.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

/** Rows rendered as inputs at most; larger own data is summarised. */
export const EDITABLE_ROWS = 50;

/** Props: the table, its caption, `t`, and the cell change callback. */
export interface DataTableProps {
  table: TextTable;
  caption: string;
  name: 'existing' | 'imported';
  t: Translate;
  onCell(row: number, column: number, value: string): void;
}

/**
 * A table of text inputs under product field labels, each labelled "<field>, row <n>" for
 * screen readers. A cell commits as it is typed, not when it loses focus: a commit re-renders
 * the preview, and doing that on blur moved the Start button under a pressed mouse.
 */
export function DataTable({ table, caption, name, t, onCell }: DataTableProps) {
  const shown = table.rows.slice(0, EDITABLE_ROWS);
  const labels = table.columns.map((column) => (column ? fieldLabel(column, t) : t('simulator.table.unmapped')));
  return (
    <div class="signpost-sim__table-block">
      <ScrollRegion label={caption} class="signpost-sim__scroll--tall">
        <table class="signpost-sim__data" data-table={name}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" class="signpost-sim__rownum">#</th>
              {labels.map((label, c) => <th scope="col" key={c}>{label}</th>)}
            </tr>
          </thead>
          <tbody>
            {shown.map((cells, r) => (
              <tr key={r}>
                <th scope="row" class="signpost-sim__rownum">{r + 1}</th>
                {cells.map((cell, c) => (
                  <td key={c}>
                    <input class="signpost-sim__cell" value={cell}
                      aria-label={t('simulator.table.cell', { field: labels[c], row: r + 1 })}
                      onInput={(event) => onCell(r, c, (event.currentTarget as HTMLInputElement).value)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {table.rows.length > shown.length && <p class="signpost-sim__note">{t('simulator.table.more', { shown: shown.length, count: table.rows.length })}</p>}
    </div>
  );
}
