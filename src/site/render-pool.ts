/**
 * When the build uses a render worker, and which pages it hands it: the site's policy on top of
 * the plugin's worker pool (`startWorkerPool`). A worker that fails to start or dies leaves its
 * pages' promises rejected, and the loader renders those pages itself: parallelism never costs a page.
 */
import { availableParallelism } from 'node:os';
import { startWorkerPool, type WorkerPool } from '../../plugins/remark-docfx/index.ts';
import type { MarkdownSettings } from './markdown-options.ts';
import type { RenderSettings } from './render-worker.ts';
import type { CaptureOptions, RenderResult } from './renderer.ts';

/** Fewer pages than this render faster on one thread than a worker starts (it scans the root too). */
const MIN_PAGES_FOR_WORKER = 120;
/** Share of the pages the worker takes: a little under half, because it scans the root first. */
const WORKER_SHARE = 0.45;
/**
 * Old-generation limit of the worker (MB): a base for the processor and one page at a time, plus
 * room for its own scan of the site, which grows with the number of files (~3 MB per 1,000 on the
 * English corpus). A small old generation makes the worker collect garbage early: the build's
 * peak memory is what the worker adds on top of the main thread (≈ +200 MB unbounded). A fixed
 * 256 MB ran out on a 58,000-file tree, and the loader then rendered the worker's pages itself.
 * Example: 2,900 files → 268 MB; 58,000 files → 488 MB.
 */
export const workerHeapMb = (siteFiles: number) => WORKER_HEAP_BASE_MB + Math.ceil(siteFiles / 1000) * WORKER_HEAP_MB_PER_1000_FILES;
const WORKER_HEAP_BASE_MB = 256;
const WORKER_HEAP_MB_PER_1000_FILES = 4;

/** The pages to render, in render order, with their scanned metadata, and what to capture. */
export interface RenderJob extends MarkdownSettings, CaptureOptions {
  files: { path: string; meta: Record<string, unknown> }[];
  /** Files in the content root (the worker scans them all). */
  siteFiles: number;
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
export function startRenderPool(job: RenderJob): WorkerPool<RenderResult> {
  const { files, siteFiles, ...markdown } = job;
  const share = files.slice(Math.floor(files.length * (1 - WORKER_SHARE)));
  const settings: RenderSettings = { ...markdown, meta: Object.fromEntries(share.map((f) => [f.path, f.meta])) };
  return startWorkerPool(new URL('./render-worker.ts', import.meta.url), [{ paths: share.map((f) => f.path), settings }], workerHeapMb(siteFiles));
}
