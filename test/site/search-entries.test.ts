import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, mergeEntries } from '../../src/site/search-index.ts';

describe('the search index, built one language at a time', () => {
  it('has the entry file of one run over all languages: same fields in the same order, languages sorted', () => {
    const nl = { version: '1.6.0', languages: { nl: { hash: 'nl_1', wasm: 'nl', page_count: 482 } }, include_characters: ['_'] };
    const da = { version: '1.6.0', languages: { da: { hash: 'da_2', wasm: 'da', page_count: 483 } }, include_characters: ['_'] };
    const oneRun = '{"version":"1.6.0","languages":{"da":{"hash":"da_2","wasm":"da","page_count":483},"nl":{"hash":"nl_1","wasm":"nl","page_count":482}},"include_characters":["_"]}';
    expect(JSON.stringify(mergeEntries([nl, da]))).toBe(oneRun);
    expect(JSON.stringify(mergeEntries([da, nl]))).toBe(oneRun);
  });

  it('a site without a searchable page still gets Pagefind’s files, so the search box loads', async () => {
    const site = mkdtempSync(join(tmpdir(), 'signpost-search-empty-'));
    try {
      mkdirSync(join(site, 'nl/a'), { recursive: true });
      writeFileSync(join(site, 'nl/a/index.html'), '<!doctype html><html lang="nl"><body><p>Verplaatst</p></body></html>');
      expect(await buildSearchIndex(site)).toEqual({ pages: 0, bytesByLanguage: {} });
      expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
      expect(JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).languages).toEqual({});
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
