/**
 * The simulation worker: runs the engine off the main thread for large inputs, posting
 * progress every `progressEvery` rows, and keeps the last full output for CSV export.
 * Stop is handled by the island (terminate, then re-run with `cancelAfter`), because a worker
 * busy in `simulate` cannot read messages until it returns.
 */
import { simulate } from '../engine/index.ts';
import { translatorFor } from '../simulators/messages.ts';
import type { OutputView } from '../simulators/output-view.ts';
import { resultsToCsv } from '../simulators/results-csv.ts';
import { toRunResult } from '../simulators/run-result.ts';
import { stateToInput, type SimulatorState } from '../simulators/state.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerResponse): void };
let lastOutput: OutputView | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.type === 'run') {
      const state = JSON.parse(request.state) as SimulatorState;
      // Post at most every 100 ms: each message is a task on the page's main thread.
      let lastPost = 0;
      const output = simulate(stateToInput(state, request.cancelAfter) as never, {
        progressEvery: request.progressEvery,
        onProgress: (done: number, total: number) => {
          const now = performance.now();
          if (now - lastPost < 100 && done < total) return;
          lastPost = now;
          scope.postMessage({ type: 'progress', done, total });
        },
      }) as unknown as OutputView;
      lastOutput = output;
      scope.postMessage({ type: 'result', result: toRunResult(output) });
    } else if (request.type === 'csv') {
      scope.postMessage({ type: 'csv', text: lastOutput?.ok ? resultsToCsv(lastOutput.rows, translatorFor(request.lang)) : '' });
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
