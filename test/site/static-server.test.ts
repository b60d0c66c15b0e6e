import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../src/site/static-server.ts';
import { SIMULATOR_CSP } from '../../src/simulators/csp.ts';

const files: Record<string, string> = {
  'index.html': 'root chooser',
  '404.html': 'site 404',
  'nl/index.html': 'nl home',
  'nl/404/index.html': 'nl 404',
  'nl/a/index.html': 'page a',
  'media/Logo.PNG': 'png bytes',
  '_astro/simulation.worker-BnCPcY9E.js': 'worker',
  '_astro/pagefind-worker.js': 'other worker',
};

let out: string;
let servers: RunningServer[] = [];
const get = (server: RunningServer, path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'signpost-static-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  servers = [await serveStatic(out, '/', '127.0.0.1', 0), await serveStatic(out, '/help/', '127.0.0.1', 0)];
});
afterAll(async () => Promise.all(servers.map((s) => s.close())));

describe('static server', () => {
  it('sends the simulator policy with the simulation worker script, the site policy with every page (issue 17)', async () => {
    const [root] = servers;
    const worker = await get(root, '_astro/simulation.worker-BnCPcY9E.js');
    expect(worker.headers.get('content-security-policy')).toBe(SIMULATOR_CSP);
    expect(worker.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect((await get(root, '_astro/pagefind-worker.js')).headers.get('content-security-policy')).toBeNull();
    const page = (await get(root, 'nl/a/')).headers.get('content-security-policy') ?? '';
    expect(page).toContain("default-src 'self'");
    expect(page).toContain("base-uri 'self'");
    expect(page).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('serves the root, folders as index.html and assets with their case', async () => {
    const [root] = servers;
    expect(await (await get(root, '')).text()).toBe('root chooser');
    expect(await (await get(root, 'nl/a/')).text()).toBe('page a');
    const asset = await get(root, 'media/Logo.PNG');
    expect([asset.status, asset.headers.get('content-type')]).toEqual([200, 'image/png']);
  });

  it('adds the trailing slash to folder routes', async () => {
    const response = await get(servers[0], 'nl/a');
    expect([response.status, response.headers.get('location')]).toEqual([301, '/nl/a/']);
  });

  it("answers unknown paths with the language's 404, else the site 404", async () => {
    const nl = await get(servers[0], 'nl/missing/');
    expect([nl.status, await nl.text()]).toEqual([404, 'nl 404']);
    const other = await get(servers[0], 'xx/missing/');
    expect([other.status, await other.text()]).toEqual([404, 'site 404']);
  });

  it('refuses paths that climb out of the output folder', async () => {
    const response = await get(servers[0], '..%2f..%2fetc%2fpasswd');
    expect(response.status).not.toBe(200);
  });

  it('serves under a base path and sends other paths to the base', async () => {
    const based = servers[1];
    expect(await (await get(based, 'nl/a/')).text()).toBe('page a');
    const outside = await fetch(new URL('/nl/a/', based.url), { redirect: 'manual' });
    expect([outside.status, outside.headers.get('location')]).toEqual([302, '/help/']);
  });
});
