/**
 * `.mdx` pages in the dialect (issue 14): `<Simulator>` and `<MergeExample>` render exactly as
 * the `::simulator` / `:::merge-example` directives of the `.md` twin; a syntax error is a
 * positioned `mdx-syntax` message and a page saying so, never a throw; code and unknown
 * components stay visible as text with an `mdx-unsupported` warning; includes and `.md` pages
 * never parse as MDX, even in a processor that registered remark-mdx (Astro's MDX compiler).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkDocfx, { loadSite, renderPage } from '../../plugins/remark-docfx/index.ts';
import { mergeExample } from '../../src/simulators/merge-example.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const MDX_TREE = fileURLToPath(new URL('../fixtures/mdx-tree/', import.meta.url));
const site = loadSite(MDX_TREE);
const render = (path: string) => renderPage(site, path, { directives: { 'merge-example': mergeExample } });
const places = (messages: { ruleId: string; line: number; column?: number }[]) => messages.map((m) => `${m.line}:${m.column ?? 1} ${m.ruleId}`).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('.mdx pages', () => {
  it('are pages with routes like .md pages', () => {
    expect(site.files.get('en/mdx/page.mdx')).toMatchObject({ kind: 'page', route: '/en/mdx/page/', title: 'Twin' });
  });

  it('render the include, alert, reference link, <Simulator> and <MergeExample> as the .md twin does', () => {
    const [md, mdx] = [render('en/md/page.md'), render('en/mdx/page.mdx')];
    expect(mdx.messages).toEqual([]);
    expect(mdx.html).toBe(md.html);
    for (const part of ['<strong>backup</strong>', 'data-alert="note"', 'href="/en/other/#target"', 'data-simulator="import-settings"', 'data-merge-example']) expect(mdx.html).toContain(part);
  });

  it('turn a syntax error into a positioned message and a page that says so', () => {
    const page = render('en/broken.mdx');
    expect(places(page.messages)).toEqual(['7:19 mdx-syntax']);
    expect(page.messages[0].message).toMatch(/^Cannot compile this MDX page: Unexpected closing slash `\/` in tag, expected an open tag first/);
    expect(page.html).toContain('data-include-error="mdx-syntax"');
  });

  it('place an unclosed component at its opening tag, and survive hostile nesting', () => {
    const root = mkdtempSync(join(tmpdir(), 'signpost-mdx-'));
    mkdirSync(join(root, 'en'));
    writeFileSync(join(root, 'en/unclosed.mdx'), '# A\n\n<MergeExample rule="x">\n\nText\n');
    writeFileSync(join(root, 'en/deep.mdx'), `x {${'('.repeat(20_000)}1${')'.repeat(20_000)}}\n`);
    const hostile = loadSite(root);
    expect(places(renderPage(hostile, 'en/unclosed.mdx').messages)).toEqual(['3:1 mdx-syntax']);
    expect(places(renderPage(hostile, 'en/deep.mdx').messages)).toEqual([expect.stringMatching(/^1:\d+ mdx-syntax$/)]);
  });

  it('show import/export, {expressions} and unknown components as text, each with a warning', () => {
    const page = render('en/unsupported.mdx');
    expect(places(page.messages)).toEqual(['5:1 mdx-unsupported', '9:17 mdx-unsupported', '11:1 mdx-unsupported']);
    for (const text of ["import Chart from './chart.js'", 'One plus one is {1 + 1}.', '&#x3C;Chart kind="pie" />']) expect(page.html).toContain(text);
  });

  it('never parse an .md page as MDX, even in a processor with remark-mdx', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDocfx, { site });
    const file = new VFile({ path: join(MDX_TREE, 'en/other.md'), value: 'Braces {stay} and <b>tags</b> too.\n' });
    const tree = processor.runSync(processor.parse(file), file);
    expect(JSON.stringify(tree)).not.toContain('mdx');
  });
});

describe('signpost render and check on .mdx', () => {
  const signpost = (...args: string[]) => spawnSync(join(project, 'node_modules/.bin/node'), [join(project, 'src/cli/signpost.mjs'), ...args], { encoding: 'utf8', cwd: project });

  it('render prints the MDX page with its components and the broken page with its message', () => {
    const result = signpost('render', '--root', MDX_TREE, '--json', 'en/mdx/page.mdx', 'en/broken.mdx');
    expect(result.status, result.stderr).toBe(0);
    const [page, broken] = JSON.parse(result.stdout);
    expect(page.html).toContain('data-simulator="import-settings"');
    expect(page.html).toContain('signpost-merge-example');
    expect(places(broken.messages)).toEqual(['7:19 mdx-syntax']);
  });

  it('check reports the syntax error at its line and column, as an error', () => {
    const result = signpost('check', MDX_TREE, '--format', 'json');
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings as { file: string; line: number; column: number; ruleId: string; severity: string }[];
    // (The fixture pages lack uid/language: `signpost-frontmatter-missing` warnings, not counted here.)
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    expect(errors).toEqual(['en/broken.mdx:7:19 mdx-syntax', 'en/unsupported.mdx:5:1 mdx-unsupported', 'en/unsupported.mdx:9:17 mdx-unsupported', 'en/unsupported.mdx:11:1 mdx-unsupported']);
  });
});
