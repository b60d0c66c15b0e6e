/// <reference types="vite/client" />
/// <reference path="../../node_modules/astro/types/content.d.ts" />
/**
 * Typed access to the `site` collection for the page templates: routes and sidebar trees.
 */
import { getCollection, getEntry } from 'astro:content';
import type { TocItem } from '../../plugins/remark-docfx/index.ts';
import type { NavigationData, PageData } from './page-data.ts';

const NAVIGATION_PREFIX = 'nav:';

/** A served route with its body HTML. */
export interface RouteEntry {
  data: PageData;
  html: string;
}

/** An entry as the store returns it. */
interface StoredEntry {
  id: string;
  data: unknown;
  rendered?: { html: string };
}

let routesCache: Promise<RouteEntry[]> | undefined;

/** Every served route, in route order (cached for the build: the store does not change). */
export function allRoutes(): Promise<RouteEntry[]> {
  // In dev the store changes when writers save, so only a build may cache.
  if (import.meta.env.DEV) routesCache = undefined;
  routesCache ??= getCollection('site', (entry: { id: string }) => entry.id.startsWith('/')).then((entries: StoredEntry[]) =>
    entries
      .map((entry) => ({ data: entry.data as unknown as PageData, html: entry.rendered?.html ?? '' }))
      .sort((a: RouteEntry, b: RouteEntry) => (a.data.route < b.data.route ? -1 : 1)),
  );
  return routesCache as Promise<RouteEntry[]>;
}

/** The sidebar items stored under `id` (toc file or `folder:<section>`); empty when none. */
export async function sidebarItems(id: string | undefined): Promise<TocItem[]> {
  if (!id) return [];
  const entry = await getEntry('site', NAVIGATION_PREFIX + id);
  return ((entry?.data as unknown as NavigationData | undefined)?.items ?? []) as TocItem[];
}

/** Languages with a served home, sorted: `['da', 'en', 'nl']`. */
export async function siteLanguages(): Promise<string[]> {
  const routes = await allRoutes();
  return [...new Set(routes.map((r) => r.data.lang))].sort();
}
