/**
 * The output folder's ledger (issue 15): an incremental build keeps a file the previous build
 * left only while nobody touched it, and leaves nothing behind that a cold build would not write.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputLedger, readOutputFiles } from '../../src/site/incremental/output-ledger.ts';

let work: string;
let outDir: string;
let cache: string;
const VERSION = 'v1';

const put = (path: string, text: string) => {
  mkdirSync(join(outDir, path, '..'), { recursive: true });
  writeFileSync(join(outDir, path), text);
};

/** A first build that wrote `files` and recorded them. */
function firstBuild(files: Record<string, string>): void {
  const ledger = OutputLedger.prepare(outDir, undefined, cache);
  for (const [path, text] of Object.entries(files)) {
    put(path, text);
    ledger.wrote(path, `page:${text}`);
  }
  ledger.finish(cache, VERSION);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'signpost-ledger-'));
  outDir = join(work, 'dist');
  cache = join(work, 'cache');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the output ledger', () => {
  it('empties the folder for a build without records, as Astro would (but keeps .git)', () => {
    put('old/index.html', 'x');
    put('.git/HEAD', 'ref');
    OutputLedger.prepare(outDir, undefined, cache);
    expect(readdirSync(outDir)).toEqual(['.git']);
  });

  it('keeps an untouched file with the same identity, and no file that was edited, deleted or never recorded', () => {
    firstBuild({ 'a/index.html': 'A', 'b/index.html': 'B', 'c/index.html': 'C' });
    const previous = readOutputFiles(cache, VERSION, outDir);
    writeFileSync(join(outDir, 'b/index.html'), 'B by hand');
    utimesSync(join(outDir, 'b/index.html'), new Date(2020, 1, 1), new Date(2020, 1, 1));
    rmSync(join(outDir, 'c/index.html'));
    put('stray.txt', 'not ours');

    const ledger = OutputLedger.prepare(outDir, previous, cache);
    expect(existsSync(join(outDir, 'stray.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'b/index.html'))).toBe(false);
    expect(ledger.unchanged('a/index.html', 'page:A')).toBe(true);
    expect(ledger.unchanged('a/index.html', 'page:A2')).toBe(false);
    expect(ledger.unchanged('b/index.html', 'page:B')).toBe(false);
    expect(ledger.unchanged('c/index.html', 'page:C')).toBe(false);
  });

  it('deletes what the previous build left and this one did not claim, with the folders it empties', () => {
    firstBuild({ 'a/index.html': 'A', 'gone/deep/index.html': 'G' });
    const ledger = OutputLedger.prepare(outDir, readOutputFiles(cache, VERSION, outDir), cache);
    ledger.kept('a/index.html');
    ledger.finish(cache, VERSION);
    expect(existsSync(join(outDir, 'gone'))).toBe(false);
    expect([...readOutputFiles(cache, VERSION, outDir)!.keys()]).toEqual(['a/index.html']);
  });

  it('has no records for another output folder or version, nor after a build that stopped half-way', () => {
    firstBuild({ 'a/index.html': 'A' });
    expect(readOutputFiles(cache, 'v2', outDir)).toBeUndefined();
    expect(readOutputFiles(cache, VERSION, join(work, 'elsewhere'))).toBeUndefined();
    OutputLedger.prepare(outDir, readOutputFiles(cache, VERSION, outDir), cache); // and never finished
    expect(readOutputFiles(cache, VERSION, outDir)).toBeUndefined();
  });
});
