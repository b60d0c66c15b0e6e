/**
 * The help exists in Dutch, Danish and English with the same shape: every page, include,
 * sample file and toc.yml has the same relative path in content/nl, content/da and content/en.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CONTENT_ROOT, LANGUAGES, isIncludePath, listFiles } from './content-tree.ts';

const filesByLanguage = new Map(LANGUAGES.map((lang) => [lang, listFiles(join(CONTENT_ROOT, lang))]));
const union = [...new Set([...filesByLanguage.values()].flat())].sort();

describe('the same help in nl, da and en', () => {
  it('has at least 14 content pages per language', () => {
    for (const lang of LANGUAGES) {
      const pages = filesByLanguage.get(lang)!.filter((path) => /\.mdx?$/.test(path) && !isIncludePath(path));
      expect(pages.length, `${lang} pages`).toBeGreaterThanOrEqual(14);
    }
  });

  it.each(LANGUAGES)('content/%s has every file that another language has', (lang) => {
    const present = new Set(filesByLanguage.get(lang));
    expect(union.filter((path) => !present.has(path))).toEqual([]);
  });

  it('has includes and a toc.yml in every folder that holds pages', () => {
    const files = filesByLanguage.get('en')!;
    expect(files.some(isIncludePath)).toBe(true);
    const pageFolders = new Set(
      files.filter((path) => /\.mdx?$/.test(path) && !isIncludePath(path)).map((path) => path.split('/').slice(0, -1).join('/')),
    );
    for (const folder of pageFolders) {
      expect(files, `toc.yml in en/${folder}`).toContain(folder === '' ? 'toc.yml' : `${folder}/toc.yml`);
    }
  });
});
