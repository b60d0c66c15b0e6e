import { describe, expect, it } from 'vitest';
import type { TocItem } from '../../plugins/remark-docfx/lib/contracts.ts';
import { branchOf, indexNavigation } from '../../src/site/language-navigation.ts';
import { localRoute } from '../../src/site/language-tree.ts';
import { renderSidebarTemplate, stampSidebar } from '../../src/site/sidebar-html.ts';
import { countItems, PRUNE_ABOVE, pruneThreshold, sectionTarget, sidebarRenderer } from '../../src/site/sidebar-prune.ts';

const item = (name: string, href?: string, items: TocItem[] = []): TocItem => ({ name, href, items });
const link = (href: string) => (href.startsWith('/') ? `/help${href}` : href);
const label = (name: string) => `${name}, section`;

// Groups with their own page (G1), without one (G2, G3: first page below), with only an external
// link (X: nothing to link a pruned group to, so it stays whole), and `expanded: true` (E).
const tree: TocItem[] = [
  item('Start', '/a/'),
  item('G1', '/g1/', [item('B', '/g1/b/'), item('G2', undefined, [item('C', '/g1/g2/c/'), item('D', '/g1/g2/d/')])]),
  item('G3', undefined, [item('Web', 'https://example.com/'), item('F & co', '/g3/f/', [item('H', '/g3/f/h/')])]),
  item('X', undefined, [item('Ext', 'https://example.org/')]),
  { ...item('E', undefined, [item('K', '/e/k/'), item('G5', undefined, [item('L', '/e/g5/l/')])]), expanded: true },
];
const navigation = indexNavigation({ items: tree, hosts: new Map(), landings: new Map() });
const tocRoutes = [...navigation.trails.keys()];
const pruned = sidebarRenderer(tree, link, 5, label);
const sidebarOf = (route: string) => pruned(branchOf(navigation, route), route);

/** Tags that open and close as often (no stray or unclosed `<ul>`, `<li>`, `<details>`). */
function expectBalanced(html: string) {
  for (const tag of ['ul', 'li', 'details', 'summary', 'a']) {
    expect(html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0, tag).toBe(html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0);
  }
}

describe('pruned sidebar', () => {
  it('counts items and reads the threshold', () => {
    expect(countItems(tree)).toBe(16);
    expect(pruneThreshold({})).toBe(PRUNE_ABOVE);
    expect(pruneThreshold({ SIGNPOST_SIDEBAR_PRUNE_ABOVE: '3' })).toBe(3);
    expect(pruneThreshold({ SIGNPOST_SIDEBAR_PRUNE_ABOVE: 'lots' })).toBe(PRUNE_ABOVE);
    expect(sectionTarget(tree[1])).toBe('/g1/');
    expect(sectionTarget(tree[2])).toBe('/g3/f/');
    expect(sectionTarget(tree[3])).toBeUndefined();
  });

  it('is byte-identical to the whole tree at or below the threshold', () => {
    const whole = renderSidebarTemplate(tree, link);
    const unpruned = sidebarRenderer(tree, link, countItems(tree), label);
    for (const route of [...tocRoutes, '/elsewhere/']) {
      const trail = branchOf(navigation, route);
      expect(unpruned(trail, route)).toBe(stampSidebar(whole, trail, route));
    }
  });

  it('opens the trail, marks the page and shows other groups as section links', () => {
    const html = sidebarOf('/g1/g2/c/');
    expect(html).toContain('<details open><summary>G1</summary>');
    expect(html).toContain('<details open><summary>G2</summary>');
    expect(html).toContain('<a href="/help/g1/g2/c/" aria-current="page">C</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toContain('<a href="/help/g3/f/" class="sp-section" aria-label="G3, section">G3</a>');
    expect(html).not.toContain('/g3/f/h/'); // a pruned group's descendants are left out
    expect(html).toContain('<summary>X</summary>'); // nothing local to link to: kept whole
    expect(html).toContain('<a href="/help/e/k/">K</a>'); // expanded by the writer: its items show
    expect(html).toContain('<a href="/help/e/g5/l/" class="sp-section" aria-label="G5, section">G5</a>');
    expectBalanced(html);
    expect(html).not.toMatch(/<details[^>]*><summary>[^<]*<\/summary><\/details>/); // no empty groups
  });

  it('shows a pruned section open on the page it links to', () => {
    const html = sidebarOf('/g3/f/');
    expect(html).toContain('<details open><summary>G3</summary>');
    expect(html).toContain('<details open><summary>F &amp; co</summary>');
    expect(html).toContain('<a href="/help/g3/f/" aria-current="page">F &amp; co</a>');
    expect(html).toContain('<a href="/help/g3/f/h/">H</a>');
    expect(html).toContain('<a href="/help/g1/" class="sp-section" aria-label="G1, section">G1</a>');
    expectBalanced(html);
  });

  it('is smaller than the whole tree and shared by pages of the same branch', () => {
    const whole = stampSidebar(renderSidebarTemplate(tree, link), branchOf(navigation, '/a/'), '/a/');
    expect(sidebarOf('/a/').length).toBeLessThan(whole.length);
    expect(sidebarOf('/g1/g2/c/').replace(' aria-current="page"', '')).toBe(sidebarOf('/g1/g2/d/').replace(' aria-current="page"', ''));
  });

  it('reaches every toc page by following sidebar links from the language home', () => {
    const seen = new Set<string>(['/home/']); // the home is no toc item: its sidebar is the top level
    const queue = ['/home/'];
    while (queue.length > 0) {
      const route = queue.shift()!;
      for (const [, href] of sidebarOf(route).matchAll(/href="([^"]+)"/g)) {
        if (!href.startsWith('/help/')) continue;
        const next = href.slice('/help'.length);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(tocRoutes.filter((route) => !seen.has(route))).toEqual([]);
    expect(tocRoutes.length).toBe(tree.flatMap(function all(i: TocItem): TocItem[] { return [i, ...i.items.flatMap(all)]; }).filter((i) => localRoute(i)).length);
  });
});
