/**
 * The content-root index (spec §1–§4): one scan of the root that records every file's kind,
 * language, route, uid and title, resolves route collisions deterministically and computes
 * the page-level diagnostics (front matter, `uid-duplicate`, `language-mismatch`,
 * `route-collision`). Each Markdown file is read once; titles come from a cheap line scan.
 */
import { resolve } from 'node:path';
import type { DocfxMessage, SiteFile, SiteIndex } from './contracts.ts';
import { parseFrontMatter, type LineFinding } from './frontmatter.ts';
import type { IncludeCache } from './include-loader.ts';
import { kindFromPath, languageOf, routeOf } from './paths.ts';
import { ENCODING_RULE, readContent } from './read-content.ts';
import { walkRoot, guardOf } from './root-guard.ts';
import { resolveCollisions } from './routes.ts';
import { normalizeText } from './text.ts';
import { firstHeadingText } from './title.ts';

/** The index plus what the page pipeline needs privately (heading titles, caches). */
export interface DocfxSite extends SiteIndex {
  /** Text of the first `#` heading of a Markdown file, for xref display text (spec §9.2). */
  headingTitles: Map<string, string>;
  /** Per-site cache of prepared include files, keyed by path; entries check the mtime. */
  includeCache: IncludeCache;
}

/** True for a path the scan skips: any segment hidden (`.git/…`, `nl/.draft.md`). */
const isHidden = (path: string) => path.split('/').some((segment) => segment.startsWith('.'));


/** Turn line findings of `path` into contract messages. */
const toMessages = (path: string, findings: LineFinding[]): DocfxMessage[] =>
  findings.map((finding) => ({ ruleId: finding.ruleId, file: path, line: finding.line, message: finding.message, fatal: false }));

/** One file as the scan indexes it on its own: everything that needs no other file. */
export interface IndexedFile {
  file: SiteFile;
  /** Text of its first `#` heading (xref display text), when it has one. */
  heading?: string;
  /** Its own page-level messages (front matter, unreadable file, `language-mismatch`). */
  messages: DocfxMessage[];
  /** Line of its valid `uid`, for `uid-duplicate` messages. */
  uidLine?: number;
  /** The route it is served at unless another file collides with it (pages, stubs, landing files). */
  ownRoute?: string;
}

/**
 * Index the file at content-root path `path` of `root` on its own — the per-file half of
 * `loadSite`, so a live preview can re-index one saved file in place. What compares files
 * (routes and their collisions, duplicate uids) is left to `loadSite`. Undefined for a hidden
 * path, which no scan indexes.
 * @example indexFile('/repo/content', 'nl/a.md')?.file.title // → 'A'
 */
export function indexFile(root: string, path: string): IndexedFile | undefined {
  if (isHidden(path)) return undefined;
  const indexed = indexOwnFacts(root, path);
  const { kind } = indexed.file;
  if (kind === 'page' || kind === 'stub' || kind === 'landing') indexed.ownRoute = routeOf(path);
  return indexed;
}

/** `indexFile` without the route. */
function indexOwnFacts(root: string, path: string): IndexedFile {
  const kind = kindFromPath(path);
  const file: SiteFile = { path, kind, lang: languageOf(path), route: null, meta: {} };
  const indexed: IndexedFile = { file, messages: [] };
  if (kind !== 'page' && kind !== 'include') return indexed;
  const content = readContent(resolve(root), path);
  if (content === undefined) {
    indexed.messages.push({ ruleId: 'frontmatter-invalid', file: path, line: 1, message: `Cannot read \`${path}\`: the file is not readable, not a regular file or larger than 8 MB; it is indexed without metadata`, fatal: false });
    return indexed;
  }
  if (!content.ok) {
    // Rendered as an empty page (never its bytes as text); the message says where it broke.
    indexed.messages.push({ ruleId: ENCODING_RULE, file: path, line: content.line, column: content.column, message: content.message, fatal: false });
    indexed.file.undecodable = true;
    return indexed;
  }
  const text = normalizeText(content.text);
  const frontMatter = parseFrontMatter(text);
  file.bodyLine = typeof frontMatter.block === 'object' ? frontMatter.block.bodyLine : 1;
  indexed.heading = firstHeadingText(text, file.bodyLine);
  if (kind === 'include') return detached(indexed); // include files' front matter is ignored (spec §3.5)
  file.meta = frontMatter.meta;
  if (frontMatter.redirectUrl !== undefined) Object.assign(file, { kind: 'stub', redirectUrl: frontMatter.redirectUrl });
  if (frontMatter.uid !== undefined) {
    file.uid = frontMatter.uid;
    indexed.uidLine = frontMatter.uidLine ?? 1;
  }
  const metaTitle = typeof file.meta.title === 'string' && file.meta.title.trim() !== '' ? file.meta.title.trim() : undefined;
  file.title = metaTitle ?? indexed.heading ?? path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx?$/i, '');
  indexed.messages.push(...toMessages(path, frontMatter.findings));
  const declared = frontMatter.language;
  if (declared && file.lang && declared.value.toLowerCase() !== file.lang) {
    indexed.messages.push({ ruleId: 'language-mismatch', file: path, line: declared.line, message: `Unexpected language \`${declared.value}\` in front matter: the file sits in the \`${file.lang}\` folder, which decides its language`, fatal: false });
  }
  return detached(indexed);
}

/**
 * A copy of what the index keeps of a file for the whole build. Titles, headings and front-matter
 * values are substrings of the file's text, and a V8 substring keeps its whole source alive: on
 * the 4,400-page English corpus the index held 11 MB of page texts through them (issue 15).
 * A structured clone makes every string its own.
 */
const detached = (indexed: IndexedFile): IndexedFile => structuredClone(indexed);

/** Options of `loadSite`. */
export interface LoadSiteOptions {
  /**
   * Indexes one file on its own instead of `indexFile` — a caller that remembers files it
   * indexed before (an incremental build) answers unchanged ones without reading them. It must
   * give what `indexFile` would, as a value of its own (the scan completes it in place).
   */
  indexFile?: (root: string, path: string) => IndexedFile | undefined;
}

/**
 * Scan the content root once and build its `SiteIndex`.
 * @param root Content root folder (absolute or relative to the working directory).
 * @example loadSite('content').byRoute.get('/nl/admin/import/')?.path // → 'nl/admin/import/index.md'
 */
export function loadSite(root: string, options: LoadSiteOptions = {}): DocfxSite {
  const indexOne = options.indexFile ?? indexFile;
  const absoluteRoot = resolve(root);
  const files = new Map<string, SiteFile>();
  const messages = new Map<string, DocfxMessage[]>();
  const headingTitles = new Map<string, string>();
  const uidLines = new Map<string, number>();
  const add = (path: string, message: DocfxMessage) => messages.set(path, [...(messages.get(path) ?? []), message]);

  // The content root is a boundary (root-guard.ts): only what the guard lists is indexed.
  const walked = walkRoot(guardOf(absoluteRoot, true));
  const rootMessages: DocfxMessage[] = walked.refused.map((refusal) => ({
    ruleId: 'path-refused',
    file: refusal.path,
    line: 1,
    message: `Cannot read \`${refusal.path}\`: ${refusal.reason}; it is not read, listed, copied or served`,
    fatal: false,
  }));
  for (const path of walked.files) {
    const indexed = indexOne(absoluteRoot, path) as IndexedFile; // walkRoot skips hidden paths
    files.set(path, indexed.file);
    if (indexed.heading !== undefined) headingTitles.set(path, indexed.heading);
    if (indexed.uidLine !== undefined) uidLines.set(path, indexed.uidLine);
    for (const message of indexed.messages) add(path, message);
  }

  const byUid = new Map<string, SiteFile>();
  const uidOwners = new Map<string, string[]>();
  for (const file of files.values()) {
    if (file.uid === undefined) continue;
    uidOwners.set(file.uid, [...(uidOwners.get(file.uid) ?? []), file.path]);
    if (!byUid.has(file.uid)) byUid.set(file.uid, file); // paths are sorted: first by code point wins
  }
  for (const [uid, owners] of uidOwners) {
    if (owners.length < 2) continue;
    for (const path of owners) {
      const others = owners.filter((other) => other !== path).map((other) => `\`${other}\``).join(', ');
      add(path, { ruleId: 'uid-duplicate', file: path, line: uidLines.get(path) ?? 1, message: `Unexpected duplicate uid \`${uid}\`: also declared by ${others}; xrefs resolve to \`${owners[0]}\``, fatal: false });
    }
  }

  const byRoute = resolveCollisions(files, routeOf, (winner, loser, message) => {
    add(loser, message);
    add(winner, message);
  });
  const languages = [...new Set([...files.values()].map((file) => file.lang).filter((lang): lang is string => lang !== null))].sort();
  return {
    root: absoluteRoot,
    files,
    byRoute,
    byUid,
    languages,
    headingTitles,
    includeCache: new Map(),
    rootMessages,
    fileMessages: (path) => (messages.get(path) ?? []).map((message) => ({ ...message })),
  };
}
