import { describe, expect, it } from 'vitest';
import type { TocItem } from '../../plugins/remark-docfx/lib/contracts.ts';
import { branchOf, crumbsOf, indexNavigation, neighboursOf, pageCrumbName } from '../../src/site/language-navigation.ts';
import { buildLanguageTree, keepFirstOccurrence, outermostTocs } from '../../src/site/language-tree.ts';
import { renderSidebarTemplate, stampSidebar } from '../../src/site/sidebar-html.ts';

const item = (name: string, href?: string, items: TocItem[] = []): TocItem => ({ name, href, items });
const names = (items: TocItem[]): unknown[] => items.map((i) => (i.items.length ? [i.name, names(i.items)] : i.name));

// The corpus shape: no root toc; `admin/learn/toc.yml` nests the import toc (already spliced in).
const importItems = [item('Import', '/nl/admin/import/'), item('Excel', '/nl/admin/import/excel/')];
const tocs = [
  { file: 'nl/admin/import/toc.yml', items: importItems },
  { file: 'nl/admin/learn/toc.yml', items: [item('Overzicht', '/nl/admin/'), item('Import', '/nl/admin/import/', importItems)] },
  { file: 'nl/sale/learn/toc.yml', items: [item('Verkoop', '/nl/sale/learn/'), item('Offerte', '/nl/sale/quote/')] },
  { file: 'da/sale/learn/toc.yml', items: [item('Salg', '/da/sale/learn/')] },
];
const pages = [
  { route: '/nl/admin/', title: 'Beheer' },
  { route: '/nl/admin/import/', title: 'Importeren' },
  { route: '/nl/admin/import/excel/', title: 'Excel' },
  { route: '/nl/sale/', title: 'Verkoop en offertes' },
  { route: '/nl/sale/learn/', title: 'Verkoop' },
  { route: '/nl/sale/quote/', title: 'Offerte' },
  { route: '/nl/faq/', title: 'Veelgestelde vragen' },
  { route: '/nl/faq/login/', title: 'Inloggen' },
];

describe('language tree', () => {
  it('keeps only the outermost tocs (a nested toc is not repeated)', () => {
    expect(outermostTocs(tocs.slice(0, 3)).map((t) => t.file)).toEqual(['nl/admin/learn/toc.yml', 'nl/sale/learn/toc.yml']);
  });

  it('names sections by their index titles, never folder slugs, sorted by name', () => {
    const tree = buildLanguageTree({ lang: 'nl', tocs, pages }).items;
    // Toc sections first (by name), then sections of pages no toc lists.
    expect(tree.map((s) => s.name)).toEqual(['Beheer', 'Verkoop en offertes', 'Veelgestelde vragen']);
    // A section's own page is its link, or its first item when a toc lists it there.
    expect(tree.map((s) => s.href ?? s.items[0].href)).toEqual(['/nl/admin/', '/nl/sale/', '/nl/faq/']);
  });

  it('lists every page once: a group whose page is also its first item becomes a label', () => {
    const tree = buildLanguageTree({ lang: 'nl', tocs, pages }).items;
    expect(names(tree[0].items)).toEqual(['Overzicht', ['Import', ['Import', 'Excel']]]);
    expect(tree[0].href).toBeUndefined(); // "Overzicht" carries /nl/admin/
    expect(tree[0].items[1].href).toBeUndefined();
    const twice = keepFirstOccurrence([item('A', '/a/'), item('G', undefined, [item('A again', '/a/'), item('B', '/b/')])]);
    expect(names(twice)).toEqual(['A', ['G', ['B']]]);
  });

  it('uses a toc that spans sections as the top level, in its order, and hangs unlisted pages below their nearest ancestor', () => {
    const learn = { file: 'nl/learn/toc.yml', items: [item('Welkom', '/nl/learn/'), item('Verkoop', '/nl/sale/learn/', [item('Offerte', '/nl/sale/quote/')])] };
    const extra = [...pages, { route: '/nl/learn/' , title: 'Welkom' }, { route: '/nl/sale/quote/old/', title: 'Oude offertes' }];
    const tree = buildLanguageTree({ lang: 'nl', tocs: [learn, ...tocs.slice(0, 2)], pages: extra });
    expect(names(tree.items)).toEqual(['Welkom', ['Verkoop', ['Offerte']], ['Beheer', ['Overzicht', ['Import', ['Import', 'Excel']]]], ['Veelgestelde vragen', ['Veelgestelde vragen', 'Inloggen']], 'Verkoop en offertes']);
    expect(tree.hosts).toEqual(new Map([['/nl/sale/quote/old/', '/nl/sale/quote/']]));
    const navigation = indexNavigation(tree);
    // The spanning toc's landing is the section its pages sit in: breadcrumbs start there.
    expect(crumbsOf(navigation, '/nl/sale/quote/old/', new Map()).map((c) => c.name)).toEqual(['Welkom', 'Verkoop', 'Offerte']);
    expect(crumbsOf(navigation, '/nl/learn/', new Map())).toEqual([]);
    expect(branchOf(navigation, '/nl/sale/quote/old/').map((i) => i.name)).toEqual(['Verkoop', 'Offerte']);
    expect(neighboursOf(navigation, '/nl/sale/quote/old/')).toEqual({});
  });

  it('gives a sub-toc\'s own overview page the crumbs of its toc path, the group as the current page', () => {
    // nl/learn/toc.yml nests nl/security/privacy/learn/toc.yml, whose first item is the group's own page.
    const privacy = [item('Overzicht', '/nl/security/privacy/learn/'), item('Bewerken', '/nl/security/privacy/learn/edit/')];
    const learn = { file: 'nl/learn/toc.yml', items: [item('Overzicht', '/nl/learn/'), item('Privacy en AVG', '/nl/security/privacy/learn/', privacy), item('Verkoop', '/nl/sale/learn/')] };
    const extra = [...pages, { route: '/nl/learn/', title: 'Welkom' }, { route: '/nl/security/privacy/learn/', title: 'Privacy' }, { route: '/nl/security/privacy/learn/edit/', title: 'Bewerken' }];
    const navigation = indexNavigation(buildLanguageTree({ lang: 'nl', tocs: [learn, ...tocs], pages: extra }));
    const titles = new Map(extra.map((p) => [p.route, p.title]));
    // Start › Welkom › Privacy en AVG › Privacy: every crumb a working link or the current page.
    expect(crumbsOf(navigation, '/nl/security/privacy/learn/', titles)).toEqual([{ name: 'Welkom', route: '/nl/learn/' }, { name: 'Privacy en AVG', current: true }]);
    // Its own crumb is its item in the group, as the sidebar shows it, not the group's name twice.
    const crumbs = crumbsOf(navigation, '/nl/security/privacy/learn/', titles);
    expect(pageCrumbName(navigation, '/nl/security/privacy/learn/', crumbs, 'Privacy')).toBe('Overzicht');
    const edit = crumbsOf(navigation, '/nl/security/privacy/learn/edit/', titles);
    expect(pageCrumbName(navigation, '/nl/security/privacy/learn/edit/', edit, 'Bewerken (titel)')).toBe('Bewerken (titel)');
    expect(crumbsOf(navigation, '/nl/security/privacy/learn/edit/', titles)).toEqual([
      { name: 'Welkom', route: '/nl/learn/' }, { name: 'Privacy en AVG', route: '/nl/security/privacy/learn/' },
    ]);
    // Sections outside the spanning toc keep their own trail.
    expect(crumbsOf(navigation, '/nl/admin/import/excel/', titles).map((c) => c.name)).toEqual(['Beheer', 'Import']);
  });

  it('uses a root toc.yml as it is', () => {
    const root = { file: 'nl/toc.yml', items: [item('Exact Online', '/nl/exact-online/')] };
    expect(buildLanguageTree({ lang: 'nl', tocs: [...tocs, root], pages: [] }).items.map((s) => s.name)).toEqual(['Exact Online']);
    // Pages the root toc leaves out still get a place (after it), so every page has a trail.
    expect(buildLanguageTree({ lang: 'nl', tocs: [...tocs, root], pages }).items.map((s) => s.name)).toEqual(['Exact Online', 'Beheer', 'Veelgestelde vragen', 'Verkoop en offertes']);
  });
});

describe('language navigation', () => {
  const navigation = indexNavigation(buildLanguageTree({ lang: 'nl', tocs, pages }));
  const titles = new Map(pages.map((p) => [p.route, p.title]));

  it('reads every page once, across sections and sub-tocs', () => {
    expect(navigation.order.map((i) => i.href)).toEqual([
      '/nl/admin/', '/nl/admin/import/', '/nl/admin/import/excel/', '/nl/sale/', '/nl/sale/learn/', '/nl/sale/quote/', '/nl/faq/', '/nl/faq/login/',
    ]);
    expect(neighboursOf(navigation, '/nl/admin/import/excel/')).toMatchObject({ previous: { href: '/nl/admin/import/' }, next: { href: '/nl/sale/' } });
    expect(neighboursOf(navigation, '/nl/nowhere/')).toEqual({});
  });

  it('gives breadcrumbs along the toc path, and along folders for pages outside it', () => {
    // Label groups link to their own page (their first item).
    expect(crumbsOf(navigation, '/nl/admin/import/excel/', titles)).toEqual([
      { name: 'Beheer', route: '/nl/admin/' }, { name: 'Import', route: '/nl/admin/import/' },
    ]);
    expect(crumbsOf(navigation, '/nl/sale/extra/page/', titles)).toEqual([{ name: 'Verkoop en offertes', route: '/nl/sale/' }]);
  });
});

describe('sidebar HTML', () => {
  const tree = [item('G', '/g/', [item('A', '/a/'), item('H', undefined, [item('B', '/b/')])]), item('C <&>', '/c/')];
  const template = renderSidebarTemplate(tree, (href) => `/help${href}`);

  it('renders nested collapsible groups, escaped, closed by default', () => {
    const html = stampSidebar(template, [], '/none/');
    expect(html).toBe('<ul><li><details><summary>G</summary><ul><li><a href="/help/g/">G</a></li><li><a href="/help/a/">A</a></li>'
      + '<li><details><summary>H</summary><ul><li><a href="/help/b/">B</a></li></ul></details></li></ul></details></li>'
      + '<li><a href="/help/c/">C &lt;&amp;&gt;</a></li></ul>');
  });

  it('opens the current branch and marks the current page only', () => {
    const html = stampSidebar(template, [tree[0], tree[0].items[1], tree[0].items[1].items[0]], '/b/');
    expect(html.match(/<details open>/g)).toHaveLength(2);
    expect(html).toContain('<a href="/help/b/" aria-current="page">B</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(stampSidebar(template, [], '/none/')).not.toContain('open'); // the template itself is untouched
  });
});
