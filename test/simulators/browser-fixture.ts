/**
 * Browser test fixture for the simulator island: bundles the client entry and the worker with
 * esbuild (as Vite would, the worker URL pointed at the built file), serves HTML pages from
 * memory on 127.0.0.1 with the simulator pages' Content Security Policy, and launches Debian's
 * Chromium through playwright-core with a fresh profile. Used by test/e2e/simulator*.test.ts
 * and bench/island.ts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { SIMULATOR_CSP } from '../../src/simulators/csp.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The CSP the simulator pages carry (the site's layout puts the same policy in their head). */
export { SIMULATOR_CSP };

const workerUrlPlugin: Plugin = {
  name: 'simulation-worker-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /island\/runner\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace("'../../workers/simulation.worker.ts'", "'./simulation.worker.js'"),
      loader: 'ts',
    }));
  },
};

/** Bundles the island; returns the files (name → contents) of a production-like build. */
export async function buildIsland(): Promise<Map<string, Uint8Array>> {
  const result = await build({
    absWorkingDir: repo,
    entryPoints: { simulator: 'src/simulators/island/entry.ts', 'simulation.worker': 'src/workers/simulation.worker.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: '/out',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'es2022',
    plugins: [workerUrlPlugin],
    logLevel: 'error',
  });
  const files = new Map<string, Uint8Array>();
  for (const file of result.outputFiles) files.set(file.path.replace(/^\/out\//, ''), file.contents);
  files.set('simulator.css', await readFile(join(repo, 'src/components/simulator/simulator.css')));
  files.set('axe.min.js', await readFile(join(repo, 'node_modules/axe-core/axe.min.js')));
  return files;
}

/** An HTML page with one simulator element per attribute set, in `lang`. */
export function simulatorPage(lang: string, simulators: Record<string, string>[]): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const elements = simulators
    .map((attributes) => `<div data-simulator="import-settings"${Object.entries(attributes).map(([k, v]) => ` data-${k}="${escape(v)}"`).join('')}><noscript>no script</noscript></div>`)
    .join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SIMULATOR_CSP}"><title>Simulator</title><link rel="stylesheet" href="/simulator.css"></head><body><main><h1>Simulator</h1>${elements}</main><script type="module" src="/simulator.js"></script></body></html>`;
}

/** A running fixture: base URL, pages registry, requests seen by the server, and the browser. */
export interface Fixture {
  url: string;
  pages: Map<string, string>;
  requests: string[];
  context: BrowserContext;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', html: 'text/html; charset=utf-8' };

/** Builds the island, starts the server and Chromium. */
export async function startFixture(): Promise<Fixture> {
  const files = await buildIsland();
  const pages = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0].replace(/^\//, '');
    requests.push(path);
    const page = pages.get(path);
    const file = files.get(path);
    if (page === undefined && file === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': page !== undefined ? TYPES.html : TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream' });
    response.end(page ?? file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const profile = await mkdtemp(join(tmpdir(), 'signpost-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    requests,
    context,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
