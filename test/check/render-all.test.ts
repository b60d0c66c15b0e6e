import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDialect } from '../../src/check/dialect.ts';
import { renderAll, renderInProcess } from '../../src/check/render-all.ts';
import { CHECK_TREE } from './fixture-expectations.ts';

describe('renderAll', () => {
  it('gives the same outcomes, in the same order, on worker threads as in process', async () => {
    const dialect = await loadDialect();
    const site = await dialect.loadSite(fileURLToPath(CHECK_TREE));
    const paths = [...site.files.values()].filter((f) => f.kind !== 'asset' && f.kind !== 'include').map((f) => f.path).sort();
    const local = await renderInProcess(site, dialect, paths);
    const threaded = await renderAll(site, dialect, paths, 2, 1);
    expect(threaded).toEqual(local);
    expect(local.find((o) => o.path === 'nl/images.md')?.references).toContain('media/used.svg');
    expect(local.find((o) => o.path === 'nl/toc.yml')?.tocItems?.length).toBeGreaterThan(0);
  });
});
