/**
 * The nl+da corpus (../shared/corpus/superoffice) as readers get it, after one build: compound
 * parts found through the search box in Chromium, and checks over every built page — no page
 * body of undecoded bytes, no unresolved Astro image placeholder, no dead landing-card anchor
 * whose page exists, the UTF-16 redirect stub a redirect. Needs a full corpus build (~1.5–3 min);
 * part of `npm test` whenever the corpus is beside the project (SIGNPOST_CORPUS_TESTS=0 skips it),
 * SIGNPOST_CORPUS_DIST=<dir> reuses a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/site/static-server.ts';
import { launchBrowser } from './support/browser.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from './support/fixture-site.ts';
import { parse } from 'node-html-parser';
import { articleText, compoundOnlyAboveWhole, hasWord, rankedResults, startsWord, typeSearch } from './support/search-box.ts';
import { startServer } from './support/site-server.ts';

const corpus = join(PROJECT_ROOT, '../shared/corpus/superoffice');
const enabled = process.env.SIGNPOST_CORPUS_TESTS !== '0' && existsSync(corpus);

/** Every built HTML file: content-root-free path (`nl/a/index.html`) → text. */
function builtPages(outDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    pages.set(posix.normalize(file.slice(outDir.length + 1).split('\\').join('/')), readFileSync(file, 'utf8'));
  }
  return pages;
}

/** The article body of a built page (between the search-body article tags), or ''. */
const articleOf = (html: string) => /<article\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';

/** The built file of route `/nl/a/` (`nl/a/index.html`). */
const fileOfRoute = (route: string) => `${route.replace(/^\//, '')}index.html`;

describe.skipIf(!enabled)('nl+da corpus for readers', () => {
  let built: Pick<BuiltSite, 'outDir' | 'base'>;
  let pages: Map<string, string>;
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    const reuse = process.env.SIGNPOST_CORPUS_DIST;
    if (reuse) built = { outDir: reuse, base: '/' };
    else {
      const fresh = await buildSite({ contentRoot: corpus });
      expect(fresh.status, fresh.output.slice(-2000)).toBe(0);
      built = fresh;
    }
    pages = builtPages(built.outDir);
    server = await startServer({ ...built, contentRoot: corpus, status: 0, output: '' });
    browser = await launchBrowser();
    page = await browser.newPage();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = (route: string) => new URL(route.replace(/^\//, ''), server.url).href;

  // A part, its stem (what the stemmer matches) and a page that holds it only inside a compound.
  const searches = [
    { lang: 'nl', query: 'instellingen excel', stem: 'instell', compoundOnly: '/nl/admin/import/from-excel/', compound: /importinstellingen/i },
    { lang: 'da', query: 'indstillinger excel', stem: 'indstill', compoundOnly: '/da/admin/import/from-excel/', compound: /importindstillinger/i },
  ];
  for (const { lang, query, stem, compoundOnly, compound } of searches) {
    it(`finds ${compoundOnly} by the part of its compound ("${query}")`, async () => {
      await page.goto(url(`/${lang}/`));
      const text = await articleText(page, compoundOnly);
      expect(text).toMatch(compound);
      expect(startsWord(text, stem)).toBe(false); // only inside the compound
      const listed = await typeSearch(page, url(`/${lang}/`), query);
      expect(listed.map((result) => result.path)).toContain(compoundOnly);
      expect(listed.every((result) => !/~\^+~/.test(result.excerpt))).toBe(true);
    });
  }

  // The single word: every page that has it ranks above every page that has it only inside a
  // compound, over the whole result list, and the search box lists the top of that list.
  const strict = [
    { lang: 'nl', part: 'instellingen', compoundOnly: '/nl/admin/import/from-excel/' },
    { lang: 'da', part: 'indstillinger', compoundOnly: '/da/admin/import/from-excel/' },
  ];
  for (const { lang, part, compoundOnly } of strict) {
    it(`ranks every ${lang} page with "${part}" itself above every page that has it only inside a compound`, async () => {
      await page.goto(url(`/${lang}/`));
      const ranked = await rankedResults(page, part);
      const inCompounds = ranked.filter((result) => result.partsOnly).map((result) => result.path);
      expect(inCompounds).toContain(compoundOnly);
      expect(inCompounds.length).toBeGreaterThan(5);
      // A page whose text has the word itself is never taken for a compound-only one. (A page with
      // only `indstilling` or `indstille` is: Pagefind's Danish stemmer does not fold those into
      // `indstillinger`, so only the compound's parts find it.)
      const textOf = (path: string) => parse(articleOf(pages.get(fileOfRoute(path)) ?? '')).text;
      expect(inCompounds.filter((path) => hasWord(textOf(path), part))).toEqual([]);
      expect(compoundOnlyAboveWhole(ranked)).toEqual([]);
      const listed = await typeSearch(page, url(`/${lang}/`), part);
      expect(listed.map((result) => result.path)).toEqual(ranked.slice(0, listed.length).map((result) => result.path));
    }, 120_000);
  }

  it('has no page whose body is undecoded bytes', () => {
    const garbled = [...pages].filter(([, html]) => /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(articleOf(html))).map(([path]) => path);
    expect(garbled).toEqual([]);
  });

  it('serves the UTF-16 stub da/request/learn/external-document.md as a redirect', () => {
    const html = pages.get('da/request/learn/external-document/index.html') ?? '';
    expect(html).toContain('http-equiv="refresh" content="0; url=https://docs.superoffice.com/da/knowledge-base/learn/external-document.html"');
  });

  it('has no Astro image placeholder: images outside the root keep src and alt', () => {
    expect([...pages].filter(([, html]) => html.includes('__ASTRO_IMAGE_')).map(([path]) => path)).toEqual([]);
    const outside = [...pages.values()].flatMap((html) => articleOf(html).match(/<img\b[^>]*data-image-missing[^>]*>/g) ?? []);
    expect(outside.length).toBeGreaterThan(0);
    for (const img of outside) expect(img).toMatch(/\bsrc="[^"]+"[^>]*\balt="|\balt="[^>]*\bsrc="[^"]+"/);
  });

  it('links every landing card `x.md#anchor` whose page exists to that page and anchor', () => {
    const checked: string[] = [];
    for (const lang of ['nl', 'da']) {
      for (const yml of readdirSync(join(corpus, lang), { recursive: true }).map(String).filter((path) => path.endsWith('index.yml'))) {
        const landing = `${lang}/${yml.split('\\').join('/')}`;
        const html = articleOf(pages.get(fileOfRoute(`/${dirname(landing)}/`.toLowerCase())) ?? '');
        for (const [, target, anchor] of readFileSync(join(corpus, landing), 'utf8').matchAll(/url:\s*["']?([^\s"'#]+\.md)#([^\s"']+)/g)) {
          const path = posix.normalize(posix.join(posix.dirname(landing), target));
          if (!existsSync(join(corpus, path))) continue; // a dead target stays a broken card
          const route = `/${path.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/')}`.toLowerCase();
          checked.push(`${landing} → ${route}#${anchor}`);
          expect(html, landing).toContain(`href="${route}#${anchor}"`);
          expect(pages.has(fileOfRoute(route)), route).toBe(true);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(10);
  });
});
