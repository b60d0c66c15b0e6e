/**
 * Messages between the island and the simulation worker.
 * main → worker: `run` (the island state as JSON text, and where to stop) and `csv` (export the
 * last full result);
 * worker → main: `progress`, `result` (compacted, see run-result.ts), `csv`.
 */
import type { RunResult } from '../simulators/run-result.ts';

/** A request to the worker. */
export type WorkerRequest =
  | { type: 'run'; state: string; cancelAfter: number | null; progressEvery: number }
  | { type: 'csv'; lang: string };

/** A message from the worker. */
export type WorkerResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: RunResult }
  | { type: 'csv'; text: string }
  | { type: 'failed'; message: string };
