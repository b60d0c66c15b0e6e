/**
 * Pages rendered by the render worker (large sites) are byte-identical to pages rendered on the
 * loader's thread: builds the fixture both ways and compares every built page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_FILES } from '../e2e/support/fixture-content.ts';
import { buildSite, writeContentTree, type BuiltSite } from '../e2e/support/fixture-site.ts';

let single: BuiltSite;
let pooled: BuiltSite;
const pages = (site: BuiltSite) =>
  readdirSync(site.outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name).slice(site.outDir.length))
    .sort();

beforeAll(async () => {
  const root = writeContentTree(FIXTURE_FILES);
  // One after the other: concurrent astro builds share the project's .astro/ folder.
  single = await buildSite({ contentRoot: root, env: { SIGNPOST_RENDER_WORKERS: '0' } });
  pooled = await buildSite({ contentRoot: root, env: { SIGNPOST_RENDER_WORKERS: '1' } });
}, 300_000);

describe('render worker', () => {
  it('builds the same pages with and without the worker', () => {
    expect(pooled.status, pooled.output).toBe(0);
    expect(single.status, single.output).toBe(0);
    expect(pooled.output).not.toMatch(/render worker:/);
    expect(pages(pooled)).toEqual(pages(single));
  });

  it('renders every page byte for byte the same', () => {
    const different = pages(single).filter(
      (page) => readFileSync(join(single.outDir, page), 'utf8') !== readFileSync(join(pooled.outDir, page), 'utf8'),
    );
    expect(different).toEqual([]);
  });

  it('prints the same diagnostics', () => {
    const diagnostics = (output: string) => output.split('\n').filter((l) => /^[a-z]{2}\/\S+:\d+:\d+ /.test(l));
    expect(diagnostics(pooled.output)).toEqual(diagnostics(single.output));
  });
});
