/**
 * The one render-worker pool: the site's build and `signpost check` both hand shares of a
 * content root's paths to worker threads through it. Each worker scans the root itself (workers
 * share no objects), does the per-path work the caller's worker module passes to
 * `serveWorkerPaths`, and posts one result per path as it goes; the pool exposes each path's
 * result as a promise, so a caller can use results as they arrive or wait for all.
 *
 * A worker that fails to start, throws or exits leaves its unfinished paths' promises rejected
 * (with the path in the message); what to do then (render it here, or fail) is the caller's.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** What one worker receives: its share of the paths and the caller's own settings. */
export interface WorkerShare<Settings> {
  paths: string[];
  settings: Settings;
}

/** Pending results by path; `close()` stops every worker. */
export interface WorkerPool<Result> {
  results: Map<string, Promise<Result>>;
  close(): Promise<void>;
}

type PathMessage<Result> = { path?: string; result?: Result; error?: string; done?: boolean };

/**
 * Starts one worker per share on `workerModule` (a module that calls `serveWorkerPaths`).
 * `heapMb` caps each worker's old generation, so it collects garbage early and adds little
 * to the process's peak memory.
 * @example startWorkerPool(new URL('./render-worker.ts', import.meta.url), [{ paths: ['nl/a.md'], settings }]).results.get('nl/a.md')
 */
export function startWorkerPool<Settings, Result>(
  workerModule: URL,
  shares: readonly WorkerShare<Settings>[],
  heapMb?: number,
): WorkerPool<Result> {
  const results = new Map<string, Promise<Result>>();
  const workers = shares.map((share) => startWorker<Settings, Result>(workerModule, share, results, heapMb));
  return { results, close: async () => void (await Promise.all(workers.map((w) => w?.terminate()))) };
}

function startWorker<Settings, Result>(
  workerModule: URL,
  share: WorkerShare<Settings>,
  results: Map<string, Promise<Result>>,
  heapMb: number | undefined,
): Worker | undefined {
  const settle = new Map<string, { resolve(r: Result): void; reject(e: Error): void }>();
  for (const path of share.paths) {
    const promise = new Promise<Result>((resolve, reject) => settle.set(path, { resolve, reject }));
    promise.catch(() => undefined); // unhandled until the caller awaits it; the caller decides
    results.set(path, promise);
  }
  const failAll = (reason: string) => {
    for (const [path, pending] of settle) pending.reject(new Error(`render worker: ${reason} (${path})`));
    settle.clear();
  };
  let worker: Worker;
  try {
    worker = new Worker(workerModule, {
      workerData: share,
      ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}),
    });
  } catch (error) {
    failAll((error as Error).message);
    return undefined;
  }
  worker.on('message', (message: PathMessage<Result>) => {
    if (!message.path) return;
    const pending = settle.get(message.path);
    settle.delete(message.path);
    if (message.error === undefined) pending?.resolve(message.result as Result);
    else pending?.reject(new Error(message.error));
  });
  worker.on('error', (error) => failAll(error.message));
  worker.on('exit', () => failAll('exited early'));
  return worker;
}

/**
 * The worker side: prepares once from the share's settings (scan the root, build a processor),
 * then runs the work on each path in order and posts its result or its error.
 * @example serveWorkerPaths(async (settings) => { const site = loadSite(settings.root); return (path) => renderPage(site, path) })
 */
export async function serveWorkerPaths<Settings, Result>(
  prepare: (settings: Settings) => Promise<(path: string) => Promise<Result> | Result>,
): Promise<void> {
  if (!parentPort || !workerData) return;
  const share = workerData as WorkerShare<Settings>;
  const work = await prepare(share.settings);
  for (const path of share.paths) {
    try {
      parentPort.postMessage({ path, result: await work(path) });
    } catch (error) {
      parentPort.postMessage({ path, error: (error as Error).message });
    }
  }
  parentPort.postMessage({ done: true });
}
