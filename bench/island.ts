/**
 * Island bench (issue 5): the simulator's JavaScript before a file is dropped (gzip; target
 * ≤ 40 KB: the first script, the page language's strings and the default sample's chunk), the time from Start to results on screen for 10k and 100k generated rows in
 * Chromium (target 100k ≤ 2 s), and dropping a 100k-row CSV (time until the island says it is
 * loaded). For the run and the drop it reports every main-thread long task (PerformanceObserver
 * `longtask`) in that window (target: none over 200 ms). "On screen" is the first frame after
 * the results appear, so their layout and paint count too.
 * The CSV is dropped as a browser drop does it (a `drop` event carrying the File), not with
 * Playwright's setInputFiles, which builds the File from base64 in the page's main thread
 * and so shows its own long task (≈0.6 s for 6 MB) that no user has.
 * It also reports the page's cumulative layout shift from load to the first result (target ≤ 0.02).
 * Run: `node_modules/.bin/node bench/island.ts [repeats]` (prints one JSON object; each size is
 * timed `repeats` times, default 1, each in a fresh browser, and the median is reported);
 * `bench/island.ts --size` prints the sizes only (no browser).
 */
import { gzipSync } from 'node:zlib';
import { generatedSample } from '../src/simulators/samples/index.ts';
import { buildIsland, simulatorPage, startFixture, type Fixture } from '../test/simulators/browser-fixture.ts';

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

type Page = Awaited<ReturnType<Fixture['context']['newPage']>>;

/** Opens a page with one simulator (`attributes`), ready, with a long-task recorder installed. */
async function openSimulator(fixture: Fixture, attributes: Record<string, string>): Promise<Page> {
  fixture.pages.set('bench.html', simulatorPage('nl', [{ 'company-action': 'merge', ...attributes }]));
  const page = await fixture.context.newPage();
  await page.goto(`${fixture.url}/bench.html`);
  await page.locator('.signpost-sim[data-ready]').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  await page.waitForTimeout(300); // let load-time tasks settle so only what is measured is observed
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  return page;
}

/** The long tasks recorded since the recorder was last emptied. */
async function longTasksOf(page: Page): Promise<{ longTasksMs: number[]; maxLongTaskMs: number }> {
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  return { longTasksMs: longTasks, maxLongTaskMs: Math.max(0, ...longTasks) };
}

/** Resolves in the page once the next frame has been laid out and painted. */
const afterNextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

async function timeRun(rows: number): Promise<{ startToResultsMs: number; longTasksMs: number[]; maxLongTaskMs: number }> {
  const fixture = await startFixture();
  try {
    const page = await openSimulator(fixture, { sample: `generated-${rows}` });
    const startedAt = await page.evaluate(() => {
      (document.querySelector('.signpost-sim__run button') as HTMLButtonElement).click();
      return performance.now();
    });
    await page.waitForFunction(() => document.querySelector('.signpost-sim__results'), null, { timeout: 120_000, polling: 'raf' });
    const finishedAt = await page.evaluate(afterNextFrame);
    return { startToResultsMs: Math.round(finishedAt - startedAt), ...await longTasksOf(page) };
  } finally {
    await fixture.close();
  }
}

/** A CSV of the generated sample's `rows` import rows, headers = field ids, `;`-separated. */
function generatedCsv(rows: number): string {
  const { columns, rows: cells } = generatedSample(rows).imported;
  return `${[columns, ...cells].map((line) => line.join(';')).join('\r\n')}\r\n`;
}

/**
 * Drops a `rows`-row CSV on the island's own-data zone: time until it reports the file loaded
 * (next frame), and the long tasks until 1.5 s later (the table then goes to the worker in chunks).
 */
async function timeDrop(rows: number): Promise<{ bytes: number; dropToLoadedMs: number; longTasksMs: number[]; maxLongTaskMs: number }> {
  const fixture = await startFixture();
  try {
    const csv = generatedCsv(rows);
    fixture.pages.set('dropped.csv', csv);
    const page = await openSimulator(fixture, {});
    // Fetched before the measured window: only the drop itself is timed.
    await page.evaluate(async () => {
      const file = new File([await (await fetch('/dropped.csv')).blob()], 'dropped.csv', { type: 'text/csv' });
      (window as unknown as { dropped: File }).dropped = file;
      (window as unknown as { longTasks: number[] }).longTasks = [];
    });
    const droppedAt = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add((window as unknown as { dropped: File }).dropped);
      document.querySelector('.signpost-sim__own')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      return performance.now();
    });
    await page.waitForFunction(() => document.querySelector('[data-own-status]')?.textContent, null, { timeout: 120_000, polling: 'raf' });
    const loadedAt = await page.evaluate(afterNextFrame);
    await page.waitForTimeout(1500);
    return { bytes: csv.length, dropToLoadedMs: Math.round(loadedAt - droppedAt), ...await longTasksOf(page) };
  } finally {
    await fixture.close();
  }
}

/** The run with the median `key` of `runs`, plus every run's `key` (allMs) and longest task when there are several. */
function medianOf<T extends { maxLongTaskMs: number }>(runs: T[], key: keyof T) {
  const median = [...runs].sort((a, b) => Number(a[key]) - Number(b[key]))[Math.floor((runs.length - 1) / 2)];
  return { ...median, ...(runs.length > 1 ? { allMs: runs.map((run) => run[key]), allMaxLongTaskMs: runs.map((run) => run.maxLongTaskMs) } : {}) };
}

/**
 * Cumulative layout shift of a help page with a simulator from load to the first result (issue
 * 12, target ≤ 0.02): a PerformanceObserver for `layout-shift`, installed before the page's own
 * scripts, sums the shifts not caused by recent input (the CLS definition) while the island
 * mounts, then Start is pressed and the first result drawn. `withInput` also counts the shifts
 * right after the press, for information.
 */
async function layoutShift(width: number): Promise<{ width: number; cls: number; withInput: number }> {
  const fixture = await startFixture();
  try {
    const simulator = simulatorPage('nl', [{ 'company-action': 'merge' }]);
    fixture.pages.set('cls.html', simulator.replace('<h1>Simulator</h1>', `<h1>Dubbele records</h1>${'<p>Een alinea tekst voor de simulator, zoals op een helppagina.</p>'.repeat(3)}`)
      .replace('</main>', `${'<p>Tekst na de simulator.</p>'.repeat(5)}</main>`));
    const page = await fixture.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; input: boolean }[] };
      w.shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
        w.shifts.push({ value: shift.value, input: shift.hadRecentInput });
      })).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${fixture.url}/cls.html`);
    await page.locator('.signpost-sim[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.signpost-sim__results').waitFor();
    await page.evaluate(afterNextFrame);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; input: boolean }[] }).shifts);
    const sum = (list: { value: number }[]) => Math.round(list.reduce((total, shift) => total + shift.value, 0) * 10000) / 10000;
    return { width, cls: sum(shifts.filter((shift) => !shift.input)), withInput: sum(shifts) };
  } finally {
    await fixture.close();
  }
}

/** Times `rows` `repeats` times; the median run, and every run's time and longest task. */
async function timeRuns(rows: number, repeats: number) {
  const runs = [];
  for (let i = 0; i < repeats; i++) runs.push(await timeRun(rows));
  return { rows, ...medianOf(runs, 'startToResultsMs') };
}

/** Drops a `rows`-row CSV `repeats` times; the median drop, and every drop's time and longest task. */
async function timeDrops(rows: number, repeats: number) {
  const drops = [];
  for (let i = 0; i < repeats; i++) drops.push(await timeDrop(rows));
  return { rows, ...medianOf(drops, 'dropToLoadedMs') };
}

const repeats = Math.max(1, Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 1) || 1);
const files = await buildIsland();
// The page language's strings are fetched by the first script at start (load-translator.ts), so
// they count as initial: the largest catalogue chunk, to be safe.
const catalogues = [...files.keys()].filter((name) => /^simulator-[\w-]+\.js$/.test(name));
const largestCatalogue = catalogues.sort((a, b) => files.get(b)!.length - files.get(a)!.length).slice(0, 1);
// A simulator's sample comes at start too (samples/load.ts: one chunk per contacts language, the
// default sample; one per kind for the others): the largest contacts chunk and what it imports.
const contacts = [...files.keys()].filter((name) => /^contacts-[\w-]+\.js$/.test(name));
const largestContacts = contacts.sort((a, b) => files.get(b)!.length - files.get(a)!.length).slice(0, 1);
const initial = [...new Set([...staticClosure(files, 'simulator.js'), ...largestCatalogue, ...largestContacts.flatMap((name) => staticClosure(files, name))])];
const lazy = [...files.keys()].filter((name) => name.endsWith('.js') && !initial.includes(name) && name !== 'axe.min.js');
const sizes = {
  initialJs: { files: initial, gzipKb: gzipKb(files, initial), targetKb: 40 },
  lazyJs: Object.fromEntries(lazy.map((name) => [name, gzipKb(files, [name])])),
};
if (process.argv.includes('--size')) {
  process.stdout.write(`${JSON.stringify(sizes, null, 2)}\n`);
  process.exit(0);
}
const report = {
  ...sizes,
  runs: [await timeRuns(10_000, repeats), await timeRuns(100_000, repeats)],
  drop: await timeDrops(100_000, repeats),
  layoutShift: { target: 0.02, pages: [await layoutShift(1280), await layoutShift(390)] },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
