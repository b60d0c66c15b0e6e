/**
 * Which findings fail `signpost check`, shared by the checks (src/check/findings.ts) and the
 * site's dev panel (src/components/DevDiagnostics.astro), so both show the same severity. The
 * dialect itself reports everything as a warning (spec §2.3: rendering always completes); the
 * writers' workflow decides what blocks a publish. Errors are problems a reader sees as broken
 * output (a missing include, a dead link, an image that does not load, a page that is not
 * served); warnings are cosmetic, auto-fixable or editorial.
 */
import { RULE_IDS } from '../../plugins/remark-docfx/index.ts';

/** Severity of a finding: errors set exit status 1, warnings only under `--strict`. */
export type Severity = 'error' | 'warning';

/** The dialect rules that stay warnings: repaired on render (`mojibake`) or editorial (`language-mismatch`). */
const DIALECT_WARNINGS: ReadonlySet<string> = new Set(['mojibake', 'language-mismatch']);

/**
 * Rule ids that are errors: every other dialect rule (spec §2.3), whose output is visibly
 * broken or whose page is not served, and the portal checks where a redirect loop or a
 * redirect into nothing strands the reader. Every other rule id is a warning.
 */
export const ERROR_RULE_IDS: ReadonlySet<string> = new Set([
  ...RULE_IDS.filter((ruleId) => !DIALECT_WARNINGS.has(ruleId)),
  'signpost-redirect-loop',
  'signpost-redirect-missing',
]);

/**
 * Severity of `ruleId`.
 * @example severityOf('link-broken') // 'error'
 * @example severityOf('mojibake') // 'warning' (repaired on render, `--fix` rewrites it)
 */
export function severityOf(ruleId: string): Severity {
  return ERROR_RULE_IDS.has(ruleId) ? 'error' : 'warning';
}
