/**
 * Which content files a page's render read, for the live preview's dependency graph
 * (src/check/reload-plan.ts): a remark plugin that runs after the DocFX plugin and lists the
 * files named by `data.docfxSource` — the mark the include step puts on every node of included
 * text, at any depth. It hands the list back the way messages travel (messages.ts): through
 * `file.data.astro.frontmatter`, the one channel Astro's renderer returns, on either thread.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Front-matter key under which `remarkRecordReads` passes the files read to the loader. */
export const READS_KEY = 'signpostReads';

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
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})[READS_KEY] = [...reads].sort();
  };
}

/** The files a render result says it read (empty when the plugin did not run). */
export function readsOf(frontmatter: Record<string, unknown> | undefined): string[] {
  const reads = frontmatter?.[READS_KEY];
  return Array.isArray(reads) ? reads.filter((read): read is string => typeof read === 'string') : [];
}
