/**
 * The note a shard build leaves in its output (`.signpost-shard.json`, a hidden name no content
 * asset can take): which slice it rendered, of which tree, with which settings. `signpost merge`
 * reads it to refuse shards that are missing, given twice, cut differently, overlapping, or built
 * from another tree or with other settings; it is never copied into the merged site.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPath, guardOf, walkRoot } from '../../../plugins/remark-docfx/index.ts';
import type { SiteSettings } from '../build-settings.ts';

/** File name of the note in a shard's output folder. */
export const MANIFEST_NAME = '.signpost-shard.json';

/** What one shard build wrote. */
export interface ShardManifest {
  format: 1;
  /** 1-based slice number and the number of slices. */
  shard: number;
  count: number;
  /** sha256 over the content tree's paths and bytes. */
  tree: string;
  /** Everything besides the tree that shapes the output (base, origin, SIGNPOST_* switches, version). */
  settings: Record<string, string>;
  /** The whole site's routes: how many, and a sha256 of the sorted list. */
  site: { routes: number; digest: string };
  /** This slice's routes, sorted. */
  routes: string[];
}

/** Environment settings that do not change a byte of the output (where it goes, caches, threads, which slice). */
const NOT_OUTPUT_SETTINGS = new Set(['SIGNPOST_CONTENT', 'SIGNPOST_OUT', 'SIGNPOST_CACHE_DIR', 'SIGNPOST_SHARD', 'SIGNPOST_RENDER_WORKERS']);

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The settings that shape a build's output: base, origin, every other `SIGNPOST_*` variable
 * and the project version. Example: `{ base: '/', origin: 'http://localhost:4321', version: '0.1.0' }`.
 */
export function outputSettings(settings: SiteSettings, origin: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const found: Record<string, string> = { base: settings.base, origin, version: projectVersion() };
  for (const name of Object.keys(env).sort()) {
    if (name.startsWith('SIGNPOST_') && !NOT_OUTPUT_SETTINGS.has(name) && env[name]) found[name] = env[name] as string;
  }
  return found;
}

function projectVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '';
}

/**
 * sha256 of the content tree: every file the content-root guard lists, path and bytes, in path
 * order — the same tree checked out on two CI machines gives the same digest.
 */
export function treeDigest(contentRoot: string): string {
  const guard = guardOf(resolve(contentRoot));
  const hash = createHash('sha256');
  for (const path of walkRoot(guard).files.sort()) {
    const checked = checkPath(guard, path);
    hash.update(`${path}\0${'real' in checked ? sha256(readFileSync(checked.real)) : 'unreadable'}\n`);
  }
  return hash.digest('hex');
}

/** sha256 of a sorted route list (`site.digest`). */
export const routesDigest = (routes: readonly string[]): string => sha256([...routes].sort().join('\n'));

/** Writes `manifest` into shard output folder `outDir`. */
export function writeManifest(outDir: string, manifest: ShardManifest): void {
  writeFileSync(join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Reads the note of shard output folder `dir`; throws one sentence when there is none or it is
 * not one. Example: `readManifest('shard-2')` → `{ shard: 2, count: 4, … }`.
 */
export function readManifest(dir: string): ShardManifest {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_NAME), 'utf8');
  } catch {
    throw new Error(`\`${dir}\` is not the output of a finished shard build (no ${MANIFEST_NAME}: build it with \`signpost build --shard i/n\` and keep hidden files when a CI job hands it on)`);
  }
  let manifest: ShardManifest | undefined;
  try {
    manifest = JSON.parse(text) as ShardManifest;
  } catch {
    manifest = undefined;
  }
  if (!manifest || manifest.format !== 1 || !Number.isInteger(manifest.shard) || !Number.isInteger(manifest.count) || manifest.shard < 1 || manifest.shard > manifest.count || !Array.isArray(manifest.routes)) {
    throw new Error(`\`${dir}/${MANIFEST_NAME}\` is not a shard note this version of signpost reads`);
  }
  return manifest;
}
