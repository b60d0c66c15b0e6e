/**
 * The portal on the bundled `content/` tree, in a browser: per-language search, the language
 * switch between real pages, and axe-core scans of a landing, an article with a static merge
 * example, and a page with the language home.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanWithAxe } from './support/browser.ts';
import { PROJECT_ROOT } from './support/fixture-site.ts';
import { openPortal, type PortalSession } from './support/portal-session.ts';
import { articleText, startsWord, typeSearch } from './support/search-box.ts';

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
      const whole = await Promise.all(listed.map(async (result) => startsWord(await articleText(page, result.path), stem)));
      // Every page with the word itself is listed before any page that has it only in a compound.
      expect(whole.indexOf(false) === -1 || whole.lastIndexOf(true) < whole.indexOf(false), JSON.stringify(listed.map((r, i) => [r.path, whole[i]]))).toBe(true);
    });
  }
});
