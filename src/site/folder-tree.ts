/**
 * Sidebar for pages no toc.yml covers: the folder structure of the page's section
 * (`nl/<section>/…`), built from the served routes. Folders link to their index page when one
 * exists and are labelled with its title, else with the folder name.
 */
import type { TocItem } from '../../plugins/remark-docfx/index.ts';

/** A served page as the folder tree needs it. */
export interface FolderEntry {
  route: string;
  title: string;
}

/**
 * The section a route belongs to: `/nl/admin/import/x/` → `nl/admin`; a top-level page
 * `/nl/x/` → `nl`.
 */
export function sectionOf(route: string): string {
  const segments = route.split('/').filter(Boolean);
  return segments.slice(0, Math.min(2, Math.max(1, segments.length - 1))).join('/');
}

/** `localeCompare` with the default locale, made once (`String#localeCompare` sets one up per call). */
const byName = new Intl.Collator();

/**
 * Builds the folder tree of `section` from `entries` (any order; output sorted by title).
 * Example: routes `/nl/a/`, `/nl/a/b/`, `/nl/a/c/d/` in section `nl/a` → `[b, c → [d]]` with `a`'s
 * own page first.
 */
export function buildFolderTree(section: string, entries: FolderEntry[]): TocItem[] {
  const prefix = `/${section}/`;
  const inside = entries.filter((e) => e.route.startsWith(prefix)).sort((a, b) => (a.route < b.route ? -1 : 1));
  const titles = new Map(inside.map((e) => [e.route, e.title]));
  const root: TocItem = { name: titles.get(prefix) ?? section, href: titles.has(prefix) ? prefix : undefined, items: [] };
  const folders = new Map<string, TocItem>([[prefix, root]]);

  const folderFor = (route: string): TocItem => {
    const existing = folders.get(route);
    if (existing) return existing;
    const parentRoute = route.replace(/[^/]+\/$/, '');
    const name = decodeURIComponent(route.split('/').filter(Boolean).pop() ?? route);
    const folder: TocItem = { name: titles.get(route) ?? name, href: titles.has(route) ? route : undefined, items: [] };
    folders.set(route, folder);
    folderFor(parentRoute).items.push(folder);
    return folder;
  };

  for (const [index, entry] of inside.entries()) {
    if (entry.route === prefix) continue;
    // Sorted, every route below `entry.route` comes right after it: the next one tells.
    let next = index + 1;
    while (inside[next]?.route === entry.route) next += 1;
    const isFolder = inside[next]?.route.startsWith(entry.route) ?? false;
    if (isFolder) folderFor(entry.route);
    else folderFor(entry.route.replace(/[^/]+\/$/, '')).items.push({ name: entry.title, href: entry.route, items: [] });
  }
  const sortItems = (items: TocItem[]) => {
    items.sort((a, b) => byName.compare(a.name, b.name));
    items.forEach((i) => sortItems(i.items));
  };
  sortItems(root.items);
  return root.href ? [{ ...root, items: [] }, ...root.items] : root.items;
}
