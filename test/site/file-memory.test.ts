/**
 * An incremental build's memory of the content files (issue 15): an unchanged file is answered
 * without being read, and any write is seen — even one that puts the modification time back.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexFile, loadSite } from '../../plugins/remark-docfx/index.ts';
import { FileMemory } from '../../src/site/incremental/file-memory.ts';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'signpost-memory-'));
  write('nl/a.md', '---\ntitle: Eerste\nuid: a\n---\n# Eerste\n');
  write('nl/b.md', '# Tweede\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Scans `root` with a memory made from `previous`; returns the site, the memory and which files were read again. */
function scan(previous?: FileMemory) {
  const memory = new FileMemory(previous?.state);
  const site = loadSite(root, { indexFile: memory.indexFile });
  return { site, memory };
}

describe('the memory of content files', () => {
  it('gives the same index as a scan without it, reading only what changed', () => {
    const first = scan();
    expect(first.memory.reread).toBe(2);
    const second = scan(first.memory);
    expect(second.memory.reread).toBe(0);
    expect([...second.site.files.values()]).toEqual([...loadSite(root).files.values()]);
    expect(second.site.byUid.get('a')?.route).toBe('/nl/a/');
  });

  it('reads a file again after an edit that restored its modification time', () => {
    const first = scan();
    const { atime, mtime } = statSync(join(root, 'nl/a.md'));
    write('nl/a.md', '---\ntitle: Andere\nuid: a\n---\n# Eerste\n');
    utimesSync(join(root, 'nl/a.md'), atime, mtime);
    const second = scan(first.memory);
    expect(second.memory.reread).toBe(1);
    expect(second.site.files.get('nl/a.md')?.title).toBe('Andere');
  });

  it('hands the scan a copy, so completing an entry never changes what is remembered', () => {
    const first = scan();
    const entry = first.memory.indexFile(root, 'nl/a.md')!;
    entry.file.route = '/elsewhere/';
    expect(first.memory.indexFile(root, 'nl/a.md')).toEqual(indexFile(root, 'nl/a.md'));
  });

  it('remembers digests the same way', () => {
    const first = scan();
    let computed = 0;
    const digest = (memory: FileMemory) => memory.digest(root, 'nl/b.md', () => `d${++computed}`);
    expect(digest(first.memory)).toBe('d1');
    const second = scan(first.memory);
    expect(digest(second.memory)).toBe('d1');
    write('nl/b.md', '# Tweede, gewijzigd\n');
    expect(digest(scan(second.memory).memory)).toBe('d2');
  });
});
