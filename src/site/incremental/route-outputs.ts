/**
 * Reusing generated pages. A route's page (`<route>index.html`) shows its own data and body
 * HTML plus the language chrome every page carries (sidebar, breadcrumbs, previous/next,
 * language switch), which comes from all routes' titles and kinds and all sidebar trees. The
 * digest of a route covers exactly those, plus the build version; a route whose digest
 * matches the previous build's is not generated again — its file is copied from the cache.
 * A changed title or toc changes the shared part, so every page is generated again.
 */
import { constants, existsSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { folderMaker, runFileJobs } from '../file-jobs.ts';
import type { SiteModel } from '../site-model.ts';
import { dropState, readState, writeState } from './build-cache.ts';
import type { BuildPlan } from './build-plan.ts';

const STATE = 'pages';
const PAGES_FOLDER = 'pages';

/** `<folder>/<route>/index.html`, the way Astro writes a route (`build.format: 'directory'`). */
export const routeFile = (folder: string, route: string) => join(folder, ...route.split('/').filter(Boolean), 'index.html');

/** Digest of every route's page: its data and HTML, the site-wide chrome, the version. */
export function routeDigests(model: SiteModel, version: string): Map<string, string> {
  const chrome = createHash('sha256')
    .update(version)
    .update(JSON.stringify([...model.navigation].sort((a, b) => (a.file < b.file ? -1 : 1))))
    .update(JSON.stringify(model.routes.map(({ data }) => [data.route, data.kind, data.lang, data.title])))
    .digest('hex');
  return new Map(model.routes.map(({ data, html }) => [data.route, createHash('sha256').update(chrome).update(JSON.stringify(data)).update('\0').update(html).digest('hex')]));
}

/** Routes whose page the previous build generated with the same digest and the cache still holds. */
export function reusableRoutes(folder: string, version: string, digests: Map<string, string>): Set<string> {
  const previous = readState<Map<string, string>>(folder, STATE, version);
  const reused = new Set<string>();
  if (!previous) return reused;
  for (const [route, digest] of digests) {
    if (previous.get(route) === digest && existsSync(routeFile(join(folder, PAGES_FOLDER), route))) reused.add(route);
  }
  return reused;
}

/**
 * After Astro wrote the generated pages into `outDir`: copies the reused pages from the cache
 * and keeps the generated ones for the next build. Throws when a reused page is missing from
 * the cache (the output would lack it); removing the cache folder then gives a cold build.
 */
export async function restoreAndKeepPages(outDir: string, plan: BuildPlan): Promise<{ reused: number; kept: number }> {
  const cache = join(plan.folder, PAGES_FOLDER);
  const known = readState<Map<string, string>>(plan.folder, STATE, plan.version);
  if (!known) rmSync(cache, { recursive: true, force: true }); // pages of other code or settings
  // Until the new list is written, no list may vouch for a cached file this build overwrites.
  dropState(plan.folder, STATE);
  const kept = new Map<string, string>();
  const copies: { from: string; to: string }[] = [];
  let reused = 0;
  for (const [route, digest] of plan.routeDigests) {
    const [built, cached] = [routeFile(outDir, route), routeFile(cache, route)];
    if (plan.reusedRoutes.has(route)) {
      copies.push({ from: cached, to: built });
      reused += 1;
    } else if (existsSync(built)) {
      copies.push({ from: built, to: cached });
    } else continue;
    kept.set(route, digest);
  }
  const folder = folderMaker();
  await runFileJobs(copies, async ({ from, to }) => {
    await folder(dirname(to));
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  });
  writeState(plan.folder, STATE, plan.version, kept);
  return { reused, kept: kept.size };
}
