/**
 * The portal's Astro integration: serves content-root assets in dev and sends saves under the
 * content root to the loader (content-watch.ts, dev-refresh.ts), and after a build copies the
 * assets and writes the Pagefind search index. The loader tells dev from build by itself
 * (loader.ts, `isDevServer`), so nothing passes between the two through `process.env`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assetMiddleware, copyAssets } from './assets.ts';
import { watchContent } from './content-watch.ts';
import { devRefresher } from './dev-refresh.ts';
import { LOADER_NAME } from './loader.ts';
import { buildSearchIndex } from './search-index.ts';
import type { SiteSettings } from './build-settings.ts';
import { finishShard } from './shards/finish-shard.ts';
import { shardLabel } from './shards/shard-spec.ts';
import { writeTwins } from './twins/write-twins.ts';

/**
 * Creates the integration for `settings`.
 * Example: `integrations: [signpost(readSettings(process.env, root))]`.
 */
export function signpost(settings: SiteSettings): AstroIntegration {
  let refresher: ReturnType<typeof devRefresher> | undefined;
  let origin = 'http://localhost:4321';
  return {
    name: 'signpost',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // Absolute URLs in llms.txt and the Markdown twins use the configured site origin.
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        server.middlewares.use(assetMiddleware(settings.contentRoot, settings.base));
        if (!refreshContent) return;
        refresher = devRefresher(refreshContent, LOADER_NAME);
        watchContent(server.watcher, settings.contentRoot, refresher.saved, (error) => logger.error(`reload failed: ${error.message}`));
      },
      'astro:server:start': async () => {
        await refresher?.settle();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        if (settings.shard) {
          // A slice of the site: `signpost merge` joins the shards and indexes the whole site.
          const done = finishShard(settings, settings.shard, outDir, { origin, base: settings.base });
          logger.info(`shard ${shardLabel(settings.shard)}: ${done.routes} of ${done.siteRoutes} routes, ${done.twins} Markdown twins, ${done.assets} content assets in ${Math.round(performance.now() - started)} ms; join the shards with \`signpost merge\``);
          return;
        }
        const copied = copyAssets(settings.contentRoot, outDir);
        logger.info(`copied ${copied} content assets`);
        if (settings.twins !== false) {
          const twinsStarted = performance.now();
          const written = writeTwins(settings.contentRoot, outDir, { origin, base: settings.base });
          logger.info(`wrote ${written.twins} Markdown twins and llms.txt for ${written.languages} languages in ${Math.round(performance.now() - twinsStarted)} ms`);
        }
        const search = await buildSearchIndex(outDir);
        const sizes = Object.entries(search.bytesByLanguage).map(([lang, bytes]) => `${lang} ${Math.round(bytes / 1024)} KB`);
        logger.info(`search index: ${search.pages} pages (${sizes.join(', ')}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
