/**
 * Navigation derived from toc.yml trees (spec §18): which tree a page's sidebar shows, the trail
 * of items leading to the page (breadcrumbs, open `<details>`), and previous/next in toc order.
 * Pure functions over `TocItem` trees so the layout does no file-system work per page.
 */
import type { TocItem } from '../../plugins/remark-docfx/index.ts';

/** A toc.yml file and its parsed items, e.g. `{ file: 'nl/admin/import/toc.yml', items }`. */
export interface TocTree {
  file: string;
  items: TocItem[];
}

/**
 * Strips `#fragment` and `?query` from an href so it can be compared with a route.
 * Example: `routeOf('/nl/a/#x')` → `'/nl/a/'`.
 */
export function routeOf(href: string | undefined): string | undefined {
  if (!href) return undefined;
  return href.replace(/[?#].*$/, '');
}

/**
 * Items of `items` that link to a local route, depth-first in reading order (the order of
 * previous/next). Example: `[{a,[{b}]},{c}]` → `[a, b, c]`; external URLs are skipped.
 */
export function flattenToc(items: TocItem[]): TocItem[] {
  const out: TocItem[] = [];
  const seen = new Set<string>();
  const walk = (list: TocItem[]) => {
    for (const item of list) {
      const route = routeOf(item.href);
      if (route?.startsWith('/') && !seen.has(route)) {
        seen.add(route);
        out.push(item);
      }
      walk(item.items);
    }
  };
  walk(items);
  return out;
}

/**
 * The chain of items from a top-level item down to the item linking to `route`; empty when
 * the tree does not contain it. Example: trail to `/nl/a/b/` → `[Admin, Import, From ERP]`.
 */
export function findTrail(items: TocItem[], route: string): TocItem[] {
  for (const item of items) {
    if (routeOf(item.href) === route) return [item];
    const below = findTrail(item.items, route);
    if (below.length) return [item, ...below];
  }
  return [];
}

/**
 * Previous and next page of `route` in the tree's reading order.
 * Example: in `[a, b, c]`, `b` → `{ previous: a, next: c }`.
 */
export function findNeighbours(items: TocItem[], route: string): { previous?: TocItem; next?: TocItem } {
  const flat = flattenToc(items);
  const index = flat.findIndex((item) => routeOf(item.href) === route);
  if (index < 0) return {};
  return { previous: flat[index - 1], next: flat[index + 1] };
}

/** The routes a tree links to, per items array (toc trees are never changed once loaded). */
const treeRoutes = new WeakMap<TocItem[], Set<string>>();

/**
 * Every route `items` link to at any depth, computed once per tree: choosing the sidebars of
 * 2,000 pages searched every tree of the language for each page.
 * Example: `[{ href: '/nl/a/#x', items: [{ href: '/nl/b/' }] }]` → `{'/nl/a/', '/nl/b/'}`.
 */
function routesIn(items: TocItem[]): Set<string> {
  let routes = treeRoutes.get(items);
  if (!routes) {
    const found = new Set<string>();
    const walk = (list: TocItem[]) => {
      for (const item of list) {
        const route = routeOf(item.href);
        if (route !== undefined) found.add(route);
        walk(item.items);
      }
    };
    walk(items);
    treeRoutes.set(items, (routes = found));
  }
  return routes;
}

/** Folder segments shared by `a` and `b` (files), e.g. `nl/a/b.md`, `nl/a/c/toc.yml` → 2. */
function sharedFolders(a: string, b: string): number {
  const [x, y] = [a.split('/').slice(0, -1), b.split('/').slice(0, -1)];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Chooses the sidebar tree for the page `file` at `route`, deterministically: among the trees
 * of the page's language that contain the route, the closest one (most shared folders with the
 * page, then fewest folders below them — DocFX's "nearest toc.yml" rule, which keeps sidebars
 * section-sized), ties by path; else the nearest toc.yml in an ancestor folder; else undefined
 * (the caller shows the folder structure).
 * Example: `nl/admin/import/x.md` → `nl/admin/import/toc.yml` rather than `nl/learn/toc.yml`.
 */
export function chooseSidebar(file: string, route: string, trees: TocTree[]): TocTree | undefined {
  const lang = file.split('/')[0];
  const sameLanguage = trees.filter((tree) => tree.file.split('/')[0] === lang);
  const rank = (tree: TocTree) => {
    const shared = sharedFolders(file, tree.file);
    return [-shared, tree.file.split('/').length - 1 - shared] as const;
  };
  const byRank = (a: TocTree, b: TocTree) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  };
  const containing = sameLanguage.filter((tree) => routesIn(tree.items).has(route));
  if (containing.length) return [...containing].sort(byRank)[0];
  const pageDir = file.split('/').slice(0, -1).join('/') + '/';
  const ancestors = sameLanguage.filter((tree) => pageDir.startsWith(tree.file.replace(/toc\.yml$/i, '')));
  return [...ancestors].sort(byRank)[0];
}
