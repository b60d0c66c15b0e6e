/**
 * The loader's side of an incremental production build. Before rendering: the build version,
 * the digests of the content files and the previous build's render state decide which page
 * renders can be reused (render-reuse.ts). After the model is built: the new render state is
 * saved, each route's page digest computed, the routes whose page can be copied from the
 * cache chosen (route-outputs.ts), and the plan published for the template and integration.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DocfxSite } from '../../../plugins/remark-docfx/index.ts';
import type { LiveBody } from '../live-site.ts';
import type { SiteModel } from '../site-model.ts';
import { CACHE_FOLDER, dropState, readMapState, writeMapState } from './build-cache.ts';
import { publishBuildPlan } from './build-plan.ts';
import { buildVersion } from './build-version.ts';
import { fileDigests, indexState, planReuse, type RenderState, type StampedBody } from './render-reuse.ts';
import { reusableRoutes, routeDigests } from './route-outputs.ts';

const STATE = 'render';

/** One build's reuse of the previous build's renders. */
export interface IncrementalRender {
  /** The previous render of a page none of whose inputs changed, or undefined: render it. */
  reused(path: string): LiveBody | undefined;
  /** Records the body a page got (reused or rendered), for the next build. */
  record(path: string, body: LiveBody): void;
  /** Saves the state, publishes the plan (build-plan.ts) and returns what was reused, for the log. */
  finish(model: SiteModel): string;
}

/**
 * Starts an incremental build of `site` with the cache under `cacheDir` (Astro's).
 * Example: `const incremental = startIncremental(cacheDir, projectRoot, site)`; render the
 * pages `incremental.reused(path)` does not give; `incremental.finish(model)`.
 */
export function startIncremental(cacheDir: string, projectRoot: string, site: DocfxSite): IncrementalRender {
  const folder = join(cacheDir, CACHE_FOLDER);
  const version = buildVersion(projectRoot, site.root, process.env);
  const digests = fileDigests(site);
  const previous = readMapState<RenderState>(folder, STATE, version);
  const plan = previous ? planReuse(previous, site, digests) : undefined;
  const bodies = new Map<string, StampedBody>();
  let rendered = 0;
  return {
    reused: (path) => plan?.reuse.get(path),
    record(path, body) {
      const stamped = plan?.reuse.get(path) === body ? (body as StampedBody) : { ...body, stamp: randomUUID() };
      if (stamped !== body) rendered += 1;
      bodies.set(path, stamped);
    },
    finish(model) {
      let unsaved = '';
      try {
        writeMapState(folder, STATE, version, { ...indexState(site, digests), bodies } satisfies RenderState, 'bodies');
      } catch (error) {
        // The next build is then cold; this one is as correct as ever.
        dropState(folder, STATE);
        unsaved = `; renders not cached (${(error as Error).message})`;
      }
      const digestsByRoute = routeDigests(model, version);
      const reusedRoutes = reusableRoutes(folder, version, digestsByRoute);
      publishBuildPlan({ folder, version, routeDigests: digestsByRoute, reusedRoutes });
      const why = !previous ? 'no previous build of this version' : plan?.everything ?? `${plan?.changed.length ?? 0} files changed`;
      return `incremental build (${why}): rendered ${rendered} of ${bodies.size} pages, reusing ${reusedRoutes.size} of ${digestsByRoute.size} generated routes${unsaved}`;
    },
  };
}
