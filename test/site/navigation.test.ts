import { describe, expect, it } from 'vitest';
import type { TocItem } from '../../plugins/remark-docfx/lib/contracts.ts';
import { chooseSidebar, findNeighbours, findTrail, flattenToc } from '../../src/site/navigation.ts';
import { findTranslation, nearestAncestor } from '../../src/site/language-switch.ts';

const item = (name: string, href?: string, items: TocItem[] = []): TocItem => ({ name, href, items });

const importToc = [
  item('Intro', '/nl/admin/import/'),
  item('Sources', undefined, [item('Excel', '/nl/admin/import/excel/'), item('ERP', '/nl/admin/import/erp/#top')]),
  item('External', 'https://example.com/'),
  item('Settings', '/nl/admin/import/settings/'),
];

describe('toc navigation', () => {
  it('flattens local links in reading order, skipping URLs and groups', () => {
    expect(flattenToc(importToc).map((i) => i.name)).toEqual(['Intro', 'Excel', 'ERP', 'Settings']);
  });

  it('finds the trail to a page, ignoring fragments', () => {
    expect(findTrail(importToc, '/nl/admin/import/erp/').map((i) => i.name)).toEqual(['Sources', 'ERP']);
    expect(findTrail(importToc, '/nl/elsewhere/')).toEqual([]);
  });

  it('gives previous and next across nesting levels', () => {
    const { previous, next } = findNeighbours(importToc, '/nl/admin/import/erp/');
    expect([previous?.name, next?.name]).toEqual(['Excel', 'Settings']);
    expect(findNeighbours(importToc, '/nl/admin/import/').previous).toBeUndefined();
  });

  it('chooses the closest tree that contains the page', () => {
    const trees = [
      { file: 'nl/learn/toc.yml', items: [item('Import', '/nl/admin/import/', importToc)] },
      { file: 'nl/admin/import/toc.yml', items: importToc },
      { file: 'da/admin/import/toc.yml', items: [] },
    ];
    expect(chooseSidebar('nl/admin/import/excel.md', '/nl/admin/import/excel/', trees)?.file).toBe('nl/admin/import/toc.yml');
    expect(chooseSidebar('nl/learn/other.md', '/nl/learn/other/', trees)?.file).toBe('nl/learn/toc.yml');
    expect(chooseSidebar('nl/misc/page.md', '/nl/misc/page/', trees)).toBeUndefined();
  });
});

describe('language switch', () => {
  const routes = new Set(['/nl/', '/da/', '/nl/a/', '/da/a/', '/nl/a/b/', '/da/x/']);
  const uids = new Map([['help-da-b', '/da/x/']]);

  it('uses the same relative path first', () => {
    expect(findTranslation({ route: '/nl/a/', lang: 'nl' }, 'da', routes, uids)).toEqual({ lang: 'da', route: '/da/a/', exact: true });
  });

  it('falls back to the uid convention', () => {
    expect(findTranslation({ route: '/nl/a/b/', lang: 'nl', uid: 'help-nl-b' }, 'da', routes, uids).route).toBe('/da/x/');
  });

  it('lands on the nearest ancestor when there is no translation', () => {
    expect(findTranslation({ route: '/nl/a/b/', lang: 'nl' }, 'da', routes, uids)).toEqual({ lang: 'da', route: '/da/a/', exact: false });
    expect(nearestAncestor('/de/q/r/', routes)).toBe('/de/');
  });
});
