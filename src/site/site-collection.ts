/// <reference types="vite/client" />
/// <reference path="../../node_modules/astro/types/content.d.ts" />
/**
 * Typed access to the `site` collection for the page templates: routes and sidebar trees.
 */
import { getCollection, getEntry } from 'astro:content';
import { indexNavigation, type LanguageNavigation } from './language-navigation.ts';
import { buildLanguageTree } from './language-tree.ts';
import { devHtml } from './dev-html.ts';
import type { NavigationData, PageData } from './page-data.ts';
import { renderSidebarTemplate, type SidebarTemplate } from './sidebar-html.ts';
import { withBase } from './urls.ts';

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
      .map((entry) => ({ data: entry.data as unknown as PageData, html: entry.rendered?.html ?? devHtml().get(entry.id) ?? '' }))
      .sort((a: RouteEntry, b: RouteEntry) => (a.data.route < b.data.route ? -1 : 1)),
  );
  return routesCache as Promise<RouteEntry[]>;
}

/** Languages with a served home, sorted: `['da', 'en', 'nl']`. */
export async function siteLanguages(): Promise<string[]> {
  const routes = await allRoutes();
  return [...new Set(routes.map((r) => r.data.lang))].sort();
}

/** A language's navigation, ready for the page templates. */
export interface LanguageChrome {
  navigation: LanguageNavigation;
  sidebar: SidebarTemplate;
  /** Titles of the language's pages by route (breadcrumbs of pages outside the tree). */
  titles: Map<string, string>;
}

const chromeCache = new Map<string, Promise<LanguageChrome>>();

/**
 * The navigation tree of `lang` (language-tree.ts), indexed and rendered once per build — every
 * page of the language reuses it. Rebuilt on every call in dev, where writers change tocs.
 */
export function languageChrome(lang: string): Promise<LanguageChrome> {
  if (import.meta.env.DEV) chromeCache.clear();
  let cached = chromeCache.get(lang);
  if (!cached) {
    cached = buildChrome(lang);
    chromeCache.set(lang, cached);
  }
  return cached;
}

async function buildChrome(lang: string): Promise<LanguageChrome> {
  const stored: StoredEntry[] = await getCollection('site', (entry: { id: string }) => entry.id.startsWith(`${NAVIGATION_PREFIX}${lang}/`));
  const tocs = stored.map((entry) => entry.data as unknown as NavigationData).sort((a, b) => (a.file < b.file ? -1 : 1));
  const pages = (await allRoutes())
    .filter((r) => r.data.lang === lang && (r.data.kind === 'page' || r.data.kind === 'landing'))
    .map((r) => ({ route: r.data.route, title: r.data.title }));
  const tree = buildLanguageTree({ lang, tocs, pages });
  return {
    navigation: indexNavigation(tree, new Set(pages.map((page) => page.route))),
    sidebar: renderSidebarTemplate(tree.items, (href) => withBase(href)),
    titles: new Map(pages.map((page) => [page.route, page.title])),
  };
}
