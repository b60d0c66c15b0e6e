/**
 * Shared contracts of the DocFX plugin set: the content-root model (`SiteIndex`) and the
 * per-page context every transform receives. Other modules (the Astro site, the CLI, the
 * writers' checks) depend on these shapes, so change them deliberately.
 */
import type { Node } from 'unist';

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
   * Resolve `target` written in file `from` (both content-root relative) to a normalised
   * content-root relative path; `null` when it leaves the root or is a URL/absolute path.
   * Handles `~/`, `\`→`/`, percent-decoding.
   */
  resolvePath(from: string, target: string): string | null;
  /** Read a file inside the root as UTF-8 text (BOM stripped); undefined when missing. */
  readText(path: string): string | undefined;
}
