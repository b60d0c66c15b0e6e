/**
 * `signpost-page-not-in-toc`: content pages that no toc.yml of their language links to, so
 * readers can reach them only by search or by a link. The hrefs are resolved by the toc
 * loader of the plugin (spec §18.1, nested tocs expanded) — this module only compares sets.
 */
import type { SiteIndex, TocItem } from '../../plugins/remark-docfx/index.ts';
import { createFinding, type Finding } from './findings.ts';

function collectPages(items: readonly TocItem[], into: Set<string>): void {
  for (const item of items) {
    if (item.page) into.add(item.page);
    collectPages(item.items ?? [], into);
  }
}

/**
 * Findings for content pages (served, in a language folder) missing from every toc.yml.
 * Languages without any toc.yml are skipped: the site has no navigation there to be in.
 * @param tocs loaded items per toc.yml path
 * @example checkTocCoverage(site, new Map([['nl/toc.yml', [{name: 'A', page: 'nl/a.md', items: []}]]]))
 *   // flags nl/b.md, not nl/a.md
 */
export function checkTocCoverage(site: SiteIndex, tocs: ReadonlyMap<string, readonly TocItem[]>): Finding[] {
  const linked = new Set<string>();
  const languagesWithToc = new Set<string | null>();
  for (const [tocPath, items] of tocs) {
    languagesWithToc.add(site.files.get(tocPath)?.lang ?? null);
    collectPages(items, linked);
  }
  const findings: Finding[] = [];
  for (const file of site.files.values()) {
    if (file.kind !== 'page' || file.route === null || file.lang === null) continue;
    if (!languagesWithToc.has(file.lang) || linked.has(file.path)) continue;
    findings.push(
      createFinding(
        'signpost-page-not-in-toc',
        file.path,
        1,
        `Unexpected page outside navigation: no toc.yml of \`${file.lang}\` links to it; add an item with \`href\` to a toc.yml`,
      ),
    );
  }
  return findings;
}
