// bench/preview.ts — live preview on the nl+da corpus: `astro dev` on a temporary copy of
// ../shared/corpus/superoffice (nl, da, media), Chromium on a page that includes a file, then 5
// saves of that include; each time, milliseconds from the save until the open page shows the new
// text (the browser reloads itself). Runs the dev server twice — the site model (route data and
// page HTML) in memory (the default, src/site/dev-site.ts) and in Astro's data store
// (SIGNPOST_DEV_HTML=store, as a build keeps it) — and prints the median of each and their
// ratio, and the load average. Slow: two full corpus renders at start-up; `--memory-only` runs
// only the default.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PROJECT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(PROJECT, '../shared/corpus/superoffice');
const PAGE = '/nl/admin/import/';
const INCLUDE = 'nl/admin/import/includes/caution-backup-before-import.md';
const SAVES = 5;

async function startDev(content: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT,
    env: { ...process.env, SIGNPOST_CONTENT: content, SIGNPOST_CACHE_DIR: join(content, '..', 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's output, for a look when it does not come up (SIGNPOST_BENCH_LOG=path).
  const log = createWriteStream(process.env.SIGNPOST_BENCH_LOG ?? '/dev/null');
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${PAGE}`, { signal: AbortSignal.timeout(120_000) })).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  child.kill();
  throw new Error('astro dev did not start');
}

async function measure(label: string, env: Record<string, string>, port: number): Promise<number[]> {
  const work = mkdtempSync(join(tmpdir(), 'signpost-preview-bench-'));
  const content = join(work, 'content');
  for (const part of ['nl', 'da', 'media']) cpSync(join(CORPUS, part), join(content, part), { recursive: true });
  const started = Date.now();
  const dev = await startDev(content, port, env);
  console.log(`${label}: dev server up in ${Math.round((Date.now() - started) / 1000)} s`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}${PAGE}`, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const original = readFileSync(join(content, INCLUDE), 'utf8');
  const times: number[] = [];
  for (let round = 1; round <= SAVES; round++) {
    const marker = `Bench-marker ${label} ${round}`;
    await new Promise((r) => setTimeout(r, 1500));
    const saved = Date.now();
    writeFileSync(join(content, INCLUDE), `${original.trimEnd()} ${marker}\n`);
    while (!(await page.locator('article').innerText().catch(() => '')).includes(marker)) {
      if (Date.now() - saved > 30_000) throw new Error(`${marker} not shown after 30 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    times.push(Date.now() - saved);
  }
  await browser.close();
  dev.kill('SIGTERM');
  await new Promise((r) => dev.once('exit', r));
  rmSync(work, { recursive: true, force: true });
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`load average before: ${load()}`);
// Ports apart from other engineers' runs of this bench on the same machine.
const port = 4391 + 2 * Math.floor(Math.random() * 300);
const memory = await measure('model-in-memory', {}, port);
console.log(`include save → visible, ms (${SAVES} saves): in memory ${memory.join(', ')} (median ${median(memory)}); load average ${load()}`);
if (!process.argv.includes('--memory-only')) {
  const store = await measure('model-in-store', { SIGNPOST_DEV_HTML: 'store' }, port + 1);
  console.log(`include save → visible, ms (${SAVES} saves): in data store ${store.join(', ')} (median ${median(store)}); load average ${load()}`);
  console.log(`ratio in-memory / in-store: ${(median(memory) / median(store)).toFixed(2)}`);
}
