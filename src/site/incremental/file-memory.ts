/**
 * What an incremental build remembers of each content file between builds, keyed by the file's
 * stat: its index entry (site-index.ts `indexFile`) and the digest of its bytes. A file whose
 * size, modification and change times and inode are those of the previous build is not read
 * again — the scan and the digests read and parsed the front matter of every file of the tree
 * each build, ~0.6 s of an incremental build of the nl+da corpus (issue 15). The change time
 * cannot be set back by a tool, so an edit that restores the modification time is still seen.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { indexFile, type IndexedFile } from '../../../plugins/remark-docfx/index.ts';

/** One file as the previous build knew it. */
export interface KnownFile {
  /** `size:mtime:ctime:inode` when it was read. */
  stamp: string;
  /** Its index entry as `indexFile` gave it (before the scan completed it). */
  indexed?: IndexedFile;
  /** sha1 of its bytes (render-reuse.ts `fileDigests`). */
  digest?: string;
}

/** Stat of `path` below `root` as a stamp; undefined when it cannot be read. */
function stampOf(root: string, path: string): string | undefined {
  const stat = statSync(join(root, ...path.split('/')), { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}` : undefined;
}

/**
 * This build's memory of the content files, filled from the previous build's. Entries are never
 * changed in place (build-cache.ts copies the bytes of an entry it read and gets back unchanged).
 */
export class FileMemory {
  readonly #previous: Map<string, KnownFile>;
  readonly #known = new Map<string, KnownFile>();
  #reread = 0;

  constructor(previous: Map<string, KnownFile> | undefined) {
    this.#previous = previous ?? new Map();
  }

  /** What the next build starts from. */
  get state(): Map<string, KnownFile> {
    return this.#known;
  }

  /** Files read again because they were new or changed (index entries and digests). */
  get reread(): number {
    return this.#reread;
  }

  /**
   * `indexFile` that answers an unchanged page or include from memory (a copy: the scan
   * completes the entry in place). Pass it to `loadSite` as its `indexFile` option.
   */
  readonly indexFile = (root: string, path: string): IndexedFile | undefined => {
    const known = this.#entry(root, path);
    if (known.indexed) return structuredClone(known.indexed);
    const indexed = indexFile(root, path);
    if (indexed && known.stamp) this.#known.set(path, { ...known, indexed: structuredClone(indexed) });
    this.#reread += 1;
    return indexed;
  };

  /** The digest of `path` below `root`: remembered when unchanged, else `compute()`. */
  digest(root: string, path: string, compute: () => string): string {
    const known = this.#entry(root, path);
    if (known.digest !== undefined) return known.digest;
    const digest = compute();
    this.#known.set(path, { ...known, digest });
    this.#reread += 1;
    return digest;
  }

  /** This build's entry of `path`: the previous one when the stamp is the same, else a new one. */
  #entry(root: string, path: string): KnownFile {
    const current = this.#known.get(path);
    if (current) return current;
    const stamp = stampOf(root, path) ?? '';
    const before = this.#previous.get(path);
    // A file that cannot be stat'ed gets no stamp, so it is never answered from memory.
    const entry: KnownFile = stamp && before?.stamp === stamp ? before : { stamp };
    this.#known.set(path, entry);
    return entry;
  }
}
