/**
 * The page renderer the loader uses: the unified processor configured in astro.config.mjs
 * (`markdown.processor: unified({ remarkPlugins: [remarkDocfx …] })`), called directly rather
 * than through `renderMarkdown` because Astro's own front-matter parser throws on the broken
 * YAML the dialect must survive (spec §3.4). The DocFX plugin parses the raw file itself
 * (front matter blanked, positions kept), and receives the already scanned site.
 */
import type { AstroConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import type { SiteIndex } from '../../plugins/remark-docfx/index.ts';
import { OUTBOX_SLOT, RenderOutbox, type PageReport } from './render-outbox.ts';
import type { SiteAddress } from './twins/page-twin.ts';

/**
 * The renderer's result: what `@astrojs/markdown-remark` returns, and the page's report
 * (render-outbox.ts: messages, files read, links, and the Markdown twin when asked for).
 */
export interface RenderResult extends PageReport {
  code: string;
  metadata: {
    headings: { depth: number; slug: string; text: string }[];
    frontmatter: Record<string, unknown>;
  };
}

/** Renders one page: `(rawText, fileURL, frontmatter) → { code, metadata }`. */
export type PageRenderer = (text: string, fileURL: URL, frontmatter: Record<string, unknown>) => Promise<RenderResult>;

/** Options object key by which astro.config.mjs marks where the scanned site goes. */
export const SITE_SLOT = 'site';

/** What the renderer captures beyond HTML, messages, reads and links. */
export interface CaptureOptions {
  /** Capture each page's Markdown twin with absolute URLs for this address (twins/capture-twin.ts). */
  twins?: SiteAddress;
}

/**
 * Creates the renderer from Astro's resolved config, handing `site` to every remark/rehype
 * plugin whose options object declares a `site` slot (so the plugin does not scan again).
 * Throws once, with a fix, when the configured processor is not unified (Sätteri would skip the
 * DocFX plugin silently).
 */
export async function createPageRenderer(config: AstroConfig, site: SiteIndex, capture: CaptureOptions = {}): Promise<PageRenderer> {
  return rendererFrom(config.markdown.processor as unknown as ProcessorLike, site, {
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
  }, capture);
}

/** The part of a `MarkdownProcessor` (from `unified()`) the renderer needs. */
export interface ProcessorLike {
  name: string;
  options?: { remarkPlugins?: unknown[]; rehypePlugins?: unknown[] };
  createRenderer(shared: Record<string, unknown>): Promise<{ render(text: string, opts: object): Promise<Pick<RenderResult, 'code' | 'metadata'>> }>;
}

/**
 * Same as `createPageRenderer` for a processor built outside Astro's config (the render worker
 * builds one from the same options), with Astro's `shared` markdown settings.
 */
export async function rendererFrom(processor: ProcessorLike, site: SiteIndex, shared: Record<string, unknown>, capture: CaptureOptions = {}): Promise<PageRenderer> {
  if (processor?.name !== 'unified') {
    throw new Error('signpost: astro.config.mjs must set `markdown.processor: unified({ remarkPlugins: [remarkDocfx] })` (from @astrojs/markdown-remark).');
  }
  const outbox = new RenderOutbox(capture.twins);
  for (const entry of [...(processor.options?.remarkPlugins ?? []), ...(processor.options?.rehypePlugins ?? [])]) {
    const options = Array.isArray(entry) ? entry[1] : undefined;
    // Not enumerable: Astro hashes its config (which holds these options) on every content
    // sync and clears the whole store when the hash changes.
    if (options && typeof options === 'object' && SITE_SLOT in options) Object.defineProperty(options, SITE_SLOT, { value: site, enumerable: false, configurable: true, writable: true });
    if (options && typeof options === 'object' && OUTBOX_SLOT in options) Object.defineProperty(options, OUTBOX_SLOT, { value: outbox, enumerable: false, configurable: true, writable: true });
  }
  const renderer = await processor.createRenderer(shared);
  return async (text, fileURL, frontmatter) => {
    const { code, metadata } = await renderer.render(text, { fileURL, frontmatter });
    return { code, metadata, ...outbox.take(fileURLToPath(fileURL)) };
  };
}
