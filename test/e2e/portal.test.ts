/**
 * The portal in a real browser, on the fixture tree: language switch (both ways and to a
 * missing translation), sidebar and previous/next, a redirect stub, per-language search, the
 * 404 page, keyboard-only use, and an axe-core scan of each page type.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/site/static-server.ts';
import { launchBrowser, scanWithAxe } from './support/browser.ts';
import { FIXTURE_FILES } from './support/fixture-content.ts';
import { buildSite, writeContentTree, type BuiltSite } from './support/fixture-site.ts';
import { startServer } from './support/site-server.ts';

let built: BuiltSite;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const url = (route: string) => new URL(route.replace(/^\//, ''), server.url).href;
const path = () => new URL(page.url()).pathname + new URL(page.url()).hash;

beforeAll(async () => {
  built = await buildSite({ contentRoot: writeContentTree(FIXTURE_FILES) });
  if (built.status !== 0) throw new Error(built.output);
  server = await startServer(built);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('language switch', () => {
  it('goes to the translation and back', async () => {
    await page.goto(url('/nl/gids/importeren/'));
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Dansk' }).click();
    await page.waitForURL(/\/da\/guide\/import\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL(/\/nl\/gids\/importeren\/$/);
  });

  it('lands on the nearest ancestor and says the page is not translated', async () => {
    await page.goto(url('/nl/gids/alleen-nl/'));
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/#sp-untranslated$/);
    await expect.poll(() => page.locator('#sp-untranslated').isVisible()).toBe(true);
    expect(await page.locator('#sp-untranslated').textContent()).toMatch(/not available in English/);
  });
});

describe('navigation', () => {
  it('marks the current page in the sidebar and follows next/previous in toc order', async () => {
    await page.goto(url('/nl/gids/'));
    const sidebar = page.getByRole('navigation', { name: 'Helponderwerpen' });
    expect(await sidebar.locator('[aria-current="page"]').textContent()).toBe('Overzicht gids');
    await page.getByRole('link', { name: /Volgende/ }).click();
    await page.waitForURL(/\/nl\/gids\/importeren\/$/);
    expect(await sidebar.locator('[aria-current="page"]').textContent()).toBe('Bestanden importeren');
    await page.getByRole('link', { name: /Vorige/ }).click();
    await page.waitForURL(/\/nl\/gids\/$/);
  });

  it('follows a redirect stub (redirect_from) to the page', async () => {
    await page.goto(url('/nl/oud/importeren/'));
    await page.waitForURL(/\/nl\/gids\/importeren\/$/);
  });

  it('answers an unknown path with the localized 404 page', async () => {
    const response = await page.goto(url('/da/findes-ikke/'));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Siden blev ikke fundet');
  });
});

describe('site root', () => {
  it('follows the browser language (nl-BE → nl)', async () => {
    const context = await launchBrowser({ locale: 'nl-BE' });
    const dutch = await context.newPage();
    await dutch.goto(url('/'));
    await dutch.waitForURL(/\/nl\/$/);
    await context.close();
  });
});

describe('search', () => {
  const resultsFor = async (route: string, query: string) => {
    await page.goto(url(route));
    await page.getByRole('searchbox').fill(query);
    const list = page.locator('.sp-search__list a');
    await list.first().waitFor({ timeout: 15_000 });
    return list.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  };

  it('returns only pages of the page language, with title and excerpt', async () => {
    const nl = await resultsFor('/nl/gids/', 'zebrafil');
    expect(nl.length).toBeGreaterThan(0);
    expect(nl.every((p) => p.startsWith('/nl/'))).toBe(true);
    expect(await page.locator('.sp-search__excerpt mark').first().textContent()).toMatch(/zebrafil/i);
    const da = await resultsFor('/da/guide/', 'zebrafil');
    expect(da.every((p) => p.startsWith('/da/'))).toBe(true);
  });

  it('stems Dutch and Danish queries (a plural finds the singular in the text)', async () => {
    expect(await resultsFor('/nl/gids/', 'fietsenmakers')).toEqual(['/nl/gids/importeren/']);
    expect(await resultsFor('/da/guide/', 'cykelsmedene')).toEqual(['/da/guide/import/']);
  });

  it('finds a page by a front-matter keyword that is not in its text', async () => {
    expect(await resultsFor('/nl/gids/importeren/', 'kompasroos')).toEqual(['/nl/gids/']);
  });

  it('leaves out pages with index: false and stubs', async () => {
    const found = await resultsFor('/nl/gids/', 'fietsenmaker');
    expect(found).toEqual(['/nl/gids/importeren/']);
  });
});

describe('keyboard only', () => {
  it('skip link, shortcut to search, tab to a result, open it', async () => {
    await page.goto(url('/nl/gids/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#sp-main');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sp-search-input');
    await page.keyboard.type('fietsenmaker');
    await page.locator('.sp-search__list a').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe('/nl/gids/importeren/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/nl\/gids\/importeren\/$/);
  });
});

describe('accessibility (axe-core)', () => {
  const routes = ['/nl/gids/importeren/', '/nl/gids/kapot/', '/da/', '/nl/404/', '/en/', '/nl/overzicht/', '/nl/tabbladen/'];
  for (const route of routes) {
    it(`has no violations on ${route}`, async () => {
      await page.goto(url(route));
      expect(await scanWithAxe(page)).toEqual([]);
    });
  }

  it('has no violations on a redirect page and on the language chooser', async () => {
    const stub = readFileSync(join(built.outDir, 'nl/verhuisd/index.html'), 'utf8').replace(/<meta http-equiv="refresh"[^>]*>/, '');
    await page.goto(url('/nl/404/'));
    await page.setContent(stub);
    expect(await scanWithAxe(page)).toEqual([]);
    // A browser language the site does not have keeps the chooser on screen.
    const context = await launchBrowser({ locale: 'fr-FR' });
    const chooser = await context.newPage();
    await chooser.goto(url('/'));
    expect(await chooser.getByRole('link', { name: 'Nederlands' }).isVisible()).toBe(true);
    expect(await scanWithAxe(chooser)).toEqual([]);
    await context.close();
  });
});
