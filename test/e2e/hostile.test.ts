/**
 * The hostile tree (test/hostile/hostile-tree.ts) in Chromium (issue 17): no payload runs — on
 * load, after a reader's clicks and keyboard use — no dialog opens, the base URL and every
 * request stay on the site, and every page carries the Content-Security-Policy (header and meta).
 */
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileTree } from '../hostile/hostile-tree.ts';
import { launchBrowser } from './support/browser.ts';
import { buildSite, type BuiltSite } from './support/fixture-site.ts';
import { startServer } from './support/site-server.ts';

const PAGES = ['en/vectors/', 'en/uses-raw/', 'en/', 'da/', 'en/r1/', 'en/leak/'];

let tree: ReturnType<typeof writeHostileTree>;
let site: BuiltSite;
let server: Awaited<ReturnType<typeof startServer>>;
let context: BrowserContext;

beforeAll(async () => {
  tree = writeHostileTree();
  site = await buildSite({ contentRoot: tree.root, env: { SIGNPOST_RENDER_WORKERS: '0' } });
  if (site.status !== 0) throw new Error(site.output);
  server = await startServer(site);
  context = await launchBrowser();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(tree.base, { recursive: true, force: true });
});

/** Opens `path`, recording dialogs and every request the page makes. */
async function open(path: string): Promise<{ page: Page; requests: string[]; dialogs: string[]; policy: string | null }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  return { page, requests, dialogs, policy: (await response?.headerValue('content-security-policy')) ?? null };
}

describe('a hostile tree in Chromium', () => {
  it('runs no payload on load or after a reader clicks and tabs through the page', async () => {
    for (const path of PAGES) {
      const { page, requests, dialogs, policy } = await open(path);
      const origin = new URL(server.url).origin;
      expect(await page.evaluate(() => document.baseURI), path).toBe(new URL(path, server.url).href);
      // A human pace: move to and click every link, summary and leftover svg text in the article.
      const targets = page.locator('main a, main summary, main text, main button');
      const count = await targets.count();
      for (let index = 0; index < count; index++) {
        const target = targets.nth(index);
        if (!(await target.isVisible())) continue;
        const box = await target.boundingBox();
        if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
        await page.waitForTimeout(40);
        await target.click({ modifiers: ['Control'], noWaitAfter: true }).catch(() => undefined); // new tab: the page stays
      }
      for (let tab = 0; tab < 12; tab++) await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), path).toBeUndefined();
      expect(dialogs, path).toEqual([]);
      expect(page.url(), path).toBe(new URL(path, server.url).href);
      expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')), path).toEqual([]);
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
      await page.close();
    }
    // Pages opened by ctrl-clicks: none of them ran a payload either.
    for (const other of context.pages()) {
      expect(await other.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined)).toBeUndefined();
      await other.close();
    }
  });

  it('shows the redirect loop instead of refreshing', async () => {
    const { page } = await open('en/r1/');
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(new URL('en/r1/', server.url).href);
    await expect(page.locator('[data-redirect-loop]').textContent()).resolves.toContain('loop');
    await page.screenshot({ path: '/tmp/signpost-hostile-redirect-loop.png' });
    await page.close();
  });
});
