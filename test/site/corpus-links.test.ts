/**
 * Link check over the built nl+da corpus (../shared/corpus/superoffice): every internal href/src
 * in article bodies resolves to a built file, except those marked broken (and named by the build's
 * diagnostics). Needs a full corpus build (~1.5 min), so it runs only with SIGNPOST_CORPUS_TESTS=1.
 * SIGNPOST_CORPUS_DIST=<dir> reuses an existing build of the corpus instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, type LinkReport } from '../e2e/support/link-check.ts';
import { PROJECT_ROOT, buildSite } from '../e2e/support/fixture-site.ts';

const corpus = join(PROJECT_ROOT, '../shared/corpus/superoffice');
const enabled = process.env.SIGNPOST_CORPUS_TESTS === '1' && existsSync(corpus);

describe.skipIf(!enabled)('nl+da corpus links', () => {
  let report: LinkReport;
  let output = '';

  beforeAll(async () => {
    let outDir = process.env.SIGNPOST_CORPUS_DIST;
    if (!outDir) {
      const built = await buildSite({ contentRoot: corpus });
      expect(built.status, built.output.slice(-2000)).toBe(0);
      outDir = built.outDir;
      output = built.output;
    }
    report = checkLinks(outDir);
    console.log(`corpus link check: ${JSON.stringify({ ...report, unresolved: report.unresolved.length })}`);
  }, 900_000);

  it('checks the links of every content page', () => {
    expect(report.pages).toBeGreaterThan(900);
    expect(report.checked).toBeGreaterThan(1000);
  });

  it('resolves every internal link that is not marked broken', () => {
    expect(report.unresolved.slice(0, 20)).toEqual([]);
  });

  it('names the broken links in the build diagnostics', () => {
    if (output) expect(output).toMatch(/^(nl|da)\/\S+:\d+:\d+ link-broken /m);
  });
});
