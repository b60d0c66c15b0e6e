/**
 * `signpost merge`: joins the outputs of the n shards of a sharded build into one site, the
 * same bytes a whole build writes. After the notes agree (check-shards.ts) every file is taken
 * from the one shard that wrote it; a file several shards wrote (Astro's bundles, `/index.html`,
 * the 404 pages — they depend on the whole tree, not on the slice) must be written by all of them
 * and be byte-identical, else the shards do not belong together. Then the Pagefind index is
 * built once over the joined pages, as the whole build does (search-index.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { buildSearchIndex } from '../search-index.ts';
import { checkShards } from './check-shards.ts';
import { MANIFEST_NAME, readManifest } from './shard-manifest.ts';

/** What the merge did. */
export interface MergeReport {
  shards: number;
  /** Files copied (each once). */
  files: number;
  /** Files every shard wrote identically. */
  shared: number;
  /** Pages Pagefind indexed. */
  searchPages: number;
}

/**
 * Joins shard output folders `dirs` into the empty or new folder `outDir`. Throws one sentence
 * (nothing written) when the shards do not make one site or `outDir` holds files.
 * Example: `await mergeShards(['s1', 's2', 's3', 's4'], 'dist')` → `{ shards: 4, files: 4420, shared: 31, searchPages: 2040 }`.
 */
export async function mergeShards(dirs: readonly string[], outDir: string): Promise<MergeReport> {
  const shards = checkShards(dirs.map((dir) => ({ dir, manifest: readManifest(dir) })));
  if (existsSync(outDir) && readdirSync(outDir).length > 0) throw new Error(`the output folder \`${outDir}\` is not empty; give a new or empty one`);
  const writers = new Map<string, string[]>();
  for (const { dir } of shards) {
    for (const path of filesOf(dir)) (writers.get(path) ?? writers.set(path, []).get(path)!).push(dir);
  }
  let shared = 0;
  for (const [path, from] of writers) {
    if (from.length === 1) continue;
    if (from.length < shards.length) throw new Error(`shards \`${from[0]}\` and \`${from[1]}\` overlap: both wrote \`${path}\``);
    const bytes = readFileSync(join(from[0], path));
    const other = from.find((dir) => !readFileSync(join(dir, path)).equals(bytes));
    if (other) throw new Error(`\`${from[0]}\` and \`${other}\` differ in \`${path}\`: the shards were built from other sources or settings`);
    shared++;
  }
  for (const [path, [from]] of writers) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(from, path), target);
  }
  const search = await buildSearchIndex(outDir);
  return { shards: shards.length, files: writers.size, shared, searchPages: search.pages };
}

/** Every file below `dir` (relative, `/`-separated, sorted), without the shard note. */
function filesOf(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path !== MANIFEST_NAME) files.push(path);
  }
  return files.sort();
}
