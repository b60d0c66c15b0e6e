/**
 * Hands a share of the pages to one render worker (render-worker.ts) and exposes each page's
 * result as a promise. A worker that fails to start or dies leaves its pages' promises
 * rejected, and the loader renders those pages itself: parallelism never costs a page.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderJob } from './render-worker.ts';
import type { RenderResult } from './renderer.ts';

/** Fewer pages than this render faster on one thread than a worker starts (it scans the root too). */
const MIN_PAGES_FOR_WORKER = 120;
/** Share of the pages the worker takes: a little under half, because it scans the root first. */
const WORKER_SHARE = 0.45;
/** Old-generation limit of the worker (MB); the site index and one page at a time fit well within it. */
const WORKER_HEAP_MB = 256;

/** Pending results by content-root path; `close()` stops the worker. */
export interface RenderPool {
  results: Map<string, Promise<RenderResult>>;
  close(): Promise<void>;
}

/**
 * Whether to use a worker: `SIGNPOST_RENDER_WORKERS=0` turns it off, `1` forces it; by default
 * only on a machine with more than one core and a site of at least 120 pages.
 */
export function shouldUseWorker(pageCount: number, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SIGNPOST_RENDER_WORKERS === '0') return false;
  if (env.SIGNPOST_RENDER_WORKERS === '1') return pageCount > 0;
  return availableParallelism() > 1 && pageCount >= MIN_PAGES_FOR_WORKER;
}

/**
 * Starts a worker on the last part of `job.files` (which are in render order) and returns the
 * pool. Example: 945 pages → the worker renders the last 425 while the loader renders the rest.
 */
export function startRenderPool(job: RenderJob): RenderPool {
  const files = job.files.slice(Math.floor(job.files.length * (1 - WORKER_SHARE)));
  const settle = new Map<string, { resolve(r: RenderResult): void; reject(e: Error): void }>();
  const results = new Map<string, Promise<RenderResult>>();
  for (const file of files) {
    const promise = new Promise<RenderResult>((resolve, reject) => settle.set(file.path, { resolve, reject }));
    promise.catch(() => undefined); // the loader handles rejection by rendering itself
    results.set(file.path, promise);
  }
  const failAll = (reason: string) => {
    for (const [path, pending] of settle) pending.reject(new Error(`render worker: ${reason} (${path})`));
    settle.clear();
  };
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
      workerData: { ...job, files },
      // A small old generation makes the worker collect garbage early: the build's peak memory
      // is what the worker adds on top of the main thread (≈ +200 MB unbounded).
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
  } catch (error) {
    failAll((error as Error).message);
    return { results, close: async () => undefined };
  }
  worker.on('message', (message: { path?: string; result?: RenderResult; error?: string; done?: boolean }) => {
    if (!message.path) return;
    const pending = settle.get(message.path);
    settle.delete(message.path);
    if (message.result) pending?.resolve(message.result);
    else pending?.reject(new Error(message.error ?? 'no result'));
  });
  worker.on('error', (error) => failAll(error.message));
  worker.on('exit', () => failAll('exited early'));
  return { results, close: async () => void (await worker?.terminate()) };
}
