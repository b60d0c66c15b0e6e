/**
 * Live preview: with `astro dev` on a content tree, saving a page's include file or a toc.yml
 * must update the page already open in the browser — no manual reload — within 2 seconds, and
 * re-render only the pages that use the saved file (the loader logs what each save redid).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, writeContentTree } from './support/fixture-site.ts';

const page = (title: string, uid: string, body: string) => `---\ntitle: ${title}\nuid: ${uid}\nlanguage: nl\n---\n\n# ${title}\n\n${body}\n`;
const TOC = (label: string) => `items:\n  - name: ${label}\n    href: importeren.md\n  - name: Tweede pagina\n    href: tweede.md\n`;
const FILES: Record<string, string> = {
  'nl/index.md': page('Start', 'preview-start', 'Startpagina.'),
  'nl/gids/toc.yml': TOC('Gegevens inlezen'),
  'nl/gids/importeren.md': page('Importeren', 'preview-import', '[!include[stap](includes/stap.md)]\n\nEinde van de pagina.'),
  'nl/gids/tweede.md': page('Tweede pagina', 'preview-second', '[!include[stap](includes/stap.md)]'),
  'nl/gids/zonder.md': page('Zonder invoeging', 'preview-without', 'Deze pagina voegt niets in.'),
  'nl/gids/includes/stap.md': 'Kies eerst het bestand met de oude versie van de stap.\n',
  'nl/gids/kapot.md': page('Kapot', 'preview-broken', 'Eerst gewone tekst.\n\n[!include[later](includes/nog-niet.md)]'),
};

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `astro dev` and resolves once the server answers HTTP. */
async function startDev(contentRoot: string, port: number, cacheDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Vitest's own variables (NODE_ENV=test, VITEST…) would make the child Vite a test server.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const env = { ...inherited, SIGNPOST_CONTENT: contentRoot, SIGNPOST_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: PROJECT_ROOT, env });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/nl/gids/importeren/`, { signal: AbortSignal.timeout(60_000) });
      if (response.ok) return { child, output: () => output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill();
  throw new Error(`astro dev did not answer within 120 s:\n${output}`);
}

let contentRoot: string;
let work: string;
let dev: { child: ChildProcess; output: () => string };
let context: BrowserContext;
let browserPage: Page;
let port: number;

beforeAll(async () => {
  contentRoot = writeContentTree(FILES);
  work = await mkdtemp(join(tmpdir(), 'signpost-preview-'));
  port = await freePort();
  dev = await startDev(contentRoot, port, join(work, 'cache'));
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  browserPage = await context.newPage();
  await browserPage.goto(`http://127.0.0.1:${port}/nl/gids/importeren/`);
  // Let the dev client connect its update channel before the first edit.
  await browserPage.waitForLoadState('networkidle');
});

afterAll(async () => {
  await context?.close();
  if (dev?.child.exitCode === null) {
    dev.child.kill('SIGTERM');
    await new Promise((resolve) => dev.child.once('exit', resolve));
  }
  await rm(work, { recursive: true, force: true });
  await rm(contentRoot, { recursive: true, force: true });
});

/** Milliseconds until `read()` returns text containing `expected`, or throws after `limit`. */
async function msUntil(read: () => Promise<string>, expected: string, limit: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limit) {
    if ((await read().catch(() => '')).includes(expected)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`\`${expected}\` did not appear within ${limit} ms; server output:\n${dev.output().slice(-2000)}`);
}

describe('live preview in astro dev', () => {
  it('shows the page with its include', async () => {
    await expect(browserPage.locator('article').innerText()).resolves.toContain('oude versie van de stap');
  });

  it('updates the open page within 2 s when an included file is saved', async () => {
    await writeFile(join(contentRoot, 'nl/gids/includes/stap.md'), 'Kies eerst het bestand met de nieuwe versie van de stap.\n');
    const ms = await msUntil(() => browserPage.locator('article').innerText(), 'nieuwe versie van de stap', 2_000);
    console.log(`include edit visible after ${ms} ms`);
    // Every page using the include changed, not only the open one.
    const other = await fetch(`http://127.0.0.1:${port}/nl/gids/tweede/`).then((r) => r.text());
    expect(other).toContain('nieuwe versie van de stap');
  });

  it('re-renders only the pages that use the saved include', () => {
    const line = dev.output().split('\n').find((l) => l.includes('nl/gids/includes/stap.md saved:'));
    expect(line, dev.output().slice(-2000)).toMatch(/re-rendered 2 pages \(nl\/gids\/importeren\.md, nl\/gids\/tweede\.md\)/);
    expect(line).not.toContain('zonder.md');
  });

  it('updates the sidebar within 2 s when toc.yml is saved', async () => {
    await expect(browserPage.locator('nav').allInnerTexts().then((t) => t.join(' '))).resolves.toContain('Gegevens inlezen');
    await writeFile(join(contentRoot, 'nl/gids/toc.yml'), TOC('Bestanden importeren'));
    const ms = await msUntil(() => browserPage.locator('nav').allInnerTexts().then((t) => t.join(' ')), 'Bestanden importeren', 2_000);
    console.log(`toc edit visible after ${ms} ms`);
    expect(dev.output()).toMatch(/nl\/gids\/toc\.yml saved: re-rendered 0 pages, reloaded 1 toc \(nl\/gids\/toc\.yml\)/);
  });

  it('lists the page\'s own diagnostics in the dev panel and drops them once fixed', async () => {
    const broken = await context.newPage();
    await broken.goto(`http://127.0.0.1:${port}/nl/gids/kapot/`);
    const panel = broken.locator('[data-dev-diagnostics]');
    await expect(panel.locator('summary').innerText()).resolves.toContain('1 diagnostic');
    const item = panel.locator('li[data-rule="include-missing"]');
    // Line 11: five front matter lines, a blank line, the title, blank, text, blank, include.
    await expect(item.locator('code').first().textContent()).resolves.toMatch(/^nl\/gids\/kapot\.md:11:\d+$/);
    await expect(item.locator('a').getAttribute('href')).resolves.toMatch(new RegExp(`^vscode://file/${contentRoot}/nl/gids/kapot\\.md:11:\\d+$`));
    await writeFile(join(contentRoot, 'nl/gids/includes/nog-niet.md'), 'Nu bestaat de ingevoegde tekst wel.\n');
    await msUntil(() => broken.locator('article').innerText(), 'Nu bestaat de ingevoegde tekst wel', 2_000);
    await expect(broken.locator('[data-dev-diagnostics]').count()).resolves.toBe(0);
    // A new file rescans the index, but only the page whose missing include it is renders again.
    expect(dev.output()).toContain('nl/gids/includes/nog-niet.md saved: scanned the site again (nl/gids/includes/nog-niet.md was added), re-rendered 1 page (nl/gids/kapot.md)');
    await broken.close();
  });
});
