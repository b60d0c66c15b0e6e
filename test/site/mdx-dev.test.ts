/**
 * `.mdx` pages under `astro dev` (issue 14): served with their components; a page with an MDX
 * syntax error is served with its positioned diagnostic in the dev panel, and breaking or
 * fixing a page on save never stops the dev server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../e2e/support/fixture-site.ts';

const MDX_TREE = fileURLToPath(new URL('../fixtures/mdx-tree/', import.meta.url));
let dev: ChildProcess;
let output = '';
let origin = '';
const contentRoot = mkdtempSync(join(tmpdir(), 'signpost-mdx-dev-'));

const text = async (route: string) => (await fetch(new URL(route, origin), { signal: AbortSignal.timeout(20_000) })).text();
const waitFor = async (check: () => Promise<boolean>, ms = 30_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 400));
  }
  return false;
};

beforeAll(async () => {
  cpSync(MDX_TREE, contentRoot, { recursive: true });
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  // Vitest's own variables (VITEST, NODE_ENV=test …) would change how the dev server behaves.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)));
  dev = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...env, SIGNPOST_CONTENT: contentRoot, SIGNPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'signpost-dev-')), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  origin = `http://127.0.0.1:${port}/`;
  if (!(await waitFor(async () => (await text('/en/mdx/page/')).includes('data-simulator'), 200_000))) throw new Error(`astro dev did not come up:\n${output}`);
}, 240_000);

afterAll(() => {
  dev?.kill('SIGTERM');
});

describe('astro dev with .mdx pages', () => {
  it('shows a broken page with its diagnostic at file:line:col', async () => {
    const page = await text('/en/broken/');
    expect(page).toContain('data-dev-diagnostics');
    expect(page).toContain('en/broken.mdx:7:19');
    expect(page).toContain('Cannot compile this MDX page: Unexpected closing slash');
  });

  it('keeps serving when a page is broken and fixed on save', async () => {
    const path = join(contentRoot, 'en/mdx/page.mdx');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('<Simulator name', '<Simulator {broken} name'));
    expect(await waitFor(async () => (await text('/en/mdx/page/')).includes('data-include-error="mdx-syntax"'))).toBe(true);
    writeFileSync(path, good);
    expect(await waitFor(async () => (await text('/en/mdx/page/')).includes('data-simulator="import-settings"'))).toBe(true);
    expect(output).not.toMatch(/MDXError|Internal server error/);
  }, 90_000);
});
