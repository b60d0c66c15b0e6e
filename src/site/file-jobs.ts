/**
 * File work of a build done a few jobs at a time. Creating a file costs about a millisecond on
 * a virtual disk (measured on the 2-core CI machine: 2,054 pages written one after the other took
 * 3.1 s, most of it waiting), so the steps that write hundreds of files — content assets,
 * Markdown twins, search staging, reused pages — overlap their waits instead.
 */
import { mkdir } from 'node:fs/promises';
import pLimit from 'p-limit';

/** Jobs in flight at once; a few more than libuv's four threads keeps them all busy. */
export const FILE_JOBS = 8;

/**
 * Runs `job` for every item, at most `FILE_JOBS` at once, and waits for all; the first failure
 * rejects (after the jobs already started have settled, so none writes into a removed folder).
 * Example: `await runFileJobs(['a.png', 'b.png'], (name) => copyFile(join(from, name), join(to, name)))`.
 */
export async function runFileJobs<T>(items: Iterable<T>, job: (item: T) => Promise<unknown>): Promise<void> {
  const limit = pLimit(FILE_JOBS);
  const settled = await Promise.allSettled(Array.from(items, (item) => limit(() => job(item))));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * `mkdir -p` that creates each folder once however many files go into it.
 * Example: `const folder = folderMaker(); await folder('dist/nl/a'); await folder('dist/nl/a')` → one mkdir.
 */
export function folderMaker(): (path: string) => Promise<unknown> {
  const made = new Map<string, Promise<unknown>>();
  return (path) => made.get(path) ?? made.set(path, mkdir(path, { recursive: true })).get(path)!;
}
