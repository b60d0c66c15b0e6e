/**
 * The portal on the bundled `content/` tree, in a browser: per-language search, the language
 * switch between real pages, reading (homes labelled by toc titles, one reading order per
 * language, breadcrumbs, no sideways scroll at 390 px on any page, the menu by keyboard) and
 * axe-core scans of every page type at 1280 and 390 px in nl, da and en.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanWithAxe } from './support/browser.ts';
import { PROJECT_ROOT } from './support/fixture-site.ts';
import { openPortal, type PortalSession } from './support/portal-session.ts';
import { articleText, compoundOnlyAboveWhole, rankedResults, startsWord, typeSearch } from './support/search-box.ts';
import { breadcrumbs, builtRoutes, crumbProblems, followNext, pageFiles, readPage, tocPages, writersNoise } from './support/reading-checks.ts';
import { axeByRoute, clickLikeAPerson, pause, sidewaysOverflow, tabTo, WIDTHS } from './support/reader.ts';

let portal: PortalSession;
let page: Page;
const url = (route: string) => portal.url(route);

beforeAll(async () => {
  portal = await openPortal(join(PROJECT_ROOT, 'content'));
  page = await portal.browser.newPage();
});

afterAll(async () => portal?.close());

describe('bundled content', () => {
  it('searches Dutch pages only from a Dutch page', async () => {
    await page.goto(url('/nl/'));
    await page.getByRole('searchbox').fill('import');
    const links = page.locator('.sp-search__list a');
    await links.first().waitFor({ timeout: 15_000 });
    const paths = await links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.every((p) => p.startsWith('/nl/'))).toBe(true);
  });

  it('switches a real page from Dutch to Danish and English', async () => {
    await page.goto(url('/nl/import/'));
    for (const [name, lang] of [['Dansk', 'da'], ['English', 'en']] as const) {
      const href = await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name }).getAttribute('href');
      expect(href).toMatch(new RegExp(`^/${lang}/`));
    }
  });

  for (const route of ['/nl/', '/da/import/', '/en/exact-online/imports/', '/en/import/settings/products/']) {
    it(`has no axe violations on ${route}`, async () => {
      await page.goto(url(route));
      expect(await scanWithAxe(page)).toEqual([]);
    });
  }
});

describe('compound-word search on the bundled content', () => {
  // Each query: a part of a compound, its stem (what Pagefind's stemmer matches), and a page
  // that holds it only inside a compound.
  const cases = [
    { lang: 'nl', part: 'instellingen', stem: 'instell', compoundOnly: '/nl/import/empty-database/', compound: /importinstellingen/i },
    { lang: 'da', part: 'indstillinger', stem: 'indstill', compoundOnly: '/da/import/empty-database/', compound: /importindstillingerne/i },
  ];

  for (const { lang, part, stem, compoundOnly, compound } of cases) {
    it(`finds the ${lang} page that has "${part}" only inside a compound, and ranks whole-word pages first`, async () => {
      await page.goto(url(`/${lang}/`));
      const text = await articleText(page, compoundOnly);
      expect(text).toMatch(compound);
      expect(startsWord(text, stem)).toBe(false); // the premise: only the compound is on the page
      const narrowed = await typeSearch(page, url(`/${lang}/`), `${part} database`);
      const hit = narrowed.find((result) => result.path === compoundOnly);
      expect(hit, narrowed.map((result) => result.path).join(', ')).toBeDefined();
      const listed = await typeSearch(page, url(`/${lang}/`), part);
      // Excerpts show the pages' own words: a marked compound whole, never the index's joiner.
      for (const result of [...narrowed, ...listed]) {
        expect(result.excerpt).not.toMatch(/~\^+~/);
        for (const marked of result.marked.filter((text) => text.toLowerCase().includes(part) && !startsWord(text, stem))) expect(marked).toMatch(/^\p{L}+$/u);
      }
      // Every page with the word itself ranks above every page that has it only in a compound,
      // over all results; the box lists the first of them.
      const ranked = await rankedResults(page, part);
      const inCompounds = ranked.filter((result) => result.partsOnly).map((result) => result.path);
      expect(inCompounds).toContain(compoundOnly);
      for (const path of inCompounds) expect(startsWord(await articleText(page, path), stem), path).toBe(false);
      expect(compoundOnlyAboveWhole(ranked)).toEqual([]);
      expect(listed.map((result) => result.path)).toEqual(ranked.slice(0, listed.length).map((result) => result.path));
    });
  }
});

describe('reading the bundled content', () => {
  const content = join(PROJECT_ROOT, 'content');
  const langs = ['nl', 'da', 'en'];

  it('labels each home by its root toc.yml titles, in toc order', () => {
    for (const lang of langs) {
      const home = readPage(portal.built.outDir, `/${lang}/`) ?? '';
      const sections = [...home.matchAll(/<li class="sp-card"><h2>(?:<a [^>]*>)?([^<]*)/g)].map((m) => m[1]);
      expect(sections.length, lang).toBeGreaterThan(1);
      expect(sections.filter((name) => readdirSync(join(content, lang)).includes(name)), lang).toEqual([]);
    }
    const nl = readPage(portal.built.outDir, '/nl/') ?? '';
    expect(nl.indexOf('>Importeren<')).toBeLessThan(nl.indexOf('>Exact Online<'));
    expect(nl).not.toContain('>exact-online<');
  });

  it('follows rel="next" from the first page through every toc page once, in each language', () => {
    for (const lang of langs) {
      const chain = followNext(portal.built.outDir, lang);
      const toc = [...tocPages(content, lang).keys()];
      expect(toc.filter((route) => !chain.includes(route)), lang).toEqual([]);
      expect(new Set(chain).size, lang).toBe(chain.length);
    }
    // Across sub-tocs: the settings sub-toc is entered and left in order.
    const nl = followNext(portal.built.outDir, 'nl');
    expect(nl.indexOf('/nl/import/settings/duplicates/')).toBe(nl.indexOf('/nl/import/create-import-file/') + 1);
    expect(nl.indexOf('/nl/import/erp/')).toBe(nl.indexOf('/nl/import/settings/privacy/') + 1);
  });

  it('gives a page n folders deep at least n + 1 breadcrumbs, each a working link or the current page, and lists each page once in the sidebar', () => {
    for (const lang of langs) {
      for (const [route, file] of pageFiles(content, lang)) {
        const html = readPage(portal.built.outDir, route) ?? '';
        expect(breadcrumbs(html).length, route).toBeGreaterThanOrEqual(file.split('/').length - 1);
        expect(crumbProblems(html, (href) => readPage(portal.built.outDir, href) !== undefined), route).toEqual([]);
        const sidebar = /<nav class="sp-sidebar[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
        const links = [...sidebar.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
        expect(links.length - new Set(links).size, `${route} lists a page twice`).toBe(0);
        expect(writersNoise(html), route).toEqual([]);
      }
    }
  });

  it('never scrolls sideways at 390 px, on any page', async () => {
    await page.setViewportSize(WIDTHS.phone);
    const wide: string[] = [];
    for (const lang of langs) {
      for (const route of builtRoutes(portal.built.outDir, lang)) {
        if ((readPage(portal.built.outDir, route) ?? '').includes('http-equiv="refresh"')) continue;
        await page.goto(url(route));
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) wide.push(`${route} +${overflow}px`);
      }
    }
    expect(wide).toEqual([]);
  }, 240_000);

  it('at 390 px: the menu starts closed, opens by keyboard with the page marked, and "next" crosses into a sub-toc', async () => {
    await page.setViewportSize(WIDTHS.phone);
    await page.goto(url('/da/import/create-import-file/'));
    expect(await page.locator('details.sp-sidebar__menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await tabTo(page, 'summary.sp-sidebar__toggle');
    await page.keyboard.press('Enter');
    await pause(page);
    expect(await page.locator('.sp-sidebar a[aria-current="page"]').isVisible()).toBe(true);
    await clickLikeAPerson(page, page.locator('a[rel="next"]'));
    await page.waitForURL(/\/da\/import\/settings\/duplicates\/$/);
    const crumbs = await page.getByRole('navigation', { name: 'Brødkrummer' }).getByRole('listitem').allTextContents();
    expect(crumbs.length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

describe('accessibility (axe-core) on every page type, both widths, nl, da and en', () => {
  const stubOf = (lang: string) => builtRoutes(portal.built.outDir, lang).find((route) => (readPage(portal.built.outDir, route) ?? '').includes('http-equiv="refresh"'));
  for (const lang of ['nl', 'da', 'en']) {
    for (const size of Object.values(WIDTHS)) {
      it(`${lang} at ${size.width} px: home, article, simulator page, 404, redirect`, async () => {
        await page.setViewportSize(size);
        const stub = stubOf(lang) as string;
        const routes = [`/${lang}/`, `/${lang}/import/sources/`, `/${lang}/import/settings/duplicates/`, `/${lang}/404/`];
        expect(await axeByRoute(page, url, routes, { label: stub, html: readPage(portal.built.outDir, stub) ?? '' })).toEqual({});
      }, 120_000);
    }
  }
});
