/**
 * Prefixes root-relative `href`/`src` in rendered pages with the site's base path, so the DocFX
 * plugin can resolve links to site routes (`/nl/a/`, `/media/x.png`) without knowing where the
 * site is deployed. Does nothing under base `/`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { LINK_URL_PROPERTIES } from '../../plugins/remark-docfx/index.ts';
import { withBase } from './urls.ts';

/**
 * rehype plugin: `<a href="/nl/a/">` → `<a href="/help/nl/a/">` with `{ base: '/help/' }`.
 */
export function rehypeBasePath(options: { base: string }) {
  const base = options.base;
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (element: Element) => {
      for (const key of LINK_URL_PROPERTIES) {
        const value = element.properties[key];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) {
          element.properties[key] = withBase(value, base);
        }
      }
    });
  };
}
