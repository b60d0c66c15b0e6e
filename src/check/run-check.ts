/**
 * `signpost check` without the CLI: renders every page, stub, landing file and toc.yml of a
 * content tree through the dialect (no site build), adds the portal's own checks, and
 * returns deduplicated, sorted findings.
 */
import { readRootText, type SiteIndex, type TocItem } from '../../plugins/remark-docfx/index.ts';
import type { DialectApi } from './dialect.ts';
import { FindingSet, messageToFinding, summarise, type Finding, type RuleCount } from './findings.ts';
import { checkFrontMatter } from './front-matter.ts';
import { checkTocCoverage } from './toc-coverage.ts';
import { checkTocEntries } from './toc-entries.ts';
import { checkRedirects } from './redirect-checks.ts';
import { checkUnusedAssets } from './unused-assets.ts';
import { renderAll } from './render-all.ts';
import type { BoldPhrase } from './ui-labels/bold-phrases.ts';
import { labelFinding, suggestLabels } from './ui-labels/ui-label-check.ts';

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

/** Options of `runCheck`. */
export interface CheckOptions {
  /**
   * Worker threads to render with (each loads the real plugin, so only for `loadDialect()`);
   * default 1 = render in this thread with the given dialect.
   */
  jobs?: number;
}

/**
 * Checks the content tree at `root`.
 * @example const result = await runCheck('content', await loadDialect());
 *   result.errors // 0 for a clean tree
 */
export async function runCheck(root: string, dialect: DialectApi, options: CheckOptions = {}): Promise<CheckResult> {
  const site: SiteIndex = await dialect.loadSite(root);
  const findings = new FindingSet();
  for (const message of site.rootMessages ?? []) findings.add(messageToFinding(message));
  const usedAssets = new Set<string>();
  const tocs = new Map<string, TocItem[]>();
  const bold: BoldPhrase[] = [];
  const paths = [...site.files.values()].filter((f) => RENDERED_KINDS.has(f.kind)).map((f) => f.path).sort();
  for (const outcome of await renderAll(site, dialect, paths, options.jobs ?? 1)) {
    for (const message of outcome.messages) findings.add(messageToFinding(message));
    for (const reference of outcome.references) usedAssets.add(reference);
    if (outcome.bold) bold.push(...outcome.bold);
    if (outcome.tocItems) {
      tocs.set(outcome.path, outcome.tocItems);
      for (const finding of checkTocEntries(outcome.path, readRootText(site, outcome.path) ?? '')) findings.add(finding);
    }
  }
  const rendered = paths.length;
  const siteChecks = [checkFrontMatter(site), checkTocCoverage(site, tocs), checkRedirects(site), checkUnusedAssets(site, usedAssets)];
  for (const list of siteChecks) for (const finding of list) findings.add(finding);
  for (const suggestion of suggestLabels(site, bold)) findings.add(labelFinding(suggestion));
  const sorted = findings.sorted();
  const errors = sorted.filter((f) => f.severity === 'error').length;
  return { root: site.root, rendered, findings: sorted, summary: summarise(sorted), errors, warnings: sorted.length - errors };
}
