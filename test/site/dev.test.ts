/**
 * `astro dev` (`npm run dev`) on a fixture tree: pages are served, a page with broken front
 * matter and a missing include is served with its problems, and saving a file (or adding a
 * broken one) updates the site without stopping the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_FILES } from '../e2e/support/fixture-content.ts';
import { PROJECT_ROOT, writeContentTree } from '../e2e/support/fixture-site.ts';

let dev: ChildProcess;
let output = '';
let origin = '';
let contentRoot = '';

const page = async (route: string) => {
  const response = await fetch(new URL(route, origin), { signal: AbortSignal.timeout(20_000) });
  return { status: response.status, text: await response.text() };
};
const waitFor = async (check: () => Promise<boolean>, ms = 30_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
};

/** The environment minus what Vitest adds for itself. */
function withoutTestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)));
}

beforeAll(async () => {
  contentRoot = writeContentTree(FIXTURE_FILES);
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  dev = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    // Vitest's own variables (VITEST, NODE_ENV=test …) would change how the dev server behaves.
    env: { ...withoutTestEnv(process.env), SIGNPOST_CONTENT: contentRoot, SIGNPOST_CACHE_DIR: mkdtempSync(join(tmpdir(), 'signpost-dev-')), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  origin = `http://127.0.0.1:${port}/`;
  const up = await waitFor(async () => (await page('/nl/gids/')).status === 200, 200_000);
  if (!up) throw new Error(`astro dev did not come up:\n${output}`);
}, 240_000);

afterAll(() => {
  dev?.kill('SIGTERM');
});

describe('npm run dev', () => {
  it('serves pages rendered by the DocFX plugin', async () => {
    expect((await page('/nl/gids/importeren/')).text).toContain('data-alert="note"');
  });

  it('serves a broken page with its problems instead of failing', async () => {
    const broken = await page('/nl/gids/kapot/');
    expect(broken.status).toBe(200);
    expect(broken.text).toContain('data-include-error="missing"');
    expect(output).toMatch(/nl\/gids\/kapot\.md:1:1 frontmatter-invalid/);
  });

  it('picks up an edited page and a newly broken one while running', async () => {
    writeFileSync(join(contentRoot, 'nl/gids/alleen-nl.md'), '---\ntitle: Alleen Nederlands\n---\n\n# Nieuwe kop na bewerken\n');
    writeFileSync(join(contentRoot, 'nl/gids/nieuw-kapot.md'), '---\ntitle: [open\n---\n\n# Nieuw en kapot\n');
    expect(await waitFor(async () => (await page('/nl/gids/alleen-nl/')).text.includes('Nieuwe kop na bewerken'))).toBe(true);
    expect(await waitFor(async () => (await page('/nl/gids/nieuw-kapot/')).text.includes('Nieuw en kapot'))).toBe(true);
    expect(dev.exitCode).toBeNull();
  });
});
