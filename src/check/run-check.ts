/**
 * `signpost check` without the CLI: renders every page, stub, landing file and toc.yml of a
 * content tree through the dialect (no site build), adds the portal's own checks, and
 * returns deduplicated, sorted findings.
 */
import type { SiteIndex, TocItem } from '../../plugins/remark-docfx/lib/contracts.ts';
import type { DialectApi } from './dialect.ts';
import { FindingSet, messageToFinding, summarise, type Finding, type RuleCount } from './findings.ts';
import { checkFrontMatter } from './front-matter.ts';
import { checkTocCoverage } from './toc-coverage.ts';
import { checkTocEntries } from './toc-entries.ts';
import { checkRedirects } from './redirects.ts';
import { checkUnusedAssets, collectAssetReferences } from './assets.ts';
import { readSource } from './source-lines.ts';

/** Outcome of checking one content tree. */
export interface CheckResult {
  /** Absolute content root. */
  root: string;
  /** Number of files rendered (pages, stubs, landing files, toc.yml). */
  rendered: number;
  findings: Finding[];
  summary: RuleCount[];
  errors: number;
  warnings: number;
}

const RENDERED_KINDS = new Set(['page', 'stub', 'landing', 'toc']);

/**
 * Checks the content tree at `root`.
 * @example const result = await runCheck('content', await loadDialect());
 *   result.errors // 0 for a clean tree
 */
export async function runCheck(root: string, dialect: DialectApi): Promise<CheckResult> {
  const site: SiteIndex = await dialect.loadSite(root);
  const findings = new FindingSet();
  const usedAssets = new Set<string>();
  const tocs = new Map<string, TocItem[]>();
  let rendered = 0;
  const paths = [...site.files.values()].filter((f) => RENDERED_KINDS.has(f.kind)).map((f) => f.path).sort();
  for (const path of paths) {
    const page = await dialect.renderPage(site, path);
    rendered += 1;
    for (const message of page.messages) findings.add(messageToFinding(message));
    collectAssetReferences(path, page.html, usedAssets);
    if (site.files.get(path)?.kind === 'toc') {
      tocs.set(path, await dialect.loadToc(site, path));
      for (const finding of checkTocEntries(path, readSource(site.root, path))) findings.add(finding);
    }
  }
  const siteChecks = [checkFrontMatter(site), checkTocCoverage(site, tocs), checkRedirects(site), checkUnusedAssets(site, usedAssets)];
  for (const list of siteChecks) for (const finding of list) findings.add(finding);
  const sorted = findings.sorted();
  const errors = sorted.filter((f) => f.severity === 'error').length;
  return { root: site.root, rendered, findings: sorted, summary: summarise(sorted), errors, warnings: sorted.length - errors };
}
