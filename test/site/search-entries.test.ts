import { describe, expect, it } from 'vitest';
import { mergeEntries } from '../../src/site/search-index.ts';

describe('the search index entry file of one run per language', () => {
  it('equals the entry of one run over all languages: same fields in the same order, languages sorted', () => {
    const nl = { version: '1.6.0', languages: { nl: { hash: 'nl_1', wasm: 'nl', page_count: 482 } }, include_characters: ['_'] };
    const da = { version: '1.6.0', languages: { da: { hash: 'da_2', wasm: 'da', page_count: 483 } }, include_characters: ['_'] };
    const oneRun = '{"version":"1.6.0","languages":{"da":{"hash":"da_2","wasm":"da","page_count":483},"nl":{"hash":"nl_1","wasm":"nl","page_count":482}},"include_characters":["_"]}';
    expect(JSON.stringify(mergeEntries([nl, da]))).toBe(oneRun);
    expect(JSON.stringify(mergeEntries([da, nl]))).toBe(oneRun);
  });
});
