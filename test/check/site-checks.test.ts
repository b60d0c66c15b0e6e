import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import { checkFrontMatter } from '../../src/check/front-matter.ts';
import { checkRedirects, toRoute } from '../../src/check/redirect-checks.ts';
import { checkTocEntries } from '../../src/check/toc-entries.ts';
import { checkTocCoverage } from '../../src/check/toc-coverage.ts';
import { checkUnusedAssets, collectAssetReferences } from '../../src/check/unused-assets.ts';
import { CHECK_TREE } from './fixture-expectations.ts';

const root = fileURLToPath(CHECK_TREE);
const site = loadSite(root);
const where = (findings: { file: string; line: number; ruleId: string }[]) => findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

describe('portal checks on the fixture tree', () => {
  it('flags content pages without title, uid or language, and only those', () => {
    const findings = checkFrontMatter(site);
    expect(where(findings)).toEqual(['nl/no-meta.md:1 signpost-frontmatter-missing']);
    expect(findings[0].message).toContain('`uid`, `language`');
    expect(findings[0].message).not.toContain('`title`');
  });

  it('reports both members of a redirect loop, a redirect into nothing and a redirect_from another file serves', () => {
    expect(where(checkRedirects(site)).sort()).toEqual([
      'nl/gone.md:2 signpost-redirect-missing',
      'nl/loop-one.md:2 signpost-redirect-loop',
      'nl/loop-two.md:2 signpost-redirect-loop',
      'nl/moved.md:5 signpost-redirect-shadowed',
    ]);
  });

  it('finds toc items that have neither href nor children, at their line', () => {
    const text = readFileSync(new URL('nl/toc.yml', CHECK_TREE), 'utf8');
    expect(where(checkTocEntries('nl/toc.yml', text))).toEqual(['nl/toc.yml:37 signpost-toc-entry-empty']);
    expect(checkTocEntries('x/toc.yml', 'items: [oops')).toEqual([]);
    expect(where(checkTocEntries('x/toc.yml', '- name: Bare list\n- name: Linked\n  href: a.md\n'))).toEqual(['x/toc.yml:1 signpost-toc-entry-empty']);
  });

  it('flags served content pages that no toc links to', () => {
    const linked = [...site.files.values()].filter((f) => f.kind === 'page' && f.path !== 'nl/orphan.md');
    const items = linked.map((f) => ({ name: f.path, page: f.path, items: [] }));
    const tocs = new Map([['nl/toc.yml', [{ name: 'root', items }]]]);
    expect(where(checkTocCoverage(site, tocs))).toEqual(['nl/orphan.md:1 signpost-page-not-in-toc']);
    // A language without any toc.yml has no navigation to be missing from.
    expect(checkTocCoverage(site, new Map())).toEqual([]);
  });

  it('counts an asset as used when rendered HTML points at it, by URL or relative path', () => {
    const used = new Set<string>();
    collectAssetReferences('nl/images.md', '<img src="/media/used.svg?v=1" data-image-missing><a href="https://x.test/media/unused.svg">', used);
    expect(where(checkUnusedAssets(site, used))).toEqual(['media/unused.svg:1 signpost-asset-unused']);
    const relative = new Set<string>();
    collectAssetReferences('nl/images.md', "<img src='../media/unused.svg'><img src=\"/media/used%2Esvg\">", relative);
    expect(checkUnusedAssets(site, relative)).toEqual([]);
  });

  it('normalises redirect targets to routes', () => {
    expect(toRoute('/NL/Admin/Import.md#x')).toBe('/nl/admin/import/');
    expect(toRoute('/nl/a/index.html?q=1')).toBe('/nl/a/');
    expect(toRoute('/nl/a')).toBe('/nl/a/');
  });
});
