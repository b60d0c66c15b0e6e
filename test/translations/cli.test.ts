import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'signpost-translations-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const lang of ['en', 'nl']) mkdirSync(join(root, lang));
writeFileSync(join(root, 'en/a.md'), '---\ntitle: A\n---\n# A\n\nClick the Save button to keep your changes and close the window before you continue.\n');
writeFileSync(join(root, 'en/b.md'), '---\ntitle: B\n---\n# B\n\nOnly in English.\n');
writeFileSync(join(root, 'nl/a.md'), '---\ntitle: A\n---\n# A\n\nKlik op de knop Opslaan om de wijzigingen te bewaren en sluit het venster voordat u verdergaat.\n');

function translations(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(project, 'node_modules/.bin/node'), [join(project, 'src/cli/signpost.mjs'), 'translations', ...args], { cwd: project }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('signpost translations', () => {
  it('prints the rows with issues and per-language totals', async () => {
    const { code, stdout } = await translations(root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^b\.md\s+source\s+missing$/m);
    expect(stdout).not.toMatch(/^a\.md/m);
    expect(stdout).toContain('nl: 1 missing, 0 possibly untranslated, 0 stale');
  });

  it('prints JSON with --format json and honours --source', async () => {
    const { stdout } = await translations(root, '--format', 'json', '--source', 'nl');
    const status = JSON.parse(stdout);
    expect(status.source).toBe('nl');
    expect(status.rows.find((r: { path: string }) => r.path === 'b.md').cells.nl.issues).toEqual(['missing']);
  });

  it('exits 2 with a message on usage errors', async () => {
    expect((await translations(root, '--source', 'xx')).stderr).toContain('unknown source language `xx`');
    expect((await translations(join(root, 'missing'))).code).toBe(2);
    expect((await translations(root, '--format', 'csv')).code).toBe(2);
  });
});
