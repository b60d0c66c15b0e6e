import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_TREE, EXPECTED_FINDINGS } from './fixture-expectations.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const node = join(project, 'node_modules/.bin/node');
const fixture = fileURLToPath(CHECK_TREE);
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function signpost(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(node, [join(project, 'src/cli/signpost.mjs'), ...args], { cwd: project }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-check-'));
  temps.push(dir);
  return dir;
}

/** `file:line ruleId` of the finding lines of a text report. */
const findingsOf = (stdout: string, prefix: string) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => {
      const [place, , ruleId] = line.slice(prefix.length).split(/\s{2,}/);
      return `${place.replace(/:\d+$/, '')} ${ruleId}`;
    });

describe('signpost check on the fixture tree', () => {
  it('reports every defect at its line, sorted, and exits 1', async () => {
    const { code, stdout } = await signpost('check', 'test/fixtures/check-tree');
    expect(findingsOf(stdout, 'test/fixtures/check-tree/')).toEqual(EXPECTED_FINDINGS);
    expect(stdout).toMatch(/^ +3 error +link-broken$/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^18 errors, 8 warnings \(\d+ files checked\)$/);
    expect(code).toBe(1);
  });

  it('prints the same findings as valid JSON with a summary', async () => {
    const { code, stdout } = await signpost('check', fixture, '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(EXPECTED_FINDINGS);
    expect(report.summary.find((s: { ruleId: string }) => s.ruleId === 'mojibake')).toEqual({ ruleId: 'mojibake', severity: 'warning', count: 1 });
    expect([report.errors, report.warnings]).toEqual([18, 8]);
    expect(code).toBe(1);
  });

  it('--fix repairs the mojibake line and the misspelt label in place and a second run is clean of them', async () => {
    const root = tempDir();
    cpSync(fixture, root, { recursive: true });
    const fixed = await signpost('check', root, '--fix');
    expect(fixed.stdout).toContain(`${root}/nl/mojibake.md:8  fixed  "Dit gebeurt Ã©Ã©n keer." → "Dit gebeurt één keer."`);
    expect(fixed.stdout).toContain(`${root}/nl/includes/shared-steps.md:3  fixed  "3. Kies bij **Actie** de optie **Samenvoegen - lege velden bijwerken**." → "3. Kies bij **Actie** de optie **Samenvoegen, lege velden bijwerken**."`);
    expect(fixed.stdout).toContain('2 lines fixed');
    expect(findingsOf(fixed.stdout, `${root}/`)).not.toContain('nl/mojibake.md:8 mojibake');
    const again = await signpost('check', root, '--fix', '--format', 'json');
    expect(again.stderr).toContain('0 lines fixed');
    const report = JSON.parse(again.stdout);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'mojibake')).toEqual([]);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'ui-label-unknown')).toEqual([]);
    expect(report.findings).toHaveLength(EXPECTED_FINDINGS.length - 2);
  });
});

describe('signpost check exit status', () => {
  it('is 0 with only warnings, 1 with --strict', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'nl'));
    writeFileSync(join(root, 'nl/a.md'), '---\nuid: a\ntitle: A\nlanguage: nl\n---\n# A\n\nDit gebeurt Ã©Ã©n keer.\n');
    const relaxed = await signpost('check', root);
    expect(relaxed.stdout).toContain('0 errors, 1 warning');
    expect(relaxed.code).toBe(0);
    expect((await signpost('check', root, '--strict')).code).toBe(1);
  });

  it('is 2 with a clear message on usage errors', async () => {
    const badFormat = await signpost('check', fixture, '--format', 'xml');
    expect([badFormat.code, badFormat.stderr]).toEqual([2, expect.stringContaining('unknown format `xml`')]);
    const missing = await signpost('check', join(tempDir(), 'nope'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('cannot find content directory')]);
    const unknown = await signpost('check', '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
  });
});
