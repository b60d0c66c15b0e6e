import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repairLine } from '../../plugins/remark-docfx/lib/mojibake.ts';
import { applyFixes } from '../../src/check/fix.ts';
import { createFinding } from '../../src/check/findings.ts';
import { loadDialect } from '../../src/check/dialect.ts';
import { runCheck } from '../../src/check/run-check.ts';
import { CHECK_TREE } from './fixture-expectations.ts';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-fix-'));
  temps.push(dir);
  cpSync(CHECK_TREE, dir, { recursive: true });
  return dir;
}

describe('applyFixes', () => {
  it('repairs the reported mojibake line and keeps BOM, CRLF and every other byte', () => {
    const root = copyTree();
    const path = join(root, 'nl/mojibake.md');
    const before = readFileSync(path);
    const changes = applyFixes(root, [createFinding('mojibake', 'nl/mojibake.md', 8, 'Repaired')], repairLine);
    expect(changes).toEqual([{ file: 'nl/mojibake.md', line: 8, before: 'Dit gebeurt Ã©Ã©n keer.', after: 'Dit gebeurt één keer.' }]);
    const after = readFileSync(path);
    expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const expected = before.toString('utf8').replace('Ã©Ã©n', 'één');
    expect(after.toString('utf8')).toBe(expected);
    expect(after.toString('utf8').match(/\r\n/g)).toHaveLength(9);
    // Second pass over the same finding: nothing left to do, file untouched.
    expect(applyFixes(root, [createFinding('mojibake', 'nl/mojibake.md', 8, 'Repaired')], repairLine)).toEqual([]);
    expect(readFileSync(path)).toEqual(after);
  });

  it('writes the product label a ui-label-unknown finding names, at its column only', async () => {
    const root = copyTree();
    const path = join(root, 'nl/includes/shared-steps.md');
    const { findings } = await runCheck(root, await loadDialect());
    const labels = findings.filter((f) => f.ruleId === 'ui-label-unknown');
    expect(labels.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'nl/includes/shared-steps.md:3:34 Unexpected bold `Samenvoegen - lege velden bijwerken`: not a product label; did you mean `Samenvoegen, lege velden bijwerken`?',
    ]);
    const changes = applyFixes(root, labels, repairLine);
    expect(changes.map((c) => c.after)).toEqual(['3. Kies bij **Actie** de optie **Samenvoegen, lege velden bijwerken**.']);
    expect(readFileSync(path, 'utf8').split('\n').slice(0, 2)).toEqual(['1. Open het menu.', '2. Kies [Instellingen](settings-that-are-gone.md).']);
    const again = await runCheck(root, await loadDialect());
    expect(again.findings.filter((f) => f.ruleId === 'ui-label-unknown')).toEqual([]);
    // The source changed under the finding: the fix leaves the line alone.
    expect(applyFixes(root, labels, repairLine)).toEqual([]);
  });

  it('ignores findings it cannot fix and lines past the end of the file', () => {
    const root = copyTree();
    const findings = [createFinding('link-broken', 'nl/mojibake.md', 8, 'x'), createFinding('mojibake', 'nl/index.md', 400, 'x')];
    expect(applyFixes(root, findings, repairLine)).toEqual([]);
  });
});
