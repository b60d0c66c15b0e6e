/**
 * The output folder as one build leaves it for the next. Astro empties `dist` before it builds
 * (`vite.build.emptyOutDir: false` in astro.config.mjs turns that off), and a build then wrote
 * every page, asset, twin and search file again — on the nl+da corpus about 6,000 files, most
 * of an incremental build's time (issue 15). Instead each build records every file it leaves
 * in `dist` — a path, what the file is (an identity such as `page:<digest>`) and the file's
 * size, modification time and inode — and the next build keeps a file whose record says it is
 * what that build would write and whose stat still matches (nobody touched it since); every
 * other file is written again, and every file no step claims is deleted. Without a record (the
 * first build, other code or settings, `SIGNPOST_INCREMENTAL=off`) `dist` is emptied as Astro
 * would have emptied it.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { dropState, readState, writeState } from './build-cache.ts';

const STATE = 'outputs';

/** One file a build left in the output folder. */
export interface OutputRecord {
  /** What the file holds, in the writer's terms: `page:<route digest>`, `asset:<source stat>`, `twin:<sha1>` … */
  identity: string;
  size: number;
  mtimeNs: bigint;
  ino: bigint;
}

/** Files of the output folder by path below it (`/`-separated), as recorded. */
export type OutputFiles = Map<string, OutputRecord>;

const absolute = (outDir: string, path: string) => join(outDir, ...path.split('/'));

/** The stat of `path` below `outDir` as a record of `identity`; undefined when it is not a file. */
function recordOf(outDir: string, path: string, identity: string): OutputRecord | undefined {
  const stat = statSync(absolute(outDir, path), { bigint: true, throwIfNoEntry: false });
  return stat?.isFile() ? { identity, size: Number(stat.size), mtimeNs: stat.mtimeNs, ino: stat.ino } : undefined;
}

/** Whether the file at `path` is still the one `record` describes (same size, time and inode). */
export function untouched(outDir: string, path: string, record: OutputRecord): boolean {
  const now = recordOf(outDir, path, record.identity);
  return now !== undefined && now.size === record.size && now.mtimeNs === record.mtimeNs && now.ino === record.ino;
}

/** The files the previous build of `version` left in `outDir`; undefined when it recorded none there. */
export function readOutputFiles(folder: string, version: string, outDir: string): OutputFiles | undefined {
  const state = readState<{ outDir: string; files: OutputFiles }>(folder, STATE, version);
  return state?.outDir === outDir ? state.files : undefined;
}

/** Everything in `outDir` but `.git`, as Astro empties it before a build. */
export function emptyOutDir(outDir: string): void {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return; // no folder yet
  }
  for (const name of names) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
}

/** Every file below `outDir` (`/`-separated paths), `.git` left out. */
function filesBelow(outDir: string): string[] {
  try {
    return readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((path) => path !== '.git' && !path.startsWith('.git/'));
  } catch {
    return [];
  }
}

/** Removes `folders` (deepest first) where they are empty, and their emptied parents up to `outDir`. */
function removeEmptyFolders(outDir: string, folders: Iterable<string>): void {
  const pending = [...new Set(folders)].sort((a, b) => b.length - a.length);
  const tried = new Set<string>();
  for (let folder of pending) {
    while (folder.startsWith(outDir + sep) && !tried.has(folder)) {
      tried.add(folder);
      try {
        rmdirSync(folder); // fails while anything is left in it
      } catch {
        break;
      }
      folder = dirname(folder);
    }
  }
}

/**
 * One build's side of the ledger: `prepare` before Astro writes anything, then each step asks
 * `unchanged` before it writes a file and reports `kept` or `wrote`; `finish` deletes the
 * previous build's files no step claimed and saves the new records.
 */
export class OutputLedger {
  readonly #outDir: string;
  readonly #previous: OutputFiles;
  readonly #files: OutputFiles = new Map();
  readonly #touchedFolders: string[] = [];

  private constructor(outDir: string, previous: OutputFiles) {
    this.#outDir = outDir;
    this.#previous = previous;
  }

  /**
   * Leaves in `outDir` only the files of `previous` nobody changed since and returns the ledger of
   * this build; without `previous`, empties `outDir` (a cold build). Drops the saved records until
   * `finish`, so a build that fails half-way leaves none that could vouch for a file it overwrote.
   * Example: `const ledger = OutputLedger.prepare('dist', previous, cacheFolder)`.
   */
  static prepare(outDir: string, previous: OutputFiles | undefined, folder: string): OutputLedger {
    dropState(folder, STATE);
    if (!previous) {
      emptyOutDir(outDir);
      return new OutputLedger(outDir, new Map());
    }
    const kept: OutputFiles = new Map();
    const ledger = new OutputLedger(outDir, kept);
    for (const path of filesBelow(outDir)) {
      const record = previous.get(path);
      if (record && untouched(outDir, path, record)) kept.set(path, record);
      else ledger.#remove(path);
    }
    return ledger;
  }

  /**
   * Whether the previous build left `path` holding `identity` and it is still that file: keep it.
   * No second stat: `prepare` checked every file it left, and each path has one writer in a build
   * (Astro writes only the routes it generates, which are never asked about).
   */
  unchanged(path: string, identity: string): boolean {
    return this.#previous.get(path)?.identity === identity;
  }

  /** The identity the previous build recorded for `path`, if it left that file. */
  previousIdentity(path: string): string | undefined {
    return this.#previous.get(path)?.identity;
  }

  /** Claims `path` as the previous build left it (after `unchanged` said so). */
  kept(path: string): void {
    const record = this.#previous.get(path);
    if (record) this.#files.set(path, record);
  }

  /** Records the file this build just wrote at `path` as `identity`. */
  wrote(path: string, identity: string): void {
    const record = recordOf(this.#outDir, path, identity);
    if (record) this.#files.set(path, record);
  }

  /** Paths claimed so far. */
  get claimed(): ReadonlyMap<string, OutputRecord> {
    return this.#files;
  }

  /**
   * Deletes the previous build's files of a kind (identity prefix, `page:`) this build did not
   * claim, before a later step reads the output folder: the search index must not find the page
   * of a route that no longer exists.
   */
  removeUnclaimed(identityPrefix: string): void {
    for (const [path, record] of this.#previous) if (record.identity.startsWith(identityPrefix) && !this.#files.has(path)) this.#remove(path);
  }

  /** Deletes the previous build's files nothing claimed, then saves this build's records for `version`. */
  finish(folder: string, version: string): void {
    for (const path of this.#previous.keys()) if (!this.#files.has(path)) this.#remove(path);
    removeEmptyFolders(this.#outDir, this.#touchedFolders);
    writeState(folder, STATE, version, { outDir: this.#outDir, files: this.#files });
  }

  #remove(path: string): void {
    const file = absolute(this.#outDir, path);
    rmSync(file, { force: true });
    this.#touchedFolders.push(dirname(file));
  }
}
