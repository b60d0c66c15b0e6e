/**
 * One island's simulation worker and its copy of the island's tables (see runner.ts): the tables
 * are sent in short chunks as soon as they change (table-sync.ts), so Start sends only the
 * settings. Its own chunk, loaded by runner.ts's `SimulationSession` when an island first has
 * more rows than the main thread runs, so pages that never do keep it out of the first script.
 */
import type { RowView } from '../output-view.ts';
import type { RunResult } from '../run-result.ts';
import type { SimulatorState } from '../state.ts';
import type { WorkerRequest, WorkerResponse } from '../../workers/protocol.ts';
import { TableMirror, tableRequests } from './table-sync.ts';

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
export class WorkerSession {
  private worker: Worker | null = null;
  private mirrors = { existing: new TableMirror(), imported: new TableMirror() };
  private readonly listeners = new Set<(message: WorkerResponse) => void>();
  private wanted: SimulatorState | null = null;
  private draining: Promise<void> | null = null;
  private nextId = 1;
  private readonly createWorker: () => Worker;

  constructor(createWorker: () => Worker) {
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
