/**
 * `.mdx` pages of the content root (issue 14). @astrojs/mdx compiles `.mdx` with the site's
 * `markdown.processor` (`unified()` of @astrojs/markdown-remark: its `createMdxRenderer` runs
 * remark-mdx with the same remark and rehype plugin list as `.md` pages, the DocFX dialect
 * included). The loader compiles each `.mdx` page through that renderer (renderer.ts), and
 * `rehypeCaptureMdxHtml`, last in the list, takes the page body from the compiled tree, ending
 * with the steps Astro's Markdown renderer ends with (heading ids, raw HTML, serialise): every
 * page body is stored as HTML, so chrome, search, twins and reader touches treat both kinds
 * alike. The compiled JS module itself is not run: the dialect has already replaced each
 * `<Simulator>`/`<MergeExample>` by its directive (plugins/remark-docfx/lib/mdx-components.ts)
 * and shows any other MDX as text, so the tree holds no JSX and content never runs code.
 */
import type { Root } from 'hast';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { VFile } from 'vfile';

/** Options key the renderer fills with its capture map (renderer.ts). */
export const CAPTURE_SLOT = 'capture';

/** A compiled `.mdx` page's body HTML and headings, as Astro's Markdown renderer returns them. */
export interface CapturedPage {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

/** Captured pages by vfile path, filled by `rehypeCaptureMdxHtml`, emptied by the renderer. */
export type MdxCapture = Map<string, CapturedPage>;

/** True for a path or file URL of an `.mdx` page. */
export const isMdxFile = (path: string): boolean => /\.mdx$/i.test(path);

const toHtml = unified().use(rehypeRaw).use(rehypeStringify, { allowDangerousHtml: true });

/**
 * Rehype plugin (last of the site's list): for an `.mdx` file, puts its HTML and headings in the
 * renderer's capture map. A no-op for `.md` pages and without a map.
 * Example: after `mdxRenderer.process(text, '/c/nl/a.mdx', {})`, `capture.get('/c/nl/a.mdx')?.html` → `'<h1 id="a">A</h1>…'`.
 */
export function rehypeCaptureMdxHtml(options: { [CAPTURE_SLOT]?: MdxCapture } = {}) {
  // Astro's own step (ids where missing, `file.data.astro.headings`), as its Markdown renderer runs it.
  const collectHeadings = rehypeHeadingIds() as unknown as (tree: Root, file: VFile) => void;
  return async (tree: Root, file: VFile) => {
    const capture = options[CAPTURE_SLOT];
    if (!capture || !isMdxFile(file.path)) return;
    collectHeadings(tree, file);
    const headings = ((file.data.astro as { headings?: CapturedPage['headings'] } | undefined)?.headings ?? []).map(({ depth, slug, text }) => ({ depth, slug, text }));
    const body = await toHtml.run(structuredClone(tree));
    capture.set(file.path, { html: toHtml.stringify(body), headings });
  };
}
