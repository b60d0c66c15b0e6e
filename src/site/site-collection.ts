/// <reference types="vite/client" />
/// <reference path="../../node_modules/astro/types/content.d.ts" />
/**
 * Typed access to the `site` collection for the page templates: routes and sidebar trees — from
 * the loader's in-memory model (dev-site.ts), or from Astro's data store when the dev server
 * runs with `SIGNPOST_DEV_HTML=store`.
 */
import { getCollection, getEntry } from 'astro:content';
import { indexNavigation, type LanguageNavigation } from './language-navigation.ts';
import { buildLanguageTree } from './language-tree.ts';
import { devSite } from './dev-site.ts';
import type { NavigationData, PageData } from './page-data.ts';
import { pruneThreshold, sidebarRenderer, type SidebarHtml } from './sidebar-prune.ts';
import { useTranslations } from '../i18n/index.ts';
import { NAVIGATION_PREFIX } from './site-store.ts';
import { withBase } from './urls.ts';

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
  // In dev the model changes when writers save, so only a build may cache.
  if (import.meta.env.DEV) routesCache = undefined;
  const memory = devSite();
  if (memory.version > 0) {
    // Kept beside the model, not in this module, so releasing the model frees it (dev-site.ts).
    if (import.meta.env.DEV) memory.sorted = undefined;
    return Promise.resolve((memory.sorted ??= [...memory.routes.values()].sort(byRoute)));
  }
  routesCache ??= getCollection('site', (entry: { id: string }) => entry.id.startsWith('/')).then((entries: StoredEntry[]) =>
    entries.map((entry) => ({ data: entry.data as unknown as PageData, html: entry.rendered?.html ?? '' })).sort(byRoute),
  );
  return routesCache as Promise<RouteEntry[]>;
}

const byRoute = (a: RouteEntry, b: RouteEntry) => (a.data.route < b.data.route ? -1 : 1);

const entriesByRoute = new WeakMap<RouteEntry[], Map<string, RouteEntry>>();

/**
 * The entry of `route`. The page template's paths carry only the route, so Astro's cache of
 * them holds no page HTML once the build lets the model go.
 * Example: `await routeEntry('/nl/a/')` → `{ data: { route: '/nl/a/', … }, html: '<h1>…' }`.
 */
export async function routeEntry(route: string): Promise<RouteEntry | undefined> {
  const memory = devSite();
  if (memory.version > 0) return memory.routes.get(route);
  const routes = await allRoutes();
  let byPath = entriesByRoute.get(routes);
  if (!byPath) entriesByRoute.set(routes, (byPath = new Map(routes.map((entry) => [entry.data.route, entry]))));
  return byPath.get(route);
}

/** Languages with a served home, sorted: `['da', 'en', 'nl']`. */
export async function siteLanguages(): Promise<string[]> {
  const routes = await allRoutes();
  return [...new Set(routes.map((r) => r.data.lang))].sort();
}

/** A language's navigation, ready for the page templates. */
export interface LanguageChrome {
  navigation: LanguageNavigation;
  /** A page's sidebar HTML from its trail and route (pruned above a size: sidebar-prune.ts). */
  sidebar: SidebarHtml;
  /** Titles of the language's pages by route (breadcrumbs of pages outside the tree). */
  titles: Map<string, string>;
}

const chromeCache = new Map<string, Promise<LanguageChrome>>();
/** The dev model's version the cached chrome was built from. */
let chromeVersion = 0;

/**
 * The navigation tree of `lang` (language-tree.ts), indexed and rendered once per build — every
 * page of the language reuses it. In dev, where writers change tocs and titles, once per version
 * of the in-memory model (or on every call when the model is in the store).
 */
export function languageChrome(lang: string): Promise<LanguageChrome> {
  if (import.meta.env.DEV) {
    const version = devSite().version;
    if (version === 0 || version !== chromeVersion) chromeCache.clear();
    chromeVersion = version;
  }
  let cached = chromeCache.get(lang);
  if (!cached) {
    cached = buildChrome(lang);
    chromeCache.set(lang, cached);
  }
  return cached;
}

/** The sidebar trees of `lang`, sorted by file. */
async function navigationOf(lang: string): Promise<NavigationData[]> {
  const memory = devSite();
  const trees = memory.version > 0
    ? [...memory.navigation.values()].filter((tree) => tree.file.startsWith(`${lang}/`))
    : ((await getCollection('site', (entry: { id: string }) => entry.id.startsWith(`${NAVIGATION_PREFIX}${lang}/`))) as StoredEntry[]).map((entry) => entry.data as unknown as NavigationData);
  return trees.sort((a, b) => (a.file < b.file ? -1 : 1));
}

async function buildChrome(lang: string): Promise<LanguageChrome> {
  const tocs = await navigationOf(lang);
  const pages = (await allRoutes())
    .filter((r) => r.data.lang === lang && (r.data.kind === 'page' || r.data.kind === 'landing'))
    .map((r) => ({ route: r.data.route, title: r.data.title }));
  const tree = buildLanguageTree({ lang, tocs, pages });
  const t = useTranslations(lang);
  return {
    navigation: indexNavigation(tree, new Set(pages.map((page) => page.route))),
    sidebar: sidebarRenderer(tree.items, (href) => withBase(href), pruneThreshold(process.env), (name) => t('nav.section', { name })),
    titles: new Map(pages.map((page) => [page.route, page.title])),
  };
}
