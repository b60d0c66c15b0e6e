/**
 * Incremental production builds (issue 15): a second `astro build` with the same cache folder
 * re-renders only what a change reaches and copies the rest, and its output equals a cold
 * build of the changed tree byte for byte — every file in dist. Steps on one fixture tree:
 * one page edited, a shared include edited, a page added and another deleted, an asset changed
 * while files of the output were deleted, edited and added by hand, a build into another output
 * folder, a title changed (every sidebar shows it).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_FILES } from '../e2e/support/fixture-content.ts';
import { buildSite, writeContentTree, type BuiltSite } from '../e2e/support/fixture-site.ts';

const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n# ${title}\n\n${body}\n`;

/** The fixture plus pages sharing an include and linking to each other. */
const TREE: Record<string, string> = {
  ...FIXTURE_FILES,
  'nl/gids/tweede.md': page('Tweede gids', '[!include[stappen](includes/stappen.md)]\n\nZie [alleen Nederlands](alleen-nl.md).'),
  'nl/gids/derde.md': page('Derde gids', 'Op zichzelf, zonder invoeging.'),
};

const work = mkdtempSync(join(tmpdir(), 'signpost-incremental-'));
const incremental = join(work, 'incremental');
let contentRoot: string;

/** Every file below `dir` (sorted, `/` separators). */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Files that differ between two output folders: missing on either side or with other bytes. */
function differences(a: string, b: string): string[] {
  const [left, right] = [filesOf(a), filesOf(b)];
  const all = [...new Set([...left, ...right])].sort();
  return all.filter((file) => !left.includes(file) || !right.includes(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}

/** Builds the tree incrementally and cold; returns both, after checking both succeeded. */
async function buildBoth(): Promise<{ next: BuiltSite; cold: BuiltSite }> {
  const next = await buildSite({ contentRoot, work: incremental });
  const cold = await buildSite({ contentRoot, work: mkdtempSync(join(work, 'cold-')) });
  expect(next.status, next.output).toBe(0);
  expect(cold.status, cold.output).toBe(0);
  return { next, cold };
}

/** `[rendered, pages]` from the loader's log line of an incremental build. */
function renderCounts(output: string): [number, number] {
  const match = /rendered (\d+) of (\d+) pages, reusing (\d+) of (\d+) generated routes/.exec(output);
  expect(match, output).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

const reusedRoutes = (output: string) => Number(/reusing (\d+) of/.exec(output)?.[1] ?? -1);

beforeAll(async () => {
  contentRoot = writeContentTree(TREE);
  const first = await buildSite({ contentRoot, work: incremental });
  expect(first.status, first.output).toBe(0);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental build equals a cold build of the changed tree', () => {
  it('after one page changed: renders that page and the page linking to it, copies the others', async () => {
    writeFileSync(join(contentRoot, 'nl/gids/alleen-nl.md'), page('Alleen Nederlands', 'Deze pagina heeft nu een nieuwe zin.'));
    const { next, cold } = await buildBoth();
    expect(renderCounts(next.output)).toEqual([2, renderCounts(next.output)[1]]);
    expect(reusedRoutes(next.output)).toBeGreaterThan(5);
    expect(differences(next.outDir, cold.outDir)).toEqual([]);
    expect(readFileSync(join(next.outDir, 'nl/gids/alleen-nl/index.html'), 'utf8')).toContain('een nieuwe zin');
  }, 300_000);

  it('after a shared include changed: renders the pages reading it', async () => {
    writeFileSync(join(contentRoot, 'nl/gids/includes/stappen.md'), 'Een gewijzigde stap over kolommen koppelen.\n');
    const { next, cold } = await buildBoth();
    expect(renderCounts(next.output)[0]).toBe(2); // importeren.md and tweede.md
    expect(differences(next.outDir, cold.outDir)).toEqual([]);
    expect(readFileSync(join(next.outDir, 'nl/gids/tweede/index.html'), 'utf8')).toContain('Een gewijzigde stap');
  }, 300_000);

  it('after a page was added and another deleted', async () => {
    writeFileSync(join(contentRoot, 'nl/gids/nieuw.md'), page('Nieuwe pagina', 'Zie de [derde gids](derde.md).'));
    rmSync(join(contentRoot, 'nl/tabbladen.md'));
    const { next, cold } = await buildBoth();
    expect(renderCounts(next.output)[0]).toBeLessThan(renderCounts(next.output)[1]);
    expect(differences(next.outDir, cold.outDir)).toEqual([]);
    expect(filesOf(next.outDir)).toContain('nl/gids/nieuw/index.html');
    expect(filesOf(next.outDir)).not.toContain('nl/tabbladen/index.html');
  }, 300_000);

  it('after an asset changed and the output folder was changed by hand: restores what a cold build writes', async () => {
    writeFileSync(join(contentRoot, 'media/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"><circle r="6"/></svg>\n');
    // The previous build's files stay where they are (output-ledger.ts); one deleted, one edited
    // and a stray file added must not survive into the next build's output.
    rmSync(join(incremental, 'dist/nl/gids/derde/index.html'));
    const fragment = filesOf(join(incremental, 'dist')).find((file) => file.startsWith('pagefind/fragment/nl_'))!;
    writeFileSync(join(incremental, 'dist', fragment), 'changed by hand');
    writeFileSync(join(incremental, 'dist/nl/stray.html'), '<p>not from this build</p>');
    const { next, cold } = await buildBoth();
    expect(reusedRoutes(next.output)).toBeGreaterThan(5);
    expect(differences(next.outDir, cold.outDir)).toEqual([]);
    expect(readFileSync(join(next.outDir, 'media/logo.svg'), 'utf8')).toContain('<circle');
  }, 300_000);

  it('into another output folder with the same cache: a whole site, though every render is reused', async () => {
    const elsewhere = join(work, 'elsewhere');
    const next = await buildSite({ contentRoot, work: incremental, env: { SIGNPOST_OUT: elsewhere } });
    const cold = await buildSite({ contentRoot, work: mkdtempSync(join(work, 'cold-')) });
    expect(next.status, next.output).toBe(0);
    expect(renderCounts(next.output)[0]).toBe(0);
    expect(reusedRoutes(next.output)).toBe(0);
    expect(differences(elsewhere, cold.outDir)).toEqual([]);
  }, 300_000);

  it('after a title changed: every page is generated again (sidebars and breadcrumbs show titles)', async () => {
    writeFileSync(join(contentRoot, 'nl/gids/derde.md'), page('Derde gids hernoemd', 'Op zichzelf, zonder invoeging.'));
    const { next, cold } = await buildBoth();
    expect(reusedRoutes(next.output)).toBe(0);
    expect(differences(next.outDir, cold.outDir)).toEqual([]);
    expect(readFileSync(join(next.outDir, 'nl/gids/derde/index.html'), 'utf8')).toContain('Derde gids hernoemd');
  }, 300_000);
});
