/**
 * Which pages an incremental build renders again: the same reach the live preview computes
 * (reload-plan.ts `pagesAffected`), from what the previous build left in the cache instead of
 * from a watcher. The previous build's index entries and file digests show what changed —
 * files added, deleted, edited, or whose route, uid, title or page-level messages differ —
 * and its recorded reads and links show which pages those changes reach: the changed pages,
 * every page that read a changed file (includes at any depth), every page linking to a
 * changed file's route or path, and pages with an unresolved reference that names a new file.
 * A changed file that may be a code-snippet source (a non-media asset) renders everything.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRootText, type DocfxMessage, type DocfxSite, type SiteFile } from '../../../plugins/remark-docfx/index.ts';
import { MEDIA_FILE, PageDependencies, pagesAffected, UNRESOLVED_RULES, type IndexChange } from '../reload-plan.ts';
import { indexChanges } from '../rescan-file.ts';
import type { LiveBody } from '../live-site.ts';
import type { FileMemory } from './file-memory.ts';

/** A page's last render, with the stamp that names it (the twins cache keys on it). */
export interface StampedBody extends LiveBody {
  stamp: string;
}

/** What one build leaves for the next: its index, file digests and every page's render. */
export interface RenderState {
  files: Map<string, SiteFile>;
  fileMessages: Map<string, DocfxMessage[]>;
  digests: Map<string, string>;
  bodies: Map<string, StampedBody>;
}

/** Whether a file's text can reach a rendered page (media files are only linked to). */
const mayBeRead = (file: SiteFile) => file.kind !== 'asset' || !MEDIA_FILE.test(file.path);

/**
 * Digest of every file of `site` a render can read (pages, includes, tocs, landing files,
 * possible snippet sources); with `memory`, an unchanged file's digest is not computed again.
 * Example: `{ 'nl/a.md' => '9b1c…' }`.
 */
export function fileDigests(site: DocfxSite, memory?: FileMemory): Map<string, string> {
  const digests = new Map<string, string>();
  const compute = (path: string) => () => {
    let bytes: Buffer | string;
    try {
      bytes = readFileSync(join(site.root, path));
    } catch {
      bytes = '\0unreadable';
    }
    return createHash('sha1').update(bytes).digest('hex');
  };
  for (const file of site.files.values()) {
    if (!mayBeRead(file)) continue;
    digests.set(file.path, memory ? memory.digest(site.root, file.path, compute(file.path)) : compute(file.path)());
  }
  return digests;
}

/** The index and digests of `site` as the next build compares them. */
export function indexState(site: DocfxSite, digests: Map<string, string>): Omit<RenderState, 'bodies'> {
  const fileMessages = new Map([...site.files.keys()].map((path) => [path, site.fileMessages(path)]));
  return { files: new Map(site.files), fileMessages, digests };
}

/** Every file whose index entry or text differs from `previous`, in path order. */
function changesSince(previous: RenderState, site: DocfxSite, digests: Map<string, string>): IndexChange[] {
  const changes = indexChanges({ files: previous.files, fileMessages: (path) => previous.fileMessages.get(path) ?? [] }, site);
  const listed = new Set(changes.map((change) => change.path));
  for (const [path, digest] of digests) {
    if (listed.has(path) || previous.digests.get(path) === digest) continue;
    changes.push({ path, before: previous.files.get(path), after: site.files.get(path) });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Markdown files of `site` whose text names `name` (as written or percent-encoded). */
function mentionsIn(site: DocfxSite): (name: string) => string[] {
  let texts: [string, string][] | undefined;
  return (name) => {
    texts ??= [...site.files.values()].filter((file) => file.kind === 'page' || file.kind === 'include').map((file) => [file.path, readRootText(site, file.path) ?? '']);
    const forms = [...new Set([name, encodeURI(name)])];
    return texts.filter(([, text]) => forms.some((form) => text.includes(form))).map(([path]) => path);
  };
}

/** The decision: bodies to reuse (all others render), and why the rest render. */
export interface ReusePlan {
  reuse: Map<string, StampedBody>;
  /** Files that changed since the previous build (empty when there was none). */
  changed: string[];
  /** Set when nothing is reused although a previous build exists: why. */
  everything?: string;
}

/**
 * Plans the renders of `site` against the `previous` build's state.
 * Example: `nl/includes/x.md` edited → `reuse` holds every page but the readers of `x.md`.
 */
export function planReuse(previous: RenderState, site: DocfxSite, digests: Map<string, string>): ReusePlan {
  const changes = changesSince(previous, site, digests);
  const changed = changes.map((change) => change.path);
  const snippet = changes.find(({ path, before, after }) => (before ?? after)?.kind === 'asset' && !MEDIA_FILE.test(path));
  if (snippet) return { reuse: new Map(), changed, everything: `${snippet.path} may be a code snippet source` };
  const deps = new PageDependencies();
  const links = new PageDependencies();
  const unresolved = new Set<string>();
  for (const [path, body] of previous.bodies) {
    deps.record(path, body.reads);
    links.record(path, body.links);
    if (body.messages.some((message) => UNRESOLVED_RULES.has(message.ruleId))) unresolved.add(path);
  }
  const kindOf = (path: string) => site.files.get(path)?.kind ?? previous.files.get(path)?.kind;
  const render = new Set(pagesAffected(changes, { deps, links, unresolved, mentions: mentionsIn(site), kindOf }));
  const reuse = new Map([...previous.bodies].filter(([path]) => !render.has(path) && site.files.get(path)?.kind === 'page'));
  return { reuse, changed };
}
