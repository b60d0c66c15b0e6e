/**
 * `signpost check --fix`: safe mechanical repairs, applied in place. Mojibake (spec §16): only
 * the lines the renderer reported as `mojibake` are rewritten, each with the plugin's own repair
 * function, so the fix and the diagnostic can never disagree. `ui-label-unknown`: the bold
 * phrase at the finding's line and column becomes the label it names — only when the source
 * there still reads exactly that phrase. Bytes outside those lines — BOM, line endings, front
 * matter — are written back unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from './findings.ts';

/** Repairs one line of text; returns it unchanged when nothing needs repair. */
export type LineRepair = (line: string) => string;

/** One rewritten line. */
export interface FixChange {
  file: string;
  line: number;
  before: string;
  after: string;
}

/** Rule ids `applyFixes` repairs. */
export const FIXABLE_RULE_IDS: ReadonlySet<string> = new Set(['mojibake', 'ui-label-unknown']);

/** The edit `finding` asks for on its line: mojibake repair, or its replacement at its column. */
function lineEdit(finding: Finding, repair: LineRepair): LineRepair {
  if (finding.ruleId === 'mojibake') return repair;
  const { from, to } = finding.replacement ?? { from: '', to: '' };
  const at = finding.column - 1;
  return (line) => (from !== '' && line.slice(at, at + from.length) === from ? line.slice(0, at) + to + line.slice(at + from.length) : line);
}

/**
 * Rewrites the lines named by fixable findings under `root`; returns the changes made.
 * @example applyFixes('content', [{file: 'nl/a.md', line: 4, ruleId: 'mojibake', …}], repair)
 *   // [{file: 'nl/a.md', line: 4, before: 'Ã©Ã©n keer', after: 'één keer'}]
 */
export function applyFixes(root: string, findings: readonly Finding[], repair: LineRepair): FixChange[] {
  // Per file and line, the edits in descending column order, so earlier columns stay valid.
  const linesByFile = new Map<string, Map<number, Finding[]>>();
  for (const f of findings) {
    if (!FIXABLE_RULE_IDS.has(f.ruleId)) continue;
    const lines = linesByFile.get(f.file) ?? new Map<number, Finding[]>();
    lines.set(f.line, [...(lines.get(f.line) ?? []), f].sort((a, b) => b.column - a.column));
    linesByFile.set(f.file, lines);
  }
  const changes: FixChange[] = [];
  for (const [file, lineNumbers] of [...linesByFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const absolute = join(root, file);
    const raw = readFileSync(absolute, 'utf8');
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    // Split keeping each line's own terminator, so mixed CRLF/LF files stay byte-identical.
    const parts = raw.slice(bom.length).split(/(\r\n|\n|\r)/);
    let changed = false;
    for (const [lineNumber, lineFindings] of [...lineNumbers].sort(([a], [b]) => a - b)) {
      const index = (lineNumber - 1) * 2;
      if (index >= parts.length) continue;
      const before = parts[index];
      const after = lineFindings.reduce((line, finding) => lineEdit(finding, repair)(line), before);
      if (after === before) continue;
      parts[index] = after;
      changed = true;
      changes.push({ file, line: lineNumber, before, after });
    }
    if (changed) writeFileSync(absolute, bom + parts.join(''), 'utf8');
  }
  return changes;
}
