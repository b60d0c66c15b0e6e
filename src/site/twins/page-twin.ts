/**
 * The Markdown twin of a page (`…/index.md` beside its `index.html`), for AI assistants and
 * offline reading: the dialect's final Markdown tree of the page (includes resolved, directives
 * run — taken from the page's own render by capture-twin.ts) → plain mdast (twin-tree.ts) →
 * Markdown with `mdast-util-to-markdown` and the GFM extensions, so tables, strikethrough and
 * task lists survive.
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toTwinTree, type Absolutise } from './twin-tree.ts';

/** Where the site is served: origin (`https://help.example`) and base path (`/help/`). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/**
 * `url` as an absolute URL: site paths get origin and base, `#anchors` the page's own URL,
 * anything with a scheme stays. Example: `absoluteUrl('/nl/a/', { origin: 'https://x', base: '/help/' }, '/nl/b/')` → `'https://x/help/nl/a/'`.
 */
export function absoluteUrl(url: string, address: SiteAddress, route: string): string {
  const prefix = address.origin.replace(/\/+$/, '') + address.base.replace(/\/+$/, '');
  if (url.startsWith('#')) return `${prefix}${route}${url}`;
  if (url.startsWith('/') && !url.startsWith('//')) return `${prefix}${url}`;
  return url;
}

/**
 * The twin of the page at `route` from the dialect's final Markdown tree of that page (left
 * unchanged). Example: `twinMarkdown(tree, '/en/import/', address)` → `'# Importing data\n\n…'`.
 */
export function twinMarkdown(tree: Root, route: string, address: SiteAddress): string {
  const absolute: Absolutise = (url) => absoluteUrl(url, address, route);
  return toMarkdown(toTwinTree(tree, absolute), { extensions: GFM });
}

/** Tables, strikethrough, task lists and autolinks as GFM writes them (stateless, so made once). */
const GFM = [gfmToMarkdown()];
