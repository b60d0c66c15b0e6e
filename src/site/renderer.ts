/**
 * The page renderer the loader uses: the unified processor configured in astro.config.mjs
 * (`markdown.processor: unified({ remarkPlugins: [remarkDocfx …] })`), called directly rather
 * than through `renderMarkdown` because Astro's own front-matter parser throws on the broken
 * YAML the dialect must survive (spec §3.4). The DocFX plugin parses the raw file itself
 * (front matter blanked, positions kept), and receives the already scanned site. `.mdx` pages
 * go through the same processor's MDX compiler, the one @astrojs/mdx uses (mdx-html.ts).
 */
import type { AstroConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import type { SiteIndex } from '../../plugins/remark-docfx/index.ts';
import { OUTBOX_SLOT, type MessageLike, type MessageOutbox } from './build-messages.ts';
import { CAPTURE_SLOT, isMdxFile, type MdxCapture } from './mdx-html.ts';

/** The renderer's result: what `@astrojs/markdown-remark` returns, and the page's messages. */
export interface RenderResult {
  code: string;
  messages: MessageLike[];
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
  }, config.srcDir);
}

/** The part of a `MarkdownProcessor` (from `unified()`) the renderer needs. */
export interface ProcessorLike {
  name: string;
  options?: { remarkPlugins?: unknown[]; rehypePlugins?: unknown[] };
  createRenderer(shared: Record<string, unknown>): Promise<{ render(text: string, opts: object): Promise<Omit<RenderResult, 'messages'>> }>;
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
export async function rendererFrom(processor: ProcessorLike, site: SiteIndex, shared: Record<string, unknown>, srcDir = new URL('../', import.meta.url)): Promise<PageRenderer> {
  if (processor?.name !== 'unified') {
    throw new Error('signpost: astro.config.mjs must set `markdown.processor: unified({ remarkPlugins: [remarkDocfx] })` (from @astrojs/markdown-remark).');
  }
  const outbox: MessageOutbox = new Map();
  const capture: MdxCapture = new Map();
  for (const entry of [...(processor.options?.remarkPlugins ?? []), ...(processor.options?.rehypePlugins ?? [])]) {
    const options = Array.isArray(entry) ? entry[1] : undefined;
    // Not enumerable: Astro hashes its config (which holds these options) on every content
    // sync and clears the whole store when the hash changes.
    if (options && typeof options === 'object' && SITE_SLOT in options) Object.defineProperty(options, SITE_SLOT, { value: site, enumerable: false, configurable: true, writable: true });
    if (options && typeof options === 'object' && OUTBOX_SLOT in options) Object.defineProperty(options, OUTBOX_SLOT, { value: outbox, enumerable: false, configurable: true, writable: true });
    if (options && typeof options === 'object' && CAPTURE_SLOT in options) Object.defineProperty(options, CAPTURE_SLOT, { value: capture, enumerable: false, configurable: true, writable: true });
  }
  const renderer = await processor.createRenderer(shared);
  let mdxRenderer: Promise<MdxRenderer> | undefined;
  const takeMessages = (path: string) => {
    const messages = outbox.get(path) ?? [];
    outbox.delete(path);
    return messages;
  };
  return async (text, fileURL, frontmatter) => {
    const path = fileURLToPath(fileURL);
    if (isMdxFile(path) && processor.createMdxRenderer) {
      mdxRenderer ??= processor.createMdxRenderer(shared, { optimize: false, srcDir, sourcemap: false });
      return renderMdx(await mdxRenderer, text, path, frontmatter, capture, takeMessages);
    }
    const result = await renderer.render(text, { fileURL, frontmatter });
    return { ...result, messages: takeMessages(path) };
  };
}

/**
 * Compiles one `.mdx` page and returns the body the capture plugin took from it. The dialect
 * turns MDX syntax errors into a page and a message itself; should the compiler still fail
 * after that (or before the capture), the failure is a positioned message, never a crash.
 */
async function renderMdx(mdx: MdxRenderer, text: string, path: string, frontmatter: Record<string, unknown>, capture: MdxCapture, takeMessages: (path: string) => MessageLike[]): Promise<RenderResult> {
  let failure: { message?: string; reason?: string; line?: number; column?: number } | undefined;
  try {
    await mdx.process(text, path, frontmatter);
  } catch (error) {
    failure = error as typeof failure;
  }
  const page = capture.get(path);
  capture.delete(path);
  const messages = takeMessages(path);
  if (failure) {
    const reason = (failure.reason ?? failure.message ?? String(failure)).split('\n')[0];
    messages.push({ ruleId: 'signpost-mdx-compile', source: 'signpost', reason: `Cannot compile this MDX page: ${reason}`, line: failure.line ?? 1, column: failure.column ?? 1 });
  }
  return { code: page?.html ?? '', messages, metadata: { headings: page?.headings ?? [], frontmatter } };
}
