/**
 * Serves a built site on 127.0.0.1 with a random free port, through the same static server
 * `signpost serve` uses (base path, language 404 pages).
 */
import { serveStatic, type RunningServer } from '../../../src/site/static-server.ts';
import type { BuiltSite } from './fixture-site.ts';

/** Starts a server for `site`; call `close()` in afterAll. */
export function startServer(site: BuiltSite): Promise<RunningServer> {
  return serveStatic(site.outDir, site.base, '127.0.0.1', 0);
}
