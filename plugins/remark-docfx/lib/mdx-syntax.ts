/**
 * MDX syntax for `.mdx` pages (issue 14). The page itself parses with remark-mdx's syntax (JSX,
 * `{expressions}`, `import`/`export`); its includes and every `.md` page never do — also in a
 * processor that registered remark-mdx itself (Astro's MDX compiler, which @astrojs/mdx runs
 * with the site's unified processor), so an include reads the same in a `.md` and an `.mdx`
 * page. A syntax error never throws: the page becomes one block saying so and a positioned
 * `mdx-syntax` message (remark-docfx.ts), so no build, dev server or check crashes on it.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type remarkMdxPlugin from 'remark-mdx';
import { unified } from 'unified';

type MdastExtensions = (FromMarkdownExtension | FromMarkdownExtension[])[];
interface Syntax {
  extensions: MicromarkExtension[];
  mdastExtensions: MdastExtensions;
}

let mdxSyntax: { micromark: MicromarkExtension[]; mdast: MdastExtensions } | undefined;

/**
 * remark-mdx's syntax (micromark and mdast extensions), registered once on a bare processor.
 * Loaded with the first `.mdx` page, not with the plugin: remark-mdx (acorn included) takes
 * 0.3–0.6 s to import on the project machine, which every `signpost render` (one process per
 * conformance case) and every build of a tree without `.mdx` would otherwise pay.
 */
function loadMdxSyntax(): NonNullable<typeof mdxSyntax> {
  if (!mdxSyntax) {
    const remarkMdx = (createRequire(import.meta.url)('remark-mdx') as { default: typeof remarkMdxPlugin }).default;
    const processor = unified().use(remarkMdx).freeze();
    mdxSyntax = { micromark: processor.data('micromarkExtensions') ?? [], mdast: processor.data('fromMarkdownExtensions') ?? [] };
  }
  return mdxSyntax;
}

/** Where an MDX syntax error is, and what the MDX parser said. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  reason: string;
}

declare module 'mdast' {
  interface RootData {
    /** Set when an `.mdx` page could not be parsed: the tree is empty. */
    docfxMdxError?: MdxSyntaxError;
  }
}

/** Whether a micromark extension is remark-mdx's (it is the one that tokenizes JSX tags). */
function isMdxSyntax(extension: MicromarkExtension): boolean {
  return Object.values(extension.flow ?? {}).some((constructs) =>
    (Array.isArray(constructs) ? constructs : [constructs]).some((construct) => (construct as { name?: string } | null)?.name === 'mdxJsxFlowTag'));
}

/**
 * Results by the processor's own extension list: the same arrays come back for the same list,
 * so the syntax-subset cache (keyed by the array) keeps working.
 */
const cache = new WeakMap<MicromarkExtension[], { size: number; markdown: Syntax; mdx?: Syntax }>();

/**
 * The processor's extensions for Markdown (`forMdx: false`: remark-mdx's taken out) or for an
 * MDX page (`forMdx: true`: remark-mdx's added, once).
 * @example syntaxFor([gfm()], [gfmFromMarkdown()], true).extensions.length // → 2
 */
export function syntaxFor(extensions: MicromarkExtension[], mdastExtensions: MdastExtensions, forMdx: boolean): Syntax {
  let entry = cache.get(extensions);
  if (!entry || entry.size !== extensions.length || entry.markdown.mdastExtensions !== mdastExtensions) {
    const withoutMdx = extensions.filter((extension) => !isMdxSyntax(extension));
    const markdown = { extensions: withoutMdx.length === extensions.length ? extensions : withoutMdx, mdastExtensions };
    entry = { size: extensions.length, markdown };
    cache.set(extensions, entry);
  }
  if (!forMdx) return entry.markdown;
  if (!entry.mdx) {
    const { micromark, mdast } = loadMdxSyntax();
    entry.mdx = { extensions: [...entry.markdown.extensions, ...micromark], mdastExtensions: [...mdastExtensions, ...mdast] };
  }
  return entry.mdx;
}

/**
 * Parses an MDX page with `parse`; a syntax error gives an empty tree carrying where and why.
 * @example parseMdxSafely(parse, 'a <b') .data?.docfxMdxError // → { line: 1, column: 5, reason: 'Unexpected end of file …' }
 */
export function parseMdxSafely(parse: (text: string) => Root, text: string): Root {
  try {
    return parse(text);
  } catch (error) {
    const problem = error as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string; message?: string; cause?: { message?: string } };
    // The parser's messages carry a position; anything else (a stack overflow on hostile
    // nesting) is still this page's problem, reported at its start rather than crashing.
    // Acorn's own words ("Unexpected token") come as the cause of "Could not parse expression with acorn".
    const cause = problem.cause?.message ? ` (${problem.cause.message.replace(/\s*\(\d+:\d+\)$/, '')})` : '';
    const reason = `${(problem.reason ?? problem.message ?? 'invalid MDX').replace(/\.$/, '')}${cause}`;
    // mdast-util-mdx-jsx names the unclosed tag's place only in its text: `… for \`<A>\` (3:1-3:4)`.
    const written = /\((\d+):(\d+)-\d+:\d+\)$/.exec(reason);
    const place = problem.place?.start ?? problem.place;
    const line = problem.line ?? place?.line ?? (written ? Number(written[1]) : 1);
    const column = problem.column ?? place?.column ?? (written ? Number(written[2]) : 1);
    return { type: 'root', children: [], data: { docfxMdxError: { line, column, reason: reason.replace(/\s*\(\d+:\d+-\d+:\d+\)$/, '') } } };
  }
}
