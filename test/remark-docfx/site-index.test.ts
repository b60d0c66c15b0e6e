/**
 * loadSite: kinds, languages, routes and collisions, uid index, titles, page-level messages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';

const root = mkdtempSync(join(tmpdir(), 'docfx-site-'));
const files: Record<string, string> = {
  'nl/Admin/Import.md': '---\nuid: help-nl-import\ntitle: Import\nlanguage: da\n---\n# Kop\n',
  'nl/sale/quotes.md': '# Offertes\n',
  'nl/sale/quotes/index.md': '---\nredirect_url: https://example.com/q\n---\n',
  'nl/stub.md': '\uFEFF---\r\n# comment\r\nuid: help-dup\r\nredirect_url: https://example.com/s\r\n---\r\n',
  'da/dup.md': '---\ntitle: Dubbel\nuid: help-dup\n---\n',
  'da/x/index.md': '```\n# Niet dit\n```\n# Eerste *kop*\n',
  'da/x/index.yml': '### YamlMime:Landing\n',
  'da/x/includes/inc.md': '---\nuid: help-inc\n---\n# Inc\n',
  'da/x/toc.yml': 'items: []\n',
  'media/a.png': 'PNG',
  'nl/no-title.md': 'tekst\n',
  'nl/bad.md': '---\nuid: [1, 2]\ndate: 02.30.2024\nredirect_url: ""\n---\n',
  '.git/config': 'x',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));
const site = loadSite(root);

describe('loadSite', () => {
  it('classifies files and skips hidden folders', () => {
    const kinds = Object.fromEntries([...site.files.values()].map((file) => [file.path, file.kind]));
    expect(kinds).toEqual({
      'da/dup.md': 'page', 'da/x/index.md': 'page', 'da/x/index.yml': 'landing', 'da/x/includes/inc.md': 'include',
      'da/x/toc.yml': 'toc', 'media/a.png': 'asset', 'nl/Admin/Import.md': 'page', 'nl/bad.md': 'page',
      'nl/no-title.md': 'page', 'nl/sale/quotes.md': 'page', 'nl/sale/quotes/index.md': 'stub', 'nl/stub.md': 'stub',
    });
    expect(site.languages).toEqual(['da', 'nl']);
    expect(site.files.get('media/a.png')?.lang).toBeNull();
  });

  it('lower-cases routes and resolves collisions (page beats stub, index.md beats index.yml)', () => {
    expect(site.files.get('nl/Admin/Import.md')?.route).toBe('/nl/admin/import/');
    expect(site.byRoute.get('/nl/sale/quotes/')?.path).toBe('nl/sale/quotes.md');
    expect(site.files.get('nl/sale/quotes/index.md')?.route).toBeNull();
    expect(site.byRoute.get('/da/x/')?.path).toBe('da/x/index.md');
    const collision = { ruleId: 'route-collision', file: 'nl/sale/quotes/index.md', line: 1 };
    expect(site.fileMessages('nl/sale/quotes.md')).toEqual([expect.objectContaining(collision)]);
    expect(site.fileMessages('nl/sale/quotes/index.md')).toEqual([expect.objectContaining(collision)]);
    expect(site.fileMessages('da/x/index.md')).toEqual([]);
  });

  it('indexes uids of pages and stubs, not includes, and reports duplicates at the uid line', () => {
    expect(site.byUid.get('help-dup')?.path).toBe('da/dup.md');
    expect(site.byUid.has('help-inc')).toBe(false);
    expect(site.fileMessages('nl/stub.md')).toEqual([expect.objectContaining({ ruleId: 'uid-duplicate', line: 3 })]);
    expect(site.fileMessages('da/dup.md')).toEqual([expect.objectContaining({ ruleId: 'uid-duplicate', line: 3 })]);
    expect(site.files.get('nl/stub.md')?.redirectUrl).toBe('https://example.com/s');
  });

  it('takes titles from front matter, then the first h1 outside code, then the file name', () => {
    expect(site.files.get('nl/Admin/Import.md')?.title).toBe('Import');
    expect(site.files.get('da/x/index.md')?.title).toBe('Eerste kop');
    expect(site.files.get('nl/no-title.md')?.title).toBe('no-title');
    expect(site.files.get('nl/Admin/Import.md')?.bodyLine).toBe(6);
    expect(site.files.get('nl/no-title.md')?.bodyLine).toBe(1);
  });

  it('reports language-mismatch and invalid keys at their lines; a bad redirect_url keeps a page', () => {
    expect(site.fileMessages('nl/Admin/Import.md')).toEqual([expect.objectContaining({ ruleId: 'language-mismatch', line: 4 })]);
    expect(site.fileMessages('nl/bad.md').map((message) => `${message.ruleId}@${message.line}`)).toEqual([
      'frontmatter-invalid@2', 'frontmatter-invalid@4', 'frontmatter-invalid@3',
    ]);
    expect(site.files.get('nl/bad.md')?.kind).toBe('page');
    expect(site.files.get('nl/bad.md')?.uid).toBeUndefined();
  });
});
