/**
 * The island's worker session is its own chunk (island/worker-session.ts), fetched by runner.ts's
 * SimulationSession on first use: an island that stays small never starts a worker, a large one
 * starts its worker at once (beside the code) and gets its tables sent as before, and a restart
 * while the code is still coming ends a pending run and that worker, as a restart ends a run in
 * the worker (no result for the old state, no run message sent).
 */
import { describe, expect, it } from 'vitest';
import { SimulationSession } from '../../src/simulators/island/runner.ts';
import '../../src/simulators/samples/index.ts'; // registers every sample for initialState's sampleFor
import { initialState } from '../../src/simulators/state.ts';
import type { WorkerRequest } from '../../src/workers/protocol.ts';

/** A stand-in worker that records what the session posts. */
function fakeWorkers() {
  const posted: WorkerRequest[] = [];
  let created = 0;
  let terminated = 0;
  const create = () => {
    created++;
    return { postMessage: (request: WorkerRequest) => posted.push(request), addEventListener: () => {}, terminate: () => terminated++ } as unknown as Worker;
  };
  return { create, posted, created: () => created, terminated: () => terminated };
}

describe('worker session loaded on first use', () => {
  it('starts no worker for an island that never syncs, even after restarts', () => {
    const workers = fakeWorkers();
    const session = new SimulationSession(workers.create);
    session.restart();
    session.restart();
    expect(workers.created()).toBe(0);
  });

  it('starts the worker while the code comes, then sends it a large table', async () => {
    const workers = fakeWorkers();
    const session = new SimulationSession(workers.create);
    const { state } = initialState({ sample: 'generated-5000' }, 'nl');
    const synced = session.sync(state);
    expect(workers.created()).toBe(1);
    await synced;
    expect(workers.created()).toBe(1);
    const imported = workers.posted.filter((request) => request.type === 'rows' && request.table === 'imported');
    expect(imported.reduce((rows, request) => rows + (request.type === 'rows' ? request.rows.length : 0), 0)).toBe(5000);
  });

  it('a restart while the code is coming ends the pending run and its worker: nothing is run, no result comes', async () => {
    const workers = fakeWorkers();
    const session = new SimulationSession(workers.create);
    const { state } = initialState({ sample: 'generated-5000' }, 'nl');
    let settled = false;
    void session.run(state, null, () => {}).then(() => (settled = true));
    session.restart();
    expect(workers.terminated()).toBe(1);
    await session.sync(state); // the code has arrived and the tables are there
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workers.posted.some((request) => request.type === 'run')).toBe(false);
    expect(settled).toBe(false);
  });
});
