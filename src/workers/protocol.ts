/**
 * Messages between the island and its simulation worker.
 *
 * The worker keeps its own copy of the two tables, so Start sends only the settings. The island
 * mirrors what it has sent (src/simulators/island/table-sync.ts) and, after a change, sends only
 * the rows whose identity changed, in chunks small enough to keep each main-thread task short:
 * main → worker: `shape` (columns and row count of a table), `rows` (row texts from `at`),
 * `prepare` (convert a table that has fully arrived now, while the page is idle), `run`, `page`
 * (rows of the last result), `csv` (export the last result);
 * worker → main: `progress`, `result` (compacted, see run-result.ts), `page`, `csv`, `failed`.
 */
import type { EnginePreset } from '../simulators/directive-attributes.ts';
import type { RowView } from '../simulators/output-view.ts';
import type { RunResult } from '../simulators/run-result.ts';

/** The two tables of the island. */
export type TableName = 'existing' | 'imported';

/** A change to the worker's copy of a table. */
export type TableRequest =
  | { type: 'shape'; table: TableName; columns: string[]; length: number }
  | { type: 'rows'; table: TableName; at: number; rows: string[][] };

/** A request to the worker. */
export type WorkerRequest =
  | TableRequest
  | { type: 'prepare'; table: TableName }
  | { type: 'run'; preset: EnginePreset; unchecked: number[]; cancelAfter: number | null; progressEvery: number }
  | { type: 'page'; id: number; from: number; count: number }
  | { type: 'csv'; id: number; lang: string };

/** A message from the worker. */
export type WorkerResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: RunResult }
  | { type: 'page'; id: number; rows: RowView[] }
  | { type: 'csv'; id: number; text: string }
  | { type: 'failed'; message: string };
