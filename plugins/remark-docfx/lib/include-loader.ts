/**
 * Loading an include file (spec §5.3–§5.4): read, prepare (front matter dropped, mojibake
 * repaired), parse as blocks or inline content, mark every node with its source file, and run
 * the per-file steps relative to the include file. The result is cached per site by path and
 * modification time; each use gets a fresh copy of the tree and the findings to re-report
 * (a problem is reported once per occurrence per rendered page, spec §2.3).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { walk } from './walk.ts';
import type { DocfxContext, RuleId, SiteIndex } from './contracts.ts';
import { createFileScope } from './file-scope.ts';
import { markIncludes } from './include-syntax.ts';
import { resolveLinks } from './links.ts';
import { parseInline, type MarkdownParser } from './parse.ts';
import { prepareSource } from './prepare.ts';
import { checkUndefinedReferences } from './references.ts';
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

interface CacheEntry {
  mtimeMs: number;
  tree: Root;
  findings: IncludeFinding[];
  source: PreparedSource;
}

/** Loads include files for one page render. */
export interface IncludeLoader {
  /** The file at `path` (content-root path), or undefined when it does not exist. */
  load(path: string, inline: boolean): IncludedFile | undefined;
  /** Prepared texts of the files loaded so far, by path (node offsets index into them). */
  sources: Map<string, PreparedSource>;
}

/** Modification time of a file, or -1 when it cannot be read. */
function mtimeOf(root: string, path: string): number {
  try {
    return statSync(join(root, path)).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Create a loader that reads through `readText` and caches in `cache` (one map per site).
 * @example createIncludeLoader(site, ctx.readText, parse, cache).load('nl/includes/a.md', false)
 */
export function createIncludeLoader(
  site: SiteIndex,
  readText: DocfxContext['readText'],
  parse: MarkdownParser,
  cache: Map<string, unknown>,
): IncludeLoader {
  const sources = new Map<string, PreparedSource>();
  const build = (path: string, inline: boolean, text: string, mtimeMs: number): CacheEntry => {
    const source = prepareSource(path, text);
    const findings: IncludeFinding[] = source.mojibakeLines.map((line) => ({ ruleId: 'mojibake', line, message: 'Unexpected mojibake (UTF-8 read as Windows-1252) on this line: repaired in the output; fix the source text' }));
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
    const scope = createFileScope(site, scopeSource, report);
    if (/\[!include/i.test(source.text)) markIncludes(tree, scope, inline);
    if (!inline && source.text.includes('][')) checkUndefinedReferences(tree, scope);
    resolveLinks(tree, scope);
    return { mtimeMs, tree, findings, source };
  };
  return {
    sources,
    load(path, inline) {
      const key = `${inline ? 'inline' : 'block'}:${path}`;
      const mtimeMs = mtimeOf(site.root, path);
      let entry = cache.get(key) as CacheEntry | undefined;
      if (!entry || entry.mtimeMs !== mtimeMs || mtimeMs === -1) {
        const text = site.files.has(path) ? readText(path) : undefined;
        if (text === undefined) return undefined;
        entry = build(path, inline, text, mtimeMs);
        if (mtimeMs !== -1) cache.set(key, entry);
      }
      sources.set(path, entry.source);
      return { tree: clonePlain(entry.tree), findings: entry.findings };
    },
  };
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

