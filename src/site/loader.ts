/**
 * The Astro content loader of the portal: scans the content root once (`loadSite`), renders
 * every page once through the unified processor configured in astro.config.mjs (so the DocFX
 * remark plugin runs exactly as Astro runs it), and stores routes and sidebar trees in two
 * collections. Prints every diagnostic once as `path:line:col ruleId message`; with
 * `SIGNPOST_STRICT=1` a build with diagnostics fails after printing them. In dev the
 * integration (integration.ts) watches the content root and asks for a reload with the saved
 * paths; the loader then re-renders only what depends on them (live-site.ts), so a save shows
 * in the browser within a second and a broken page never stops `astro dev`.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadSite, loadToc, type DocfxSite, type SiteFile } from '../../plugins/remark-docfx/index.ts';
import { devSite, keepsSiteInMemory } from './dev-site.ts';
import { REFRESH_KEYS } from './dev-refresh.ts';
import { LiveSite, toLiveBody, type EarlyShow, type LiveRenderer, type LiveUpdate } from './live-site.ts';
import { formatMessage } from './build-messages.ts';
import { createPageRenderer } from './renderer.ts';
import { heapGuard } from './heap-guard.ts';
import { shouldUseWorker, startRenderPool } from './render-pool.ts';
import type { SiteModel } from './site-model.ts';
import { incrementalEnabled } from './incremental/build-cache.ts';
import { publishBuildPlan } from './incremental/build-plan.ts';
import { startIncremental, type IncrementalRender } from './incremental/incremental-render.ts';
import { applyChanges, putModel, showEarly } from './site-store.ts';
import type { SiteAddress } from './twins/page-twin.ts';
import { fileTwins } from './twins/write-twins.ts';
import { inShard, renderOnly } from './shards/shard-render.ts';
import type { Shard } from './shards/shard-spec.ts';

/** Options of `docfxLoader`. */
export interface DocfxLoaderOptions {
  /** Absolute content root. */
  contentRoot: string;
  /** Fail `astro build` when there are diagnostics. */
  strict: boolean;
  /** Base path, for the render worker's processor (see markdown-options.ts). */
  base: string;
  /** false only for the bench baseline (SIGNPOST_DOCFX=off). */
  docfx: boolean;
  /**
   * Where the site is served, for the Markdown twins and llms.txt a build captures and files for
   * the integration (twins/write-twins.ts); undefined = none (`SIGNPOST_LLMS=off`). The dev server never captures them.
   */
  twins?: SiteAddress;
  /** A sharded build's slice: only its pages are rendered (shards/shard-render.ts). */
  shard?: Shard;
}

/** The loader's name, which `refreshContent({ loaders })` selects it by. */
export const LOADER_NAME = 'signpost-docfx';

/**
 * The live model per content root and settings. Module state, not loader state: Astro
 * re-evaluates content.config.ts — and so creates a new loader object — whenever a `.md` or
 * `.yml` file changes, while this module stays loaded.
 */
const liveSites = new Map<string, LiveSite>();

/**
 * The loader of the `site` collection: one entry per served route (id = route, data =
 * `PageData`, rendered HTML) and one per sidebar tree (id = `nav:<toc file>`, data =
 * `NavigationData`). One collection, so one scan serves both. A load whose refresh context
 * names saved files updates the previous load's model in place; any other load builds it all.
 * Example: `defineCollection({ loader: docfxLoader({ contentRoot, strict: false }) })`.
 */
export function docfxLoader(options: DocfxLoaderOptions): Loader {
  const key = JSON.stringify([options.contentRoot, options.base, options.docfx, options.twins]);
  return {
    name: LOADER_NAME,
    async load(context) {
      const request = context.refreshContextData;
      if (request) request[REFRESH_KEYS.taken] = true;
      if (request?.[REFRESH_KEYS.settle]) return;
      const changed = changedPaths(request);
      const live = liveSites.get(key);
      if (live && changed) {
        const update = await reloadChanged(context, live, changed);
        if (!update.full) {
          // Store deletions rewrite Astro's import map (dev-refresh.ts); the in-memory model deletes none.
          const deleted = update.removedRoutes.length > 0 || update.removedNavigation.length > 0;
          if (request && deleted && !keepsSiteInMemory(isDevServer(context))) request[REFRESH_KEYS.unsettled] = true;
          return;
        }
        context.logger.info(`rebuilding everything: ${update.full}`);
      }
      liveSites.delete(key);
      const built = await buildModel(context, options);
      putModel(context.store, built.model, keepsSiteInMemory(isDevServer(context)));
      if (request) request[REFRESH_KEYS.unsettled] = true;
      // A build loads once; only the dev server comes back with saved files.
      if (!isDevServer(context)) {
        if (options.twins) {
          const trees = new Map(built.model.navigation.map((tree) => [tree.file, tree.items]));
          fileTwins(built.live.site, built.model.routes, options.twins, (toc) => trees.get(toc) ?? []);
        }
        return;
      }
      built.live.prepareForUpdates();
      liveSites.set(key, built.live);
    },
  };
}

/**
 * Whether the loader runs in `astro dev`: only the dev server hands loaders a file watcher
 * (astro/dist/core/dev/dev.js); a build loads once without one. Read from the context, so no
 * setting has to travel from the integration to the loader.
 */
const isDevServer = (context: LoaderContext) => context.watcher !== undefined;

/** The saved paths a refresh carries, or undefined for a plain (full) load. */
function changedPaths(data: Record<string, unknown> | undefined): string[] | undefined {
  const paths = data?.[REFRESH_KEYS.changed];
  return Array.isArray(paths) && paths.length > 0 ? paths.filter((path): path is string => typeof path === 'string') : undefined;
}

/**
 * Applies saved `paths` to the live model and the store. Returns the update; when it asks for
 * a full rebuild (or the incremental update failed), nothing was changed.
 */
async function reloadChanged(context: LoaderContext, live: LiveSite, paths: string[]): Promise<LiveUpdate> {
  const started = performance.now();
  let update: LiveUpdate;
  const inMemory = keepsSiteInMemory(isDevServer(context));
  // In dev, a page open in a browser is shown as soon as it is rendered (live-site.ts `EarlyShow`).
  const shown = new Set<string>();
  const open = new Set(devSite().openRoutes);
  const early: EarlyShow | undefined = inMemory && devSite().reloadOpenPages ? { isOpen: (route) => open.has(route), show: (route) => (shown.add(route.data.route), showEarly(route)) } : undefined;
  try {
    update = await live.update(paths, early);
  } catch (error) {
    return { full: `the incremental reload failed (${(error as Error).message})`, rendered: [], tocs: [], routes: [], navigation: [], removedNavigation: [], removedRoutes: [], messages: [] };
  }
  if (update.full) return update;
  applyChanges(context.store, update, inMemory, shown);
  for (const message of update.messages) process.stderr.write(`${formatMessage(message)}\n`);
  context.logger.info(describeUpdate(paths, update, performance.now() - started));
  return update;
}

/**
 * What a save redid, e.g. `nl/x.md saved: re-rendered 2 pages (nl/a.md, nl/b.md); 2 routes
 * changed in 41 ms`, or `nl/new.md saved: scanned the site again (nl/new.md was added), …`.
 */
export function describeUpdate(paths: readonly string[], update: LiveUpdate, ms: number): string {
  const list = (items: readonly string[]) => (items.length > 10 ? `${items.slice(0, 10).join(', ')} and ${items.length - 10} more` : items.join(', '));
  const rescanned = update.rescanned ? `scanned the site again (${update.rescanned}), ` : '';
  const pages = `re-rendered ${update.rendered.length} page${update.rendered.length === 1 ? '' : 's'}${update.rendered.length ? ` (${list(update.rendered)})` : ''}`;
  const tocs = update.tocs.length && !update.rescanned ? `, reloaded ${update.tocs.length} toc${update.tocs.length === 1 ? '' : 's'} (${list(update.tocs)})` : '';
  const removed = update.removedRoutes.length ? `, ${update.removedRoutes.length} removed` : '';
  return `${list(paths)} saved: ${rescanned}${pages}${tocs}; ${update.routes.length} routes changed${removed} in ${Math.round(ms)} ms`;
}

async function buildModel(context: LoaderContext, options: DocfxLoaderOptions): Promise<{ live: LiveSite; model: SiteModel }> {
  const started = performance.now();
  // A production build reuses what the previous one read and rendered that no change reaches (incremental/).
  publishBuildPlan(undefined);
  const start = !isDevServer(context) && incrementalEnabled() ? startIncremental(fileURLToPath(context.config.cacheDir), fileURLToPath(context.config.root), resolve(fileURLToPath(context.config.outDir)), options.contentRoot) : undefined;
  const site = loadSite(options.contentRoot, { indexFile: start?.indexFile });
  // A build with twins captures each page's twin in the page's own render (twins/capture-twin.ts).
  const twins = isDevServer(context) ? undefined : options.twins;
  // Renders with a copy of the metadata, which Astro's renderer hands to the plugins as front matter.
  const createRenderer = async (scanned: DocfxSite) => {
    const render = await createPageRenderer(context.config, scanned, { twins });
    return async (file: SiteFile, text: string) =>
      toLiveBody(await render(text, pathToFileURL(`${scanned.root}${sep}${file.path.split('/').join(sep)}`), { ...file.meta }), file, scanned.root);
  };
  const incremental: IncrementalRender | undefined = start?.plan(site);
  const inSlice = inShard(site, options.shard);
  // buildSiteModel renders pages in path order; the worker takes the tail of that order.
  const pages = [...site.byRoute.values()].filter((f) => f.kind === 'page' && f.lang && inSlice(f) && !incremental?.reused(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const pool = shouldUseWorker(pages.length)
    ? startRenderPool({ contentRoot: options.contentRoot, base: options.base, docfx: options.docfx, twins, files: pages.map((f) => ({ path: f.path, meta: f.meta })), siteFiles: site.files.size })
    : undefined;
  const heap = heapGuard();
  const withWorker = (renderHere: LiveRenderer): LiveRenderer => renderOnly(inSlice, async (file, text) => {
    const body = incremental?.reused(file.path) ?? (await renderFresh(renderHere, file, text));
    incremental?.record(file.path, body);
    heap.check();
    return body;
  });
  // A worker that stops fails all its remaining pages at once: one line, not one per page.
  let renderedInsteadOfWorker = 0;
  const renderFresh = async (renderHere: LiveRenderer, file: SiteFile, text: string) => {
    const fromWorker = pool?.results.get(file.path);
    if (fromWorker) {
      try {
        return toLiveBody(await fromWorker, file, site.root);
      } catch (error) {
        if (renderedInsteadOfWorker++ === 0) context.logger.warn(`${(error as Error).message}; rendering it here, and any other page the worker does not deliver`);
      }
    }
    return renderHere(file, text);
  };
  // An incremental build gives reused renders without reading the page, and landing pages and toc trees nothing changed for.
  const remembered = incremental ? { knowsRender: (file: SiteFile) => incremental.reused(file.path) !== undefined, renderLanding: incremental.renderLanding } : {};
  const built = await LiveSite.build(site, createRenderer, incremental?.loadToc ?? loadToc, withWorker, remembered).finally(() => pool?.close());
  if (renderedInsteadOfWorker > 1) context.logger.warn(`${renderedInsteadOfWorker} pages of the render worker's share were rendered by the loader instead`);
  if (incremental) context.logger.info(incremental.finish(built.model));
  report(context, built.model, options, performance.now() - started);
  return built;
}

function report(context: LoaderContext, model: SiteModel, options: DocfxLoaderOptions, ms: number): void {
  for (const message of model.messages) process.stderr.write(`${formatMessage(message)}\n`);
  const pages = model.routes.filter((r) => r.data.kind === 'page').length;
  context.logger.info(`${model.routes.length} routes (${pages} pages) from ${options.contentRoot} in ${Math.round(ms)} ms; ${model.messages.length} diagnostics`);
  if (options.strict && model.messages.length && !isDevServer(context)) {
    throw new Error(`signpost: ${model.messages.length} diagnostics and SIGNPOST_STRICT=1 — fix them or unset SIGNPOST_STRICT`);
  }
}
