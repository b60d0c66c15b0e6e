/**
 * `remarkDocfx`: the DocFX dialect of ../shared/spec/docfx-dialect.md as one remark plugin.
 *
 * It registers its syntax extension (remark-directive) itself and wraps the processor's parser
 * so the page is prepared first. The transformer then runs, in this order (the order is part
 * of the contract):
 *
 * 1. prepare: BOM/CRLF normalised, front matter blanked, mojibake repaired (re-parsing when
 *    the parser was not wrapped), one `mojibake` message per repaired line;
 * 2. page-level messages of the index (front matter, `uid-duplicate`, `language-mismatch`,
 *    `route-collision`); a redirect stub becomes its redirect element and stops here;
 * 3. an `.mdx` page (parsed with MDX syntax, mdx-syntax.ts): `<Simulator>`/`<MergeExample>`
 *    become their directives, other MDX its source text (mdx-components.ts), a syntax error a
 *    notice block and an `mdx-syntax` message; then per-file steps on the page: include
 *    directives marked, `reference-undefined`, links, images, definitions and xrefs resolved
 *    relative to the page;
 * 4. include expansion: each included file prepared, parsed, given the per-file steps relative
 *    to itself, its nodes marked with `data.docfxSource`, nested includes expanded, spliced;
 * 5. block transforms (block-transforms.ts: alerts, video, div, tabs, GitBook, triple-colon,
 *    snippets, directives incl. `::simulator` and restoration);
 * 6. heading ids over the whole page (`data.hProperties.id`), listed in `file.data.docfxHeadings`.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { runBlockTransforms } from './block-transforms.ts';
import type { SiteIndex } from './contracts.ts';
import { createContext } from './context.ts';
import { createFileScope } from './file-scope.ts';
import { runFileSteps } from './file-steps.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { assignHeadingIds } from './headings.ts';
import { recordHtmlSources } from './html-sources.ts';
import { expandIncludes } from './include.ts';
import { createIncludeLoader, type IncludeCache } from './include-loader.ts';
import { MAX_DEPTH, MAX_INDENT } from './limits.ts';
import { MOJIBAKE_MESSAGE } from './mojibake.ts';
import { isRefusedPath } from './root-guard.ts';
import { DEFAULT_OPTIONS, type Options } from './options.ts';
import { pagePathOf } from './page-path.ts';
import { createParser, type MarkdownParser } from './parse.ts';
import { isMdxPath, languageOf } from './paths.ts';
import { mdxToDialect } from './mdx-components.ts';
import { parseMdxSafely } from './mdx-syntax.ts';
import { createBlock } from './block-types.ts';
import { prepareSource } from './prepare.ts';
import { redirectElement } from './redirect.ts';
import { loadSite } from './site-index.ts';
import { normalizeText } from './text.ts';
import type { PreparedSource } from './types.ts';

export type { Options } from './options.ts';

/** Page path used when a vfile has no path inside the root (e.g. a test string). */
const ANONYMOUS_PAGE = 'page.md';

/**
 * The remark plugin. Configuration errors (no `site` and no `root`) throw once, at setup.
 * @example unified().use(remarkParse).use(remarkGfm).use(remarkDocfx, { root: 'content' })
 */
export default function remarkDocfx(this: Processor, options: Options = {}) {
  const site = options.site ?? (options.root !== undefined ? loadSite(options.root) : undefined);
  if (!site) throw new Error('remark-docfx: missing option `site` or `root`; pass `{ root: "content" }` or `{ site: loadSite("content") }`');
  const settings = { ...DEFAULT_OPTIONS, ...options, site };
  remarkDirective.call(this as never);
  const parse = createParser(this, settings.syntaxSubsets);
  // An `.mdx` page parses with MDX syntax (mdx-syntax.ts); its includes parse with `parse`.
  const parseMdx = createParser(this, settings.syntaxSubsets, true);
  const parsePage = (prepared: PreparedSource) => (isMdxPath(prepared.path) ? parseMdxSafely(parseMdx, prepared.text) : parse(prepared.text));
  // A site from loadSite shares its cache across processors; any other gets one per processor.
  const includeCache: IncludeCache = site.includeCache ?? new Map();
  const prepare = (doc: string, file: VFile): PreparedSource => {
    const path = pagePathOf(site, file) ?? ANONYMOUS_PAGE;
    return prepareSource(path, doc, site.files.get(path)?.bodyLine);
  };
  if (this.parser) {
    // Prepare before parsing so the page is parsed once; `tree.data` tells the transformer.
    this.parser = (doc, file) => {
      const prepared = prepare(String(doc), file);
      const tree = parsePage(prepared);
      tree.data = { ...tree.data, docfxPrepared: prepared };
      return tree;
    };
  }
  return (tree: Root, file: VFile) => {
    transformPage(tree, file, { ...settings, parse, parsePage, includeCache, prepare });
  };
}

interface PageSettings extends Required<Pick<Options, 'directives' | 'strict' | 'pageMessages'>>, Pick<Options, 'alertTitles'> {
  site: SiteIndex;
  parse: MarkdownParser;
  /** Parses the page itself (MDX for an `.mdx` page, never throwing). */
  parsePage(prepared: PreparedSource): Root;
  includeCache: IncludeCache;
  prepare(doc: string, file: VFile): PreparedSource;
}

/**
 * An `.mdx` page's MDX turned into the dialect (mdx-components.ts); a page that could not be
 * parsed becomes one block saying so, with a positioned `mdx-syntax` message.
 */
function mdxPage(tree: Root, ctx: ReturnType<typeof createContext>): void {
  const error = tree.data?.docfxMdxError;
  if (!error) {
    mdxToDialect(tree, ctx);
    return;
  }
  const reason = `Cannot compile this MDX page: ${error.reason.replace(/\.$/, '')}; fix it at line ${error.line}, column ${error.column} (write \`\\<\` or \`\\{\` for a literal \`<\` or \`{\`)`;
  ctx.report('mdx-syntax', reason, undefined, { line: error.line, column: error.column });
  const at = { line: error.line, column: error.column };
  // Marked like a failed include: writers see the reason, readers a localized notice (reader-html.ts).
  tree.children = [createBlock('div', { dataIncludeError: 'mdx-syntax' }, [{ type: 'text', value: reason }], { start: at, end: at }) as never];
}

/** The transformer body (steps 1–6 of the module comment). */
function transformPage(tree: Root, file: VFile, settings: PageSettings): void {
  const { site, parse } = settings;
  let prepared = tree.data?.docfxPrepared;
  if (!prepared) {
    prepared = settings.prepare(file.toString(), file);
    if (prepared.text !== file.toString() || isMdxPath(prepared.path)) {
      const parsed = settings.parsePage(prepared);
      tree.children = parsed.children;
      if (parsed.data?.docfxMdxError) tree.data = { ...tree.data, docfxMdxError: parsed.data.docfxMdxError };
    }
  }
  const page = prepared.path;
  const loader = createIncludeLoader(site, parse, settings.includeCache);
  loader.sources.set(page, prepared);
  const ctx = createContext(site, page, languageOf(page) ?? 'en', file, loader.sources, settings.alertTitles);
  const indexed = site.files.get(page);
  const frontMatter = indexed ? undefined : parseFrontMatter(normalizeText(file.toString()));
  if (settings.pageMessages) {
    const messages = indexed ? site.fileMessages(page) : frontMatter!.findings.map((finding) => ({ ...finding, file: page }));
    for (const message of messages) ctx.report(message.ruleId, message.message, undefined, { file: message.file, line: message.line });
  }
  file.data.docfxMeta = indexed?.meta ?? frontMatter?.meta ?? {};
  const redirectUrl = indexed ? (indexed.kind === 'stub' ? indexed.redirectUrl : undefined) : frontMatter?.redirectUrl;
  if (redirectUrl !== undefined) {
    tree.children = [redirectElement(redirectUrl)];
    file.data.docfxHeadings = [];
    return;
  }
  // After the stub check: a stub's body is neither rendered nor checked (spec §4).
  for (const line of prepared.mojibakeLines) {
    ctx.report('mojibake', MOJIBAKE_MESSAGE, undefined, { line });
  }
  for (const line of tree.data?.docfxTruncated ?? []) {
    ctx.report('render-limit', `Cannot render nesting deeper than ${MAX_DEPTH} levels or indented more than ${MAX_INDENT} columns: the page is cut or flattened there; flatten the lists or quotes`, undefined, { line });
  }
  if (isMdxPath(page)) mdxPage(tree, ctx);
  const hasIncludes = runFileSteps(tree, createFileScope(site, prepared, ctx.report), prepared.text);
  if (hasIncludes) expandIncludes(tree, { ctx, loader, refused: (path) => isRefusedPath(site, path) }, page, [page]);
  runBlockTransforms(tree, ctx, { directives: settings.directives });
  file.data.docfxHeadings = assignHeadingIds(tree);
  recordHtmlSources(tree, file, page, hasIncludes);
  if (settings.strict) {
    const warnings = file.messages.filter((message) => message.source === 'docfx');
    if (warnings.length > 0) file.fail(`Unexpected ${warnings.length} DocFX warning(s) in strict mode; see the messages above`, undefined, 'docfx:strict');
  }
}
