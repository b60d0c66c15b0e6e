/**
 * The Markdown twin of a page (`…/index.md` beside its `index.html`), for AI assistants and
 * offline reading: the dialect's Markdown half (includes resolved, directives run) → plain mdast
 * (twin-tree.ts) → Markdown with `mdast-util-to-markdown` and the GFM extensions, so tables,
 * strikethrough and task lists survive.
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { createDocfxMdastProcessor, pageFile, type SiteIndex } from '../../../plugins/remark-docfx/index.ts';
import { mergeExample } from '../../simulators/merge-example.ts';
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
 * A function that writes the twin of any page of `site` (`undefined` for a file it cannot read).
 * Example: `createTwinWriter(site, address)('en/import/index.md')` → `'# Importing data\n\n…'`.
 */
export function createTwinWriter(site: SiteIndex, address: SiteAddress): (path: string) => string | undefined {
  const processor = createDocfxMdastProcessor(site, { directives: { 'merge-example': mergeExample }, pageMessages: false });
  return (path) => {
    const file = pageFile(site, path);
    const route = site.files.get(path)?.route;
    if (!file || !route) return undefined;
    const tree = processor.runSync(processor.parse(file), file) as Root;
    const absolute: Absolutise = (url) => absoluteUrl(url, address, route);
    return toMarkdown(toTwinTree(tree, absolute), { extensions: [gfmToMarkdown()] });
  };
}
