/**
 * Loading an include file (spec §5.3–§5.4): read, prepare (front matter dropped, mojibake
 * repaired), parse as blocks or inline content, mark every node with its source file, and run
 * the per-file steps relative to the include file. The result is cached per site by path and
 * modification time; each use gets a fresh copy of the tree and the findings to re-report
 * (a problem is reported once per occurrence per rendered page, spec §2.3).
 */
import type { Root } from 'mdast';
import { walk } from './walk.ts';
import type { DocfxContext, RuleId, SiteIndex } from './contracts.ts';
import { createFileScope } from './file-scope.ts';
import { runFileSteps } from './file-steps.ts';
import { MOJIBAKE_MESSAGE } from './mojibake.ts';
import { parseInline, type MarkdownParser } from './parse.ts';
import { prepareSource } from './prepare.ts';
import { ENCODING_RULE } from './read-content.ts';
import { readRootText, rootFileVersion } from './root-files.ts';
import type { PreparedSource } from './types.ts';
import { MAX_DEPTH } from './limits.ts';

/** A diagnostic found while preparing an include file, positioned in that file. */
export interface IncludeFinding {
  ruleId: RuleId;
  message: string;
  line: number;
  column?: number;
}

/** A loaded include: its tree (blocks, or phrasing for inline form) and its findings. */
export interface IncludedFile {
  tree: Root;
  findings: IncludeFinding[];
}

/** One prepared include file as cached: its tree, findings and prepared text, at a file version. */
export interface IncludeCacheEntry {
  /** `rootFileVersion` of the file when it was prepared. */
  mtimeMs: number;
  tree: Root;
  findings: IncludeFinding[];
  source: PreparedSource;
}

/**
 * Prepared include files of one site, keyed by form and path (`block:nl/includes/a.md`); every
 * page rendered against the site shares it (`SiteIndex.includeCache`).
 */
export type IncludeCache = Map<string, IncludeCacheEntry>;

/** Loads include files for one page render. */
export interface IncludeLoader {
  /** The file at `path` (content-root path), or undefined when it does not exist. */
  load(path: string, inline: boolean): IncludedFile | undefined;
  /** Prepared texts of the files loaded so far, by path (node offsets index into them). */
  sources: Map<string, PreparedSource>;
}

/**
 * Create a loader that reads the files of `site` (root-files.ts) and caches in `cache` (one
 * per site).
 * @example createIncludeLoader(site, parse, cache).load('nl/includes/a.md', false)
 */
export function createIncludeLoader(site: SiteIndex, parse: MarkdownParser, cache: IncludeCache): IncludeLoader {
  const sources = new Map<string, PreparedSource>();
  const build = (path: string, inline: boolean, text: string, mtimeMs: number): IncludeCacheEntry => {
    const source = prepareSource(path, text);
    const findings: IncludeFinding[] = source.mojibakeLines.map((line) => ({ ruleId: 'mojibake', line, message: MOJIBAKE_MESSAGE }));
    let tree: Root;
    let scopeSource = source;
    if (inline) {
      const parsed = parseInline(parse, source.text.slice(offsetOfLine(source.text, source.bodyLine)), source.bodyLine);
      tree = { type: 'root', children: parsed.children as unknown as Root['children'] };
      scopeSource = { ...source, text: parsed.text }; // offsets of inline nodes index the joined text
    } else {
      tree = parse(source.text);
    }
    for (const line of tree.data?.docfxTruncated ?? []) {
      findings.push({ ruleId: 'render-limit', line, message: `Cannot render nesting deeper than ${MAX_DEPTH} levels: the include is cut there (shown as …); flatten the lists or quotes` });
    }
    walk(tree, (node) => {
      node.data = { ...node.data, docfxSource: path };
    });
    const report: DocfxContext['report'] = (ruleId, message, node, at) => {
      findings.push({ ruleId, message, line: at?.line ?? node?.position?.start.line ?? 1, column: at?.column ?? node?.position?.start.column });
    };
    runFileSteps(tree, createFileScope(site, scopeSource, report), source.text, inline);
    return { mtimeMs, tree, findings, source };
  };
  return {
    sources,
    load(path, inline) {
      const key = `${inline ? 'inline' : 'block'}:${path}`;
      const mtimeMs = rootFileVersion(site, path);
      let entry = cache.get(key);
      if (!entry || entry.mtimeMs !== mtimeMs || mtimeMs === -1) {
        const text = site.files.has(path) ? readRootText(site, path) : undefined;
        if (text === undefined) return undecodable(site, path);
        entry = build(path, inline, text, mtimeMs);
        if (mtimeMs !== -1) cache.set(key, entry);
      }
      sources.set(path, entry.source);
      return { tree: clonePlain(entry.tree), findings: entry.findings };
    },
  };
}

/**
 * An include whose bytes are not text (site-index.ts reported `encoding-invalid`): it expands
 * to nothing and re-reports that message for this use; undefined for any other unreadable file.
 */
function undecodable(site: SiteIndex, path: string): IncludedFile | undefined {
  if (!site.files.get(path)?.undecodable) return undefined;
  const findings = site.fileMessages(path).filter((message) => message.ruleId === ENCODING_RULE)
    .map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column }));
  return { tree: { type: 'root', children: [] }, findings };
}

/** Deep copy of plain data (a cached tree): a few times faster than `structuredClone`. */
function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = clonePlain((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** Offset where 1-based `line` starts. */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1 || text.length;
  return offset;
}

