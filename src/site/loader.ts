/**
 * The Astro content loader of the portal: scans the content root once (`loadSite`), renders
 * every page once through the unified processor configured in astro.config.mjs (so the DocFX
 * remark plugin runs exactly as Astro runs it), and stores routes and sidebar trees in two
 * collections. Prints every diagnostic once as `path:line:col ruleId message`; with
 * `SIGNPOST_STRICT=1` a build with diagnostics fails after printing them. In dev it watches
 * the content root and reloads on change, so a broken page never stops `astro dev`.
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { loadToc } from '../../plugins/remark-docfx/lib/toc.ts';
import { MESSAGES_KEY, formatMessage, toSiteMessage } from './messages.ts';
import { buildSiteModel, type RenderedBody, type SiteModel } from './site-model.ts';
import { createPageRenderer } from './renderer.ts';
import { shouldUseWorker, startRenderPool } from './render-pool.ts';
import type { SiteFile } from '../../plugins/remark-docfx/lib/contracts.ts';

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
}

/** Environment flag set by the integration: which astro command runs (`build`, `dev` …). */
export const COMMAND_ENV = 'SIGNPOST_ASTRO_COMMAND';

/** Id prefix of sidebar trees in the collection; pages use their route (`/nl/a/`) as id. */
export const NAVIGATION_PREFIX = 'nav:';

/**
 * The loader of the `site` collection: one entry per served route (id = route, data =
 * `PageData`, rendered HTML) and one per sidebar tree (id = `nav:<toc file>`, data =
 * `NavigationData`). One collection, so one scan serves both.
 * Example: `defineCollection({ loader: docfxLoader({ contentRoot, strict: false }) })`.
 */
export function docfxLoader(options: DocfxLoaderOptions): Loader {
  return {
    name: 'signpost-docfx',
    async load(context) {
      fill(context, await buildModel(context, options));
      watch(context, options);
    },
  };
}

function fill(context: LoaderContext, model: SiteModel): void {
  context.store.clear();
  for (const { data, html } of model.routes) {
    context.store.set({ id: data.route, data: { ...data }, rendered: { html, metadata: {} } });
  }
  for (const tree of model.navigation) context.store.set({ id: NAVIGATION_PREFIX + tree.file, data: { ...tree } });
}

async function buildModel(context: LoaderContext, options: DocfxLoaderOptions): Promise<SiteModel> {
  const started = performance.now();
  const site = loadSite(options.contentRoot);
  const render = await createPageRenderer(context.config, site);
  // buildSiteModel renders pages in path order; the worker takes the tail of that order.
  const pages = [...site.byRoute.values()].filter((f) => f.kind === 'page' && f.lang).sort((a, b) => (a.path < b.path ? -1 : 1));
  const pool = shouldUseWorker(pages.length)
    ? startRenderPool({ contentRoot: options.contentRoot, base: options.base, docfx: options.docfx, files: pages.map((f) => ({ path: f.path, meta: f.meta })) })
    : undefined;
  const renderOne = async (file: SiteFile, text: string) => {
    const fromWorker = pool?.results.get(file.path);
    if (fromWorker) {
      try {
        return await fromWorker;
      } catch (error) {
        context.logger.warn(`${(error as Error).message}; rendering it here`);
      }
    }
    return render(text, pathToFileURL(`${site.root}${sep}${file.path.split('/').join(sep)}`), file.meta);
  };
  const model = await buildSiteModel(site, {
    async renderMarkdown(file, text): Promise<RenderedBody> {
      const result = await renderOne(file, text);
      const raw = (result.metadata.frontmatter?.[MESSAGES_KEY] ?? []) as Parameters<typeof toSiteMessage>[0][];
      const messages = raw.map((m) => toSiteMessage({ ...m, file: m.file ?? undefined }, file.path));
      for (const m of messages) if (m.file.includes(sep) && m.file.startsWith(site.root)) m.file = relative(site.root, m.file).split(sep).join('/');
      return { html: result.code, headings: result.metadata.headings, messages };
    },
    loadToc,
  }).finally(() => pool?.close());
  report(context, model, options, performance.now() - started);
  return model;
}

function report(context: LoaderContext, model: SiteModel, options: DocfxLoaderOptions, ms: number): void {
  for (const message of model.messages) process.stderr.write(`${formatMessage(message)}\n`);
  const pages = model.routes.filter((r) => r.data.kind === 'page').length;
  context.logger.info(`${model.routes.length} routes (${pages} pages) from ${options.contentRoot} in ${Math.round(ms)} ms; ${model.messages.length} diagnostics`);
  if (options.strict && model.messages.length && process.env[COMMAND_ENV] === 'build') {
    throw new Error(`signpost: ${model.messages.length} diagnostics and SIGNPOST_STRICT=1 — fix them or unset SIGNPOST_STRICT`);
  }
}

let watching = false;
/**
 * In dev, rebuild the model when a file under the content root changes (one scan; a broken
 * page is reported, never fatal). Changes are debounced so a save of many files reloads once.
 */
function watch(context: LoaderContext, options: DocfxLoaderOptions): void {
  const watcher = context.watcher;
  if (!watcher || watching) return;
  watching = true;
  watcher.add(options.contentRoot);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event: string, path: string) => {
    if (!path.startsWith(options.contentRoot)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      buildModel(context, { ...options, strict: false })
        .then((model) => fill(context, model))
        .catch((error: Error) => context.logger.error(`signpost: reload failed: ${error.message}`));
    }, 150);
  });
}
