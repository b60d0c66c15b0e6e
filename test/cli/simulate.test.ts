/** `signpost simulate --input FILE` as the conformance README specifies it, run as a real process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'signpost-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function signpost(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/signpost.mjs', 'simulate', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('signpost simulate', () => {
  it('prints the output JSON of a valid input (BOM tolerated)', () => {
    const input = { flavour: 'superoffice', settings: { person: { match: 'none' } }, rows: [{ 'company.name': 'Holm' }] };
    const result = signpost('--input', file('ok.json', `\uFEFF${JSON.stringify(input)}`));
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.ok).toBe(true);
    expect(output.rows[0].company).toMatchObject({ outcome: 'created', id: 1 });
  });

  it('prints validation failures as ordinary output', () => {
    const result = signpost(`--input=${file('bad.json', '{"flavour":"fax","rows":[]}')}`);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: false, errors: [{ code: 'INVALID_INPUT', path: 'flavour' }] });
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.json'), /cannot read .*ENOENT/],
    ['a non-JSON file', () => file('text.json', 'flavour: superoffice'), /is not JSON/],
  ])('exits 2 with one line on stderr for %s', (_name, path, message) => {
    const result = signpost('--input', path());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it.each([[['--input']], [['--fast', '--input', 'x.json']], [[]]])('exits 2 with usage for %j', (args) => {
    const result = signpost(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: signpost simulate --input <file>');
  });
});
