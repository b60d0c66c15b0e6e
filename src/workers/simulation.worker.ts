/**
 * The simulation worker: holds the island's tables (worker-tables.ts), runs the engine off the
 * main thread posting progress, answers the first page of the result and keeps the row results
 * for further pages and the CSV export.
 * Stop is handled by the island (terminate, then re-run with `cancelAfter`), because a worker
 * busy in `simulate` cannot read messages until it returns.
 */
import { loadTranslator } from '../simulators/load-translator.ts';
import type { RowView } from '../simulators/output-view.ts';
import { simulateForView } from '../simulators/person-privacy-view.ts';
import { resultsToCsv } from '../simulators/results-csv.ts';
import { RESULT_PAGE_ROWS, toRunResult } from '../simulators/run-result.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { WorkerTables } from './worker-tables.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerResponse): void };
const tables = new WorkerTables();
/** Row results of the last run (the database is not kept: nothing shows it). */
let lastRows: RowView[] = [];

function run(request: Extract<WorkerRequest, { type: 'run' }>): void {
  // Post at most every 100 ms: each message is a task on the page's main thread.
  let lastPost = 0;
  const input = tables.input(request.preset, { unchecked: request.unchecked, cancelAfter: request.cancelAfter });
  const output = simulateForView(input, {
    progressEvery: request.progressEvery,
    onProgress: (done: number, total: number) => {
      const now = performance.now();
      if (now - lastPost < 100 && done < total) return;
      lastPost = now;
      scope.postMessage({ type: 'progress', done, total });
    },
  });
  lastRows = output.ok ? output.rows : [];
  scope.postMessage({ type: 'result', result: toRunResult(output, RESULT_PAGE_ROWS) });
}

/** The CSV of the last run in `lang`: that language's strings are fetched once, like the island's. */
async function exportCsv(request: Extract<WorkerRequest, { type: 'csv' }>): Promise<void> {
  try {
    const t = await loadTranslator(request.lang);
    scope.postMessage({ type: 'csv', id: request.id, text: resultsToCsv(lastRows, t) });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    switch (request.type) {
      case 'shape':
      case 'rows': return tables.apply(request);
      case 'prepare': return tables.prepare(request.table);
      case 'run': return run(request);
      case 'page': return scope.postMessage({ type: 'page', id: request.id, rows: lastRows.slice(request.from, request.from + request.count) });
      case 'csv': return void exportCsv(request);
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
