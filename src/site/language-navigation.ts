/**
 * Everything a page needs from its language's navigation tree, computed once per language:
 * the trail of items to each route (breadcrumbs, open sidebar branch) and the single reading
 * order (previous/next). Lookups per page are map reads, so a 1,000-page tree costs nothing
 * per page.
 */
import type { TocItem } from '../../plugins/remark-docfx/lib/contracts.ts';
import { localRoute, type LanguageTree } from './language-tree.ts';

/** The navigation of one language. */
export interface LanguageNavigation {
  items: TocItem[];
  /** Items from a top-level item down to the item of the route (each route once in the tree). */
  trails: Map<string, TocItem[]>;
  /** Every linked page once, depth-first: the reading order of previous/next. */
  order: TocItem[];
  /** Position of each route in `order`. */
  positions: Map<string, number>;
  /** Pages the tree does not list → the listed ancestor route they belong under. */
  hosts: Map<string, string>;
}

/**
 * Indexes a language tree (its items already deduplicated by `keepFirstOccurrence`).
 * Example: `[a, g→[b]]` → order `[a, b]`, trails `{a: [a], b: [g, b]}`.
 */
export function indexNavigation({ items, hosts }: LanguageTree): LanguageNavigation {
  const trails = new Map<string, TocItem[]>();
  const order: TocItem[] = [];
  const positions = new Map<string, number>();
  const walk = (list: TocItem[], above: TocItem[]) => {
    for (const item of list) {
      const trail = [...above, item];
      const route = localRoute(item);
      if (route && !trails.has(route)) {
        trails.set(route, trail);
        positions.set(route, order.length);
        order.push(item);
      }
      walk(item.items, trail);
    }
  };
  walk(items, []);
  return { items, trails, order, positions, hosts };
}

/**
 * The items whose groups are open in the sidebar for `route`: its own trail, or for a page the
 * tree does not list, the trail of the ancestor it belongs under. Example: `/nl/chat/learn/admin/` → trail of `/nl/chat/learn/`.
 */
export function branchOf(navigation: LanguageNavigation, route: string): TocItem[] {
  const host = navigation.hosts.get(route);
  return navigation.trails.get(route) ?? (host ? navigation.trails.get(host) : undefined) ?? [];
}

/**
 * Previous and next page of `route` in the language's reading order; none for a page the
 * tree does not list. Example: order `[a, b, c]`, `b` → `{ previous: a, next: c }`.
 */
export function neighboursOf(navigation: LanguageNavigation, route: string): { previous?: TocItem; next?: TocItem } {
  const index = navigation.positions.get(route);
  if (index === undefined) return {};
  return { previous: navigation.order[index - 1], next: navigation.order[index + 1] };
}

/** One breadcrumb: a label and, unless it is the page itself or a label-only item, a route. */
export interface Crumb {
  name: string;
  route?: string;
}

/**
 * Breadcrumbs between the language home and the page `route` (both excluded): the items of
 * the page's trail above it; for a page the tree does not list, the whole trail of the listed
 * ancestor it belongs under, else its ancestor folders that are pages (by title) or toc items (by name). Example: trail `[Admin, Import, Excel]` → `[Admin, Import]` (with their routes).
 */
export function crumbsOf(navigation: LanguageNavigation, route: string, titles: ReadonlyMap<string, string>): Crumb[] {
  const trail = navigation.trails.get(route);
  // A label group (its page is its first item, see keepFirstOccurrence) links to that page.
  const host = navigation.hosts.get(route);
  const above = trail ? trail.slice(0, -1) : host ? navigation.trails.get(host) : undefined;
  if (above) return above.map((item) => ({ name: item.name, route: localRoute(item) ?? (item.items[0] && localRoute(item.items[0])) }));
  const segments = route.split('/').filter(Boolean);
  const crumbs: Crumb[] = [];
  for (let depth = 2; depth < segments.length; depth++) {
    const folder = `/${segments.slice(0, depth).join('/')}/`;
    const name = titles.get(folder) ?? navigation.trails.get(folder)?.at(-1)?.name;
    if (name) crumbs.push({ name, route: titles.has(folder) ? folder : undefined });
  }
  return crumbs;
}
