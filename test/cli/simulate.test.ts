/** `signpost simulate --input FILE` as the conformance README specifies it, run as a real process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  const contacts = {
    flavour: 'superoffice', settings: { person: { match: 'none' } },
    rows: [{ 'company.name': 'Holm' }, { 'company.name': 'Vang' }, { 'company.name': 'Holm' }],
  };

  it('writes the same JSON to --output as to standard output', () => {
    const input = file('three.json', JSON.stringify(contacts));
    const out = join(dir, 'three.out.json');
    const toFile = signpost('--input', input, '--output', out);
    expect(toFile).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(signpost('--input', input).stdout);
  });

  it('streams NDJSON: one line per row result, then the rest of the output', () => {
    const input = file('three-nd.json', JSON.stringify(contacts));
    const whole = JSON.parse(signpost('--input', input).stdout);
    const result = signpost('--input', input, '--format', 'ndjson');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3)).toEqual(whole.rows);
    const { rows: _rows, ...rest } = whole;
    expect(lines[3]).toEqual(rest);
    expect(lines[0].company.outcome).toBe('created');
  });

  it('exits 1 with one line when the output cannot be written', () => {
    const input = file('one.json', JSON.stringify(contacts));
    const result = signpost('--input', input, '--output', join(dir, 'no-such-folder', 'out.json'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/cannot write .*ENOENT/)]);
  });

  it('refuses an unknown format with usage', () => {
    const result = signpost('--input', 'x.json', '--format', 'xml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage:');
  });
});
