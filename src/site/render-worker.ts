/**
 * Worker thread that renders a share of the pages while the loader renders the rest, so a build
 * uses a second core. It scans the content root itself (workers share no objects), builds the
 * same unified processor from `markdownOptions`, and posts one result per page as it goes.
 *
 * In: `workerData` = `{ contentRoot, base, docfx, files: [{ path, meta }] }`.
 * Out: `{ path, result }` per page (or `{ path, error }`), then `{ done: true }`.
 */
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { loadSite, readRootText } from '../../plugins/remark-docfx/index.ts';
import { markdownOptions, type MarkdownSettings } from './markdown-options.ts';
import { rendererFrom, type ProcessorLike } from './renderer.ts';

/** The job a worker receives. */
export interface RenderJob extends MarkdownSettings {
  files: { path: string; meta: Record<string, unknown> }[];
}

async function run(job: RenderJob): Promise<void> {
  const site = loadSite(job.contentRoot);
  const processor = unified(markdownOptions(job)) as unknown as ProcessorLike;
  const render = await rendererFrom(processor, site, { syntaxHighlight: false });
  for (const file of job.files) {
    try {
      const text = readRootText(site, file.path) ?? '';
      const url = pathToFileURL(`${site.root}${sep}${file.path.split('/').join(sep)}`);
      parentPort?.postMessage({ path: file.path, result: await render(text, url, file.meta) });
    } catch (error) {
      parentPort?.postMessage({ path: file.path, error: (error as Error).message });
    }
  }
  parentPort?.postMessage({ done: true });
}

if (parentPort && workerData) void run(workerData as RenderJob);
