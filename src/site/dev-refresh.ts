/**
 * How the integration asks the loader for a live update in `astro dev`, through Astro's
 * `refreshContent({ loaders, context })`: the context carries the saved paths, and the loader
 * answers in the same object (it is passed by reference) whether it took them and whether the
 * store needs settling.
 *
 * Settling works around Astro's import-map file (`.astro/content-assets.mjs`): a sync that
 * deleted or cleared store entries writes it in one form, the next sync writes it back in
 * another, and each write reloads the browser — before that sync has written the store, so
 * the page shows the old content and the store's own reload can be lost while the page
 * loads. One refresh that changes nothing, run right after such a sync (and after start-up,
 * whose full load cleared the store), makes that write happen while the store is current.
 */

import { notePageRequest } from './dev-site.ts';

/** Keys of the refresh context the loader reads and writes. */
export const REFRESH_KEYS = {
  /** In: content-root relative paths saved since the last refresh. */
  changed: 'signpostChanged',
  /** In: change nothing (see the module comment). */
  settle: 'signpostSettle',
  /** Out: the loader took the request (Astro skips refreshes while it reloads its config). */
  taken: 'signpostTaken',
  /** Out: the loader deleted or cleared store entries. */
  unsettled: 'signpostUnsettled',
} as const;

/** Astro's `refreshContent`, as `astro:server:setup` hands it over. */
export type RefreshContent = (options: { loaders: string[]; context: Record<string, unknown> }) => Promise<void>;

/** Attempts to get a settling refresh taken while Astro reloads its content config. */
const SETTLE_ATTEMPTS = 100;
const SETTLE_RETRY_MS = 30;

/**
 * The two requests the integration makes of loader `loader`.
 * Example: `const refresher = devRefresher(refreshContent, 'signpost-docfx'); await refresher.saved(['nl/a.md'])`.
 */
export function devRefresher(refreshContent: RefreshContent, loader: string) {
  const request = async (context: Record<string, unknown>) => {
    await refreshContent({ loaders: [loader], context });
    return context;
  };
  const settle = async (): Promise<void> => {
    for (let attempt = 0; attempt < SETTLE_ATTEMPTS; attempt++) {
      if ((await request({ [REFRESH_KEYS.settle]: true }))[REFRESH_KEYS.taken] === true) return;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_RETRY_MS));
    }
  };
  return {
    /** Hands saved `paths` to the loader; false when Astro skipped the refresh. */
    async saved(paths: string[]): Promise<boolean> {
      const answer = await request({ [REFRESH_KEYS.changed]: paths });
      if (answer[REFRESH_KEYS.unsettled] === true) await settle();
      return answer[REFRESH_KEYS.taken] === true;
    },
    settle,
  };
}

/** The part of Vite's dev server `reloadOpenPages` needs. */
export interface HotServer {
  environments: Record<string, { hot: { send(event: string | { type: 'full-reload'; path: string }, payload?: object): void } } | undefined>;
}

/**
 * Shows a live update in the open pages: clears Astro's route cache (the `astro:content-changed`
 * event Astro itself sends to its server environments after writing the store) and tells the
 * browsers to reload — as Astro does after a store write, without waiting for one.
 */
export function reloadOpenPages(server: HotServer): void {
  for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
  server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}

/**
 * Connect middleware that notes the route of every page a browser asks for (a GET of a path
 * ending in `/`, without `base`), so a save renders and shows the open pages first.
 * Example: a request for `/help/nl/a/` under base `/help/` notes `/nl/a/`.
 */
export function pageRequests(base: string) {
  return (request: { method?: string; url?: string }, _response: unknown, next: () => void): void => {
    const path = (request.url ?? '').replace(/[?#].*$/, '');
    if (request.method === 'GET' && path.endsWith('/') && path.startsWith(base)) notePageRequest(decoded(`/${path.slice(base.length)}`));
    next();
  };
}

/** `path` percent-decoded as the model's routes are, or as it is when it does not decode. */
function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
