/**
 * Renders every entry of a content tree for `signpost check`, in this process or split over
 * worker threads (`jobs` > 1, through the plugin's worker pool): rendering is nearly all of a
 * check's time and pages are independent, so a 2-core machine checks a 2,000-page tree in about
 * half the wall time.
 * Each worker scans the root itself; only messages, asset references and toc items travel
 * back, never HTML.
 */
import { availableParallelism } from 'node:os';
import { readRootText, renderLanding, startWorkerPool, type SiteIndex } from '../../plugins/remark-docfx/index.ts';
import { collectAssetReferences } from './unused-assets.ts';
import type { CheckedEntry, DialectApi } from './dialect.ts';

/** What a check keeps of one rendered entry. */
export interface RenderOutcome extends CheckedEntry {
  path: string;
}

/**
 * Default worker count: one per CPU but one, leaving a core to the rest of the machine. On the
 * shared 2-core project machine that is 1 — measured faster than 2 threads there (9.2 s vs
 * 12.5 s wall on the nl+da corpus at load 3), because both cores were already busy.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Below this many entries per worker, a worker's own site scan costs more than it saves. */
export const MIN_PATHS_PER_WORKER = 200;

/**
 * Renders `paths` of `site` with `dialect` in this thread.
 * @example await renderInProcess(site, dialect, ['nl/a.md']) // [{path: 'nl/a.md', messages: […], references: ['media/x.png']}]
 */
export async function renderInProcess(site: SiteIndex, dialect: DialectApi, paths: readonly string[]): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = [];
  for (const path of paths) {
    // Landing files (index.yml) are the portal's, not the dialect's: render them as the site does.
    if (site.files.get(path)?.kind === 'landing') {
      const page = renderLanding(site, path, readRootText(site, path) ?? '');
      const references = new Set<string>();
      collectAssetReferences(path, page.html, references);
      outcomes.push({ path, messages: page.messages, references: [...references] });
    } else {
      outcomes.push({ path, ...(await dialect.checkEntry(site, path)) });
    }
  }
  return outcomes;
}

/**
 * Renders `paths` split over up to `jobs` workers (interleaved, so large sections spread
 * out), falling back to this thread when the tree is small; outcomes come back in `paths` order.
 */
export async function renderAll(
  site: SiteIndex,
  dialect: DialectApi,
  paths: readonly string[],
  jobs: number,
  minPathsPerWorker = MIN_PATHS_PER_WORKER,
): Promise<RenderOutcome[]> {
  const workers = Math.min(jobs, Math.floor(paths.length / minPathsPerWorker));
  if (workers <= 1) return renderInProcess(site, dialect, paths);
  const chunks: string[][] = Array.from({ length: workers }, () => []);
  paths.forEach((path, index) => chunks[index % workers].push(path));
  const pool = startWorkerPool<{ root: string }, RenderOutcome>(
    new URL('./check-worker.ts', import.meta.url),
    chunks.map((chunk) => ({ paths: chunk, settings: { root: site.root } })),
  );
  try {
    return await Promise.all(paths.map((path) => pool.results.get(path)!));
  } finally {
    await pool.close();
  }
}
