/**
 * The portal under a base path (SIGNPOST_BASE=/help/) and strict mode (SIGNPOST_STRICT=1 fails
 * the build on diagnostics, after printing them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_FILES } from '../e2e/support/fixture-content.ts';
import { buildSite, writeContentTree, type BuiltSite } from '../e2e/support/fixture-site.ts';

let based: BuiltSite;
let strict: BuiltSite;

beforeAll(async () => {
  const clean = Object.fromEntries(Object.entries(FIXTURE_FILES).filter(([path]) => !path.includes('kapot') && !path.includes('botsing')));
  // One after the other: concurrent astro builds share the project's .astro/ folder.
  based = await buildSite({ contentRoot: writeContentTree(clean), base: '/help/' });
  strict = await buildSite({ contentRoot: writeContentTree(FIXTURE_FILES), env: { SIGNPOST_STRICT: '1' } });
}, 300_000);

describe('base path', () => {
  const html = (route: string) => readFileSync(join(based.outDir, route, 'index.html'), 'utf8');

  it('builds', () => expect(based.status, based.output).toBe(0));

  it('prefixes navigation, language links, redirects and assets with the base', () => {
    const page = html('nl/gids/importeren');
    expect(page).toContain('href="/help/nl/gids/"');
    expect(page).toContain('href="/help/en/gids/importeren/"');
    expect(page).toContain('data-base="/help/"');
    expect(page).toMatch(/<article[\s\S]*href="\/help\/nl\/gids\/"[\s\S]*src="\/help\/media\/logo.svg"/);
    expect(page).not.toMatch(/(href|src)="\/(nl|da|en|media)\//);
    expect(html('nl/oud/importeren')).toContain('url=/help/nl/gids/importeren/');
  });

  it('keeps the search index inside the output', () => {
    expect(readFileSync(join(based.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"nl"');
  });
});

describe('strict mode', () => {
  it('fails the build when there are diagnostics, after printing them', () => {
    expect(strict.status).not.toBe(0);
    expect(strict.output).toMatch(/nl\/gids\/kapot\.md:1:1 frontmatter-invalid/);
    expect(strict.output).toContain('SIGNPOST_STRICT=1');
  });
});
