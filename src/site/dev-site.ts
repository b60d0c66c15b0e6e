/**
 * Live preview: in `astro dev` the site model — every route's data and rendered HTML, every
 * sidebar tree — stays in memory instead of Astro's data store. Astro serialises and writes the
 * whole store after every refresh, and the next page render reads it back and parses it; with
 * the data of the corpus's 2,000+ routes in it (the HTML was moved out before), that was a large
 * part of the time between an include save and the browser showing it. The page templates read
 * the model from here (site-collection.ts). A live update changes only this model and then
 * reloads the open pages itself (`reloadOpenPages`, registered by the integration: Astro's
 * route cache is cleared and the browser told to reload), without waiting for Astro to write a
 * store. A full load puts the model's version in the store as its one entry, so Astro's own
 * reload after that sync still happens. Shared through `globalThis` because the loader, the
 * integration and the page templates are separate module instances of one process. A build
 * keeps its model here too (`keepsSiteInMemory`).
 */
import type { NavigationData, PageData } from './page-data.ts';

/** Store id of the one entry the dev store holds: `{ version }`. */
export const DEV_VERSION_ID = 'dev:version';

/** The model as the templates read it in dev. `version` 0: not kept here (a build, or `SIGNPOST_DEV_HTML=store`). */
export interface DevSite {
  routes: Map<string, { data: PageData; html: string }>;
  navigation: Map<string, NavigationData>;
  version: number;
  /** Reloads the pages open in browsers (set by the integration in `astro dev`). */
  reloadOpenPages?: () => void;
  /** Routes of the pages browsers asked for last, most recent first (`notePageRequest`). */
  openRoutes: string[];
  /** `routes` sorted by route, for the templates of a build (site-collection.ts). */
  sorted?: { data: PageData; html: string }[];
}

/** How many recently requested routes count as open. */
const OPEN_ROUTES = 20;

const KEY = Symbol.for('signpost.dev-site');

type Holder = { [KEY]?: DevSite };

/** The in-memory model of this process (created empty on first use). */
export function devSite(): DevSite {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= { routes: new Map(), navigation: new Map(), version: 0, openRoutes: [] });
}

/**
 * True for a build, and for the dev server (`devServer`) unless `SIGNPOST_DEV_HTML=store` asks
 * for the old behaviour (route data and HTML in Astro's store) — bench/preview.ts compares the
 * two. A build keeps the model here because Astro copies its store several times over (the
 * serialised store, the bundled module holding it, the parsed module): with the HTML of 44,000
 * pages that was gigabytes of peak memory (issue 15).
 */
export function keepsSiteInMemory(devServer: boolean): boolean {
  return !devServer || process.env.SIGNPOST_DEV_HTML !== 'store';
}

/**
 * Marks the in-memory model changed: a new version, and the store entry that carries it.
 * Example: `touchDevSite(context.store)` → the store's `dev:version` entry is `{ version: 2 }`.
 */
export function touchDevSite(store: { set(entry: { id: string; data: Record<string, unknown> }): unknown }): void {
  const site = devSite();
  site.version += 1;
  store.set({ id: DEV_VERSION_ID, data: { version: site.version } });
}

/**
 * Records that a browser asked for the page at `route` (without base), so a save re-renders it
 * first and reloads it as soon as it is ready (live-site.ts `EarlyShow`).
 * Example: `notePageRequest('/nl/a/')` → `devSite().openRoutes[0] === '/nl/a/'`.
 */
export function notePageRequest(route: string): void {
  const site = devSite();
  site.openRoutes = [route, ...site.openRoutes.filter((open) => open !== route)].slice(0, OPEN_ROUTES);
}

/**
 * Forgets the model once a build has generated every page (`astro:build:done`), so the rest of
 * the build — assets, twins, the search index — runs without every page's HTML in memory.
 */
export function releaseSiteModel(): void {
  const site = devSite();
  site.routes.clear();
  site.navigation.clear();
  site.sorted = undefined;
  site.version = 0;
}
