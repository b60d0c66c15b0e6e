/**
 * What a live preview must redo when files of the content root change, so that `astro dev` on
 * a 2,000-page tree re-renders a handful of pages instead of all of them (a full rebuild of
 * the nl+da corpus takes ~15 s on an idle machine; one page ~5–10 ms).
 *
 * The dependency graph records, per rendered page, every content file its render read (the
 * page, its includes at any depth). The renderer is the only one that knows that list — see
 * `PageDependencies.record` — so nothing here re-parses include directives. The same graph
 * serves toc.yml files, whose trees read the toc files they nest.
 */
import type { DocfxMessage, SiteFile } from '../../plugins/remark-docfx/lib/contracts.ts';

/** Which pages read which files, updated page by page as pages are (re-)rendered. */
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

/** What to redo after a change. */
export type ReloadPlan =
  | { kind: 'full'; reason: string }
  | { kind: 'pages'; pages: string[] }
  | { kind: 'navigation'; toc: string }
  | { kind: 'none' };

/** Facts other pages depend on: links resolve to routes, xrefs show titles, stubs redirect. */
function siteFacts(file: SiteFile): string {
  return JSON.stringify([file.kind, file.route, file.uid ?? null, file.title ?? null, file.redirectUrl ?? null, file.lang]);
}

/**
 * Assets no page renders into its HTML: the browser loads them itself. Any other asset may be
 * the source of a code snippet (`[!code-cs[](x.cs)]`), whose text the page embeds.
 */
const MEDIA_FILE = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|mp4|webm|mov|mp3|wav|ogg|pdf|zip|xlsx?|docx?|pptx?|woff2?|ttf|eot)$/i;

/**
 * Page-level rules that compare a file with other files: when a changed file has one, the
 * change may need (or clear) the same message on another file, so only a full scan is right.
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
 * Content files whose text names a file (by its file name, as every include directive must):
 * a superset of its includers, for an include that left no trace in any render.
 */
export type MentionFinder = (path: string) => string[];

/**
 * Pages that may include `include` although no render recorded it: every page naming it, and
 * for every include naming it, the pages that read or (transitively) name that include.
 */
function pagesMaybeIncluding(include: string, deps: PageDependencies, mentions: MentionFinder, kindOf: (path: string) => SiteFile['kind'] | undefined): string[] {
  const pages = new Set<string>();
  const seen = new Set([include]);
  const pending = [include];
  while (pending.length > 0) {
    for (const file of mentions(pending.pop() as string)) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (kindOf(file) === 'include') {
        for (const page of deps.pagesReading(file)) pages.add(page);
        pending.push(file);
      } else pages.add(file);
    }
  }
  return [...pages];
}

/** What `planReload` may consult beyond the dependency graph. */
export interface PlanContext {
  deps: PageDependencies;
  /** Files naming a path (see `MentionFinder`); without it an untraced include rebuilds everything. */
  mentions?: MentionFinder;
  /** Kind of an indexed file. */
  kindOf?: (path: string) => SiteFile['kind'] | undefined;
}

/**
 * Plans the reload for a change of `path`: `before`/`after` are its index entries from the
 * previous and the fresh scan (undefined when absent).
 * @example planReload('nl/includes/x.md', before, after, { deps }) // {kind: 'pages', pages: ['nl/a.md', 'nl/b.md']}
 * @example planReload('nl/new.md', undefined, after, { deps }) // {kind: 'full', reason: 'nl/new.md was added'}
 */
export function planReload(path: string, before: SiteFile | undefined, after: SiteFile | undefined, context: PlanContext): ReloadPlan {
  if (!before && !after) return { kind: 'none' };
  if (!before) return { kind: 'full', reason: `${path} was added` };
  if (!after) return { kind: 'full', reason: `${path} was deleted` };
  if (siteFacts(before) !== siteFacts(after)) return { kind: 'full', reason: `route, uid, title or kind of ${path} changed` };
  // Page-level messages (uid-duplicate …) and redirect_from routes are site-wide too.
  if (JSON.stringify(before.meta.redirect_from ?? null) !== JSON.stringify(after.meta.redirect_from ?? null)) {
    return { kind: 'full', reason: `redirect_from of ${path} changed` };
  }
  if (after.kind === 'toc') return { kind: 'navigation', toc: path };
  if (after.kind === 'asset') return MEDIA_FILE.test(path) ? { kind: 'none' } : { kind: 'full', reason: `${path} may be a code snippet source` };
  const pages = new Set(context.deps.pagesReading(path));
  // An include whose text renders to no node of its own (empty, only a nested include, or
  // included nowhere) leaves no trace in any render: look for pages naming it instead.
  if (after.kind === 'include' && pages.size === 0) {
    if (!context.mentions || !context.kindOf) return { kind: 'full', reason: `no rendered page is known to use ${path}` };
    for (const page of pagesMaybeIncluding(path, context.deps, context.mentions, context.kindOf)) pages.add(page);
  }
  if (after.kind === 'page' || after.kind === 'stub' || after.kind === 'landing') pages.add(path);
  return { kind: 'pages', pages: [...pages].sort() };
}

/** The plans of several changes saved together, merged into one piece of work. */
export interface ReloadBatch {
  /** Set when anything needs a full rebuild: the first reason. */
  full?: string;
  /** Pages to re-render, sorted. */
  pages: string[];
  /** toc.yml files to reload, sorted. */
  tocs: string[];
}

/**
 * Merges plans: one `full` wins; otherwise pages and tocs are united.
 * @example mergePlans([{kind: 'pages', pages: ['nl/a.md']}, {kind: 'navigation', toc: 'nl/toc.yml'}]) // {pages: ['nl/a.md'], tocs: ['nl/toc.yml']}
 */
export function mergePlans(plans: Iterable<ReloadPlan>): ReloadBatch {
  const pages = new Set<string>();
  const tocs = new Set<string>();
  for (const plan of plans) {
    if (plan.kind === 'full') return { full: plan.reason, pages: [], tocs: [] };
    if (plan.kind === 'pages') for (const page of plan.pages) pages.add(page);
    if (plan.kind === 'navigation') tocs.add(plan.toc);
  }
  return { pages: [...pages].sort(), tocs: [...tocs].sort() };
}
