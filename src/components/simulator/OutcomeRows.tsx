/** The field-level result table (row, record, outcome, id, from → to, reason) — the island twin of the build-time table. */
import type { Translate } from '../../simulators/messages.ts';
import { entityLabel, entityReason, formatChange, outcomeLabel, rowStatusLabel } from '../../simulators/outcome-format.ts';
import { rowEntities, type RowView } from '../../simulators/output-view.ts';

/** Props: engine row results and `t`. */
export function OutcomeRows({ rows, t }: { rows: RowView[]; t: Translate }) {
  const headings = ['row', 'entity', 'outcome', 'id', 'changes', 'reason'] as const;
  return (
    <table class="signpost-sim__outcomes">
      <thead><tr>{headings.map((key) => <th scope="col" key={key}>{t(`simulator.column.${key}`)}</th>)}</tr></thead>
      <tbody>
        {rows.flatMap((row) => {
          if (row.status !== 'processed') {
            return [<tr key={row.index} data-status={row.status}><td>{row.index + 1}</td><td colSpan={5}>{rowStatusLabel(row, t)}</td></tr>];
          }
          return rowEntities(row).filter(([, entity]) => entity.outcome !== 'none').map(([key, entity]) => (
            <tr key={`${row.index}-${key}`} data-entity={key} data-outcome={entity.outcome}>
              <td>{row.index + 1}</td>
              <td>{entityLabel(key, t)}</td>
              <td>{outcomeLabel(entity.outcome, t)}</td>
              <td>{entity.id ?? ''}</td>
              <td>{entity.changes.length > 0 && <ul>{entity.changes.map((change, i) => <li key={i}>{formatChange(change, t)}</li>)}</ul>}</td>
              <td>{entityReason(entity, t)}</td>
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}
