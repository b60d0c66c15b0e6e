/**
 * Ratios of pipelines timed in alternation in one process (a helper of bench/docfx.ts).
 *
 * On a shared machine the load changes within seconds, so sides timed one after the other
 * over a whole corpus (10 s each) can differ by a factor of two for no reason of their own.
 * Here every round walks the items in chunks, runs every side on each chunk, and alternates the
 * order of the sides from chunk to chunk (A B, B A, A B …): load that comes and goes hits all
 * sides nearly alike. Each round gives one ratio per side against the base side; the medians
 * over the rounds are the figures to quote. CPU time is the main thread's (user + system):
 * what other processes on the machine distort least.
 */
import { availableParallelism, loadavg } from 'node:os';

/** Renders items `[from, to)` of the corpus. */
export type Side = (from: number, to: number) => void;

/** Wall and main-thread CPU milliseconds. */
export interface Timing {
  wall: number;
  cpu: number;
}

export interface RoundOptions {
  /** How many items the sides render per round. */
  items: number;
  rounds: number;
  /** Items per chunk (the unit of alternation). Default 50. */
  chunk?: number;
  /** Items each side renders once, untimed, before the first round (JIT warm-up). Default 300. */
  warmUp?: number;
  /** Called before each round (e.g. to empty caches a build starts without). */
  beforeRound?: () => void;
}

/** Per-side totals of each round, and the machine load before and after. */
export interface Rounds {
  timings: Record<string, Timing[]>;
  load: { before: number[]; after: number[]; cpus: number };
}

const cpuNow = () => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Time `sides` in alternated chunks over `rounds` rounds.
 * @example alternate({ bare, plugin }, { items: pages.length, rounds: 5 }).timings.plugin[0].cpu // → 6812.4
 */
export function alternate(sides: Record<string, Side>, options: RoundOptions): Rounds {
  const { items, rounds, chunk = 50, warmUp = 300, beforeRound } = options;
  const names = Object.keys(sides);
  for (const name of names) sides[name](0, Math.min(items, warmUp));
  const load = { before: loadavg(), after: [] as number[], cpus: availableParallelism() };
  const timings: Record<string, Timing[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    beforeRound?.();
    const totals: Record<string, Timing> = Object.fromEntries(names.map((name) => [name, { wall: 0, cpu: 0 }]));
    for (let from = 0, index = 0; from < items; from += chunk, index++) {
      const to = Math.min(items, from + chunk);
      for (const name of (index + round) % 2 === 0 ? names : [...names].reverse()) {
        const cpu = cpuNow();
        const started = performance.now();
        sides[name](from, to);
        totals[name].wall += performance.now() - started;
        totals[name].cpu += cpuNow() - cpu;
      }
    }
    for (const name of names) timings[name].push(totals[name]);
  }
  load.after = loadavg();
  return { timings, load };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Round-by-round ratios of `side` to `base`, wall and CPU. */
export function ratios(rounds: Rounds, side: string, base: string): { wall: number[]; cpu: number[] } {
  const of = (key: keyof Timing) => rounds.timings[side].map((timing, round) => timing[key] / rounds.timings[base][round][key]);
  return { wall: of('wall'), cpu: of('cpu') };
}

/** `1.41× (1.38–1.47)`: the median and the range over the rounds. */
export function describeRatios(values: number[]): string {
  return `${median(values).toFixed(2)}× (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
}

/** `load 2.1 → 3.4 (1-min average, 2 CPUs)`. */
export function describeLoad(rounds: Rounds): string {
  return `load ${rounds.load.before[0].toFixed(1)} → ${rounds.load.after[0].toFixed(1)} (1-minute average, ${rounds.load.cpus} CPUs)`;
}
