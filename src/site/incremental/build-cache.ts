/**
 * Where an incremental build keeps what the next build reuses, under Astro's cache folder
 * (`SIGNPOST_CACHE_DIR`, default `node_modules/.astro`) in `signpost-build/`: one file per
 * kind of state, written with `node:v8` (fast, keeps Maps and Dates), each tagged with the
 * build version (build-version.ts) so state of other code or settings is never read.
 * `SIGNPOST_INCREMENTAL=off` neither reads nor writes it: a cold build.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The folder of Signpost's build cache inside Astro's cache folder. */
export const CACHE_FOLDER = 'signpost-build';

/**
 * False when `SIGNPOST_INCREMENTAL=off` asks for a cold build that leaves no cache, and in a
 * sharded build (`SIGNPOST_SHARD`): a shard renders only its slice, so its renders are no cache
 * for a whole build (each shard is a cold build of its slice).
 */
export const incrementalEnabled = (env: NodeJS.ProcessEnv = process.env) => env.SIGNPOST_INCREMENTAL !== 'off' && !env.SIGNPOST_SHARD;

/**
 * Reads state `name` of `folder` written for `version`; undefined when absent, unreadable or of
 * another version. Example: `readState(dir, 'render', version)` → the previous render state.
 */
export function readState<T>(folder: string, name: string, version: string): T | undefined {
  try {
    const stored = deserialize(readFileSync(join(folder, `${name}.v8`))) as { version: string; state: T };
    return stored.version === version ? stored.state : undefined;
  } catch {
    return undefined;
  }
}

/** Writes state `name` for `version` (through a temporary file, so a crash never leaves half a file). */
export function writeState(folder: string, name: string, version: string, state: unknown): void {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${name}.v8`);
  writeFileSync(`${file}.tmp`, serialize({ version, state }));
  renameSync(`${file}.tmp`, file);
}

/**
 * The record bytes each entry value `readMapState` gave came from. An entry written again with
 * the same key and the same value object is copied, not serialised again (an incremental build
 * writes back mostly what it read: serialising 944 unchanged renders took ~90 ms). So a value
 * read from the cache must never be changed in place: make a new object.
 */
const recordsRead = new WeakMap<object, { key: unknown; bytes: Buffer }>();

/**
 * Writes state `name` whose property `mapKey` is a large Map one entry at a time: the rest of the
 * state, then each entry as its own length-prefixed record. One `serialize` of the render state
 * of 44,000 pages made a buffer of hundreds of megabytes at the build's busiest moment (issue 15);
 * this way no buffer holds more than one page. Read it with `readMapState`.
 * Example: `writeMapState(dir, 'render', version, { files, bodies }, 'bodies')`.
 */
export function writeMapState<S extends object>(folder: string, name: string, version: string, state: S, mapKey: keyof S & string): void {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${name}.v8`);
  const { [mapKey]: map, ...rest } = state as Record<string, unknown>;
  const out = openSync(`${file}.tmp`, 'w');
  try {
    const record = (value: unknown) => {
      const bytes = serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      writeSync(out, length);
      writeSync(out, bytes);
    };
    record({ version, state: rest, framed: mapKey });
    for (const [key, value] of map as Map<unknown, unknown>) {
      const read = typeof value === 'object' && value !== null ? recordsRead.get(value) : undefined;
      if (read && read.key === key) writeSync(out, read.bytes);
      else record([key, value]);
    }
  } finally {
    closeSync(out);
  }
  renameSync(`${file}.tmp`, file);
}

/**
 * Reads what `writeMapState` wrote for `version`; undefined when absent, unreadable or of another
 * version. Treat the entry values as read-only (see `recordsRead`).
 */
export function readMapState<T>(folder: string, name: string, version: string): T | undefined {
  try {
    const bytes = readFileSync(join(folder, `${name}.v8`));
    let at = 0;
    const next = () => {
      const length = bytes.readUInt32LE(at);
      const value = deserialize(bytes.subarray(at + 4, at + 4 + length));
      at += 4 + length;
      return value;
    };
    const head = next() as { version: string; state: Record<string, unknown>; framed: string };
    if (head.version !== version) return undefined;
    const map = new Map<unknown, unknown>();
    while (at < bytes.length) {
      const start = at;
      const [key, value] = next() as [unknown, unknown];
      map.set(key, value);
      if (typeof value === 'object' && value !== null) recordsRead.set(value, { key, bytes: bytes.subarray(start, at) });
    }
    return { ...head.state, [head.framed]: map } as T;
  } catch {
    return undefined;
  }
}

/** Removes state `name` (before a build whose outcome it must not outlive). */
export function dropState(folder: string, name: string): void {
  rmSync(join(folder, `${name}.v8`), { force: true });
}
