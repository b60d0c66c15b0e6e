/**
 * Which findings fail `signpost check`. The dialect itself reports everything as a warning
 * (spec §2.3: rendering always completes); the writers' workflow decides what blocks a
 * publish. Errors are problems a reader sees as broken output (a missing include, a dead
 * link, an image that does not load, a page that is not served); warnings are cosmetic,
 * auto-fixable or editorial.
 */

/** Severity of a finding: errors set exit status 1, warnings only under `--strict`. */
export type Severity = 'error' | 'warning';

/** Rule ids that are errors; every other rule id (dialect or `signpost-…`) is a warning. */
export const ERROR_RULE_IDS: ReadonlySet<string> = new Set([
  // Dialect rules (spec §2.3) whose output is visibly broken or whose page is not served.
  'include-missing',
  'include-cycle',
  'include-outside-root',
  'link-broken',
  'xref-unresolved',
  'image-missing',
  'reference-undefined',
  'snippet-missing',
  'frontmatter-invalid',
  'uid-duplicate',
  'route-collision',
  'tab-unclosed',
  'encoding-invalid', // the page renders empty, the include as nothing
  // Portal checks: a redirect loop or a redirect into nothing strands the reader.
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
