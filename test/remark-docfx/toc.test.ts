import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { loadToc, renderToc } from '../../plugins/remark-docfx/lib/toc.ts';
import type { TocItem } from '../../plugins/remark-docfx/lib/contracts.ts';
import { writeContentRoot } from './blocks/temp-site.ts';

const siteOf = (files: Record<string, string>) => loadSite(writeContentRoot(files));

describe('loadToc', () => {
  it('links .md items to their routes and keeps order', () => {
    const site = siteOf({
      'nl/import/toc.yml': 'items:\n  - name: Start\n    href: index.md\n  - name: Bronnen\n    href: Sources.md#excel\n',
      'nl/import/index.md': '# Import\n',
      'nl/import/Sources.md': '# Bronnen\n',
    });
    const { items, messages } = loadToc(site, 'nl/import/toc.yml');
    expect(messages).toEqual([]);
    expect(items).toEqual([
      { name: 'Start', href: '/nl/import/', page: 'nl/import/index.md', items: [] },
      { name: 'Bronnen', href: '/nl/import/sources/#excel', page: 'nl/import/Sources.md', items: [] },
    ]);
  });

  it('expands a nested toc relative to its own folder, with topicHref, landing and folder hrefs', () => {
    const site = siteOf({
      'nl/admin/learn/toc.yml':
        'items:\n- name: Overzicht\n  href: ../index.yml\n- name: Licenties\n  href: ../license/toc.yml\n  topicHref: ../license/index.md\n  expanded: true\n- name: Map\n  href: ../license/\n',
      'nl/admin/index.yml': '### YamlMime:SubCategory\ntitle: Beheer\n',
      'nl/admin/license/toc.yml': 'items:\n  - name: Activeren\n    href: activate.md\n',
      'nl/admin/license/index.md': '# Licenties\n',
      'nl/admin/license/activate.md': '# Activeren\n',
    });
    const { items, messages } = loadToc(site, 'nl/admin/learn/toc.yml');
    expect(messages).toEqual([]);
    expect(items[0]).toMatchObject({ name: 'Overzicht', href: '/nl/admin/' });
    expect(items[1]).toMatchObject({ name: 'Licenties', href: '/nl/admin/license/', expanded: true });
    expect(items[1].items).toEqual([{ name: 'Activeren', href: '/nl/admin/license/activate/', page: 'nl/admin/license/activate.md', items: [] }]);
    expect(items[2].href).toBeUndefined();
    expect(items[2].items.map((item) => item.name)).toEqual(['Activeren']);
  });

  it('reports a missing target at the href line and keeps the item without a link', () => {
    const site = siteOf({
      'da/toc.yml': 'items:\n  - name: Findes\n    href: a.md\n  - name: Mangler\n    # kommentar\n    href: weg.md\n',
      'da/a.md': '# A\n',
    });
    const { items, messages } = loadToc(site, 'da/toc.yml');
    expect(items.map((item) => [item.name, item.href])).toEqual([['Findes', '/da/a/'], ['Mangler', undefined]]);
    expect(messages).toMatchObject([{ ruleId: 'link-broken', file: 'da/toc.yml', line: 6, fatal: false }]);
  });

  it('skips an item without name with frontmatter-invalid at its line', () => {
    const site = siteOf({ 'en/toc.yml': 'items:\n  - name: One\n    href: https://example.com/x\n  - href: a.md\n', 'en/a.md': '# A\n' });
    const { items, messages } = loadToc(site, 'en/toc.yml');
    expect(items).toEqual([{ name: 'One', href: 'https://example.com/x', items: [] }]);
    expect(messages).toMatchObject([{ ruleId: 'frontmatter-invalid', file: 'en/toc.yml', line: 4 }]);
  });

  it('accepts a bare list, treats backslashes as slashes and reports include targets as broken', () => {
    const site = siteOf({
      'en/toc.yml': '- name: Screen\n  href: screen\\index.md\n- name: Part\n  href: includes/part.md\n',
      'en/screen/index.md': '# Screen\n',
      'en/includes/part.md': 'part\n',
    });
    const { items, messages } = loadToc(site, 'en/toc.yml');
    expect(items[0].href).toBe('/en/screen/');
    expect(items[1].href).toBeUndefined();
    expect(messages).toMatchObject([{ ruleId: 'link-broken', line: 4 }]);
  });

  it('cuts a nested-toc cycle without a diagnostic', () => {
    const site = siteOf({
      'nl/a/toc.yml': 'items:\n  - name: Naar B\n    href: ../b/toc.yml\n',
      'nl/b/toc.yml': 'items:\n  - name: Terug naar A\n    href: ../a/toc.yml\n',
    });
    const { items, messages } = loadToc(site, 'nl/a/toc.yml');
    expect(messages).toEqual([]);
    expect(items[0].items[0]).toEqual({ name: 'Terug naar A', items: [] });
  });

  it('reports unparsable YAML instead of throwing', () => {
    const site = siteOf({ 'nl/toc.yml': 'items:\n  - name: [unclosed\n' });
    const { items, messages } = loadToc(site, 'nl/toc.yml');
    expect(items).toEqual([]);
    expect(messages[0]).toMatchObject({ ruleId: 'frontmatter-invalid', file: 'nl/toc.yml' });
  });
});

describe('renderToc', () => {
  it('renders nested ul/li with links and spans, escaping names', () => {
    const site = siteOf({
      'nl/toc.yml': 'items:\n  - name: "A & <B>"\n    href: a.md\n    items:\n      - name: Zonder link\n',
      'nl/a.md': '# A\n',
    });
    const page = renderToc(site, 'nl/toc.yml');
    expect(page.route).toBeNull();
    const nav = parse(page.html).querySelector('nav[data-toc]');
    expect(nav?.querySelector('ul > li > a')?.getAttribute('href')).toBe('/nl/a/');
    expect(nav?.querySelector('ul > li > a')?.text).toBe('A & <B>');
    expect(nav?.querySelector('li li span')?.text).toBe('Zonder link');
  });
});

const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/superoffice', import.meta.url));

describe.skipIf(!existsSync(corpusRoot))('corpus toc files', () => {
  it('loads every nl toc.yml with links and no unexpected shapes', () => {
    const site = loadSite(corpusRoot);
    const tocs = [...site.files.values()].filter((file) => file.kind === 'toc' && file.lang === 'nl');
    expect(tocs.length).toBeGreaterThan(50);
    const count = (items: TocItem[]): number => items.reduce((sum, item) => sum + 1 + count(item.items), 0);
    let linked = 0;
    for (const toc of tocs) {
      const { items, messages } = loadToc(site, toc.path);
      expect(messages.filter((m) => m.ruleId === 'frontmatter-invalid')).toEqual([]);
      linked += count(items);
    }
    expect(linked).toBeGreaterThan(500);
  });
});
