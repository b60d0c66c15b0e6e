/**
 * `.mdx` pages in a real `astro build` (issue 14): compiled by @astrojs/mdx's compiler with the
 * DocFX plugins, the MDX twin's article is the Markdown twin's, byte for byte — include,
 * alert, reference link, simulator and merge example — with the same route, toc entry,
 * search body and Markdown twin; a broken `.mdx` is a positioned diagnostic in the build
 * output and a page with a notice, never a failed build; the `.mdx` source is not published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../e2e/support/fixture-site.ts';

const MDX_TREE = fileURLToPath(new URL('../fixtures/mdx-tree/', import.meta.url));
let built: BuiltSite;
beforeAll(async () => {
  built = await buildSite({ contentRoot: MDX_TREE });
}, 600_000);

const html = (route: string) => readFileSync(join(built.outDir, route, 'index.html'), 'utf8');
// The whole element: its search attributes (data-pagefind-body, title meta) are compared too.
const article = (route: string) => /<article[^>]*>[\s\S]*?<\/article>/.exec(html(route))?.[0] ?? '';

describe('a tree with .mdx pages', () => {
  it('builds, printing each MDX problem once at file:line:col', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('en/broken.mdx:7:19 mdx-syntax Cannot compile this MDX page: Unexpected closing slash `/` in tag');
    expect(built.output).toMatch(/en\/unsupported\.mdx:9:17 mdx-unsupported Cannot evaluate `\{…\}`/);
    expect(built.output).not.toMatch(/en\/(md|mdx)\/page\.mdx?:/);
  });

  it('renders the MDX twin exactly as the Markdown twin', () => {
    const mdx = article('en/mdx/page');
    expect(mdx).toBe(article('en/md/page'));
    expect(mdx).toContain('data-pagefind-body');
    for (const part of ['<strong>backup</strong>', 'data-alert="note"', 'href="/en/other/#target"', 'data-simulator="import-settings"', 'data-merge-example']) expect(mdx).toContain(part);
    // The page loads the simulator island and sits in the sidebar as the current page.
    expect(html('en/mdx/page')).toMatch(/<script type="module" src="\/_astro\/SimulatorScript[^"]*\.js">/);
    expect(html('en/mdx/page')).toMatch(/<a(?=[^>]*href="\/en\/mdx\/page\/")(?=[^>]*aria-current="page")[^>]*>/);
  });

  it('gives the MDX page its redirect and language switch', () => {
    expect(html('en/old-twin')).toContain('url=/en/mdx/page/');
    expect(html('en/mdx/page')).toMatch(/<a(?=[^>]*href="\/nl\/mdx\/page\/")(?=[^>]*hreflang="nl")[^>]*>/);
  });

  it('gives the MDX page a Markdown twin and an llms.txt line, and never publishes its source', () => {
    expect(readFileSync(join(built.outDir, 'en/mdx/page/index.md'), 'utf8')).toContain('Make a **backup** of the database');
    expect(readFileSync(join(built.outDir, 'en/llms.txt'), 'utf8')).toContain('/en/mdx/page/');
    expect(existsSync(join(built.outDir, 'en/mdx/page.mdx'))).toBe(false);
  });

  it('serves the broken page with a notice for readers', () => {
    expect(article('en/broken')).toContain('This part of the page is not available');
    expect(article('en/broken')).not.toContain('Cannot compile');
  });
});
