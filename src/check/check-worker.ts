/**
 * Worker thread of `renderAll`, run under the plugin's worker pool (`serveWorkerPaths`): scans
 * the content root, renders its share of the entries with the real plugin and posts each
 * outcome back (see render-all.ts).
 */
import { serveWorkerPaths } from '../../plugins/remark-docfx/index.ts';
import { loadDialect } from './dialect.ts';
import { renderInProcess, type RenderOutcome } from './render-all.ts';

void serveWorkerPaths<{ root: string }, RenderOutcome>(async ({ root }) => {
  const dialect = await loadDialect();
  const site = await dialect.loadSite(root);
  return async (path) => (await renderInProcess(site, dialect, [path]))[0];
});
