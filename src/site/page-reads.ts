/**
 * What a page's render depended on, for the live preview's dependency graph
 * (src/site/reload-plan.ts), recorded by two small plugins of the site's processor:
 *
 * - `remarkRecordReads` (after the DocFX plugin): the files named by `data.docfxSource` — the
 *   mark the include step puts on every node of included text, at any depth;
 * - `rehypeRecordLinks` (before the base path is added): every site-local `href`/`src` the
 *   page ends up with — routes of linked and xref'd pages, paths of images and downloads.
 *
 * Both hand their list back the way messages travel (build-messages.ts): through
 * `file.data.astro.frontmatter`, the one channel Astro's renderer returns, on either thread.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { LINK_URL_PROPERTIES, safeDecode } from '../../plugins/remark-docfx/index.ts';

/** Front-matter key under which `remarkRecordReads` passes the files read to the loader. */
export const READS_KEY = 'signpostReads';

/** Front-matter key under which `rehypeRecordLinks` passes the site-local URLs. */
export const LINKS_KEY = 'signpostLinks';

/** Puts `values` (sorted) under `key` of the file's front matter. */
function handBack(file: VFile, key: string, values: Set<string>): void {
  const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  (astro.frontmatter ??= {})[key] = [...values].sort();
}

/**
 * The remark plugin. Example: `remarkPlugins: [[remarkDocfx, …], remarkRecordReads]` gives a
 * page including `includes/a.md` the metadata `frontmatter.signpostReads = ['nl/includes/a.md']`.
 */
export function remarkRecordReads() {
  return (tree: Root, file: VFile) => {
    const reads = new Set<string>();
    visit(tree, (node) => {
      const source = node.data?.docfxSource;
      if (source) reads.add(source);
    });
    handBack(file, READS_KEY, reads);
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
 * showing `media/x.png` gets `frontmatter.signpostLinks = ['/nl/b/', '/nl/media/x.png']`.
 */
export function rehypeRecordLinks() {
  return (tree: HastRoot, file: VFile) => {
    const links = new Set<string>();
    visit(tree, 'element', (element: Element) => {
      for (const key of LINK_URL_PROPERTIES) {
        const value = element.properties[key];
        const local = typeof value === 'string' ? siteLocal(value) : undefined;
        if (local) links.add(local);
      }
    });
    handBack(file, LINKS_KEY, links);
  };
}

/** The list a render result carries under `key` (empty when the plugin did not run). */
function listOf(frontmatter: Record<string, unknown> | undefined, key: string): string[] {
  const list = frontmatter?.[key];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** The files a render result says it read. */
export const readsOf = (frontmatter: Record<string, unknown> | undefined): string[] => listOf(frontmatter, READS_KEY);

/** The site-local URLs a render result says the page links to. */
export const linksOf = (frontmatter: Record<string, unknown> | undefined): string[] => listOf(frontmatter, LINKS_KEY);
