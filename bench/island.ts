/**
 * Island bench (issue 5): the simulator's JavaScript before a file is dropped (gzip; target
 * ≤ 40 KB), and time from Start to results on screen for 10k and 100k generated rows in
 * Chromium (target 100k ≤ 2 s), with every main-thread long task (PerformanceObserver
 * `longtask`) in that window (target: none over 200 ms). "On screen" is the first frame after
 * the results appear, so their layout and paint count too.
 * Run: `node_modules/.bin/node bench/island.ts [repeats]` (prints one JSON object; each size is
 * timed `repeats` times, default 1, each in a fresh browser, and the median is reported).
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

async function timeRun(rows: number): Promise<{ startToResultsMs: number; longTasksMs: number[]; maxLongTaskMs: number }> {
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
    // The task after the next frame runs once that frame (with the results) has been laid out and painted.
    const finishedAt = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { startToResultsMs: Math.round(finishedAt - startedAt), longTasksMs: longTasks, maxLongTaskMs: Math.max(0, ...longTasks) };
  } finally {
    await fixture.close();
  }
}

/** Times `rows` `repeats` times; the median run, and every run's time and longest task. */
async function timeRuns(rows: number, repeats: number) {
  const runs = [];
  for (let i = 0; i < repeats; i++) runs.push(await timeRun(rows));
  const median = [...runs].sort((a, b) => a.startToResultsMs - b.startToResultsMs)[Math.floor((repeats - 1) / 2)];
  return { rows, ...median, ...(repeats > 1 ? { allMs: runs.map((run) => run.startToResultsMs), allMaxLongTaskMs: runs.map((run) => run.maxLongTaskMs) } : {}) };
}

const repeats = Math.max(1, Number(process.argv[2] ?? 1) || 1);
const files = await buildIsland();
// The page language's strings are fetched by the first script at start (load-translator.ts), so
// they count as initial: the largest catalogue chunk, to be safe.
const catalogues = [...files.keys()].filter((name) => /^simulator-[\w-]+\.js$/.test(name));
const largestCatalogue = catalogues.sort((a, b) => files.get(b)!.length - files.get(a)!.length).slice(0, 1);
const initial = [...staticClosure(files, 'simulator.js'), ...largestCatalogue];
const lazy = [...files.keys()].filter((name) => name.endsWith('.js') && !initial.includes(name) && name !== 'axe.min.js');
const report = {
  initialJs: { files: initial, gzipKb: gzipKb(files, initial), targetKb: 40 },
  lazyJs: Object.fromEntries(lazy.map((name) => [name, gzipKb(files, [name])])),
  runs: [await timeRuns(10_000, repeats), await timeRuns(100_000, repeats)],
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
