/**
 * Everything a page needs from its language's navigation tree, computed once per language:
 * the trail of items to each route (breadcrumbs, open sidebar branch) and the single reading
 * order (previous/next). Lookups per page are map reads, so a 1,000-page tree costs nothing
 * per page.
 */
import type { TocItem } from '../../plugins/remark-docfx/index.ts';
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
  /** Every item with children, with the folder all its pages share (breadcrumbs by folder). */
  groups: NavigationGroup[];
  /** Top-level items → the landing of the section-spanning toc they came from (see `LanguageTree`). */
  landings: LanguageTree['landings'];
}

/** A toc item with children: its tree depth, the common folder of its pages, the folder depth of its first page. */
export interface NavigationGroup {
  item: TocItem;
  depth: number;
  prefix: string;
  firstDepth: number;
}

/** The folder route every route of `routes` lies in: `['/nl/a/b/', '/nl/a/c/']` → `'/nl/a/'`. */
function commonFolder(routes: string[]): string {
  let prefix = routes[0].split('/').slice(0, -2);
  for (const route of routes) {
    const parts = route.split('/');
    let n = 0;
    while (n < prefix.length && prefix[n] === parts[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return `${prefix.join('/')}/`;
}

/**
 * Indexes a language tree (its items already deduplicated by `keepFirstOccurrence`); the
 * reading order holds only routes in `pages` when given (a toc item may point at a redirect stub,
 * which has no previous/next of its own and would end the chain).
 * Example: `[a, g→[b]]` → order `[a, b]`, trails `{a: [a], b: [g, b]}`.
 */
export function indexNavigation({ items, hosts, landings }: LanguageTree, pages?: ReadonlySet<string>): LanguageNavigation {
  const trails = new Map<string, TocItem[]>();
  const order: TocItem[] = [];
  const positions = new Map<string, number>();
  const groups: NavigationGroup[] = [];
  /** Walks `list`; returns the routes below it, for the groups' common folder. */
  const walk = (list: TocItem[], above: TocItem[]): string[] => {
    const below: string[] = [];
    for (const item of list) {
      const trail = [...above, item];
      const route = localRoute(item);
      if (route && !trails.has(route)) {
        trails.set(route, trail);
        if (!pages || pages.has(route)) {
          positions.set(route, order.length);
          order.push(item);
        }
      }
      const inside = walk(item.items, trail);
      if (inside.length) groups.push({ item, depth: above.length, prefix: commonFolder(inside), firstDepth: inside[0].split('/').length });
      if (route) below.push(route);
      below.push(...inside);
    }
    return below;
  };
  walk(items, []);
  return { items, trails, order, positions, hosts, groups, landings };
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

/**
 * One breadcrumb: a label and a route, or `current` for the toc group whose own page is the page
 * being read (its overview). A crumb that would link nowhere is left out.
 */
export interface Crumb {
  name: string;
  route?: string;
  current?: true;
}

/**
 * Breadcrumbs between the language home and the page `route` (both excluded). Along the toc:
 * the landing of the section-spanning toc the trail starts in (`/nl/learn/`, whose items the
 * tree shows at its top level), then the items of the page's trail above it (for a page the
 * tree does not list, the whole trail of the listed ancestor it belongs under). A group links
 * to its first page; a group whose first page is this page (a sub-toc's own overview) is a crumb
 * of the current page, without a link. Along the folders, when that is longer (the corpus's
 * tocs are often flatter than its folders): one crumb per ancestor folder, named by its index
 * page, else by the toc item or group that holds exactly that folder's pages — never a slug.
 * Example: trail `[Admin, Import, Excel]` → `[Admin, Import]` (with their routes);
 * `/nl/security/privacy/learn/` (trail `[Privacy (group), Overzicht]` from `nl/learn/toc.yml`) → `[Welkom → /nl/learn/, Privacy]`.
 */
export function crumbsOf(navigation: LanguageNavigation, route: string, titles: ReadonlyMap<string, string>): Crumb[] {
  const trail = navigation.trails.get(route);
  const host = navigation.hosts.get(route);
  const full = trail ?? (host ? navigation.trails.get(host) ?? [] : []);
  const above = trail ? trail.slice(0, -1) : full;
  // A label group (its page is its first item, see keepFirstOccurrence) links to that page.
  const along: Crumb[] = [];
  for (const item of above) {
    const target = localRoute(item) ?? firstRoute(item);
    if (target === route) along.push({ name: item.name, current: true });
    else if (target) along.push({ name: item.name, route: target });
  }
  const landing = full[0] && navigation.landings.get(full[0]);
  if (landing && landing.route !== route && localRoute(full[0]) !== landing.route) along.unshift(landing);
  const folders = folderCrumbs(navigation, route, titles);
  return folders.length > along.length ? folders : along;
}

/**
 * The label of the page's own (last) crumb: its title, or, when the crumb before it is the toc
 * group the page is the overview of, the page's item in that group as the sidebar shows it
 * (`Privacy-instellingen en AVG › Overzicht`, not the group's name twice).
 * Example: crumbs `[…, { name: 'Privacy', current: true }]`, item "Overzicht" → `'Overzicht'`.
 */
export function pageCrumbName(navigation: LanguageNavigation, route: string, crumbs: Crumb[], title: string): string {
  const group = crumbs.at(-1);
  const own = navigation.trails.get(route)?.at(-1)?.name.trim();
  return group?.current && own && own !== group.name ? own : title;
}

function firstRoute(item: TocItem): string | undefined {
  return item.items[0] && (localRoute(item.items[0]) ?? firstRoute(item.items[0]));
}

function folderCrumbs(navigation: LanguageNavigation, route: string, titles: ReadonlyMap<string, string>): Crumb[] {
  const segments = route.split('/').filter(Boolean);
  const crumbs: Crumb[] = [];
  for (let depth = 2; depth < segments.length; depth++) {
    const folder = `/${segments.slice(0, depth).join('/')}/`;
    const crumb = titles.has(folder) ? { name: titles.get(folder) as string, route: folder } : folderGroup(navigation, folder);
    const last = crumbs.at(-1);
    if (crumb?.route && crumb.route !== route && !(crumb.route === last?.route && crumb.name === last?.name)) crumbs.push(crumb);
  }
  return crumbs;
}

/** The outermost toc item whose pages all lie in `folder` (first page shallowest on ties), as a crumb. */
function folderGroup(navigation: LanguageNavigation, folder: string): Crumb | undefined {
  const own = navigation.trails.get(folder)?.at(-1);
  if (own) return { name: own.name, route: folder };
  let best: { group: NavigationGroup; rank: number[] } | undefined;
  for (const group of navigation.groups) {
    if (!group.prefix.startsWith(folder)) continue;
    const rank = [group.depth, group.firstDepth];
    if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1])) best = { group, rank };
  }
  return best && { name: best.group.item.name, route: localRoute(best.group.item) ?? firstRoute(best.group.item) };
}
