/**
 * Island bench (issue 5): the simulator's JavaScript before a file is dropped (gzip; target
 * ≤ 40 KB), and time from Start to results for 10k and 100k generated rows in Chromium
 * (target 100k ≤ 2 s), with every main-thread long task (PerformanceObserver `longtask`) in
 * that window (target: none over 200 ms).
 * Run: `node_modules/.bin/node bench/island.ts` (prints one JSON object).
 */
import { gzipSync } from 'node:zlib';
import { buildIsland, simulatorPage, startFixture } from '../test/simulators/browser-fixture.ts';

/** The entry file plus every chunk it imports statically (lazy chunks such as the CSV parser excluded). */
function staticClosure(files: Map<string, Uint8Array>, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !files.has(name)) return;
    seen.add(name);
    const text = new TextDecoder().decode(files.get(name));
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const match of text.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(match[1]);
  };
  visit(entry);
  return [...seen];
}

const gzipKb = (files: Map<string, Uint8Array>, names: string[]) =>
  Math.round(names.reduce((sum, name) => sum + gzipSync(files.get(name)!, { level: 9 }).length, 0) / 102.4) / 10;

async function timeRun(rows: number) {
  const fixture = await startFixture();
  try {
    fixture.pages.set('bench.html', simulatorPage('nl', [{ sample: `generated-${rows}`, 'company-action': 'merge' }]));
    const page = await fixture.context.newPage();
    await page.goto(`${fixture.url}/bench.html`);
    await page.locator('.signpost-sim[data-ready]').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
    });
    await page.waitForTimeout(300); // let load-time tasks settle so only the run is observed
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    const startedAt = await page.evaluate(() => {
      (document.querySelector('.signpost-sim__run button') as HTMLButtonElement).click();
      return performance.now();
    });
    await page.waitForFunction(() => document.querySelector('.signpost-sim__results'), null, { timeout: 120_000, polling: 'raf' });
    const finishedAt = await page.evaluate(() => performance.now());
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { rows, startToResultsMs: Math.round(finishedAt - startedAt), longTasksMs: longTasks, maxLongTaskMs: Math.max(0, ...longTasks) };
  } finally {
    await fixture.close();
  }
}

const files = await buildIsland();
const initial = staticClosure(files, 'simulator.js');
const lazy = [...files.keys()].filter((name) => name.endsWith('.js') && !initial.includes(name) && name !== 'axe.min.js');
const report = {
  initialJs: { files: initial, gzipKb: gzipKb(files, initial), targetKb: 40 },
  lazyJs: Object.fromEntries(lazy.map((name) => [name, gzipKb(files, [name])])),
  runs: [await timeRun(10_000), await timeRun(100_000)],
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
