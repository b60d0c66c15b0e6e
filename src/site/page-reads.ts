/**
 * What a page's render depended on, for the live preview's dependency graph
 * (src/site/reload-plan.ts), recorded by two small plugins of the site's processor:
 *
 * - `remarkRecordReads` (after the DocFX plugin): the files named by `data.docfxSource` — the
 *   mark the include step puts on every node of included text, at any depth;
 * - `rehypeRecordLinks` (before the base path is added): every site-local `href`/`src` the
 *   page ends up with — routes of linked and xref'd pages, paths of images and downloads.
 *
 * Both hand their list back the way messages travel: into the renderer's outbox
 * (render-outbox.ts), which `renderer.ts` returns beside the HTML on either thread.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { LINK_URL_PROPERTIES, safeDecode } from '../../plugins/remark-docfx/index.ts';
import { OUTBOX_SLOT, type OutboxOptions } from './render-outbox.ts';

/**
 * The remark plugin. Example: `remarkPlugins: [[remarkDocfx, …], [remarkRecordReads, { outbox }]]`
 * gives a page including `includes/a.md` the report `reads: ['nl/includes/a.md']`.
 */
export function remarkRecordReads(options: OutboxOptions = {}) {
  return (tree: Root, file: VFile) => {
    const outbox = options[OUTBOX_SLOT];
    if (!outbox) return;
    const reads = new Set<string>();
    visit(tree, (node) => {
      const source = node.data?.docfxSource;
      if (source) reads.add(source);
    });
    outbox.put(file, { reads: [...reads].sort() });
  };
}

/**
 * A site-local URL as the link graph keys it: without query and fragment, percent-decoded.
 * @example siteLocal('/nl/a/#b') // → '/nl/a/'; siteLocal('https://x.test/') // → undefined
 */
export function siteLocal(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  return safeDecode(url.replace(/[?#].*$/, ''));
}

/**
 * The rehype plugin; runs before `rehypeBasePath`. Example: a page linking to `b.md` and
 * showing `media/x.png` gets the report `links: ['/nl/b/', '/nl/media/x.png']`.
 */
export function rehypeRecordLinks(options: OutboxOptions = {}) {
  return (tree: HastRoot, file: VFile) => {
    const outbox = options[OUTBOX_SLOT];
    if (!outbox) return;
    const links = new Set<string>();
    visit(tree, 'element', (element: Element) => {
      for (const key of LINK_URL_PROPERTIES) {
        const value = element.properties[key];
        const local = typeof value === 'string' ? siteLocal(value) : undefined;
        if (local) links.add(local);
      }
    });
    outbox.put(file, { links: [...links].sort() });
  };
}
