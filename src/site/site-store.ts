/**
 * Where the loader puts the site model: the in-memory model of dev-site.ts, with only its version
 * in the store (a build, and `astro dev` with live updates that reload the open pages directly),
 * or Astro's data store when the dev server runs with `SIGNPOST_DEV_HTML=store` (each route with
 * its HTML as `rendered`, each sidebar tree under `nav:<toc file>`). The page templates read
 * either (site-collection.ts).
 */
import type { LoaderContext } from 'astro/loaders';
import { devSite, touchDevSite } from './dev-site.ts';
import type { NavigationData } from './page-data.ts';
import type { BuiltRoute } from './site-model.ts';

/** Id prefix of sidebar trees in the collection; pages use their route (`/nl/a/`) as id. */
export const NAVIGATION_PREFIX = 'nav:';

/** What changed since the model was put there. */
export interface ModelChanges {
  routes: readonly BuiltRoute[];
  removedRoutes: readonly string[];
  navigation: readonly NavigationData[];
  removedNavigation: readonly string[];
}

type DataStore = LoaderContext['store'];

const asStored = ({ data, html }: BuiltRoute) => ({ id: data.route, data: { ...data }, rendered: { html, metadata: {} } });

/**
 * Puts the whole model there, replacing what was there.
 * Example: `putModel(context.store, model, keepsSiteInMemory(dev))`.
 */
export function putModel(store: DataStore, model: { routes: readonly BuiltRoute[]; navigation: readonly NavigationData[] }, inMemory: boolean): void {
  store.clear();
  const memory = devSite();
  memory.routes.clear();
  memory.navigation.clear();
  if (inMemory) {
    for (const { data, html } of model.routes) memory.routes.set(data.route, { data, html });
    for (const tree of model.navigation) memory.navigation.set(tree.file, tree);
    touchDevSite(store);
    return;
  }
  memory.version = 0;
  for (const route of model.routes) store.set(asStored(route));
  for (const tree of model.navigation) store.set({ id: NAVIGATION_PREFIX + tree.file, data: { ...tree } });
}

/**
 * Shows one re-rendered page in the dev model at once, before the rest of its update (live-site.ts
 * `EarlyShow`): the open page reloads as soon as its HTML is ready.
 */
export function showEarly(route: BuiltRoute): void {
  const memory = devSite();
  if (!memory.reloadOpenPages) return;
  memory.routes.set(route.data.route, { data: route.data, html: route.html });
  memory.version += 1;
  memory.reloadOpenPages();
}

/**
 * Applies the changes of one live update where `putModel` put the model. `shown`: routes
 * `showEarly` already showed; when they are all the open pages changed, no second reload.
 */
export function applyChanges(store: DataStore, changes: ModelChanges, inMemory: boolean, shown: ReadonlySet<string> = new Set()): void {
  if (inMemory) {
    const memory = devSite();
    const changed = changes.routes.length + changes.removedRoutes.length + changes.navigation.length + changes.removedNavigation.length > 0;
    if (!changed) return; // nothing any page shows: no reload, as Astro reloads only after a store change
    const open = new Set(memory.openRoutes);
    const onlyShown = shown.size > 0 && changes.navigation.length + changes.removedRoutes.length + changes.removedNavigation.length === 0 &&
      changes.routes.every(({ data }) => shown.has(data.route) || (!open.has(data.route) && memory.routes.get(data.route)?.data.title === data.title));
    for (const { data, html } of changes.routes) memory.routes.set(data.route, { data, html });
    for (const route of changes.removedRoutes) memory.routes.delete(route);
    for (const tree of changes.navigation) memory.navigation.set(tree.file, tree);
    for (const id of changes.removedNavigation) memory.navigation.delete(id);
    if (onlyShown) {
      memory.version += 1;
      return;
    }
    // Reload at once rather than through a store write (dev-site.ts); without the integration, through the store.
    if (memory.reloadOpenPages) {
      memory.version += 1;
      memory.reloadOpenPages();
    } else touchDevSite(store);
    return;
  }
  for (const route of changes.routes) store.set(asStored(route));
  for (const route of changes.removedRoutes) store.delete(route);
  for (const tree of changes.navigation) store.set({ id: NAVIGATION_PREFIX + tree.file, data: { ...tree } });
  for (const id of changes.removedNavigation) store.delete(NAVIGATION_PREFIX + id);
}
