/**
 * One built portal served on 127.0.0.1 with Chromium beside it, for browser tests that share a
 * single build across a file: `portal = await openPortal(contentRoot)` in `beforeAll`,
 * `await portal?.close()` in `afterAll`.
 */
import type { BrowserContext } from 'playwright-core';
import type { RunningServer } from '../../../src/site/static-server.ts';
import { launchBrowser } from './browser.ts';
import { buildSite, type BuiltSite } from './fixture-site.ts';
import { startServer } from './site-server.ts';

/** A served build and a browser; `url('/nl/')` is the absolute address of a route. */
export interface PortalSession {
  built: BuiltSite;
  server: RunningServer;
  browser: BrowserContext;
  url(route: string): string;
  close(): Promise<void>;
}

/** Builds `contentRoot` with `env` added (throwing the build output when it fails), serves it and starts Chromium. */
export async function openPortal(contentRoot: string, env?: Record<string, string>): Promise<PortalSession> {
  const built = await buildSite({ contentRoot, env });
  if (built.status !== 0) throw new Error(built.output);
  const server = await startServer(built);
  const browser = await launchBrowser();
  return {
    built,
    server,
    browser,
    url: (route) => new URL(route.replace(/^\//, ''), server.url).href,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
