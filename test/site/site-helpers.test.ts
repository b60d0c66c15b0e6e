import { describe, expect, it } from 'vitest';
import { frontMatterDateToIso, formatDate, languageName } from '../../src/site/dates.ts';
import { buildFolderTree, sectionOf } from '../../src/site/folder-tree.ts';
import { formatMessage, toSiteMessage, uniqueMessages } from '../../src/site/build-messages.ts';
import { keywordsOf, isSearchable } from '../../src/site/page-meta.ts';
import { redirectRoute, redirectSources } from '../../src/site/redirects.ts';
import { normalizeBase, readSettings } from '../../src/site/build-settings.ts';
import { withBase } from '../../src/site/urls.ts';

describe('dates', () => {
  it('reads month-first dates and rejects impossible or day-first ones', () => {
    expect(frontMatterDateToIso('02.29.2024')).toBe('2024-02-29');
    expect(frontMatterDateToIso('02.29.2023')).toBeUndefined();
    expect(frontMatterDateToIso('31.03.2024')).toBeUndefined();
    expect(frontMatterDateToIso(2007)).toBeUndefined();
  });

  it('formats per language with Intl', () => {
    expect(formatDate('2024-03-14', 'nl')).toBe('14 maart 2024');
    expect(formatDate('2024-03-14', 'da')).toBe('14. marts 2024');
    expect(languageName('da')).toBe('Dansk');
    expect(languageName('da', 'en', false)).toBe('Danish');
  });
});

describe('redirect_from', () => {
  it('turns old paths into routes', () => {
    expect(redirectRoute('/nl/ai/admin/index')).toBe('/nl/ai/admin/');
    expect(redirectRoute('nl/Admin/Old.md')).toBe('/nl/admin/old/');
    expect(redirectRoute('https://example.com/x')).toBeUndefined();
    expect(redirectSources({ redirect_from: ['/a', 3, '/b'] })).toEqual(['/a', '/b']);
  });
});

describe('front matter for search', () => {
  it('splits keywords and honours index: false', () => {
    expect(keywordsOf({ keywords: 'import, csv , ' })).toEqual(['import', 'csv']);
    expect(keywordsOf({ keywords: ['a', 1, ' b '] })).toEqual(['a', 'b']);
    expect(isSearchable({ index: false })).toBe(false);
    expect(isSearchable({})).toBe(true);
  });
});

describe('folder sidebar', () => {
  it('builds a tree of a section from routes', () => {
    expect(sectionOf('/nl/admin/import/x/')).toBe('nl/admin');
    const tree = buildFolderTree('nl/a', [
      { route: '/nl/a/', title: 'A' },
      { route: '/nl/a/z/', title: 'Zed' },
      { route: '/nl/a/c/', title: 'C index' },
      { route: '/nl/a/c/d/', title: 'D' },
    ]);
    expect(tree.map((i) => [i.name, i.href, i.items.map((c) => c.name)])).toEqual([
      ['A', '/nl/a/', []],
      ['C index', '/nl/a/c/', ['D']],
      ['Zed', '/nl/a/z/', []],
    ]);
  });
});

describe('diagnostics', () => {
  it('prints path:line:col ruleId message once each, sorted', () => {
    const a = toSiteMessage({ ruleId: 'link-broken', reason: 'Cannot find `x`', line: 3, column: 5, file: 'nl/a.md' }, 'nl/p.md');
    const b = toSiteMessage({ ruleId: 'directive-invalid', source: 'signpost', reason: 'Bad', line: 1 }, 'nl/p.md');
    expect(formatMessage(a)).toBe('nl/a.md:3:5 link-broken Cannot find `x`');
    expect(formatMessage(b)).toBe('nl/p.md:1:1 signpost-directive-invalid Bad');
    expect(uniqueMessages([b, a, a]).map(formatMessage)).toEqual([formatMessage(a), formatMessage(b)]);
  });
});

describe('settings and base path', () => {
  it('normalises the base and fails clearly on a missing content root', () => {
    expect(normalizeBase('help')).toBe('/help/');
    expect(normalizeBase('')).toBe('/');
    expect(withBase('/nl/a/', '/help/')).toBe('/help/nl/a/');
    expect(withBase('https://x.test/', '/help/')).toBe('https://x.test/');
    expect(() => readSettings({ SIGNPOST_CONTENT: 'no/such/dir' }, '/tmp')).toThrow(/SIGNPOST_CONTENT/);
    expect(readSettings({ SIGNPOST_STRICT: '1' }, process.cwd()).strict).toBe(true);
  });
});
