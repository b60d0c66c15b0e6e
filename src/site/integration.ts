/**
 * The portal's Astro integration: serves content-root assets in dev and sends saves under the
 * content root to the loader (content-watch.ts, dev-refresh.ts), and after a build copies the
 * assets, writes the Markdown twins and llms.txt the loader filed (twins/write-twins.ts) and
 * the Pagefind search index. The loader tells dev from build by itself (loader.ts,
 * `isDevServer`), so nothing passes between the two through `process.env`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assetMiddleware, copyAssets } from './assets.ts';
import { watchContent } from './content-watch.ts';
import { devRefresher, pageRequests, reloadOpenPages } from './dev-refresh.ts';
import { devSite, releaseSiteModel } from './dev-site.ts';
import { LOADER_NAME } from './loader.ts';
import { buildSearchIndex } from './search-index.ts';
import { heapGuard } from './heap-guard.ts';
import type { SiteSettings } from './build-settings.ts';
import { finishShard } from './shards/finish-shard.ts';
import { shardLabel } from './shards/shard-spec.ts';
import { writeTwins } from './twins/write-twins.ts';
import { currentBuildPlan } from './incremental/build-plan.ts';
import { recordPages, routePath } from './incremental/route-outputs.ts';
import { emptyOutDir, OutputLedger } from './incremental/output-ledger.ts';

/**
 * Creates the integration for `settings`.
 * Example: `integrations: [signpost(readSettings(process.env, root))]`.
 */
export function signpost(settings: SiteSettings): AstroIntegration {
  let refresher: ReturnType<typeof devRefresher> | undefined;
  /** The output folder's ledger of an incremental build (set when the build starts). */
  let ledger: OutputLedger | undefined;
  /** Astro's output folder as resolved (a `--outDir` flag overrides SIGNPOST_OUT); the loader reads the same. */
  let outDir = settings.outDir;
  return {
    name: 'signpost',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = resolve(fileURLToPath(config.outDir));
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        server.middlewares.use(assetMiddleware(settings.contentRoot, settings.base));
        if (!refreshContent) return;
        // A live update changes the in-memory model (dev-site.ts) and reloads the open pages at
        // once, rendering the pages browsers asked for last first.
        devSite().reloadOpenPages = () => reloadOpenPages(server);
        server.middlewares.use(pageRequests(settings.base));
        refresher = devRefresher(refreshContent, LOADER_NAME);
        watchContent(server.watcher, settings.contentRoot, refresher.saved, (error) => logger.error(`reload failed: ${error.message}`));
      },
      'astro:server:start': async () => {
        await refresher?.settle();
      },
      'astro:build:start': () => {
        // Astro leaves `dist` alone (`vite.build.emptyOutDir: false`): an incremental build keeps
        // the files the previous one left that it would write the same; any other build empties it.
        const plan = currentBuildPlan();
        ledger = plan ? OutputLedger.prepare(outDir, plan.outputs, plan.folder) : undefined;
        if (!plan) emptyOutDir(outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        // Every page is generated: the rest of the build needs no page's HTML.
        releaseSiteModel();
        const heap = heapGuard(); // collects only past its floor: small sites pay nothing
        heap.check();
        if (settings.shard) {
          // A slice of the site: `signpost merge` joins the shards and indexes the whole site.
          const done = await finishShard(settings, settings.shard, outDir, { origin: settings.origin, base: settings.base });
          logger.info(`shard ${shardLabel(settings.shard)}: ${done.routes} of ${done.siteRoutes} routes, ${done.twins} Markdown twins, ${done.assets} content assets in ${Math.round(performance.now() - started)} ms; join the shards with \`signpost merge\``);
          return;
        }
        const plan = currentBuildPlan();
        if (plan && ledger) {
          const pages = recordPages(ledger, plan);
          logger.info(`kept ${pages.reused} unchanged pages of the previous build, generated ${pages.generated}`);
        }
        const copied = await copyAssets(settings.contentRoot, outDir, ledger);
        logger.info(`copied ${copied} content assets${ledger ? ` (${ledger.claimed.size} output files kept or written so far)` : ''}`);
        if (settings.twins !== false) {
          // Captured during each page's own render and filed by the loader: nothing is parsed here.
          const twinsStarted = performance.now();
          const written = await writeTwins(outDir, { ledger });
          logger.info(`wrote ${written.twins} Markdown twins and llms.txt for ${written.languages} languages in ${Math.round(performance.now() - twinsStarted)} ms`);
        }
        heap.check(); // the twins are written and let go
        const searchStarted = performance.now();
        const reusedPages = new Set(plan ? [...plan.reusedRoutes].map(routePath) : []);
        const reuse = plan && ledger ? { folder: plan.folder, version: plan.version, ledger, unchangedPage: (path: string) => reusedPages.has(path) } : undefined;
        const search = await buildSearchIndex(outDir, reuse);
        const sizes = Object.entries(search.bytesByLanguage).map(([lang, bytes]) => `${lang} ${Math.round(bytes / 1024)} KB`);
        const kept = search.reusedLanguages?.length ? `; kept the index of ${search.reusedLanguages.join(', ')}` : '';
        logger.info(`search index: ${search.pages} pages (${sizes.join(', ')}) in ${Math.round(performance.now() - searchStarted)} ms${kept}; after the build ${Math.round(performance.now() - started)} ms`);
        if (plan && ledger) ledger.finish(plan.folder, plan.version);
        ledger = undefined;
      },
    },
  };
}
