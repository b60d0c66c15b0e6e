/** `signpost simulate --input FILE` as the conformance README specifies it, run as a real process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';

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

  it('streams exactly the bytes of JSON.stringify(simulate(input)), in both formats', () => {
    // Existing records out of id order, rows that update, create, match twice and find nothing.
    const companies = Array.from({ length: 300 }, (_, i) => ({ id: 1000 - i * 3, name: `Firma ${i}`, city: i % 2 ? 'Ry' : null }));
    const persons = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, companyId: 1000 - i * 3, lastName: `Holm ${i}`, email: [`p${i}@x.test`] }));
    const rows = Array.from({ length: 900 }, (_, i) => ({
      'company.name': i % 3 === 0 ? `firma ${i % 400}` : `Ny ${i % 450}`, 'company.city': ['Aarhus', 'Ry', ''][i % 3],
      'person.lastName': `Holm ${i % 350}`, 'person.email': `p${i % 350}@x.test`,
    }));
    const input = {
      flavour: 'superoffice',
      settings: { company: { match: 'name', action: 'replace' }, person: { match: 'email', action: 'merge', ifNoCompanyName: 'skip' } },
      existing: { companies, persons },
      rows,
    };
    const expected = simulate(input);
    if (!expected.ok) throw new Error('refused');
    expect(expected.summary.companies?.updated).toBeGreaterThan(0);
    const path = file('mixed.json', JSON.stringify(input));
    const out = join(dir, 'mixed.out.json');
    expect(signpost('--input', path, '--output', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(expected)}\n`);
    expect(signpost('--input', path, '--output', out, '--format', 'ndjson').status).toBe(0);
    const { rows: rowResults, ...rest } = expected;
    expect(readFileSync(out, 'utf8')).toBe(`${[...rowResults, rest].map((part) => JSON.stringify(part)).join('\n')}\n`);
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
