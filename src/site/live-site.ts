/**
 * The dev loader's memory of the site between saves, so a save re-renders only what depends on
 * the saved files (src/site/reload-plan.ts): an edited page re-renders alone; an include
 * re-renders every page whose render read it, at any depth; a toc.yml reloads its tree, the
 * trees nesting it and the sidebars of pages those trees list. When other pages' routes, links
 * or xrefs may change (a file added, deleted or renamed, a changed route, uid, title or
 * `redirect_from`), the index is scanned again and the route data rebuilt, but only the pages
 * the differences reach are rendered again. Only a possible code-snippet source rebuilds
 * everything — correctness first.
 */
import { relative, sep } from 'node:path';
import { loadSite, readRootText, type DocfxMessage, type SiteFile, type TocItem, type DocfxSite } from '../../plugins/remark-docfx/index.ts';
import { involvesOtherFiles, mergePlans, PageDependencies, pagesAffected, planReload, UNRESOLVED_RULES, type MentionFinder, type ReloadBatch, type ReloadPlan } from './reload-plan.ts';
import { toSiteMessage, uniqueMessages } from './build-messages.ts';
import { routeOf, type TocTree } from './navigation.ts';
import type { NavigationData, SiteMessage } from './page-data.ts';
import type { RenderResult } from './renderer.ts';
import { applyRescan, indexChanges, overridePageMessages, rescanFile } from './rescan-file.ts';
import { buildSiteModel, folderNavigation, renderOwnContent, sidebarFor, type BuiltRoute, type RenderedBody, type SiteModel, type SiteModelOptions } from './site-model.ts';
import { nestedTocs } from './toc-nesting.ts';

/** A rendered page body plus the content files its render read and the site URLs it links to (page-reads.ts). */
export interface LiveBody extends RenderedBody {
  reads: string[];
  links: string[];
}

/**
 * A renderer result (renderer.ts, either thread) as the model wants it: messages with
 * content-root paths (rehypeExposeMessages), the files read and links (page-reads.ts), the
 * Markdown twin when the render captured one — all from the render's report, beside the HTML.
 */
export function toLiveBody(result: RenderResult, file: SiteFile, root: string): LiveBody {
  const messages = result.messages.map((m) => toSiteMessage({ ...m, file: m.file ?? undefined }, file.path));
  for (const m of messages) if (m.file.includes(sep) && m.file.startsWith(root)) m.file = relative(root, m.file).split(sep).join('/');
  const body: LiveBody = { html: result.code, headings: result.metadata.headings, messages, reads: result.reads, links: result.links };
  if (result.twin !== undefined) body.twin = result.twin;
  return body;
}

/**
 * Pages a save re-renders that are open in a browser render first, and each is handed to `show`
 * as soon as it is rendered (unless its title changed, which other pages' sidebars show), so the
 * open page reloads before the other readers of a saved include are rendered.
 */
export interface EarlyShow {
  isOpen(route: string): boolean;
  show(route: BuiltRoute): void;
}

/** Renders one Markdown page of the site. */
export type LiveRenderer = (file: SiteFile, text: string) => Promise<LiveBody>;

/** Makes the renderer for a scanned site (the processor holds the index it resolves against). */
export type RendererFactory = (site: DocfxSite) => Promise<LiveRenderer>;

/** Reads one toc.yml (the plugin's `loadToc`). */
export type TocLoader = (site: DocfxSite, path: string) => { items: TocItem[]; messages: DocfxMessage[] };

/** What one update changed, for the store and the log. */
export interface LiveUpdate {
  /** Set when the saved files need a full rebuild instead: the reason. Nothing else is set then. */
  full?: string;
  /** Content files re-rendered, sorted. */
  rendered: string[];
  /** toc.yml files reloaded, sorted. */
  tocs: string[];
  /** Route entries whose data or HTML changed. */
  routes: BuiltRoute[];
  /** Sidebar trees that changed or appeared. */
  navigation: NavigationData[];
  /** Sidebar trees no route uses any more (ids). */
  removedNavigation: string[];
  /** Routes no longer served. */
  removedRoutes: string[];
  /** Set when the index was scanned again: why. */
  rescanned?: string;
  /** Problems of the re-rendered pages and reloaded tocs, in print order. */
  messages: SiteMessage[];
}

/** Every route an item of `items` links to, at any depth. */
function routesIn(items: readonly TocItem[], out = new Set<string>()): Set<string> {
  for (const item of items) {
    const route = routeOf(item.href);
    if (route) out.add(route);
    routesIn(item.items, out);
  }
  return out;
}

/** True when a route shows the same data and HTML as before. */
const sameRoute = (before: BuiltRoute | undefined, after: BuiltRoute) =>
  !!before && before.html === after.html && JSON.stringify(before.data) === JSON.stringify(after.data);

/** A copy of an index entry that later in-place patches do not reach. */
const snapshot = (file: SiteFile | undefined): SiteFile | undefined => (file ? { ...file, meta: { ...file.meta } } : undefined);

/** The site model kept up to date file by file. Create with `LiveSite.build`. */
export class LiveSite {
  #site: DocfxSite;
  #createRenderer: RendererFactory;
  #render: LiveRenderer;
  #loadToc: TocLoader;
  #routes = new Map<string, BuiltRoute>();
  #navigation = new Map<string, NavigationData>();
  /** Last render of every Markdown page, reused when a rescan does not reach the page. */
  #bodies = new Map<string, LiveBody>();
  #pageDeps = new PageDependencies();
  #linkDeps = new PageDependencies();
  /** Which toc files each tree nests; filled by `prepareForUpdates` (a YAML parse per toc). */
  #tocDeps: PageDependencies | undefined;
  #pageMessages: Map<string, DocfxMessage[]>;

  private constructor(site: DocfxSite, createRenderer: RendererFactory, render: LiveRenderer, loadToc: TocLoader) {
    this.#site = site;
    this.#createRenderer = createRenderer;
    this.#render = render;
    this.#loadToc = loadToc;
    this.#pageMessages = overridePageMessages(site);
  }

  /** The index the model was built from, patched by every save. */
  get site(): DocfxSite {
    return this.#site;
  }

  /**
   * Builds the whole model of `site` once and keeps what later updates need. Pages render with
   * renderers made by `createRenderer`; `firstRender` may wrap the first one for the initial
   * build (to hand pages to a worker).
   * Example: `const { live, model } = await LiveSite.build(site, createRenderer, loadToc)`.
   */
  static async build(
    site: DocfxSite,
    createRenderer: RendererFactory,
    loadToc: TocLoader,
    firstRender: (render: LiveRenderer) => LiveRenderer = (render) => render,
    remembered: Pick<SiteModelOptions, 'knowsRender' | 'renderLanding'> = {},
  ): Promise<{ live: LiveSite; model: SiteModel }> {
    const render = await createRenderer(site);
    const live = new LiveSite(site, createRenderer, render, loadToc);
    const initial = firstRender(render);
    const model = await buildSiteModel(site, {
      renderMarkdown: (file, text) => live.#recordRender(file, text, initial),
      loadToc: (_site, path) => live.#recordToc(path),
      ...remembered,
    });
    for (const route of model.routes) live.#routes.set(route.data.route, route);
    for (const tree of model.navigation) live.#navigation.set(tree.file, tree);
    return { live, model };
  }

  /** Renders a page and records what it read and links to. */
  async #recordRender(file: SiteFile, text: string, render: LiveRenderer): Promise<LiveBody> {
    const body = await render(file, text);
    this.#pageDeps.record(file.path, body.reads);
    this.#linkDeps.record(file.path, body.links);
    this.#bodies.set(file.path, body);
    return body;
  }

  /** Loads a toc.yml (and, once updates are prepared for, records the toc files it nests). */
  #recordToc(path: string): { items: TocItem[]; messages: DocfxMessage[] } {
    const toc = this.#loadToc(this.#site, path);
    this.#tocDeps?.record(path, nestedTocs(this.#site, path));
    return toc;
  }

  /**
   * Learns which toc files each tree nests, so a saved toc.yml reloads the trees containing
   * it. A build never updates, so only the dev loader calls this (once, after `build`); an
   * update does it itself otherwise.
   */
  prepareForUpdates(): void {
    if (this.#tocDeps) return;
    this.#tocDeps = new PageDependencies();
    for (const id of this.#navigation.keys()) if (!id.startsWith('folder:')) this.#tocDeps.record(id, nestedTocs(this.#site, id));
  }

  /**
   * Brings the model up to date with the files at `paths` (content-root relative; files or
   * folders, as the watcher reports them), re-rendering only what depends on them.
   * Example: `await live.update(['nl/includes/x.md'])` → `{ rendered: ['nl/a.md', 'nl/b.md'], … }`.
   */
  async update(paths: readonly string[], early?: EarlyShow): Promise<LiveUpdate> {
    this.prepareForUpdates();
    const changes = this.#expandFolders(paths).map((path) => ({ path, before: snapshot(this.#site.files.get(path)), rescanned: rescanFile(this.#site.root, path) }));
    const context = { deps: this.#pageDeps, mentions: this.#mentionFinder(this.#site), kindOf: (path: string) => this.#site.files.get(path)?.kind };
    const plans: ReloadPlan[] = changes.map(({ path, before, rescanned }) => {
      if (before && involvesOtherFiles(this.#site.fileMessages(path))) return { kind: 'site', reason: `${path} shares a uid or route with another file` };
      return planReload(path, before, rescanned?.file, context);
    });
    const batch = mergePlans(plans);
    const update: LiveUpdate = { rendered: [], tocs: [], routes: [], navigation: [], removedNavigation: [], removedRoutes: [], messages: [] };
    if (batch.full) return { ...update, full: batch.full };
    if (batch.site) return this.#rescan(batch, changes.map((change) => change.path), update);

    for (const { rescanned } of changes) if (rescanned) applyRescan(this.#site, rescanned, this.#pageMessages);
    // Cached include trees are keyed by path and mtime; a save within the same clock tick
    // must not be served stale, and only the re-rendered pages read includes again.
    this.#site.includeCache.clear();

    const changed = new Map<string, BuiltRoute>();
    const messages: SiteMessage[] = [];
    this.#reloadTocs(batch.tocs, changed, update, messages);
    let retitled = false;
    // Pages open in a browser first, each shown as soon as it is rendered (`early`).
    const order = early ? [...batch.pages].sort((a, b) => Number(this.#isOpen(b, early)) - Number(this.#isOpen(a, early))) : batch.pages;
    for (const path of order) {
      const file = this.#site.files.get(path);
      const current = file?.route ? this.#routes.get(file.route) : undefined;
      if (!file || !current || current.data.file !== path) continue; // not served (e.g. a collision loser)
      const own = await renderOwnContent(this.#site, file, { renderMarkdown: (page, text) => this.#recordRender(page, text, this.#render) });
      const next: BuiltRoute = { html: own.html, data: { ...current.data, ...own.data } };
      // Only a landing page's title comes from its render rather than the index.
      retitled ||= next.data.title !== current.data.title;
      this.#routes.set(next.data.route, next);
      changed.set(next.data.route, next);
      update.rendered.push(path);
      messages.push(...own.data.messages);
      if (early && this.#isOpen(path, early) && next.data.title === current.data.title) early.show(next);
    }
    update.rendered.sort();
    if (retitled) this.#updateFolderTrees(update, true);
    update.routes = [...changed.values()];
    update.messages = uniqueMessages(messages);
    return update;
  }

  /** Whether the served route of `path` is open in a browser. */
  #isOpen(path: string, early: EarlyShow): boolean {
    const route = this.#site.files.get(path)?.route;
    return !!route && early.isOpen(route);
  }

  /**
   * Scans the index again and rebuilds the route data from it, rendering only the pages the
   * differences and the `saved` files reach (`pagesAffected`) plus those `batch` names; every
   * other page keeps its last render, which read nothing that changed.
   */
  async #rescan(batch: ReloadBatch, saved: readonly string[], update: LiveUpdate): Promise<LiveUpdate> {
    const before = this.#site;
    const fresh = loadSite(before.root);
    const changes = indexChanges(before, fresh);
    // A saved file whose index entry did not change still has new text.
    for (const path of saved) if (!changes.some((change) => change.path === path)) changes.push({ path, before: before.files.get(path), after: fresh.files.get(path) });
    const kindOf = (path: string) => fresh.files.get(path)?.kind ?? before.files.get(path)?.kind;
    const unresolved = new Set([...this.#bodies].filter(([, body]) => body.messages.some((m) => UNRESOLVED_RULES.has(m.ruleId))).map(([path]) => path));
    const context = { deps: this.#pageDeps, links: this.#linkDeps, unresolved, mentions: this.#mentionFinder(fresh), kindOf };
    const render = new Set([...pagesAffected(changes, context), ...batch.pages]);

    this.#site = fresh;
    this.#pageMessages = overridePageMessages(fresh);
    this.#render = await this.#createRenderer(fresh);
    this.#tocDeps = undefined; // nesting follows file existence: learnt again on the next toc save
    const model = await buildSiteModel(fresh, {
      renderMarkdown: (file, text) => {
        const last = this.#bodies.get(file.path);
        if (last && !render.has(file.path)) return Promise.resolve(last);
        update.rendered.push(file.path);
        return this.#recordRender(file, text, this.#render);
      },
      loadToc: (_site, path) => this.#recordToc(path),
    });
    for (const path of [...this.#bodies.keys()]) {
      if (fresh.files.get(path)?.kind === 'page') continue;
      this.#bodies.delete(path);
      this.#pageDeps.forget(path);
      this.#linkDeps.forget(path);
    }

    const routes = new Map(model.routes.map((route) => [route.data.route, route]));
    const navigation = new Map(model.navigation.map((tree) => [tree.file, tree]));
    update.routes = model.routes.filter((route) => !sameRoute(this.#routes.get(route.data.route), route));
    update.removedRoutes = [...this.#routes.keys()].filter((route) => !routes.has(route));
    update.navigation = model.navigation.filter((tree) => JSON.stringify(this.#navigation.get(tree.file)) !== JSON.stringify(tree));
    update.removedNavigation = [...this.#navigation.keys()].filter((id) => !navigation.has(id));
    update.tocs = model.navigation.filter((tree) => !tree.file.startsWith('folder:')).map((tree) => tree.file);
    update.rendered.sort();
    const rendered = new Set(update.rendered);
    update.messages = uniqueMessages(model.routes.filter((route) => rendered.has(route.data.file)).flatMap((route) => route.data.messages));
    update.rescanned = batch.site;
    this.#routes = routes;
    this.#navigation = navigation;
    return update;
  }

  /**
   * Markdown files of `site` whose text contains a name (as written or percent-encoded);
   * reads the texts once, on first use — only untraced includes and rescans need it.
   */
  #mentionFinder(site: DocfxSite): MentionFinder {
    let texts: [string, string][] | undefined;
    return (name) => {
      texts ??= [...site.files.values()].filter((file) => file.kind === 'page' || file.kind === 'include').map((file) => [file.path, readRootText(site, file.path) ?? '']);
      const forms = [...new Set([name, encodeURI(name)])];
      return texts.filter(([, text]) => forms.some((form) => text.includes(form))).map(([file]) => file);
    };
  }

  /** Paths as files: a folder the index has files under stands for those files. */
  #expandFolders(paths: readonly string[]): string[] {
    const files = new Set<string>();
    for (const path of paths) {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const inside = this.#site.files.has(path) ? [] : [...this.#site.files.keys()].filter((file) => file.startsWith(prefix));
      for (const file of inside.length > 0 ? inside : [path]) files.add(file);
    }
    return [...files].sort();
  }

  /**
   * Reloads `tocs` and every tree nesting them, then re-chooses the sidebar of each page
   * those trees now list or that showed one of them.
   */
  #reloadTocs(tocs: readonly string[], changed: Map<string, BuiltRoute>, update: LiveUpdate, messages: SiteMessage[]): void {
    if (tocs.length === 0) return;
    const reload = new Set(tocs.flatMap((toc) => [toc, ...(this.#tocDeps?.pagesReading(toc) ?? [])]));
    const affected = new Set<string>();
    for (const path of [...reload].sort()) {
      const toc = this.#recordToc(path);
      const tree: NavigationData = { file: path, items: toc.items };
      this.#navigation.set(path, tree);
      update.navigation.push(tree);
      update.tocs.push(path);
      messages.push(...toc.messages);
      routesIn(tree.items, affected);
    }
    // A page that left a tree showed that tree (a tree listing it would have won over the
    // ancestor-folder fallback), so the pages showing a reloaded tree cover the rest.
    for (const route of this.#routes.values()) if (route.data.sidebar && reload.has(route.data.sidebar)) affected.add(route.data.route);

    const trees: TocTree[] = [...this.#navigation.values()].filter((tree) => !tree.file.startsWith('folder:'));
    for (const route of affected) {
      const current = this.#routes.get(route);
      const file = current ? this.#site.files.get(current.data.file) : undefined;
      if (!current || !file || file.route !== route || (current.data.kind !== 'page' && current.data.kind !== 'landing')) continue;
      const sidebar = sidebarFor(file, trees);
      if (sidebar === current.data.sidebar) continue;
      const next: BuiltRoute = { html: current.html, data: { ...current.data, sidebar } };
      this.#routes.set(route, next);
      changed.set(route, next);
    }
    this.#updateFolderTrees(update);
  }

  /**
   * Builds the folder sidebars routes now use (all of them with `rebuildAll`, when a page
   * title they show changed; else only new ones) and drops those none uses.
   */
  #updateFolderTrees(update: LiveUpdate, rebuildAll = false): void {
    const routes = [...this.#routes.values()];
    const used = new Set(routes.map((route) => route.data.sidebar).filter((id): id is string => !!id?.startsWith('folder:')));
    for (const id of [...this.#navigation.keys()]) {
      if (!id.startsWith('folder:') || used.has(id)) continue;
      this.#navigation.delete(id);
      update.removedNavigation.push(id);
    }
    const build = rebuildAll ? used : new Set([...used].filter((id) => !this.#navigation.has(id)));
    for (const tree of folderNavigation(routes, build)) {
      if (JSON.stringify(this.#navigation.get(tree.file)) === JSON.stringify(tree)) continue;
      this.#navigation.set(tree.file, tree);
      update.navigation.push(tree);
    }
  }
}
