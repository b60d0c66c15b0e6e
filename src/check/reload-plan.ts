/**
 * What a live preview must redo when one file of the content root changes, so that `astro
 * dev` on a 2,000-page tree re-renders a handful of pages instead of all of them (a full
 * rebuild of the nl+da corpus takes ~15 s; one page ~5–10 ms).
 *
 * The dependency graph records, per rendered page, every content file its render read (the
 * page, its includes at any depth). The renderer is the only one that knows that list — see
 * `PageDependencies.record` — so nothing here re-parses include directives.
 */
import type { SiteFile } from '../../plugins/remark-docfx/lib/contracts.ts';

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
 * Plans the reload for a change of `path`: `before`/`after` are its index entries from the
 * previous and the fresh scan (undefined when absent).
 * @example planReload('nl/includes/x.md', before, after, deps) // {kind: 'pages', pages: ['nl/a.md', 'nl/b.md']}
 * @example planReload('nl/new.md', undefined, after, deps) // {kind: 'full', reason: 'nl/new.md was added'}
 */
export function planReload(path: string, before: SiteFile | undefined, after: SiteFile | undefined, deps: PageDependencies): ReloadPlan {
  if (!before && !after) return { kind: 'none' };
  if (!before) return { kind: 'full', reason: `${path} was added` };
  if (!after) return { kind: 'full', reason: `${path} was deleted` };
  if (siteFacts(before) !== siteFacts(after)) return { kind: 'full', reason: `route, uid, title or kind of ${path} changed` };
  // Page-level messages (uid-duplicate …) and redirect_from routes are site-wide too.
  if (JSON.stringify(before.meta.redirect_from ?? null) !== JSON.stringify(after.meta.redirect_from ?? null)) {
    return { kind: 'full', reason: `redirect_from of ${path} changed` };
  }
  if (after.kind === 'toc') return { kind: 'navigation', toc: path };
  if (after.kind === 'asset') return { kind: 'none' };
  const pages = new Set(deps.pagesReading(path));
  if (after.kind === 'page' || after.kind === 'stub' || after.kind === 'landing') pages.add(path);
  return { kind: 'pages', pages: [...pages].sort() };
}
