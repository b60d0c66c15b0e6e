/**
 * A simulation's row results as a table for `writeCsv`: one line per input row, per entity its
 * outcome, id, reason and the written fields. Header cells are keys (`company.outcome`) and
 * values are engine codes, so the UI can translate both before writing the file.
 */
import type { EntityResult, SimulationSuccess } from '../engine/index.ts';

const ENTITY_KEYS = ['company', 'person', 'product', 'customer', 'material', 'hourType'] as const;

const changesText = (entity: EntityResult): string =>
  entity.changes.map((c) => `${c.field}=${Array.isArray(c.to) ? c.to.join(', ') : String(c.to)}`).join('; ');

/**
 * Header + one line per row. `status` is the row status; `reason` the filter reason.
 * `(contacts output)` → `[['row', 'status', 'reason', 'company.outcome', 'company.id', …], [1, 'processed', '', 'created', 7, …]]`
 * (`row` is 1-based, as users count rows).
 */
export function simulationResultsTable(output: SimulationSuccess): unknown[][] {
  const entities = ENTITY_KEYS.filter((key) => output.rows.some((row) => row[key] !== undefined));
  const header = ['row', 'status', 'reason', ...entities.flatMap((e) => [`${e}.outcome`, `${e}.id`, `${e}.reason`, `${e}.changes`])];
  const lines = output.rows.map((row) => [
    row.index + 1,
    row.status,
    row.reason ?? '',
    ...entities.flatMap((key) => {
      const entity = row[key];
      return entity ? [entity.outcome, entity.id ?? '', entity.reason ?? '', changesText(entity)] : ['', '', '', ''];
    }),
  ]);
  return [header, ...lines];
}
