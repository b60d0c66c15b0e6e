/**
 * Which toc.yml files a toc tree splices in (src/site/toc-nesting.ts), the way `loadToc`
 * expands them: folder hrefs, file hrefs, any depth, cycles cut, page hrefs ignored.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { nestedTocs } from '../../src/site/toc-nesting.ts';
import { writeContentTree } from '../e2e/support/fixture-site.ts';

const root = writeContentTree({
  'nl/toc.yml': 'items:\n  - name: A\n    href: a/\n  - name: Pagina\n    href: pagina.md\n',
  'nl/pagina.md': '# Pagina\n',
  'nl/a/toc.yml': 'items:\n  - name: B\n    items:\n      - name: B\n        href: ../b/toc.yml\n',
  'nl/b/toc.yml': '- name: Terug\n  href: ../toc.yml\n',
  'nl/kapot/toc.yml': 'items: [\n',
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('nestedTocs', () => {
  const site = loadSite(root);
  it('lists the toc files a tree splices in at any depth, once, without itself', () => {
    expect(nestedTocs(site, 'nl/toc.yml')).toEqual(['nl/a/toc.yml', 'nl/b/toc.yml']);
    expect(nestedTocs(site, 'nl/b/toc.yml')).toEqual(['nl/a/toc.yml', 'nl/toc.yml']);
  });

  it('finds nothing in a toc.yml that does not parse', () => {
    expect(nestedTocs(site, 'nl/kapot/toc.yml')).toEqual([]);
  });
});
