/**
 * The slice of the DocFX plugin that the writers' checks use, as an interface so that the
 * checks can be tested against small fakes and never re-implement a rendering rule.
 */
import type { Root } from 'mdast';
import type { DocfxMessage, SiteIndex, TocItem } from '../../plugins/remark-docfx/index.ts';
import { addAttributeReferences } from './unused-assets.ts';
import { collectTreeReferences } from './tree-references.ts';
import { collectBoldPhrases, type BoldPhrase } from './ui-labels/bold-phrases.ts';

/** What a check keeps of rendering one page, stub or toc.yml. */
export interface CheckedEntry {
  /** The render's `docfx` messages, exactly as the site build gets them. */
  messages: (Omit<DocfxMessage, 'ruleId'> & { ruleId: string })[];
  /** Content-root paths the rendered output refers to (assets and pages). */
  references: string[];
  /** Navigation items of a toc.yml, nested tocs expanded. */
  tocItems?: TocItem[];
  /** Bold phrases of a page's prose, for `ui-label-unknown` (ui-labels/). */
  bold?: BoldPhrase[];
}

/** Site scanning and the render of one entry, by plugins/remark-docfx. */
export interface DialectApi {
  /** Scans a content root (`loadSite` of lib/site-index.ts). */
  loadSite(root: string): SiteIndex | Promise<SiteIndex>;
  /**
   * Renders one page, stub or toc.yml as far as its messages and references need — for a
   * page, the dialect's Markdown transforms but no HTML (lib/pipeline.ts).
   */
  checkEntry(site: SiteIndex, path: string): CheckedEntry | Promise<CheckedEntry>;
}

/** Adds the hrefs of `items` and their children to `used`, as written in toc.yml `path`. */
/** Whether an mdast tree holds a raw HTML node (iteratively: trees may be deep). */
function hasRawHtml(tree: Root): boolean {
  const stack: { type: string; children?: unknown[] }[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') return true;
    if (node.children) stack.push(...(node.children as { type: string }[]));
  }
  return false;
}

function addTocReferences(path: string, items: readonly TocItem[], used: Set<string>): void {
  for (const item of items) {
    if (item.href !== undefined) addAttributeReferences(path, item.href, used);
    addTocReferences(path, item.items, used);
  }
}

/**
 * Loads the real plugin modules. Imported lazily so that `signpost translations` and tests
 * with fakes do not pay for the unified pipeline.
 */
export async function loadDialect(): Promise<DialectApi> {
  const { loadSite, docfxMessagesOf, pageFile, loadToc, createDocfxMdastProcessor, createDocfxSanitiseCheck } = await import('../../plugins/remark-docfx/index.ts');
  // One unified processor per site: building it per page costs more than many renders.
  const processors = new WeakMap<SiteIndex, ReturnType<typeof createDocfxMdastProcessor>>();
  const sanitiseCheck = createDocfxSanitiseCheck();
  return {
    loadSite,
    checkEntry(site, path) {
      const references = new Set<string>();
      if (site.files.get(path)?.kind === 'toc') {
        // Loaded once for its messages and its items (renderToc would load it a second time).
        const { items, messages } = loadToc(site, path);
        addTocReferences(path, items, references);
        return { messages, references: [...references], tocItems: items };
      }
      // What renderPage (lib/render.ts) does, up to the final Markdown tree.
      const file = pageFile(site, path);
      if (!file) return { messages: [], references: [] };
      let processor = processors.get(site);
      if (!processor) processors.set(site, (processor = createDocfxMdastProcessor(site)));
      const tree = processor.runSync(processor.parse(file), file) as Root;
      collectTreeReferences(path, tree, references);
      // Raw HTML is sanitised in the HTML half: run it (without serialising) where there is any.
      if (hasRawHtml(tree)) sanitiseCheck.runSync(tree as never, file);
      return { messages: docfxMessagesOf(file), references: [...references], bold: collectBoldPhrases(tree, path) };
    },
  };
}
