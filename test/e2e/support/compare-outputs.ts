/**
 * Compares two build outputs file by file, byte for byte: what a sharded build merged must equal
 * (test/site/sharded-build.test.ts, bench/shards.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, relative and `/`-separated, sorted. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The differences between output folders `a` and `b`: `only in a: x`, `only in b: y`,
 * `differs: z` — empty when every file exists in both with the same bytes.
 */
export function compareOutputs(a: string, b: string): string[] {
  const inA = filesBelow(a);
  const inB = new Set(filesBelow(b));
  const differences: string[] = [];
  for (const path of inA) {
    if (!inB.has(path)) differences.push(`only in a: ${path}`);
    else if (!readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) differences.push(`differs: ${path}`);
    inB.delete(path);
  }
  for (const path of inB) differences.push(`only in b: ${path}`);
  return differences;
}
