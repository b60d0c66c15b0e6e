/**
 * Re-indexing one changed file without scanning the whole content root again (a full
 * `loadSite` of the nl+da corpus takes ~0.6 s, most of a live-preview second). The plugin's
 * `indexFile` — the per-file half of its own scan — indexes the file in place, so kind, front
 * matter, uid, title, body line and page-level messages come out exactly as a full scan makes
 * them, with no copy of its rules here. What compares the file with others (route collisions,
 * duplicate uids) cannot be seen this way: the reload plan rebuilds everything when those are
 * involved.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { indexFile, type DocfxMessage, type SiteFile, type DocfxSite } from '../../plugins/remark-docfx/index.ts';
import { sameSiteFacts, type IndexChange } from './reload-plan.ts';

/** One file as a full scan would index it, minus facts that need the other files. */
export interface RescannedFile {
  file: SiteFile;
  /** Text of its first `#` heading (xref display text), when it has one. */
  heading?: string;
  /** Its own page-level messages (front matter, `language-mismatch`). */
  messages: DocfxMessage[];
}

/**
 * Indexes `path` of `root` on its own; undefined when it is not a file (any more).
 * @example rescanFile('/repo/content', 'nl/a.md')?.file.title // → 'A'
 */
export function rescanFile(root: string, path: string): RescannedFile | undefined {
  const source = join(root, path);
  try {
    if (!statSync(source).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const indexed = indexFile(root, path);
  if (!indexed) return undefined; // a hidden path, which no scan indexes
  // As a scan of this file alone would route it: the reload plan compares routes.
  return { file: { ...indexed.file, route: indexed.ownRoute ?? null }, heading: indexed.heading, messages: indexed.messages };
}

/**
 * Writes what `rescanFile` found into the live index in place (the renderer holds it), keeping
 * the entry object that `byRoute`/`byUid` share. Only for a file whose route, uid, title and
 * kind did not change — the reload plan decides that first.
 */
export function applyRescan(site: DocfxSite, rescanned: RescannedFile, messages: Map<string, DocfxMessage[]>): void {
  const { file } = rescanned;
  const entry = site.files.get(file.path);
  if (!entry) throw new Error(`signpost: ${file.path} is not in the index; only edits of indexed files can be applied`);
  entry.meta = file.meta;
  entry.bodyLine = file.bodyLine;
  if (rescanned.heading === undefined) site.headingTitles.delete(file.path);
  else site.headingTitles.set(file.path, rescanned.heading);
  messages.set(file.path, rescanned.messages);
}

/**
 * Makes `site.fileMessages` answer from `overrides` first, so re-indexed files report their
 * new page-level messages. Returns the override map (one per site).
 */
export function overridePageMessages(site: DocfxSite): Map<string, DocfxMessage[]> {
  const overrides = new Map<string, DocfxMessage[]>();
  const scanned = site.fileMessages;
  site.fileMessages = (path) => (overrides.get(path) ?? scanned(path)).map((message) => ({ ...message }));
  return overrides;
}

/**
 * Files whose entries differ between two scans of one root in anything other files see —
 * presence, route, uid, title (xref text), kind, redirects — or in their page-level messages,
 * which a page's last render holds (`uid-duplicate` …). Example: deleting `nl/b.md` → `[{ path: 'nl/b.md', before, after: undefined }]`.
 */
export function indexChanges(before: Pick<DocfxSite, 'files' | 'fileMessages'>, after: DocfxSite): IndexChange[] {
  const changes: IndexChange[] = [];
  for (const path of new Set([...before.files.keys(), ...after.files.keys()])) {
    const [old, now] = [before.files.get(path), after.files.get(path)];
    const same = old && now && sameSiteFacts(old, now) && JSON.stringify(before.fileMessages(path)) === JSON.stringify(after.fileMessages(path));
    if (!same) changes.push({ path, before: old, after: now });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}
