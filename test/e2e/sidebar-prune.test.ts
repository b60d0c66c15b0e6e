/**
 * A pruned sidebar (src/site/sidebar-prune.ts) in Chromium at 1280 and 390 px, on a small help
 * whose threshold is forced low: a reader on a page of one branch sees the other branches as
 * section links, reaches one with the keyboard (Tab, and on a phone first the Menu toggle),
 * presses Enter and lands on that section's page with its branch open and the page marked;
 * axe finds nothing on either page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanWithAxe } from './support/browser.ts';
import { writeContentTree } from './support/fixture-site.ts';
import { openPortal, type PortalSession } from './support/portal-session.ts';
import { pause, sidewaysOverflow, tabTo, WIDTHS } from './support/reader.ts';

const md = (title: string) => `---\ntitle: ${title}\n---\n# ${title}\n\nAbout ${title.toLowerCase()}.\n`;
const FILES: Record<string, string> = {
  'en/index.md': md('Welcome'),
  'en/toc.yml': [
    'items:',
    '  - name: Welcome', '    href: index.md',
    '  - name: Import', '    href: import/index.md', '    items:',
    '      - name: Excel files', '        href: import/excel.md',
    '      - name: Mapping', '        items:',
    '          - name: Columns', '            href: import/columns.md',
    '  - name: Export', '    items:',
    '      - name: CSV export', '        href: export/csv.md',
    '      - name: Schedules', '        href: export/schedule.md',
    '',
  ].join('\n'),
  'en/import/index.md': md('Import'),
  'en/import/excel.md': md('Excel files'),
  'en/import/columns.md': md('Columns'),
  'en/export/csv.md': md('CSV export'),
  'en/export/schedule.md': md('Schedules'),
};

let portal: PortalSession;
beforeAll(async () => {
  // 9 items; a threshold of 3 prunes the tree.
  portal = await openPortal(writeContentTree(FILES), { SIGNPOST_SIDEBAR_PRUNE_ABOVE: '3' });
});
afterAll(async () => portal?.close());

describe('a pruned sidebar', () => {
  for (const width of [WIDTHS.wide, WIDTHS.phone]) {
    it(`at ${width.width} px: Tab to a section link, Enter opens that section with its branch open`, async () => {
      const page = await portal.browser.newPage();
      await page.setViewportSize(width);
      await page.goto(portal.url('/en/import/excel/'));
      const sidebar = page.locator('nav.sp-sidebar');
      if (width === WIDTHS.phone) {
        await tabTo(page, '.sp-sidebar__toggle');
        await page.keyboard.press('Enter');
      }
      // This page's branch is open; Export is a section link, its pages are not in the sidebar.
      await expect(sidebar.locator('ul details[open] > summary').allInnerTexts()).resolves.toEqual(['Import']);
      await expect(sidebar.getByRole('link', { name: 'Mapping, section' }).count()).resolves.toBe(1);
      await expect(sidebar.getByRole('link', { name: 'Columns' }).count()).resolves.toBe(0);
      const exportLink = sidebar.getByRole('link', { name: 'Export, section' });
      await expect(exportLink.isVisible()).resolves.toBe(true);
      await expect(sidebar.getByRole('link', { name: 'CSV export' }).count()).resolves.toBe(0);
      expect(await scanWithAxe(page)).toEqual([]);

      await tabTo(page, 'a.sp-section[href="/en/export/csv/"]');
      await pause(page, 300);
      await page.screenshot({ path: `/tmp/signpost-sidebar-prune-${width.width}-before.png` });
      await Promise.all([page.waitForURL(portal.url('/en/export/csv/')), page.keyboard.press('Enter')]);

      if (width === WIDTHS.phone) {
        await tabTo(page, '.sp-sidebar__toggle');
        await page.keyboard.press('Enter');
      }
      await expect(sidebar.locator('ul details[open] > summary').allInnerTexts()).resolves.toEqual(['Export']);
      await expect(sidebar.locator('a[aria-current="page"]').innerText()).resolves.toBe('CSV export');
      await expect(sidebar.getByRole('link', { name: 'Schedules' }).isVisible()).resolves.toBe(true);
      await expect(sidebar.getByRole('link', { name: 'Import, section' }).count()).resolves.toBe(1);
      await expect(sidebar.getByRole('link', { name: 'Excel files' }).count()).resolves.toBe(0);
      await pause(page, 200);
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await scanWithAxe(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/signpost-sidebar-prune-${width.width}-after.png` });
      await page.close();
    });
  }
});
