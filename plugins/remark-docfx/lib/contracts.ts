/**
 * Shared contracts of the DocFX plugin set: the content-root model (`SiteIndex`) and the
 * per-page context every transform receives. Other modules (the Astro site, the CLI, the
 * writers' checks) depend on these shapes, so change them deliberately.
 */
import type { Node } from 'unist';
import type { IncludeCache } from './include-loader.ts';

/** Diagnostic rule ids of ../shared/spec/docfx-dialect.md §2.3 (closed set). */
export const RULE_IDS = [
  'include-missing',
  'include-cycle',
  'include-outside-root',
  'link-broken',
  'xref-unresolved',
  'image-missing',
  'reference-undefined',
  'frontmatter-invalid',
  'uid-duplicate',
  'mojibake',
  'tab-unclosed',
  'snippet-missing',
  'route-collision',
  'language-mismatch',
  // Not in spec §2.3: a file that is neither UTF-8 nor BOM-marked UTF-16 (plugin README).
  'encoding-invalid',
  'html-removed',
  'path-refused',
  'render-limit',
  // Not in spec §2.3: `.mdx` pages (plugin README, issue 14) — a syntax error, and MDX that
  // would run code or names a component the portal does not provide.
  'mdx-syntax',
  'mdx-unsupported',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export const isRuleId = (value: unknown): value is RuleId =>
  typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);

/** Kinds of file in a content root (spec §1, §2.1, §18). */
export type FileKind = 'page' | 'stub' | 'include' | 'toc' | 'landing' | 'asset';

/** One file of the content root, as the index sees it. */
export interface SiteFile {
  /** Content-root relative path, `/` separators, case preserved (`nl/admin/import.md`). */
  path: string;
  kind: FileKind;
  /** Language folder (`nl`, `da`, `en`, `de`, `pt-br` …) or null outside language folders. */
  lang: string | null;
  /** Route it is served at (`/nl/admin/import/`), or null (include, toc, collision loser). */
  route: string | null;
  /** Parsed front matter metadata (empty object when absent or invalid). */
  meta: Record<string, unknown>;
  /** `uid` when valid. */
  uid?: string;
  /** Title per spec §3.2 (front matter title, else first h1 text, else file name). */
  title?: string;
  /** `redirect_url` of a stub. */
  redirectUrl?: string;
  /**
   * First line of the body (the line after the front matter's closing fence; 1 without front
   * matter), so a processor that receives the body only can still report file line numbers.
   */
  bodyLine?: number;
  /** The file's bytes are not text in a supported encoding (`encoding-invalid`): it renders empty. */
  undecodable?: boolean;
}

/** A diagnostic in the shape of the render contract (spec §2.4). */
export interface DocfxMessage {
  ruleId: RuleId;
  /** Content-root relative path of the file whose text holds the problem. */
  file: string;
  line: number;
  column?: number;
  message: string;
  fatal: false;
}

/**
 * What every page-level transform receives. Built by the page pipeline (render.ts) for the
 * page being rendered; transforms never touch the file system except through it.
 */
export interface DocfxContext {
  /** Content-root relative path of the page being rendered (`nl/admin/import.md`). */
  page: string;
  /** Language of the page (its folder), `en` when it has none; alert titles use it. */
  lang: string;
  /** The `alertTitles` option: titles that override the spec's table (§6.4) per language. */
  alertTitles?: Readonly<Record<string, Readonly<Partial<Record<'note' | 'tip' | 'important' | 'caution' | 'warning', string>>>>>;
  /**
   * The content-root relative path of the file whose text holds `node` (an include file for
   * included content — the include pipeline records it on `node.data.docfxSource`).
   */
  sourceOf(node: Node | undefined): string;
  /**
   * Record a diagnostic at `node` (its position and source file), or at `at` when given
   * (`{file, line, column}` overrides). Never throws.
   */
  report(
    ruleId: RuleId,
    message: string,
    node?: Node,
    at?: { file?: string; line?: number; column?: number },
  ): void;
  /**
   * Record a portal (non-dialect) warning, e.g. a bad `:::merge-example` attribute: a vfile
   * message with `source: "signpost"` and a kebab-case ruleId prefixed `signpost-`
   * (`signpost-directive-invalid`). Kept apart from the dialect's closed ruleId set.
   */
  reportPortal(ruleId: `signpost-${string}`, message: string, node?: Node): void;
  /**
   * Resolve `target` written in file `from` (both content-root relative) to a normalised
   * content-root relative path; `null` when it leaves the root or is a URL/absolute path.
   * Handles `~/`, `\`→`/`, percent-decoding.
   */
  resolvePath(from: string, target: string): string | null;
  /** Read a file inside the root as UTF-8 text (BOM stripped); undefined when missing. */
  readText(path: string): string | undefined;
  /**
   * Optional: the text of a page or include file exactly as it was parsed (BOM stripped, LF
   * line ends, mojibake repaired), so node line/column positions index into it. Block
   * transforms use it to restore directives verbatim and to tell `>` lines from lazy lines;
   * without it they fall back to `readText` with line ends normalised.
   */
  sourceText?(path: string): string | undefined;
}

/**
 * The whole content root, scanned once (site-index.ts: `loadSite(root)`). Implemented by the
 * plugin core; used by the page pipeline, the Astro site, `signpost check`/`translations`.
 */
export interface SiteIndex {
  /** Absolute path of the content root. */
  root: string;
  /** Every file, keyed by content-root relative path. */
  files: Map<string, SiteFile>;
  /** Served Markdown pages and stubs (and landing files), keyed by route. */
  byRoute: Map<string, SiteFile>;
  /** uid → file (first by code-point path order when duplicated, spec §3.5). */
  byUid: Map<string, SiteFile>;
  /** Language folders present, sorted. */
  languages: string[];
  /** Page-level diagnostics of a file (front matter, uid-duplicate, route-collision, language-mismatch). */
  /** Paths the content-root guard refused (links leading out, loops, FIFOs …), as `path-refused` messages (root-guard.ts). */
  rootMessages?: DocfxMessage[];
  fileMessages(path: string): DocfxMessage[];
  /**
   * Prepared include files shared by every page rendered against this index (include-loader.ts);
   * `loadSite` always provides one. Without it, each processor keeps its own.
   */
  includeCache?: IncludeCache;
}

/** One rendered entry, as `signpost render --json` prints it (spec §2.4) plus site extras. */
export interface RenderedPage {
  file: string;
  route: string | null;
  html: string;
  messages: DocfxMessage[];
  /** Front matter metadata of the page (empty for toc.yml). */
  meta?: Record<string, unknown>;
  /** Headings (depth, id, text) in order, for "on this page". */
  headings?: { depth: number; id: string; text: string }[];
}

/** A navigation item parsed from toc.yml (spec §18.1). */
export interface TocItem {
  name: string;
  /** Resolved route or URL; undefined when the item has no resolvable link. */
  href?: string;
  /** Content-root relative path of the page the item links to, when it is one. */
  page?: string;
  expanded?: boolean;
  items: TocItem[];
}

/**
 * A handler for a portal directive (remark-directive syntax, spec §14.5) that the site adds on
 * top of the built-in `::simulator` — e.g. `:::merge-example`, which needs the import engine
 * and so lives outside the plugin. Returns the replacement nodes, or `undefined` to have the
 * directive restored to its source text. Registered through the `directives` option.
 */
export type DirectiveHandler = (
  node: import('mdast-util-directive').ContainerDirective | import('mdast-util-directive').LeafDirective,
  ctx: DocfxContext,
) => import('mdast').RootContent[] | undefined;
