/**
 * Starts a simulation for the island: small inputs run on the main thread (instant, no worker
 * start-up), large ones in src/workers/simulation.worker.ts so the page stays responsive.
 * Stop keeps what was imported: the worker is terminated and the engine re-run with
 * `cancelAfter` = rows done at the last progress report (import-rules.md §6), so the result
 * says exactly "N of M".
 */
import { simulate } from '../engine/index.ts';
import { translatorFor } from '../simulators/messages.ts';
import type { OutputView } from '../simulators/output-view.ts';
import { resultsToCsv } from '../simulators/results-csv.ts';
import { toRunResult, type RunResult } from '../simulators/run-result.ts';
import { stateToInput, type SimulatorState } from '../simulators/state.ts';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol.ts';

/** Inputs with more rows than this run in the worker. */
export const WORKER_THRESHOLD = 2000;

/** A finished run: its result, where it was stopped (null = ran to the end) and CSV export. */
export interface RunOutcome {
  result: RunResult;
  stoppedAt: number | null;
  csv(): Promise<string>;
}

/** A run in progress. */
export interface RunHandle {
  done: Promise<RunOutcome>;
  stop(): void;
}

/** Creates the module worker (Vite/Astro bundle it from this URL pattern). */
export function createSimulationWorker(): Worker {
  return new Worker(new URL('../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
}

function runOnMainThread(state: SimulatorState, lang: string): RunHandle {
  const done = new Promise<RunOutcome>((resolve) => {
    setTimeout(() => {
      const output = simulate(stateToInput(state) as never) as unknown as OutputView;
      const csv = async () => (output.ok ? resultsToCsv(output.rows, translatorFor(lang)) : '');
      resolve({ result: toRunResult(output), stoppedAt: null, csv });
    }, 0);
  });
  return { done, stop: () => {} };
}

function runInWorker(state: SimulatorState, lang: string, onProgress: (done: number, total: number) => void, createWorker: () => Worker): RunHandle {
  const total = state.imported.rows.length;
  // One string crosses to the worker: cloning 100k row objects would block the page, while a
  // string is copied in one piece and the worker builds the engine input itself.
  const stateJson = JSON.stringify(state);
  let lastDone = 0;
  let finished = false;
  let settle: (outcome: RunOutcome) => void = () => {};
  const done = new Promise<RunOutcome>((resolve) => (settle = resolve));

  const launch = (stoppedAt: number | null) => {
    const worker = createWorker();
    const csv = () =>
      new Promise<string>((resolve) => {
        worker.addEventListener('message', function onCsv(event: MessageEvent<WorkerResponse>) {
          if (event.data.type !== 'csv') return;
          worker.removeEventListener('message', onCsv);
          resolve(event.data.text);
        });
        worker.postMessage({ type: 'csv', lang } satisfies WorkerRequest);
      });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress' && stoppedAt === null) {
        lastDone = message.done;
        onProgress(message.done, message.total);
      } else if (message.type === 'result') {
        finished = true;
        settle({ result: message.result, stoppedAt, csv });
      } else if (message.type === 'failed') {
        finished = true;
        settle({ result: { ok: false, errors: [{ code: 'ENGINE_FAILED', message: message.message }] }, stoppedAt, csv: async () => '' });
      }
    });
    // Progress at least every 1% but not more often than every 500 rows: enough for a smooth
    // bar without flooding the main thread with messages.
    const progressEvery = Math.max(500, Math.ceil(total / 100));
    worker.postMessage({ type: 'run', state: stateJson, cancelAfter: stoppedAt, progressEvery } satisfies WorkerRequest);
    return worker;
  };

  let current = launch(null);
  return {
    done,
    stop: () => {
      if (finished) return;
      current.terminate();
      onProgress(lastDone, total);
      current = launch(lastDone);
    },
  };
}

/**
 * Runs the engine on `state`; `onProgress(done, total)` reports rows processed.
 * Example: `startRun(state, 'nl', (d, t) => bar.value = d / t).done.then(({ result }) => …)`.
 */
export function startRun(
  state: SimulatorState,
  lang: string,
  onProgress: (done: number, total: number) => void,
  createWorker: () => Worker = createSimulationWorker,
): RunHandle {
  if (state.imported.rows.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') return runOnMainThread(state, lang);
  return runInWorker(state, lang, onProgress, createWorker);
}
