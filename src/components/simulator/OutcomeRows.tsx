/** The field-level result table (row, record, outcome, id, from → to, reason) — the island twin of the build-time table. */
import type { Translate } from '../../simulators/messages.ts';
import { entityExplanation } from '../../simulators/explain.ts';
import { changeLines, entityLabel, outcomeLabel, rowStatusLabel } from '../../simulators/outcome-format.ts';
import { rowEntities, type EntityView, type RowView } from '../../simulators/output-view.ts';

/** The changes column of an entity as a list (field changes, a created person's privacy), or nothing. */
export function ChangeList({ entity, t }: { entity: EntityView; t: Translate }) {
  const lines = changeLines(entity, t);
  return lines.length > 0 ? <ul>{lines.map((line, i) => <li key={i}>{line}</li>)}</ul> : null;
}

/** Why the entity got its outcome, as the static merge-example table says it (explain.ts): one item per part. */
export function ExplanationList({ row, kind, entity, t }: { row: RowView; kind: string; entity: EntityView; t: Translate }) {
  const parts = entityExplanation(row, kind, entity, t, t.lang ?? 'en');
  return parts.length > 0 ? <ul>{parts.map((part, i) => <li key={i} data-explain={part.kind}>{part.text}</li>)}</ul> : null;
}

function EntityRow({ row, kind, entity, t }: { row: RowView; kind: string; entity: EntityView; t: Translate }) {
  const index = row.index;
  return (
    <tr data-entity={kind} data-outcome={entity.outcome}>
      <td>{index + 1}</td>
      <td>{entityLabel(kind, t)}</td>
      <td>{outcomeLabel(entity.outcome, t)}</td>
      <td>{entity.id ?? ''}</td>
      <td><ChangeList entity={entity} t={t} /></td>
      <td><ExplanationList row={row} kind={kind} entity={entity} t={t} /></td>
    </tr>
  );
}

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
          return rowEntities(row)
            .filter(([, entity]) => entity.outcome !== 'none')
            .map(([kind, entity]) => <EntityRow key={`${row.index}-${kind}`} row={row} kind={kind} entity={entity} t={t} />);
        })}
      </tbody>
    </table>
  );
}
