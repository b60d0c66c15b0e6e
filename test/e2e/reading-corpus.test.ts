/**
 * Reading the real nl+da corpus (../shared/corpus/superoffice), built once for this file: homes
 * labelled by titles, one reading order per language covering every toc page, breadcrumbs along
 * the toc path, no writers' diagnostics, no sideways scroll at 390 px on a sample of pages, the
 * menu and sidebar by keyboard and mouse at a human pace, and axe-core on each page type at both
 * widths. The corpus build takes 1–3 minutes; skipped when the corpus is not beside the project.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/fixture-site.ts';
import { openPortal, type PortalSession } from './support/portal-session.ts';
import { breadcrumbs, builtRoutes, crumbProblems, followNext, pageFiles, readPage, tocPages, writersNoise } from './support/reading-checks.ts';
import { axeByRoute, clickLikeAPerson, pause, sidewaysOverflow, tabTo, WIDTHS } from './support/reader.ts';

const CORPUS = join(PROJECT_ROOT, '../shared/corpus/superoffice');
const LANGS = ['nl', 'da'] as const;
describe.skipIf(!existsSync(CORPUS))('reading the nl+da corpus', () => {
  let portal: PortalSession;
  let page: Page;
  const url = (route: string) => portal.url(route);

  beforeAll(async () => {
    portal = await openPortal(CORPUS);
    page = await portal.browser.newPage();
  }, 900_000);

  afterAll(async () => portal?.close());

  for (const lang of LANGS) {
    describe(lang, () => {
      it('labels the home sections with titles, never folder names', () => {
        const home = readPage(portal.built.outDir, `/${lang}/`) ?? '';
        const sections = [...home.matchAll(/<li class="sp-card"><h2>(?:<a [^>]*>)?([^<]*)/g)].map((m) => m[1]);
        expect(sections.length).toBeGreaterThan(5);
        const folders = readdirSync(join(CORPUS, lang));
        expect(sections.filter((name) => folders.includes(name) || name.trim() === '')).toEqual([]);
      });

      it('follows rel="next" from the first page through every toc page once', () => {
        const chain = followNext(portal.built.outDir, lang);
        const toc = tocPages(CORPUS, lang);
        expect([...toc.keys()].filter((route) => !chain.includes(route))).toEqual([]);
        expect(new Set(chain).size).toBe(chain.length);
        expect(toc.size).toBeGreaterThan(400);
      });

      it('gives a page n folders deep at least n + 1 breadcrumbs, each a working link or the current page', () => {
        const short: string[] = [];
        const dead: string[] = [];
        let checked = 0;
        for (const [route, file] of pageFiles(CORPUS, lang)) {
          if (route === `/${lang}/`) continue;
          const depth = file.split('/').length - 2;
          const html = readPage(portal.built.outDir, route) ?? '';
          const crumbs = breadcrumbs(html);
          if (crumbs.length < depth + 1) short.push(`${route} (${file}): ${crumbs.join(' › ')}`);
          for (const problem of crumbProblems(html, (href) => readPage(portal.built.outDir, href) !== undefined)) dead.push(`${route}: ${problem}`);
          checked++;
        }
        expect(short).toEqual([]);
        expect(dead).toEqual([]);
        expect(checked).toBeGreaterThan(400);
      });

      it('shows readers no writers\' diagnostics on any page', () => {
        const noisy = builtRoutes(portal.built.outDir, lang)
          .map((route) => [route, writersNoise(readPage(portal.built.outDir, route) ?? '')] as const)
          .filter(([, noise]) => noise.length > 0);
        expect(noisy).toEqual([]);
      });
    });
  }

  it('never scrolls sideways at 390 px (every 25th page of the reading order, both languages)', async () => {
    await page.setViewportSize(WIDTHS.phone);
    const wide: string[] = [];
    for (const lang of LANGS) {
      const sample = followNext(portal.built.outDir, lang).filter((_, i) => i % 25 === 0);
      for (const route of [`/${lang}/`, ...sample]) {
        await page.goto(url(route));
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) wide.push(`${route} +${overflow}px`);
      }
    }
    expect(wide).toEqual([]);
  }, 300_000);

  it('at 390 px: opens the closed menu by keyboard, expands a group, follows "next" with the mouse', async () => {
    await page.setViewportSize(WIDTHS.phone);
    await page.goto(url('/nl/admin/import/from-excel/'));
    const menu = page.locator('details.sp-sidebar__menu');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The article starts on the first screen: the closed menu does not push it down.
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeLessThan(WIDTHS.phone.height / 2);
    await tabTo(page, 'summary.sp-sidebar__toggle');
    await page.keyboard.press('Enter');
    await pause(page);
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const current = page.locator('.sp-sidebar a[aria-current="page"]');
    expect(await current.getAttribute('href')).toBe('/nl/admin/import/from-excel/');
    expect(await current.isVisible()).toBe(true);
    // A closed group of another branch: focus its summary by keyboard and open it with Space.
    const group = page.locator('.sp-sidebar details:not([open]):not(.sp-sidebar__menu) > summary').first();
    const name = await group.textContent();
    await group.focus();
    await page.keyboard.press('Space');
    await pause(page);
    expect(await page.locator('.sp-sidebar summary', { hasText: name ?? '' }).first().evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    const next = page.locator('a[rel="next"]');
    const target = await next.getAttribute('href');
    await clickLikeAPerson(page, next);
    await page.waitForURL((u) => u.pathname === target);
    expect(await page.locator('.sp-sidebar a[aria-current="page"]').getAttribute('href')).toBe(target);
  }, 120_000);

  it('at 1280 px: shows the sidebar open with the current branch expanded and breadcrumbs along the toc', async () => {
    await page.setViewportSize(WIDTHS.wide);
    await page.goto(url('/da/admin/import/from-excel/'));
    const current = page.locator('.sp-sidebar a[aria-current="page"]');
    expect(await current.isVisible()).toBe(true);
    expect(await page.locator('.sp-sidebar__toggle').isVisible()).toBe(false);
    const crumbs = await page.getByRole('navigation', { name: 'Brødkrummer' }).getByRole('listitem').allTextContents();
    expect(crumbs.length).toBeGreaterThanOrEqual(4);
    expect(crumbs[0]).toBe('Forside');
    expect(crumbs.at(-1)).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  }, 60_000);

  describe('accessibility (axe-core) on every page type', () => {
    const stubOf = (lang: string) => builtRoutes(portal.built.outDir, lang).find((route) => (readPage(portal.built.outDir, route) ?? '').includes('http-equiv="refresh"'));
    for (const lang of LANGS) {
      for (const size of Object.values(WIDTHS)) {
        it(`${lang} at ${size.width} px: home, article, landing, 404, redirect`, async () => {
          await page.setViewportSize(size);
          const stub = stubOf(lang) as string;
          const routes = [`/${lang}/`, `/${lang}/admin/import/from-excel/`, `/${lang}/admin/`, `/${lang}/404/`];
          expect(await axeByRoute(page, url, routes, { label: stub, html: readPage(portal.built.outDir, stub) ?? '' })).toEqual({});
        }, 120_000);
      }
    }
  });
});
