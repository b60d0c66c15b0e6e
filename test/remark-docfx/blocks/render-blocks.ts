/**
 * Test helper: renders Markdown through the block transforms alone — remark-parse + gfm +
 * directive → runBlockTransforms(tree, fakeCtx) → remark-rehype → rehype-raw → rehypeDocfx →
 * rehype-stringify — and parses the HTML with a real parser so tests assert on hooks.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { DirectiveHandler, DocfxContext, DocfxMessage } from '../../../plugins/remark-docfx/lib/contracts.ts';
import { runBlockTransforms } from '../../../plugins/remark-docfx/lib/block-transforms.ts';
import { rehypeDocfx } from '../../../plugins/remark-docfx/lib/rehype-docfx.ts';
import { resolvePath } from '../../../plugins/remark-docfx/lib/paths.ts';

/** What a rendering produced. */
export interface BlockRender {
  html: string;
  dom: HTMLElement;
  messages: DocfxMessage[];
  portal: string[];
}

/** Options: the page path (language = first segment), other files, site handlers. */
export interface RenderOptions {
  page?: string;
  files?: Record<string, string>;
  directives?: Record<string, DirectiveHandler>;
  /** Change the parsed tree before the transforms (e.g. mark nodes as included). */
  prepare?: (tree: Root) => void;
}

/** A context over an in-memory content root; `files` must include the page itself. */
export function createFakeContext(page: string, files: Record<string, string>, messages: DocfxMessage[], portal: string[]): DocfxContext {
  const sourceOf = (node: Node | undefined) => ((node?.data as { docfxSource?: string } | undefined)?.docfxSource ?? page);
  return {
    page,
    lang: /^[a-z]{2}(-[a-z]{2})?\//i.test(page) ? page.split('/')[0] : 'en',
    sourceOf,
    report(ruleId, message, node, at) {
      messages.push({ ruleId, message, file: at?.file ?? sourceOf(node), line: at?.line ?? node?.position?.start.line ?? 1, fatal: false });
    },
    reportPortal(ruleId, message) {
      portal.push(`${ruleId}: ${message}`);
    },
    resolvePath,
    readText: (path) => files[path],
  };
}

/**
 * Render `markdown` as page `options.page` (default `nl/a.md`).
 * @example renderBlocks('> [!TIP]\n> x').dom.querySelector('[data-alert=tip]')
 */
export function renderBlocks(markdown: string, options: RenderOptions = {}): BlockRender {
  const page = options.page ?? 'nl/a.md';
  const files = { ...options.files, [page]: markdown };
  const messages: DocfxMessage[] = [];
  const portal: string[] = [];
  const ctx = createFakeContext(page, files, messages, portal);
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as Root;
  options.prepare?.(tree);
  runBlockTransforms(tree, ctx, { directives: options.directives });
  const processor = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeDocfx).use(rehypeStringify);
  const hast = processor.runSync(tree);
  const html = processor.stringify(hast);
  // `pre` must be parsed as elements (node-html-parser keeps it raw by default) to see `pre > code`.
  return { html, dom: parse(html, { blockTextElements: { script: true, noscript: true, style: true } }), messages, portal };
}

/** Text content with a space around block elements and whitespace collapsed (as the conformance runner compares it). */
export const textOf = (element: HTMLElement | null | undefined): string => (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
