/**
 * The two faces of a run: `streamOf` hands the row results over one at a time (a consumer that
 * writes them out holds one row, not a million), `collect` gathers everything into the plain
 * `SimulationSuccess` of `simulate` (arrays, for the simulators and the conformance cases).
 */
import type { RowResult, SimulationStream, SimulationSuccess, SimulationTail } from './types.ts';

type Run = Generator<RowResult, SimulationTail, undefined>;

/** `run` as a `SimulationStream`: `rows` yields each row result as it is made, `rest()` the tail. */
export function streamOf(run: Run): SimulationStream {
  let tail: SimulationTail | undefined;
  const rows: IterableIterator<RowResult> = {
    next() {
      if (tail) return { done: true, value: undefined };
      const step = run.next();
      if (!step.done) return step;
      tail = step.value;
      return { done: true, value: undefined };
    },
    [Symbol.iterator]() {
      return rows;
    },
  };
  return {
    ok: true,
    rows,
    rest() {
      if (!tail) throw new Error('simulateStream: rest() was called before every row was read');
      return tail;
    },
  };
}

/** Every row result and the tail of `run`, record lists made into arrays: what `simulate` returns. */
export function collect(run: Run, rowCount: number): SimulationSuccess {
  const rows: RowResult[] = new Array(rowCount);
  let step = run.next();
  for (let index = 0; !step.done; index++, step = run.next()) rows[index] = step.value;
  const { database, ...rest } = step.value;
  const arrays: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(database)) arrays[name] = isLazyList(value) ? [...value] : value;
  return { ok: true, rows, database: arrays as unknown as SimulationSuccess['database'], ...rest };
}

function isLazyList(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Symbol.iterator in value;
}
