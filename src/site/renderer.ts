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
import { CAPTURE_SLOT, isMdxFile, type MdxCapture } from './mdx-html.ts';
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
  }, capture, config.srcDir);
}

/** The part of a `MarkdownProcessor` (from `unified()`) the renderer needs. */
export interface ProcessorLike {
  name: string;
  options?: { remarkPlugins?: unknown[]; rehypePlugins?: unknown[] };
  createRenderer(shared: Record<string, unknown>): Promise<{ render(text: string, opts: object): Promise<Pick<RenderResult, 'code' | 'metadata'>> }>;
  /** Astro ≥ 7.3: the MDX compiler @astrojs/mdx calls (same plugin lists as `createRenderer`). */
  createMdxRenderer?(shared: Record<string, unknown>, mdx: { optimize: boolean; srcDir: URL; sourcemap: boolean }): Promise<MdxRenderer>;
}

/** What `createMdxRenderer` returns (@astrojs/markdown-remark's mdx/create-processor.js). */
interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
}

/**
 * Same as `createPageRenderer` for a processor built outside Astro's config (the render worker
 * builds one from the same options), with Astro's `shared` markdown settings.
 */
export async function rendererFrom(processor: ProcessorLike, site: SiteIndex, shared: Record<string, unknown>, capture: CaptureOptions = {}, srcDir = new URL('../', import.meta.url)): Promise<PageRenderer> {
  if (processor?.name !== 'unified') {
    throw new Error('signpost: astro.config.mjs must set `markdown.processor: unified({ remarkPlugins: [remarkDocfx] })` (from @astrojs/markdown-remark).');
  }
  const outbox = new RenderOutbox(capture.twins);
  const mdxCapture: MdxCapture = new Map();
  for (const entry of [...(processor.options?.remarkPlugins ?? []), ...(processor.options?.rehypePlugins ?? [])]) {
    const options = Array.isArray(entry) ? entry[1] : undefined;
    // Not enumerable: Astro hashes its config (which holds these options) on every content
    // sync and clears the whole store when the hash changes.
    if (options && typeof options === 'object' && SITE_SLOT in options) Object.defineProperty(options, SITE_SLOT, { value: site, enumerable: false, configurable: true, writable: true });
    if (options && typeof options === 'object' && OUTBOX_SLOT in options) Object.defineProperty(options, OUTBOX_SLOT, { value: outbox, enumerable: false, configurable: true, writable: true });
    if (options && typeof options === 'object' && CAPTURE_SLOT in options) Object.defineProperty(options, CAPTURE_SLOT, { value: mdxCapture, enumerable: false, configurable: true, writable: true });
  }
  const renderer = await processor.createRenderer(shared);
  let mdxRenderer: Promise<MdxRenderer> | undefined;
  return async (text, fileURL, frontmatter) => {
    const path = fileURLToPath(fileURL);
    if (isMdxFile(path) && processor.createMdxRenderer) {
      mdxRenderer ??= processor.createMdxRenderer(shared, { optimize: false, srcDir, sourcemap: false });
      return renderMdx(await mdxRenderer, text, path, frontmatter, mdxCapture, outbox);
    }
    const { code, metadata } = await renderer.render(text, { fileURL, frontmatter });
    return { code, metadata, ...outbox.take(path) };
  };
}

/**
 * Compiles one `.mdx` page and returns the body the capture plugin took from it. The dialect
 * turns MDX syntax errors into a page and a message itself; should the compiler still fail
 * after that (or before the capture), the failure is a positioned message, never a crash.
 */
async function renderMdx(mdx: MdxRenderer, text: string, path: string, frontmatter: Record<string, unknown>, capture: MdxCapture, outbox: RenderOutbox): Promise<RenderResult> {
  let failure: { message?: string; reason?: string; line?: number; column?: number } | undefined;
  try {
    await mdx.process(text, path, frontmatter);
  } catch (error) {
    failure = error as typeof failure;
  }
  const page = capture.get(path);
  capture.delete(path);
  const report = outbox.take(path);
  if (failure) {
    const reason = (failure.reason ?? failure.message ?? String(failure)).split('\n')[0];
    report.messages.push({ ruleId: 'signpost-mdx-compile', source: 'signpost', reason: `Cannot compile this MDX page: ${reason}`, line: failure.line ?? 1, column: failure.column ?? 1 });
  }
  return { code: page?.html ?? '', metadata: { headings: page?.headings ?? [], frontmatter }, ...report };
}
