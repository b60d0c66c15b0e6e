/**
 * Starts a simulation for the island: small inputs run on the main thread (instant, no worker
 * start-up), large ones in src/workers/simulation.worker.ts so the page stays responsive.
 *
 * A large island keeps one worker (a `SimulationSession`) that holds its own copy of the tables:
 * they are sent in short chunks as soon as they change (see simulator-table-sync.ts), so Start
 * sends only the settings and the worker has the engine input ready. Results come back one page
 * at a time; the worker keeps the full result for further pages and the CSV export.
 * Stop keeps what was imported: the worker is terminated and the engine re-run in a fresh one
 * with `cancelAfter` = rows done at the last progress report (import-rules.md §6), so the result
 * says exactly "N of M".
 */
import type { Translate } from '../messages.ts';
import type { RowView } from '../output-view.ts';
import { simulateForView } from '../person-privacy-view.ts';
import { RESULT_PAGE_ROWS, toRunResult, type RunResult } from '../run-result.ts';
import { stateToInput, type SimulatorState } from '../state.ts';
import type { WorkerRequest, WorkerResponse } from '../../workers/protocol.ts';
import { TableMirror, tableRequests } from './table-sync.ts';

/** Inputs with more rows than this run in the worker. */
export const WORKER_THRESHOLD = 2000;

/** A finished run: its result, where it was stopped (null = ran to the end), more rows and CSV export. */
export interface RunOutcome {
  result: RunResult;
  stoppedAt: number | null;
  /** Row results `from` … `from + count - 1` (the result holds only the first page). */
  rows(from: number, count: number): Promise<RowView[]>;
  csv(): Promise<string>;
}

/** A run in progress: `stop()` keeps what was imported ("N of M"); `abort()` ends it without a result (its settings or data changed). */
export interface RunHandle {
  done: Promise<RunOutcome>;
  stop(): void;
  abort(): void;
}

/** Creates the module worker (Vite/Astro bundle it from this URL pattern). */
export function createSimulationWorker(): Worker {
  return new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
}

/** Resolves in a new task, letting the page handle input and paint between two chunks. */
function nextTask(): Promise<void> {
  // A message channel, not setTimeout: nested timeouts are clamped to 4 ms each.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A request answered by one reply with the same id. */
type Question = Extract<WorkerRequest, { id: number }>;
type Answer = Extract<WorkerResponse, { id: number }>;

/** One island's simulation worker, started on first use, with its copy of the island's tables. */
export class SimulationSession {
  private worker: Worker | null = null;
  private mirrors = { existing: new TableMirror(), imported: new TableMirror() };
  private readonly listeners = new Set<(message: WorkerResponse) => void>();
  private wanted: SimulatorState | null = null;
  private draining: Promise<void> | null = null;
  private nextId = 1;
  private readonly createWorker: () => Worker;

  constructor(createWorker: () => Worker = createSimulationWorker) {
    this.createWorker = createWorker;
  }

  /** Sends the tables of `state` that the worker does not have yet; resolves when it has them (or a newer state was asked for). */
  async sync(state: SimulatorState): Promise<void> {
    this.wanted = state;
    while (this.wanted === state && !this.holds(state)) {
      this.draining ??= this.drain().finally(() => (this.draining = null));
      await this.draining;
    }
  }

  /**
   * Runs the engine on `state` in the worker; `onProgress(done, total)` reports rows processed.
   * Resolves with the first page of the result; never resolves when `restart()` ends the worker first.
   */
  async run(state: SimulatorState, cancelAfter: number | null, onProgress: (done: number, total: number) => void): Promise<RunResult> {
    await this.sync(state);
    const total = state.imported.rows.length;
    // Progress at least every 1% but not more often than every 500 rows: enough for a smooth
    // bar without flooding the main thread with messages.
    const progressEvery = Math.max(500, Math.ceil(total / 100));
    return new Promise((resolve) => {
      const stopListening = this.listen((message) => {
        if (message.type === 'progress') onProgress(message.done, message.total);
        else if (message.type === 'result' || message.type === 'failed') {
          stopListening();
          resolve(message.type === 'result' ? message.result : { ok: false, errors: [{ code: 'ENGINE_FAILED', message: message.message }] });
        }
      });
      this.post({ type: 'run', preset: state.preset, unchecked: state.unchecked, cancelAfter, progressEvery });
    });
  }

  /** Row results of the last run, `from` … `from + count - 1`. */
  async rows(from: number, count: number): Promise<RowView[]> {
    const answer = await this.ask({ type: 'page', id: 0, from, count });
    return answer.type === 'page' ? answer.rows : [];
  }

  /** The last run as CSV in `lang`. */
  async csv(lang: string): Promise<string> {
    const answer = await this.ask({ type: 'csv', id: 0, lang });
    return answer.type === 'csv' ? answer.text : '';
  }

  /** Ends the worker (and a run in it); the next call starts a fresh one and sends the tables again. */
  restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.listeners.clear();
    this.mirrors = { existing: new TableMirror(), imported: new TableMirror() };
  }

  private holds(state: SimulatorState): boolean {
    return this.mirrors.existing.source === state.existing && this.mirrors.imported.source === state.imported;
  }

  /** Sends chunks, one per task, until the worker holds the wanted state's tables. */
  private async drain(): Promise<void> {
    for (let target = this.wanted; target && !this.holds(target); target = this.wanted) {
      const mirrors = this.mirrors;
      for (const name of ['existing', 'imported'] as const) {
        let sent = false;
        for (const request of tableRequests(name, target[name], mirrors[name])) {
          this.post(request);
          sent = true;
          await nextTask();
          if (this.wanted !== target || this.mirrors !== mirrors) break;
        }
        if (this.wanted !== target || this.mirrors !== mirrors) break;
        // The table is complete: the worker converts it while the next one is still coming.
        if (sent) this.post({ type: 'prepare', table: name });
      }
    }
  }

  private post(request: WorkerRequest): void {
    if (!this.worker) {
      const worker = this.createWorker();
      worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
        if (worker === this.worker) this.listeners.forEach((listener) => listener(event.data));
      });
      this.worker = worker;
    }
    this.worker.postMessage(request);
  }

  private listen(listener: (message: WorkerResponse) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private ask(question: Question): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const stopListening = this.listen((message) => {
        if (!('id' in message) || message.id !== id) return;
        stopListening();
        resolve(message);
      });
      this.post({ ...question, id });
    });
  }
}

function runOnMainThread(state: SimulatorState, t: Translate): RunHandle {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<RunOutcome>((resolve) => {
    timer = setTimeout(() => {
      const output = simulateForView(stateToInput(state));
      resolve({
        result: toRunResult(output, RESULT_PAGE_ROWS),
        stoppedAt: null,
        rows: async (from, count) => (output.ok ? output.rows.slice(from, from + count) : []),
        // The CSV writer comes when the user asks for the file, not with the island's first script.
        csv: async () => (output.ok ? (await import('../results-csv.ts')).resultsToCsv(output.rows, t) : ''),
      });
    }, 0);
  });
  return { done, stop: () => {}, abort: () => clearTimeout(timer) };
}

function runInWorker(state: SimulatorState, lang: string, onProgress: (done: number, total: number) => void, session: SimulationSession): RunHandle {
  const total = state.imported.rows.length;
  let lastDone = 0;
  let finished = false;
  let settle: (outcome: RunOutcome) => void = () => {};
  const done = new Promise<RunOutcome>((resolve) => (settle = resolve));
  const launch = (stoppedAt: number | null) => {
    const report = (rowsDone: number, rowsTotal: number) => {
      if (stoppedAt !== null) return;
      lastDone = rowsDone;
      onProgress(rowsDone, rowsTotal);
    };
    void session.run(state, stoppedAt, report).then((result) => {
      finished = true;
      settle({ result, stoppedAt, rows: (from, count) => session.rows(from, count), csv: () => session.csv(lang) });
    });
  };
  launch(null);
  return {
    done,
    stop: () => {
      if (finished) return;
      session.restart();
      onProgress(lastDone, total);
      launch(lastDone);
    },
    abort: () => {
      // The worker (and the run in it) goes; `done` never settles. The next sync sends the tables again.
      finished = true;
      session.restart();
    },
  };
}

/**
 * Runs the engine on `state`; `onProgress(done, total)` reports rows processed; `t` (the page
 * language's strings) writes a main-thread run's CSV, the worker has its own. Large inputs run
 * in `session`'s worker. Example: `startRun(state, t, (d, n) => bar.value = d / n, session).done.then(({ result }) => …)`.
 */
export function startRun(state: SimulatorState, t: Translate, onProgress: (done: number, total: number) => void, session: SimulationSession): RunHandle {
  if (state.imported.rows.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') return runOnMainThread(state, t);
  return runInWorker(state, state.lang, onProgress, session);
}
