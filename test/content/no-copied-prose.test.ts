/**
 * Facts from the seeds and the corpus carry over into our help; their sentences do not.
 * No run of 10 consecutive words in content/ may also occur in ../shared/seeds or
 * ../shared/corpus (words = letter/digit runs, case-insensitive).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, SHARED_ROOT, listFiles } from './content-tree.ts';
import { ShingleIndex, type SharedRun } from './shingles.ts';

const RUN_LENGTH = 10;
const REFERENCE_FOLDERS = ['seeds', 'corpus'];
const TEXT_FILE = /\.(md|ya?ml|txt|csv|json)$/i;
const sharedPresent = REFERENCE_FOLDERS.every((folder) => existsSync(join(SHARED_ROOT, folder)));

describe('shingle index', () => {
  it('finds a shared 10-word run regardless of case and punctuation, and nothing shorter', () => {
    const index = new ShingleIndex(new Map([['nl/a.md', 'Klik op **Start** om de import te starten; de voortgang verschijnt onderin.']]), RUN_LENGTH);
    expect(index.findShared('klik op start om de import te starten de voortgang', 'ref')).toHaveLength(1);
    expect(index.findShared('klik op start om de import te starten de', 'ref')).toHaveLength(0);
    expect(index.findShared('Klik op Start om de export te starten de voortgang', 'ref')).toHaveLength(0);
  });
});

describe.skipIf(!sharedPresent)('content prose is original', () => {
  it(`shares no run of ${RUN_LENGTH} words with ../shared/seeds or ../shared/corpus`, () => {
    const content = new Map<string, string>();
    for (const path of listFiles(CONTENT_ROOT).filter((p) => TEXT_FILE.test(p))) {
      content.set(path, readFileSync(join(CONTENT_ROOT, path), 'utf8'));
    }
    expect(content.size).toBeGreaterThan(30);
    const index = new ShingleIndex(content, RUN_LENGTH);
    const shared: SharedRun[] = [];
    let scanned = 0;
    for (const folder of REFERENCE_FOLDERS) {
      const root = join(SHARED_ROOT, folder);
      for (const path of listFiles(root).filter((p) => TEXT_FILE.test(p) || folder === 'seeds')) {
        shared.push(...index.findShared(readFileSync(join(root, path), 'utf8'), `${folder}/${path}`));
        scanned++;
      }
    }
    expect(scanned).toBeGreaterThan(5);
    const report = shared.slice(0, 25).map((run) => `${run.contentFile} ≈ ${run.referenceFile}: "${run.words}"`);
    expect(report, `copied runs (${shared.length} in all)`).toEqual([]);
  }, 120_000);
});

if (!sharedPresent) {
  describe('content prose is original', () => {
    it.skip(`skipped: ${SHARED_ROOT} (seeds and corpus) is missing, so copied prose cannot be checked`, () => {});
  });
}
