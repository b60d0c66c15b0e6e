/**
 * One navigation tree per language (issue 13): the language's root `toc.yml` where the tree
 * has one; otherwise one section per top-level folder, named by its `index.md`/`index.yml`
 * title and holding the section's outermost toc trees (a toc another toc nests is not repeated).
 * Pages no toc lists belong under their nearest listed ancestor. Every page appears once: later
 * occurrences of a route are dropped (a group keeps its children, without the link), so the
 * sidebar, the breadcrumbs and previous/next all follow the same single reading order.
 */
import type { TocItem } from '../../plugins/remark-docfx/index.ts';
import type { FolderEntry } from './folder-tree.ts';
import { routeOf, type TocTree } from './navigation.ts';

/** A local route an item links to (no fragment), or undefined for URLs and labels. */
export function localRoute(item: TocItem): string | undefined {
  const route = routeOf(item.href);
  return route?.startsWith('/') ? route : undefined;
}

function routesOf(items: TocItem[], out = new Set<string>()): Set<string> {
  for (const item of items) {
    const route = localRoute(item);
    if (route) out.add(route);
    routesOf(item.items, out);
  }
  return out;
}

/**
 * The toc trees no other tree of the list contains (DocFX nests a `toc.yml` by `href`, and the
 * nested file's items are already spliced into its parent). Containment is judged on routes:
 * `a` is inside `b` when every route of `a` is in `b` and `b` is larger (equal sets: the first path wins).
 * Example: `nl/admin/learn/toc.yml` nesting `nl/admin/import/toc.yml` → only the first.
 */
export function outermostTocs(trees: TocTree[]): TocTree[] {
  const sets = trees.map((tree) => routesOf(tree.items));
  return trees.filter((tree, i) => {
    if (sets[i].size === 0) return false;
    return !trees.some((other, j) => {
      if (i === j || sets[j].size < sets[i].size) return false;
      if (sets[j].size === sets[i].size && !(other.file < tree.file)) return false;
      for (const route of sets[i]) if (!sets[j].has(route)) return false;
      return true;
    });
  });
}

/**
 * Keeps the first item of every route (depth-first): a later leaf with the same route is
 * dropped, a later group keeps its children but loses the link. A group whose own page is
 * also one of its items (DocFX `topicHref` = first child, common in the corpora) becomes a
 * label, so the page is listed once, under its own name. Returns new items.
 * Example: `[a, g→[a, b]]` → `[a, g→[b]]`; `[g(/g/)→[x(/g/), y]]` → `[g→[x, y]]`.
 */
export function keepFirstOccurrence(items: TocItem[], seen = new Set<string>()): TocItem[] {
  const out: TocItem[] = [];
  for (const item of items) {
    let route = localRoute(item);
    if (route && item.items.length > 0 && routesOf(item.items).has(route)) route = undefined;
    const duplicate = route !== undefined && seen.has(route);
    if (route) seen.add(route);
    const children = keepFirstOccurrence(item.items, seen);
    if (duplicate && children.length === 0) continue;
    const keepsLink = route !== undefined && !duplicate;
    out.push({ ...item, href: keepsLink || !localRoute(item) ? item.href : undefined, items: children });
  }
  return out;
}

/** What the language tree is built from. */
export interface LanguageTreeInput {
  lang: string;
  /** Every toc tree of the site (other languages are ignored). */
  tocs: TocTree[];
  /** Served pages and landing pages of the language with their titles. */
  pages: FolderEntry[];
}

/** A language's tree and, for pages it does not list, the listed ancestor route they belong under. */
export interface LanguageTree {
  items: TocItem[];
  hosts: Map<string, string>;
  /**
   * Top-level items that came from a toc spanning several sections (`nl/learn/toc.yml`) → that
   * toc's own landing page (`/nl/learn/`, "Welkom"): the section its pages sit in, which the
   * top level no longer shows as a parent (breadcrumbs start there).
   */
  landings: Map<TocItem, { name: string; route: string }>;
}

const sectionOfRoute = (route: string) => route.split('/')[2] ?? '';

/**
 * The navigation tree of one language (see the module comment). The top level is, in order:
 * the items of `<lang>/toc.yml`, or else of every outermost toc that spans several sections
 * (the corpus's `nl/learn/toc.yml` is the language's table of contents in all but location),
 * then one item per remaining section named by its index title, sorted by name, then sections
 * of pages no toc lists and no listed page is an ancestor of (see `attachLoosePages`).
 * Example: `nl/toc.yml` present → its items; else `[…learn toc items, { name: 'Beheer', href: '/nl/admin/', items: […] }]`.
 */
export function buildLanguageTree({ lang, tocs, pages }: LanguageTreeInput): LanguageTree {
  const own = tocs.filter((tree) => tree.file.startsWith(`${lang}/`));
  const titles = new Map(pages.map((page) => [page.route, page.title]));
  const root = own.find((tree) => tree.file === `${lang}/toc.yml`);
  // keepFirstOccurrence runs over the top level in order with one `seen` set, as over one list.
  const seen = new Set<string>();
  const items: TocItem[] = [];
  const landings: LanguageTree['landings'] = new Map();
  if (root) items.push(...keepFirstOccurrence(root.items, seen));
  else {
    const sections = new Map<string, TocItem[]>();
    for (const tree of outermostTocs(own)) {
      const spanned = new Set([...routesOf(tree.items)].map(sectionOfRoute));
      if (spanned.size > 1) {
        const kept = keepFirstOccurrence(tree.items, seen);
        const landing = `/${tree.file.replace(/[^/]*$/, '')}`;
        const name = titles.get(landing);
        if (name !== undefined) for (const item of kept) landings.set(item, { name, route: landing });
        items.push(...kept);
      } else {
        const section = tree.file.split('/')[1];
        sections.set(section, [...(sections.get(section) ?? []), ...tree.items]);
      }
    }
    const named = [...sections].map(([section, items]) => sectionItem(lang, section, items, titles));
    items.push(...keepFirstOccurrence(sortByName(named, lang), seen));
  }
  const hosts = attachLoosePages(items, lang, pages, titles);
  return { items, hosts, landings };
}

/** A section: named by its index title, else by its first topic — never by its folder name. */
function sectionItem(lang: string, section: string, items: TocItem[], titles: ReadonlyMap<string, string>): TocItem {
  const route = `/${lang}/${section}/`;
  const name = titles.get(route) ?? items.find((item) => item.name.trim() !== '')?.name ?? section;
  return { name, href: titles.has(route) ? route : undefined, items };
}

/**
 * Places the pages of `pages` that `tree` does not list (DocFX leaves them out of the toc): a
 * page with an ancestor route in the tree stays out of it and is returned with that ancestor
 * (its breadcrumbs and open sidebar branch follow the ancestor: `/nl/chat/learn/admin/` →
 * `/nl/chat/learn/`); pages without one are appended as sections of their own, named by the
 * section's index title, so the home and the sidebar still reach them. The language home stays out.
 */
export function attachLoosePages(tree: TocItem[], lang: string, pages: FolderEntry[], titles: ReadonlyMap<string, string>): Map<string, string> {
  const listed = routesOf(tree);
  const hosts = new Map<string, string>();
  const orphans = new Map<string, TocItem[]>();
  const loose = pages.filter((page) => !listed.has(page.route) && page.route !== `/${lang}/`).sort((a, b) => (a.route < b.route ? -1 : 1));
  for (const page of loose) {
    const segments = page.route.split('/').filter(Boolean);
    let host: string | undefined;
    for (let depth = segments.length - 1; depth >= 2 && !host; depth--) {
      const ancestor = `/${segments.slice(0, depth).join('/')}/`;
      if (listed.has(ancestor)) host = ancestor;
    }
    if (host) hosts.set(page.route, host);
    else orphans.set(segments[1], [...(orphans.get(segments[1]) ?? []), { name: page.title, href: page.route, items: [] }]);
  }
  const sections = [...orphans].map(([section, items]) => {
    const own = items.find((item) => item.href === `/${lang}/${section}/`);
    if (own && items.length === 1) return own;
    return sectionItem(lang, section, own ? [own, ...items.filter((item) => item !== own)] : items, titles);
  });
  tree.push(...keepFirstOccurrence(sortByName(sections, lang)));
  return hosts;
}

function sortByName(items: TocItem[], lang: string): TocItem[] {
  const collator = new Intl.Collator(safeLocale(lang));
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}

function safeLocale(lang: string): string {
  try {
    return Intl.Collator.supportedLocalesOf([lang]).length ? lang : 'en';
  } catch {
    return 'en';
  }
}
