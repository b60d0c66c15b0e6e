/**
 * The page renderer the loader uses: the unified processor configured in astro.config.mjs
 * (`markdown.processor: unified({ remarkPlugins: [remarkDocfx …] })`), called directly rather
 * than through `renderMarkdown` because Astro's own front-matter parser throws on the broken
 * YAML the dialect must survive (spec §3.4). The DocFX plugin parses the raw file itself
 * (front matter blanked, positions kept), and receives the already scanned site.
 */
import type { AstroConfig } from 'astro';
import type { SiteIndex } from '../../plugins/remark-docfx/index.ts';

/** The renderer's result, as `@astrojs/markdown-remark` returns it. */
export interface RenderResult {
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

/**
 * Creates the renderer from Astro's resolved config, handing `site` to every remark/rehype
 * plugin whose options object declares a `site` slot (so the plugin does not scan again).
 * Throws once, with a fix, when the configured processor is not unified (Sätteri would skip the
 * DocFX plugin silently).
 */
export async function createPageRenderer(config: AstroConfig, site: SiteIndex): Promise<PageRenderer> {
  return rendererFrom(config.markdown.processor as unknown as ProcessorLike, site, {
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
  });
}

/** The part of a `MarkdownProcessor` (from `unified()`) the renderer needs. */
export interface ProcessorLike {
  name: string;
  options?: { remarkPlugins?: unknown[]; rehypePlugins?: unknown[] };
  createRenderer(shared: Record<string, unknown>): Promise<{ render(text: string, opts: object): Promise<RenderResult> }>;
}

/**
 * Same as `createPageRenderer` for a processor built outside Astro's config (the render worker
 * builds one from the same options), with Astro's `shared` markdown settings.
 */
export async function rendererFrom(processor: ProcessorLike, site: SiteIndex, shared: Record<string, unknown>): Promise<PageRenderer> {
  if (processor?.name !== 'unified') {
    throw new Error('signpost: astro.config.mjs must set `markdown.processor: unified({ remarkPlugins: [remarkDocfx] })` (from @astrojs/markdown-remark).');
  }
  for (const entry of [...(processor.options?.remarkPlugins ?? []), ...(processor.options?.rehypePlugins ?? [])]) {
    const options = Array.isArray(entry) ? entry[1] : undefined;
    // Not enumerable: Astro hashes its config (which holds these options) on every content
    // sync and clears the whole store when the hash changes.
    if (options && typeof options === 'object' && SITE_SLOT in options) Object.defineProperty(options, SITE_SLOT, { value: site, enumerable: false, configurable: true, writable: true });
  }
  const renderer = await processor.createRenderer(shared);
  return (text, fileURL, frontmatter) => renderer.render(text, { fileURL, frontmatter });
}
