/**
 * The finding model of `signpost check`: one problem at one place, deduplicated across
 * pages (an include file used by twenty pages reports its broken link once) and sorted the
 * way compilers print them.
 */
import type { DocfxMessage } from '../../plugins/remark-docfx/index.ts';
import { severityOf, type Severity } from '../diagnostics/severity.ts';

/** One problem in a content tree, at a content-root relative file and 1-based line. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

/** Count of findings of one rule, for the summary. */
export interface RuleCount {
  ruleId: string;
  severity: Severity;
  count: number;
}

/**
 * Converts a renderer message to a finding (column 1 when the renderer gave none).
 * @example messageToFinding({ruleId: 'link-broken', file: 'nl/a.md', line: 3, message: 'x', fatal: false})
 *   // {file: 'nl/a.md', line: 3, column: 1, severity: 'error', ruleId: 'link-broken', message: 'x'}
 */
export function messageToFinding(message: Omit<DocfxMessage, 'ruleId'> & { ruleId: string }): Finding {
  return createFinding(message.ruleId, message.file, message.line, message.message, message.column);
}

/** Builds a finding with the severity the rule id implies. */
export function createFinding(ruleId: string, file: string, line: number, message: string, column = 1): Finding {
  return { file, line: Math.max(1, line || 1), column: Math.max(1, column || 1), severity: severityOf(ruleId), ruleId, message };
}

/**
 * Collects findings, keeping each (file, line, ruleId, message) once — the same include
 * file rendered from several pages yields the same message several times (spec §2.3).
 */
export class FindingSet {
  #byKey = new Map<string, Finding>();

  /** Adds a finding unless an identical one is already present. */
  add(finding: Finding): void {
    const key = `${finding.file}\u0000${finding.line}\u0000${finding.ruleId}\u0000${finding.message}`;
    if (!this.#byKey.has(key)) this.#byKey.set(key, finding);
  }

  /** The findings sorted by path (code point order), line, column, then rule id. */
  sorted(): Finding[] {
    return [...this.#byKey.values()].sort(compareFindings);
  }
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Counts findings per rule id, errors first, then by descending count.
 * @example summarise([linkBroken, linkBroken, mojibake])
 *   // [{ruleId: 'link-broken', severity: 'error', count: 2}, {ruleId: 'mojibake', severity: 'warning', count: 1}]
 */
export function summarise(findings: readonly Finding[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of findings) {
    const entry = counts.get(f.ruleId) ?? { ruleId: f.ruleId, severity: f.severity, count: 0 };
    entry.count += 1;
    counts.set(f.ruleId, entry);
  }
  return [...counts.values()].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      b.count - a.count ||
      (a.ruleId < b.ruleId ? -1 : 1),
  );
}
