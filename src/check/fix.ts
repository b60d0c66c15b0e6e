/**
 * `signpost check --fix`: safe mechanical repairs, applied in place. Today that is mojibake
 * (spec §16): only the lines the renderer reported as `mojibake` are rewritten, each with the
 * plugin's own repair function, so the fix and the diagnostic can never disagree. Bytes
 * outside those lines — BOM, line endings, front matter — are written back unchanged.
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
export const FIXABLE_RULE_IDS: ReadonlySet<string> = new Set(['mojibake']);

/**
 * Rewrites the lines named by fixable findings under `root`; returns the changes made.
 * @example applyFixes('content', [{file: 'nl/a.md', line: 4, ruleId: 'mojibake', …}], repair)
 *   // [{file: 'nl/a.md', line: 4, before: 'Ã©Ã©n keer', after: 'één keer'}]
 */
export function applyFixes(root: string, findings: readonly Finding[], repair: LineRepair): FixChange[] {
  const linesByFile = new Map<string, Set<number>>();
  for (const f of findings) {
    if (!FIXABLE_RULE_IDS.has(f.ruleId)) continue;
    const set = linesByFile.get(f.file) ?? new Set<number>();
    set.add(f.line);
    linesByFile.set(f.file, set);
  }
  const changes: FixChange[] = [];
  for (const [file, lineNumbers] of [...linesByFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const absolute = join(root, file);
    const raw = readFileSync(absolute, 'utf8');
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    // Split keeping each line's own terminator, so mixed CRLF/LF files stay byte-identical.
    const parts = raw.slice(bom.length).split(/(\r\n|\n|\r)/);
    let changed = false;
    for (const lineNumber of [...lineNumbers].sort((a, b) => a - b)) {
      const index = (lineNumber - 1) * 2;
      if (index >= parts.length) continue;
      const before = parts[index];
      const after = repair(before);
      if (after === before) continue;
      parts[index] = after;
      changed = true;
      changes.push({ file, line: lineNumber, before, after });
    }
    if (changed) writeFileSync(absolute, bom + parts.join(''), 'utf8');
  }
  return changes;
}
