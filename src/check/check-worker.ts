/**
 * Worker thread of `renderAll`: scans the content root, renders its share of the entries
 * with the real plugin and posts the outcomes back (see render-all.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDialect } from './dialect.ts';
import { renderInProcess, type RenderJob } from './render-all.ts';

const job = workerData as RenderJob;
const dialect = await loadDialect();
const site = await dialect.loadSite(job.root);
parentPort?.postMessage(await renderInProcess(site, dialect, job.paths));
