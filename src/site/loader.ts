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
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadSite, loadToc, type DocfxSite, type SiteFile } from '../../plugins/remark-docfx/index.ts';
import { devHtml, keepsHtmlInMemory, storedRoute } from './dev-html.ts';
import { REFRESH_KEYS } from './dev-refresh.ts';
import { LiveSite, toLiveBody, type LiveRenderer, type LiveUpdate } from './live-site.ts';
import { formatMessage } from './build-messages.ts';
import { createPageRenderer } from './renderer.ts';
import { shouldUseWorker, startRenderPool } from './render-pool.ts';
import type { SiteModel } from './site-model.ts';
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
  /** A sharded build's slice: only its pages are rendered (shards/shard-render.ts). */
  shard?: Shard;
}

/** Id prefix of sidebar trees in the collection; pages use their route (`/nl/a/`) as id. */
export const NAVIGATION_PREFIX = 'nav:';

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
  const key = JSON.stringify([options.contentRoot, options.base, options.docfx]);
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
          if (request && (update.removedRoutes.length > 0 || update.removedNavigation.length > 0)) request[REFRESH_KEYS.unsettled] = true;
          return;
        }
        context.logger.info(`rebuilding everything: ${update.full}`);
      }
      liveSites.delete(key);
      const built = await buildModel(context, options);
      fill(context, built.model);
      if (request) request[REFRESH_KEYS.unsettled] = true;
      // A build loads once; only the dev server comes back with saved files.
      if (!isDevServer(context)) return;
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
  try {
    update = await live.update(paths);
  } catch (error) {
    return { full: `the incremental reload failed (${(error as Error).message})`, rendered: [], tocs: [], routes: [], navigation: [], removedNavigation: [], removedRoutes: [], messages: [] };
  }
  if (update.full) return update;
  const dev = keepsHtmlInMemory(isDevServer(context));
  for (const { data, html } of update.routes) context.store.set(storedRoute(data.route, data, html, dev));
  for (const route of update.removedRoutes) {
    context.store.delete(route);
    devHtml().delete(route);
  }
  for (const tree of update.navigation) context.store.set({ id: NAVIGATION_PREFIX + tree.file, data: { ...tree } });
  for (const id of update.removedNavigation) context.store.delete(NAVIGATION_PREFIX + id);
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

function fill(context: LoaderContext, model: SiteModel): void {
  context.store.clear();
  devHtml().clear();
  const dev = keepsHtmlInMemory(isDevServer(context));
  for (const { data, html } of model.routes) context.store.set(storedRoute(data.route, data, html, dev));
  for (const tree of model.navigation) context.store.set({ id: NAVIGATION_PREFIX + tree.file, data: { ...tree } });
}

async function buildModel(context: LoaderContext, options: DocfxLoaderOptions): Promise<{ live: LiveSite; model: SiteModel }> {
  const started = performance.now();
  const site = loadSite(options.contentRoot);
  // Renders with a copy of the metadata: the renderer writes the files a page read and links to into it.
  const createRenderer = async (scanned: DocfxSite) => {
    const render = await createPageRenderer(context.config, scanned);
    return async (file: SiteFile, text: string) =>
      toLiveBody(await render(text, pathToFileURL(`${scanned.root}${sep}${file.path.split('/').join(sep)}`), { ...file.meta }), file, scanned.root);
  };
  const inSlice = inShard(site, options.shard);
  // buildSiteModel renders pages in path order; the worker takes the tail of that order.
  const pages = [...site.byRoute.values()].filter((f) => f.kind === 'page' && f.lang && inSlice(f)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const pool = shouldUseWorker(pages.length)
    ? startRenderPool({ contentRoot: options.contentRoot, base: options.base, docfx: options.docfx, files: pages.map((f) => ({ path: f.path, meta: f.meta })) })
    : undefined;
  const withWorker = (renderHere: LiveRenderer): LiveRenderer => renderOnly(inSlice, async (file, text) => {
    const fromWorker = pool?.results.get(file.path);
    if (fromWorker) {
      try {
        return toLiveBody(await fromWorker, file, site.root);
      } catch (error) {
        context.logger.warn(`${(error as Error).message}; rendering it here`);
      }
    }
    return renderHere(file, text);
  });
  const built = await LiveSite.build(site, createRenderer, loadToc, withWorker).finally(() => pool?.close());
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
