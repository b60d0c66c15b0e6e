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
