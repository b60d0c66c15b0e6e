/**
 * The worker's copy of the island's tables: after any series of edits, sending only what
 * changed gives the worker exactly the engine input the island would build itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TableMirror, tableRequests } from '../../src/simulators/island/table-sync.ts';
import type { TextTable } from '../../src/simulators/example-tables.ts';
import { initialState, stateToInput, withCell, type SimulatorState } from '../../src/simulators/state.ts';
import '../../src/simulators/samples/index.ts'; // registers every sample for initialState's sampleFor (the island loads them on demand)
import type { TableRequest } from '../../src/workers/protocol.ts';
import { WorkerTables } from '../../src/workers/worker-tables.ts';

/** Sends `state`'s tables the way the island does; returns the messages sent. */
function send(state: SimulatorState, mirrors: Record<'existing' | 'imported', TableMirror>, worker: WorkerTables, chunkRows?: number): TableRequest[] {
  const sent = [...tableRequests('existing', state.existing, mirrors.existing, chunkRows), ...tableRequests('imported', state.imported, mirrors.imported, chunkRows)];
  // Through structured cloning, as postMessage does, so no array is shared with the island.
  for (const request of sent) worker.apply(structuredClone(request));
  return sent;
}

const workerInput = (worker: WorkerTables, state: SimulatorState) => worker.input(state.preset, { unchecked: state.unchecked, cancelAfter: null });

describe('table sync between the island and its worker', () => {
  it('sends a large table in chunks, then only the edited row', () => {
    const { state } = initialState({ sample: 'generated-10000' }, 'nl');
    const mirrors = { existing: new TableMirror(), imported: new TableMirror() };
    const worker = new WorkerTables();
    const first = send(state, mirrors, worker, 4000);
    expect(first.filter((r) => r.type === 'rows' && r.table === 'imported').map((r) => r.type === 'rows' && r.rows.length)).toEqual([4000, 4000, 2000]);
    expect(workerInput(worker, state)).toEqual(stateToInput(state));

    const edited = withCell(state, 'imported', 7, 1, 'Nieuwe straat 1');
    const second = send(edited, mirrors, worker);
    expect(second).toEqual([{ type: 'rows', table: 'imported', at: 7, rows: [edited.imported.rows[7]] }]);
    expect(workerInput(worker, edited)).toEqual(stateToInput(edited));
    expect(send(edited, mirrors, worker)).toEqual([]);
  });

  it('gives the worker the island\'s engine input after any edits, remappings and new files', () => {
    const cell = fc.constantFrom('', 'Bakkerij Zon', 'bakkerij  zon', 'Jansen', 'x@y.nl');
    const table = (width: number) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 });
    const columns = fc.constantFrom(['company.name', 'company.street', 'person.lastName'], ['company.name', '', 'person.email'], ['person.firstName', 'company.name', 'company.email']);
    const step = fc.oneof(
      fc.record({ kind: fc.constant('cell' as const), table: fc.constantFrom('existing' as const, 'imported' as const), row: fc.nat(11), column: fc.nat(2), value: cell }),
      fc.record({ kind: fc.constant('columns' as const), columns }),
      fc.record({ kind: fc.constant('file' as const), rows: table(3) }),
    );
    fc.assert(fc.property(table(3), table(3), fc.array(step, { maxLength: 8 }), fc.integer({ min: 1, max: 5 }), (existingRows, importedRows, steps, chunkRows) => {
      const { state: start } = initialState({ 'person-match': 'name', 'company-action': 'merge' }, 'nl');
      let state: SimulatorState = {
        ...start,
        existing: { columns: ['company.name', 'company.street', 'person.lastName'], rows: existingRows },
        imported: { columns: ['company.name', 'company.street', 'person.lastName'], rows: importedRows },
      };
      const mirrors = { existing: new TableMirror(), imported: new TableMirror() };
      const worker = new WorkerTables();
      send(state, mirrors, worker, chunkRows);
      for (const change of steps) {
        if (change.kind === 'cell') {
          if (change.row < state[change.table].rows.length) state = withCell(state, change.table, change.row, change.column, change.value);
        } else if (change.kind === 'columns') {
          state = { ...state, imported: { ...state.imported, columns: [...change.columns] } };
        } else {
          state = { ...state, imported: { columns: state.imported.columns, rows: change.rows } satisfies TextTable };
        }
        send(state, mirrors, worker, chunkRows);
        expect(workerInput(worker, state)).toEqual(stateToInput(state));
      }
    }));
  });
});
