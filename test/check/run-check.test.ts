import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocfxMessage, SiteIndex } from '../../plugins/remark-docfx/lib/contracts.ts';
import { loadSite } from '../../plugins/remark-docfx/lib/site-index.ts';
import type { CheckedEntry, DialectApi } from '../../src/check/dialect.ts';
import { runCheck } from '../../src/check/run-check.ts';
import { CHECK_TREE } from './fixture-expectations.ts';

const root = fileURLToPath(CHECK_TREE);

/** A dialect whose renderer reports one shared include problem from every page. */
function fakeDialect(): DialectApi & { rendered: string[] } {
  const rendered: string[] = [];
  const shared: DocfxMessage = { ruleId: 'link-broken', file: 'nl/includes/shared-steps.md', line: 2, message: 'Cannot find `x.md`', fatal: false };
  return {
    rendered,
    loadSite,
    checkEntry(site: SiteIndex, path: string): CheckedEntry {
      rendered.push(path);
      const kind = site.files.get(path)?.kind;
      if (kind === 'toc') {
        // The fake toc links every page.
        const tocItems = [...site.files.values()].filter((f) => f.kind === 'page').map((f) => ({ name: f.path, page: f.path, items: [] }));
        return { messages: [], references: [], tocItems };
      }
      return kind === 'page' ? { messages: [shared, ...site.fileMessages(path)], references: ['media/used.svg'] } : { messages: [], references: [] };
    },
  };
}

describe('runCheck', () => {
  it('renders every page, stub and toc.yml but no include file', async () => {
    const dialect = fakeDialect();
    await runCheck(root, dialect);
    expect(dialect.rendered).toContain('nl/toc.yml');
    expect(dialect.rendered).toContain('nl/loop-one.md');
    expect(dialect.rendered).toContain('nl/collide/index.md');
    expect(dialect.rendered.some((p) => p.includes('/includes/'))).toBe(false);
    expect(dialect.rendered).toEqual([...dialect.rendered].sort());
  });

  it('reports an include problem once however many pages include it', async () => {
    const result = await runCheck(root, fakeDialect());
    expect(result.findings.filter((f) => f.file === 'nl/includes/shared-steps.md')).toHaveLength(1);
  });

  it('adds the portal checks and counts errors and warnings', async () => {
    const result = await runCheck(root, fakeDialect());
    const rules = new Set(result.findings.map((f) => f.ruleId));
    for (const rule of ['signpost-asset-unused', 'signpost-redirect-loop', 'signpost-frontmatter-missing', 'signpost-toc-entry-empty', 'uid-duplicate']) {
      expect(rules).toContain(rule);
    }
    // The fake toc links every page, so nothing is outside navigation.
    expect(rules).not.toContain('signpost-page-not-in-toc');
    expect(result.errors + result.warnings).toBe(result.findings.length);
    expect(result.summary.reduce((n, s) => n + s.count, 0)).toBe(result.findings.length);
  });
});
