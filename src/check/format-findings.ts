/**
 * Output of `signpost check`: compiler-style lines (`path:line:col  error  ruleId  message`,
 * which editors and CI annotators turn into links) with a per-rule summary, or JSON.
 */
import type { CheckResult } from './run-check.ts';

/**
 * Text report; `displayRoot` prefixes each content-root relative path so that the printed
 * paths open from the directory the command ran in.
 * @example formatText(result, 'content')
 *   // 'content/nl/a.md:3:1  error    link-broken  Cannot find …\n\n  1 error    link-broken\n\n1 error, 0 warnings (4 files checked)\n'
 */
export function formatText(result: CheckResult, displayRoot: string): string {
  const prefix = displayRoot === '' || displayRoot === '.' ? '' : `${displayRoot.replace(/\/+$/, '')}/`;
  const ruleWidth = Math.max(0, ...result.findings.map((f) => f.ruleId.length));
  const lines = result.findings.map(
    (f) => `${prefix}${f.file}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.ruleId.padEnd(ruleWidth)}  ${f.message}`,
  );
  if (lines.length > 0) lines.push('');
  const countWidth = Math.max(1, ...result.summary.map((s) => String(s.count).length));
  for (const rule of result.summary) {
    lines.push(`  ${String(rule.count).padStart(countWidth)} ${rule.severity.padEnd(7)}  ${rule.ruleId}`);
  }
  if (result.summary.length > 0) lines.push('');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} (${plural(result.rendered, 'file')} checked)`);
  return `${lines.join('\n')}\n`;
}

/** JSON report: `{root, rendered, errors, warnings, findings: […], summary: […]}`. */
export function formatJson(result: CheckResult): string {
  const { root, rendered, errors, warnings, findings, summary } = result;
  return `${JSON.stringify({ root, rendered, errors, warnings, findings, summary }, null, 2)}\n`;
}
