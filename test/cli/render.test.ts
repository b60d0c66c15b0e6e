/**
 * `signpost render` as the conformance runner calls it: JSON only on stdout, exit 2 and one
 * stderr line on usage errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'docfx-cli-'));
for (const [path, text] of Object.entries({
  'nl/a.md': '# A\n\n[!include[x](includes/weg.md)]\n',
  'nl/stub.md': '---\nredirect_url: https://example.com/s\n---\n',
  'nl/toc.yml': 'items:\n  - name: A\n    href: a.md\n',
  'nl/merge.md': [
    '# Samenvoegen', '',
    ':::merge-example{company-match="name" company-action="merge"}',
    '| company.name | company.street | company.vatNo |', '|---|---|---|', '| ACME Inc. | Main street 456 | |', '',
    '| company.name | company.street | company.vatNo |', '|---|---|---|', '| ACME Inc. | Broadway 123 | 11223344 |',
    ':::', '',
  ].join('\n'),
})) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const signpost = (...args: string[]) =>
  spawnSync(join(project, 'node_modules/.bin/node'), [join(project, 'src/cli/signpost.mjs'), 'render', ...args], { encoding: 'utf8', cwd: project });

describe('signpost render', () => {
  it('prints one JSON object per entry and nothing else', () => {
    const result = signpost('--root', root, '--json', 'nl/a.md', 'nl/stub.md', 'nl/toc.yml');
    expect(result.status).toBe(0);
    const pages = JSON.parse(result.stdout);
    expect(pages.map((item: { file: string; route: string | null }) => [item.file, item.route])).toEqual([
      ['nl/a.md', '/nl/a/'], ['nl/stub.md', '/nl/stub/'], ['nl/toc.yml', null],
    ]);
    expect(Object.keys(pages[0]).sort()).toEqual(['file', 'html', 'messages', 'route']);
    expect(pages[0].messages).toEqual([{ ruleId: 'include-missing', file: 'nl/a.md', line: 3, column: 1, message: expect.stringContaining('includes/weg.md'), fatal: false }]);
    expect(pages[1].html).toContain('data-redirect="https://example.com/s"');
    expect(pages[2].html).toContain('data-toc');
  });

  it('computes :::merge-example tables as the site does (merge fills only the empty VAT number)', () => {
    const result = signpost('--root', root, '--json', 'nl/merge.md');
    expect(result.status).toBe(0);
    const [page] = JSON.parse(result.stdout);
    expect(page.html).toContain('data-merge-example');
    expect(page.html).not.toContain(':::merge-example');
    const outcome = page.html.slice(page.html.indexOf('data-entity="company"'));
    expect(outcome).toContain('data-outcome="updated"');
    expect(outcome).toMatch(/→ 11223344/);
    expect(outcome).not.toMatch(/→ Broadway 123/);
  });

  it('exits 2 with one line on stderr for usage errors', () => {
    for (const args of [[], ['--json', 'nl/a.md'], ['--root', root, 'nl/a.md'], ['--root', root, '--json'], ['--root', root, '--json', 'nl/nope.md'], ['--root', join(root, 'nope'), '--json', 'x.md'], ['--bogus']]) {
      const result = signpost(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')[0]).toMatch(/^signpost render: /);
    }
  });
});
