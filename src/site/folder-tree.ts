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

  for (const entry of inside) {
    if (entry.route === prefix) continue;
    const isFolder = inside.some((other) => other.route !== entry.route && other.route.startsWith(entry.route));
    if (isFolder) folderFor(entry.route);
    else folderFor(entry.route.replace(/[^/]+\/$/, '')).items.push({ name: entry.title, href: entry.route, items: [] });
  }
  const sortItems = (items: TocItem[]) => {
    items.sort((a, b) => a.name.localeCompare(b.name));
    items.forEach((i) => sortItems(i.items));
  };
  sortItems(root.items);
  return root.href ? [{ ...root, items: [] }, ...root.items] : root.items;
}
