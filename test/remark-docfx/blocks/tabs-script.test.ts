import { existsSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchBrowser, scanWithAxe } from '../../e2e/support/browser.ts';
import { renderBlocks } from './render-blocks.ts';

// The client script, as the browser gets it (types stripped; Node 24 can do that itself).
const script = stripTypeScriptTypes(readFileSync(fileURLToPath(new URL('../../../src/scripts/tabs.ts', import.meta.url)), 'utf8'));

const markdown = [
  '# Tabs',
  '## [Windows](#tab/windows)', 'Installeer op Windows.', '## [Linux](#tab/linux)', 'Installeer op Linux.', '***',
  '## [.NET](#tab/dotnet/windows)', '.NET op Windows.', '## [.NET](#tab/dotnet/linux)', '.NET op Linux.', '## [REST](#tab/rest)', 'REST.', '***',
  '## [Linux](#tab/linux)', 'Tweede groep Linux.', '## [Windows](#tab/windows)', 'Tweede groep Windows.', '***',
].join('\n\n');

const visiblePanels = (page: Page) =>
  page.$$eval('[data-tab]:not([hidden])', (panels) => panels.map((panel) => panel.textContent?.trim()));

describe.skipIf(!existsSync(CHROMIUM_PATH))('src/scripts/tabs.ts in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await launchBrowser();
    page = await context.newPage();
    const { html } = renderBlocks(markdown);
    await page.setContent(`<!doctype html><html lang="nl"><head><title>Tabs</title></head><body><main>${html}</main><script type="module">${script}</script></body></html>`);
    await page.waitForSelector('[data-tabs-ready]');
  }, 60_000);
  afterAll(async () => context?.close());

  it('shows the first panel of each group and the dependent panel for the selected condition', async () => {
    expect(await visiblePanels(page)).toEqual(['Installeer op Windows.', '.NET op Windows.', 'Tweede groep Linux.']);
  });

  it('selects on click and synchronises the same id in other groups', async () => {
    await page.click('[data-tabs] >> nth=0 >> [data-tab-label="linux"]');
    expect(await visiblePanels(page)).toEqual(['Installeer op Linux.', '.NET op Linux.', 'Tweede groep Linux.']);
    expect(await page.$$eval('[data-tab-label="dotnet"]:not([hidden])', (labels) => labels.length)).toBe(1);
  });

  it('moves with arrow keys, Home and End and keeps focus on the selected label', async () => {
    await page.focus('[data-tabs] >> nth=0 >> [data-tab-label="linux"]');
    await page.keyboard.press('ArrowRight'); // wraps to Windows
    expect((await visiblePanels(page))[0]).toBe('Installeer op Windows.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab-label'))).toBe('windows');
    await page.keyboard.press('End');
    expect((await visiblePanels(page))[0]).toBe('Installeer op Linux.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
  });

  it('passes an axe scan of the tab markup', async () => {
    const violations = await scanWithAxe(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
