import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repairLine } from '../../plugins/remark-docfx/lib/mojibake.ts';
import { applyFixes } from '../../src/check/fix.ts';
import { createFinding } from '../../src/check/findings.ts';
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

  it('ignores findings it cannot fix and lines past the end of the file', () => {
    const root = copyTree();
    const findings = [createFinding('link-broken', 'nl/mojibake.md', 8, 'x'), createFinding('mojibake', 'nl/index.md', 400, 'x')];
    expect(applyFixes(root, findings, repairLine)).toEqual([]);
  });
});
