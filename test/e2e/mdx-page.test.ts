/**
 * An `.mdx` page of the bundled help (content/<lang>/import/tour.mdx, issue 14) in Chromium at
 * 1280 and 390 px: its include, alert, reference link and engine-computed merge example are on
 * the page, its `<Simulator>` island loads and runs when a reader moves to Start and clicks it
 * at a human pace, the page never scrolls sideways, and axe finds nothing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/simulators/catalogues.ts';
import { scanWithAxe } from './support/browser.ts';
import { PROJECT_ROOT } from './support/fixture-site.ts';
import { humanClick } from './support/human.ts';
import { openPortal, type PortalSession } from './support/portal-session.ts';
import { pause, sidewaysOverflow, WIDTHS } from './support/reader.ts';

// One build of the bundled content for the whole file.
let portal: PortalSession;
beforeAll(async () => {
  portal = await openPortal(join(PROJECT_ROOT, 'content'));
});
afterAll(async () => portal?.close());

const PAGES = [
  { lang: 'en', width: WIDTHS.wide, include: 'Have a backup of the database made first' },
  { lang: 'nl', width: WIDTHS.phone, include: null },
  { lang: 'da', width: WIDTHS.wide, include: null },
  { lang: 'en', width: WIDTHS.phone, include: 'Have a backup of the database made first' },
] as const;

describe('the .mdx tour page of the bundled help', () => {
  for (const { lang, width, include } of PAGES) {
    it(`${lang} at ${width.width} px: the parts render, the simulator runs, axe finds nothing`, async () => {
      const page = await portal.browser.newPage();
      await page.setViewportSize(width);
      await page.goto(portal.url(`/${lang}/import/tour/`));
      const article = page.locator('article.sp-article');
      await expect(article.locator('[data-alert="tip"]').count()).resolves.toBe(1);
      await expect(article.locator('figure[data-merge-example] table').count()).resolves.toBeGreaterThan(0);
      await expect(article.locator(`a[href="/${lang}/import/settings/duplicates/"]`).count()).resolves.toBe(1);
      if (include) await expect(article.innerText()).resolves.toContain(include);
      const island = page.locator('.signpost-sim[data-ready]');
      await island.waitFor();
      const shot = `/tmp/signpost-mdx-${lang}-${width.width}`;
      await page.screenshot({ path: `${shot}-top.png` });
      // A reader glances over the page, then goes to Start and clicks it.
      await page.mouse.move(width.width / 2, 200, { steps: 6 });
      await pause(page, 300);
      const start = island.getByRole('button', { name: translatorFor(lang)('simulator.run.start'), exact: true });
      expect(await humanClick(page, start)).toBe(true);
      await island.locator('[data-run-status="done"]').waitFor();
      expect(await island.locator('table.signpost-sim__outcomes tbody tr').count()).toBeGreaterThan(0);
      await pause(page, 200);
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await scanWithAxe(page)).toEqual([]);
      await island.locator('.signpost-sim__results').screenshot({ path: `${shot}-results.png` });
      await page.screenshot({ path: `${shot}.png`, fullPage: true });
      await page.close();
    });
  }
});
