/**
 * What a live preview must redo when files of the content root change, so that `astro dev` on
 * a 2,000-page tree re-renders a handful of pages instead of all of them (a full rebuild of
 * the nl+da corpus takes ~15 s on an idle machine; one page ~5–10 ms).
 *
 * Two dependency graphs record, per rendered page, what its output depends on: every content
 * file its render read (the page, its includes at any depth) and every site-local URL it links
 * to (routes of linked and xref'd pages, paths of images). The renderer is the only one that
 * knows them — see `src/site/page-reads.ts` — so nothing here re-parses include directives or
 * links. The same graph type serves toc.yml files, whose trees read the toc files they nest.
 */
import type { DocfxMessage, SiteFile } from '../../plugins/remark-docfx/index.ts';

/** Which pages read (or link to) which files (or URLs), updated page by page as pages are rendered. */
export class PageDependencies {
  #readersOf = new Map<string, Set<string>>();
  #readBy = new Map<string, Set<string>>();

  /**
   * Records that rendering `page` read `files` (the page itself is implied), replacing what
   * was recorded for it before.
   * @example deps.record('nl/a.md', ['nl/includes/x.md', 'nl/includes/y.md'])
   */
  record(page: string, files: Iterable<string>): void {
    this.forget(page);
    const read = new Set([page, ...files]);
    this.#readBy.set(page, read);
    for (const file of read) {
      const readers = this.#readersOf.get(file) ?? new Set<string>();
      readers.add(page);
      this.#readersOf.set(file, readers);
    }
  }

  /** Drops what was recorded for `page` (deleted or no longer rendered). */
  forget(page: string): void {
    for (const file of this.#readBy.get(page) ?? []) this.#readersOf.get(file)?.delete(page);
    this.#readBy.delete(page);
  }

  /**
   * Pages whose render read `file`, sorted.
   * @example deps.pagesReading('nl/includes/x.md') // ['nl/a.md', 'nl/b.md']
   */
  pagesReading(file: string): string[] {
    return [...(this.#readersOf.get(file) ?? [])].sort();
  }
}

/**
 * What to redo after a change: `pages` re-renders pages, `navigation` reloads a toc tree,
 * `site` rescans the index and re-renders what the differences reach (`pagesAffected`), `full`
 * rebuilds everything.
 */
export type ReloadPlan =
  | { kind: 'full'; reason: string }
  | { kind: 'site'; reason: string }
  | { kind: 'pages'; pages: string[] }
  | { kind: 'navigation'; toc: string }
  | { kind: 'none' };

/** Facts other pages depend on: links resolve to routes, xrefs show titles, stubs redirect. */
function siteFacts(file: SiteFile): string {
  return JSON.stringify([file.kind, file.route, file.uid ?? null, file.title ?? null, file.redirectUrl ?? null, file.lang, file.meta.redirect_from ?? null]);
}

/**
 * True when two index entries of one file agree on everything other files depend on (kind,
 * route, uid, title, redirect target, `redirect_from`).
 */
export function sameSiteFacts(a: SiteFile, b: SiteFile): boolean {
  return siteFacts(a) === siteFacts(b);
}

/**
 * Assets no page renders into its HTML: the browser loads them itself. Any other asset may be
 * the source of a code snippet (`[!code-cs[](x.cs)]`), whose text the page embeds.
 */
export const MEDIA_FILE = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|mp4|webm|mov|mp3|wav|ogg|pdf|zip|xlsx?|docx?|pptx?|woff2?|ttf|eot)$/i;

/**
 * Page-level rules that compare a file with other files: when a changed file has one, the
 * change may need (or clear) the same message on another file, so the index must be rescanned.
 */
const CROSS_FILE_RULES = new Set(['uid-duplicate', 'route-collision']);

/**
 * True when `messages` (a file's page-level messages before or after a change) involve other
 * files, e.g. `uid-duplicate`.
 * @example involvesOtherFiles([{ ruleId: 'route-collision', … }]) // → true
 */
export function involvesOtherFiles(messages: readonly Pick<DocfxMessage, 'ruleId'>[]): boolean {
  return messages.some((message) => CROSS_FILE_RULES.has(message.ruleId));
}

/**
 * Content files whose text names a file — by its file name as written or percent-encoded, as
 * every include directive and relative link must, or by a uid — a superset of the files that
 * include it, link to it or xref it.
 */
export type MentionFinder = (name: string) => string[];

/** What the planners may consult beyond the include graph. */
export interface PlanContext {
  deps: PageDependencies;
  /** Files naming a path; without it an untraced include rebuilds everything. */
  mentions?: MentionFinder;
  /** Kind of an indexed file. */
  kindOf?: (path: string) => SiteFile['kind'] | undefined;
}

/** The names a file can be referred to by in another file's text. */
function namesOf(path: string, file: SiteFile | undefined): string[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const names = [name];
  // `folder/` links and toc hrefs reach `folder/index.md`.
  if (/^index\.(mdx?|yml)$/i.test(name)) names.push(`${path.split('/').at(-2) ?? ''}/`);
  if (file?.uid) names.push(file.uid);
  return names;
}

/**
 * Pages that may read or reference something any of `names` names: every page naming one, and
 * for every include naming one, the pages that read or (transitively) name that include.
 */
function pagesNaming(names: string[], context: Required<PlanContext>): Set<string> {
  const pages = new Set<string>();
  const seen = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    for (const file of context.mentions(name)) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (context.kindOf(file) === 'include') {
        for (const page of context.deps.pagesReading(file)) pages.add(page);
        pending.push(file.slice(file.lastIndexOf('/') + 1));
      } else pages.add(file);
    }
  }
  return pages;
}

const canSearch = (context: PlanContext): context is Required<PlanContext> => !!context.mentions && !!context.kindOf;

/**
 * Plans the reload for a change of `path`: `before`/`after` are its index entries from the
 * previous and the fresh scan (undefined when absent).
 * @example planReload('nl/includes/x.md', before, after, { deps }) // {kind: 'pages', pages: ['nl/a.md', 'nl/b.md']}
 * @example planReload('nl/new.md', undefined, after, { deps }) // {kind: 'site', reason: 'nl/new.md was added'}
 */
export function planReload(path: string, before: SiteFile | undefined, after: SiteFile | undefined, context: PlanContext): ReloadPlan {
  if (!before && !after) return { kind: 'none' };
  if ((before ?? after)?.kind === 'asset' && !MEDIA_FILE.test(path)) return { kind: 'full', reason: `${path} may be a code snippet source` };
  if (!before) return { kind: 'site', reason: `${path} was added` };
  if (!after) return { kind: 'site', reason: `${path} was deleted` };
  if (!sameSiteFacts(before, after)) return { kind: 'site', reason: `route, uid, title, kind or redirect_from of ${path} changed` };
  if (after.kind === 'toc') return { kind: 'navigation', toc: path };
  if (after.kind === 'asset') return { kind: 'none' };
  const pages = new Set(context.deps.pagesReading(path));
  // An include whose text renders to no node of its own (empty, only a nested include, or
  // included nowhere) leaves no trace in any render: look for pages naming it instead.
  if (after.kind === 'include' && pages.size === 0) {
    if (!canSearch(context)) return { kind: 'full', reason: `no rendered page is known to use ${path}` };
    for (const page of pagesNaming(namesOf(path, after), context)) pages.add(page);
  }
  if (after.kind === 'page' || after.kind === 'stub' || after.kind === 'landing') pages.add(path);
  return { kind: 'pages', pages: [...pages].sort() };
}

/** One file whose index entry differs between two scans (undefined: absent from that scan). */
export interface IndexChange {
  path: string;
  before?: SiteFile;
  after?: SiteFile;
}

/**
 * Rules a render reports for a reference it could not resolve: a file, route or uid that
 * appears later may resolve it.
 */
export const UNRESOLVED_RULES: ReadonlySet<string> = new Set(['link-broken', 'xref-unresolved', 'include-missing', 'image-missing', 'snippet-missing']);

/** What `pagesAffected` consults beyond `PlanContext`. */
export interface SiteContext extends Required<PlanContext> {
  /** Which pages link to which site-local URL (routes, `/<path>` of other files). */
  links: PageDependencies;
  /** Pages whose last render reported a reference it could not resolve (link, xref, include, image, snippet). */
  unresolved: ReadonlySet<string>;
}

/**
 * Pages whose rendered output may differ after the index changed by `changes`: the changed
 * pages themselves; pages that read a changed file or link to its old route or path; and, when
 * a file, route or uid appeared, the pages with an unresolved reference that name it. The
 * caller re-renders them and reuses every other page's last render.
 * @example pagesAffected([{ path: 'nl/b.md', before, after: undefined }], context) // pages linking to /nl/b/
 */
export function pagesAffected(changes: readonly IndexChange[], context: SiteContext): string[] {
  const pages = new Set<string>();
  for (const { path, before, after } of changes) {
    if (after && (after.kind === 'page' || after.kind === 'stub' || after.kind === 'landing')) pages.add(path);
    const readers = context.deps.pagesReading(path);
    for (const page of readers) pages.add(page);
    if ((before ?? after)?.kind === 'include' && readers.length === 0) for (const page of pagesNaming(namesOf(path, before ?? after), context)) pages.add(page);
    if (before) for (const url of [before.route, `/${path}`]) if (url) for (const page of context.links.pagesReading(url)) pages.add(page);
    const appeared = after && (!before || after.uid !== before.uid || after.route !== before.route || after.kind !== before.kind);
    if (appeared) for (const page of pagesNaming(namesOf(path, after), context)) if (context.unresolved.has(page)) pages.add(page);
  }
  return [...pages].sort();
}

/** The plans of several changes saved together, merged into one piece of work. */
export interface ReloadBatch {
  /** Set when anything needs a full rebuild: the first reason. */
  full?: string;
  /** Set when the index must be rescanned: the first reason. */
  site?: string;
  /** Pages to re-render, sorted. */
  pages: string[];
  /** toc.yml files to reload, sorted. */
  tocs: string[];
}

/**
 * Merges plans: one `full` wins; otherwise `site` is kept beside the united pages and tocs.
 * @example mergePlans([{kind: 'pages', pages: ['nl/a.md']}, {kind: 'navigation', toc: 'nl/toc.yml'}]) // {pages: ['nl/a.md'], tocs: ['nl/toc.yml']}
 */
export function mergePlans(plans: Iterable<ReloadPlan>): ReloadBatch {
  const batch: ReloadBatch = { pages: [], tocs: [] };
  const pages = new Set<string>();
  const tocs = new Set<string>();
  for (const plan of plans) {
    if (plan.kind === 'full') return { full: plan.reason, pages: [], tocs: [] };
    if (plan.kind === 'site') batch.site ??= plan.reason;
    if (plan.kind === 'pages') for (const page of plan.pages) pages.add(page);
    if (plan.kind === 'navigation') tocs.add(plan.toc);
  }
  return { ...batch, pages: [...pages].sort(), tocs: [...tocs].sort() };
}
