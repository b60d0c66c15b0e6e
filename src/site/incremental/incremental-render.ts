/**
 * The loader's side of an incremental production build. Before rendering: the build version,
 * the digests of the content files and the previous build's render state decide which page
 * renders can be reused (render-reuse.ts). After the model is built: the new render state is
 * saved, each route's page digest computed, the routes whose page can be copied from the
 * cache chosen (route-outputs.ts), and the plan published for the template and integration.
 */
import { createHash, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadToc, renderLanding, type DocfxSite } from '../../../plugins/remark-docfx/index.ts';
import type { LiveBody, TocLoader } from '../live-site.ts';
import type { SiteModel } from '../site-model.ts';
import { CACHE_FOLDER, dropState, readMapState, readState, writeMapState, writeState } from './build-cache.ts';
import { publishBuildPlan } from './build-plan.ts';
import { buildVersion } from './build-version.ts';
import { FileMemory, type KnownFile } from './file-memory.ts';
import { fileDigests, indexState, planReuse, type RenderState, type StampedBody } from './render-reuse.ts';
import { readOutputFiles } from './output-ledger.ts';
import { reusableRoutes, routeDigests } from './route-outputs.ts';

const STATE = 'render';
const FILES_STATE = 'files';
const NAVIGATION_STATE = 'navigation';

/** The toc trees and landing renders of a build, each with what it was made from. */
interface NavigationState {
  trees: Map<string, { key: string; tree: ReturnType<TocLoader> }>;
  landings: Map<string, { key: string; landing: ReturnType<typeof renderLanding> }>;
}

/**
 * What toc hrefs and landing links resolve against (block-toc-target.ts, resolve-target.ts):
 * every file's path, kind and route.
 */
function siteShape(site: DocfxSite): string {
  const hash = createHash('sha1');
  for (const file of [...site.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${file.path}\0${file.kind}\0${file.route ?? ''}\n`);
  return hash.digest('hex');
}

/** What a toc tree is made from: the site's shape and the bytes of every toc file (a tree nests others). */
function tocKey(site: DocfxSite, shape: string, digests: Map<string, string>): string {
  const tocs = [...site.files.values()].filter((file) => file.kind === 'toc').map((file) => `${file.path}\0${digests.get(file.path)}`).sort();
  return createHash('sha1').update(shape).update(tocs.join('\n')).digest('hex');
}

/** One build's reuse of the previous build's renders. */
export interface IncrementalRender {
  /** The previous render of a page none of whose inputs changed, or undefined: render it. */
  reused(path: string): LiveBody | undefined;
  /**
   * `loadToc` that gives the previous build's tree of a toc.yml while no toc file changed and no
   * file was added, removed or moved to another route (what resolving its hrefs looks at).
   */
  loadToc: TocLoader;
  /** `renderLanding` that gives the previous build's render of a landing file nothing it resolves against changed for. */
  renderLanding: typeof renderLanding;
  /** Records the body a page got (reused or rendered), for the next build. */
  record(path: string, body: LiveBody): void;
  /** Saves the state, publishes the plan (build-plan.ts) and returns what was reused, for the log. */
  finish(model: SiteModel): string;
}

/** An incremental build before the scan: the version, and the memory of the content files. */
export interface IncrementalStart {
  /** Pass to `loadSite` (its `indexFile` option): unchanged files are not read again. */
  indexFile: FileMemory['indexFile'];
  /** Plans the renders of the scanned `site` against the previous build. */
  plan(site: DocfxSite): IncrementalRender;
}

/**
 * Starts an incremental build of `contentRoot` into `outDir` with the cache under `cacheDir` (Astro's).
 * Example: `const start = startIncremental(cacheDir, projectRoot, outDir, root)`;
 * `const incremental = start.plan(loadSite(root, { indexFile: start.indexFile }))`; render the
 * pages `incremental.reused(path)` does not give; `incremental.finish(model)`.
 */
export function startIncremental(cacheDir: string, projectRoot: string, outDir: string, contentRoot: string): IncrementalStart {
  const folder = join(cacheDir, CACHE_FOLDER);
  rmSync(join(folder, 'pages'), { recursive: true, force: true }); // page copies of earlier versions: pages now stay in the output folder
  const version = buildVersion(projectRoot, resolve(contentRoot), process.env);
  const memory = new FileMemory(readMapState<{ files: Map<string, KnownFile> }>(folder, FILES_STATE, version)?.files);
  return { indexFile: memory.indexFile, plan: (site) => planBuild(folder, version, outDir, site, memory) };
}

function planBuild(folder: string, version: string, outDir: string, site: DocfxSite, memory: FileMemory): IncrementalRender {
  const digests = fileDigests(site, memory);
  const previous = readMapState<RenderState>(folder, STATE, version);
  const plan = previous ? planReuse(previous, site, digests) : undefined;
  const bodies = new Map<string, StampedBody>();
  let rendered = 0;
  const shape = siteShape(site);
  const tocsKey = tocKey(site, shape, digests);
  const before = readState<NavigationState>(folder, NAVIGATION_STATE, version);
  const navigation: NavigationState = { trees: new Map(), landings: new Map() };
  /** The previous build's value when made from `key`, else `make()`; kept for the next build. */
  const remember = <T>(kept: Map<string, { key: string } & T>, earlier: Map<string, { key: string } & T> | undefined, path: string, key: string, make: () => T): { key: string } & T => {
    const entry = earlier?.get(path)?.key === key ? earlier.get(path)! : { key, ...make() };
    kept.set(path, entry);
    return entry;
  };
  return {
    reused: (path) => plan?.reuse.get(path),
    loadToc: (scanned, path) => remember(navigation.trees, before?.trees, path, tocsKey, () => ({ tree: loadToc(scanned, path) })).tree,
    renderLanding: (scanned, path, text) =>
      remember(navigation.landings, before?.landings, path, createHash('sha1').update(shape).update(text).digest('hex'), () => ({ landing: renderLanding(scanned, path, text) })).landing,
    record(path, body) {
      const stamped = plan?.reuse.get(path) === body ? (body as StampedBody) : { ...body, stamp: randomUUID() };
      if (stamped !== body) rendered += 1;
      bodies.set(path, stamped);
    },
    finish(model) {
      let unsaved = '';
      try {
        writeMapState(folder, STATE, version, { ...indexState(site, digests), bodies } satisfies RenderState, 'bodies');
        writeMapState(folder, FILES_STATE, version, { files: memory.state }, 'files');
        writeState(folder, NAVIGATION_STATE, version, navigation);
      } catch (error) {
        // The next build is then cold; this one is as correct as ever.
        dropState(folder, STATE);
        dropState(folder, FILES_STATE);
        dropState(folder, NAVIGATION_STATE);
        unsaved = `; renders not cached (${(error as Error).message})`;
      }
      const digestsByRoute = routeDigests(model, version);
      const outputs = readOutputFiles(folder, version, outDir);
      const reusedRoutes = reusableRoutes(outDir, outputs, digestsByRoute);
      publishBuildPlan({ folder, version, routeDigests: digestsByRoute, reusedRoutes, outputs });
      const why = !previous ? 'no previous build of this version' : plan?.everything ?? `${plan?.changed.length ?? 0} files changed`;
      return `incremental build (${why}; ${memory.reread} files read again): rendered ${rendered} of ${bodies.size} pages, reusing ${reusedRoutes.size} of ${digestsByRoute.size} generated routes${unsaved}`;
    },
  };
}
