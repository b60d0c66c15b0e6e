/**
 * What the loader decided for an incremental build, handed to the page template
 * (`[...slug].astro` generates only the routes it must) and to the integration (which keeps
 * the other pages and every unchanged file in the output folder, output-ledger.ts). The three run in one `astro build`
 * process but as separate module instances (the templates are bundled by Vite), so the plan
 * travels on `globalThis`, like dev-html.ts's map.
 */

import type { OutputFiles } from './output-ledger.ts';

/** The loader's decision for this build. */
export interface BuildPlan {
  /** The cache folder (build-cache.ts) and the version its state belongs to. */
  folder: string;
  version: string;
  /** Digest of everything each route's page shows (route-outputs.ts). */
  routeDigests: Map<string, string>;
  /** Routes whose page a previous build made from the same digest: left in the output folder, not generated. */
  reusedRoutes: Set<string>;
  /** The files the previous build left in the output folder (none: a cold build empties it). */
  outputs: OutputFiles | undefined;
}

const KEY = Symbol.for('signpost.build-plan');
type Holder = { [KEY]?: BuildPlan };

/** Publishes the plan of this build (undefined: a cold build without cache, or dev). */
export function publishBuildPlan(plan: BuildPlan | undefined): void {
  (globalThis as Holder)[KEY] = plan;
}

/** The plan of this build, if the loader made one. */
export function currentBuildPlan(): BuildPlan | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * The routes the page template must generate: all of them, less those the plan reuses.
 * Example: one page edited → `[{ data: { route: '/nl/a/' } }]` out of 2,000.
 */
export function routesToGenerate<T extends { data: { route: string } }>(routes: readonly T[]): T[] {
  const reused = currentBuildPlan()?.reusedRoutes;
  return reused?.size ? routes.filter((route) => !reused.has(route.data.route)) : [...routes];
}
