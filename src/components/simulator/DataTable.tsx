/** An editable sample table ("in the CRM now" / "in the import file"); shows the first rows of large data. */
import type { TextTable } from '../../simulators/example-tables.ts';
import type { Translate } from '../../simulators/messages.ts';

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

/** A table of text inputs, each labelled "<field>, row <n>" for screen readers. */
export function DataTable({ table, caption, name, t, onCell }: DataTableProps) {
  const shown = table.rows.slice(0, EDITABLE_ROWS);
  return (
    <div class="signpost-sim__table-wrap">
      <table class="signpost-sim__data" data-table={name}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {table.columns.map((column, c) => <th scope="col" key={c}><code>{column || '—'}</code></th>)}
          </tr>
        </thead>
        <tbody>
          {shown.map((cells, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {cells.map((cell, c) => (
                <td key={c}>
                  <input value={cell} size={Math.max(4, Math.min(18, cell.length))}
                    aria-label={t('simulator.table.cell', { field: table.columns[c] || '—', row: r + 1 })}
                    onChange={(event) => onCell(r, c, (event.currentTarget as HTMLInputElement).value)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length > shown.length && <p>{`${shown.length} / ${table.rows.length}`}</p>}
    </div>
  );
}
