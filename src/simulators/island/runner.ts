/**
 * Starts a simulation for the island: small inputs run on the main thread (instant, no worker
 * start-up), large ones in src/workers/simulation.worker.ts so the page stays responsive.
 *
 * A large island keeps one worker (a `SimulationSession`) that holds its own copy of the tables:
 * they are sent in short chunks as soon as they change (see worker-session.ts, table-sync.ts), so Start
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

type WorkerSession = import('./worker-session.ts').WorkerSession;

/**
 * One island's simulation worker, started on first use, with its copy of the island's tables
 * (worker-session.ts). Its code is fetched on the first call, which comes as soon as the island
 * has more rows than WORKER_THRESHOLD (SimulatorApp syncs large tables at once), not with the
 * island's first script.
 */
export class SimulationSession {
  private session: WorkerSession | null = null;
  private loading: Promise<WorkerSession> | null = null;
  private restarts = 0;
  /** The worker started while the session's code was coming, until the session takes it. */
  private early: Worker | null = null;
  private readonly createWorker: () => Worker;

  constructor(createWorker: () => Worker = createSimulationWorker) {
    this.createWorker = createWorker;
  }

  /** Sends the tables of `state` that the worker does not have yet; resolves when it has them (or a newer state was asked for). */
  async sync(state: SimulatorState): Promise<void> {
    return (await this.load()).sync(state);
  }

  /**
   * Runs the engine on `state` in the worker; `onProgress(done, total)` reports rows processed.
   * Resolves with the first page of the result; never resolves when `restart()` ends the worker first.
   */
  async run(state: SimulatorState, cancelAfter: number | null, onProgress: (done: number, total: number) => void): Promise<RunResult> {
    const restarts = this.restarts;
    const session = await this.load();
    // A restart while the code was coming ends this run, as it ends a run in the worker.
    if (restarts !== this.restarts) return new Promise(() => {});
    return session.run(state, cancelAfter, onProgress);
  }

  /** Row results of the last run, `from` … `from + count - 1`. */
  async rows(from: number, count: number): Promise<RowView[]> {
    return (await this.load()).rows(from, count);
  }

  /** The last run as CSV in `lang`. */
  async csv(lang: string): Promise<string> {
    return (await this.load()).csv(lang);
  }

  /** Ends the worker (and a run in it); the next call starts a fresh one and sends the tables again. */
  restart(): void {
    this.restarts++;
    this.early?.terminate();
    this.early = null;
    this.session?.restart();
  }

  private load(): Promise<WorkerSession> {
    if (this.loading) return this.loading;
    // The worker starts while the session's code comes, so it is ready as soon as before.
    this.early = this.createWorker();
    const create = () => {
      const worker = this.early ?? this.createWorker();
      this.early = null;
      return worker;
    };
    return (this.loading = import('./worker-session.ts').then(({ WorkerSession }) => (this.session = new WorkerSession(create))));
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
