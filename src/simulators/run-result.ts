/**
 * What a run hands to the UI: the engine output without its database and with its row results
 * cut to the first `keepRows` (a 100k-row result is shown a page at a time, and cloning it out
 * of the worker would block the page), plus the row count. Pure, so worker and main thread share it.
 */
import type { OutputView, RowView, SuccessView } from './output-view.ts';

/** A run's result as the island keeps it. */
export type RunResult =
  | { ok: true; rows: RowView[]; rowCount: number; summary: SuccessView['summary']; selection: SuccessView['selection']; erp?: unknown }
  | { ok: false; errors: { code: string; [key: string]: unknown }[] };

/** Row results per page of the results table: a page renders and lays out in a few milliseconds. */
export const RESULT_PAGE_ROWS = 50;

/**
 * `output` without the database and with at most `keepRows` row results (all by default).
 * Example: `toRunResult(tenThousandRows, 50)` → `{ ok: true, rows: [50 rows], rowCount: 10000, … }`.
 */
export function toRunResult(output: OutputView, keepRows = Infinity): RunResult {
  if (!output.ok) return { ok: false, errors: output.errors };
  const { rows, summary, selection } = output;
  const erp = (output as unknown as Record<string, unknown>).erp;
  return { ok: true, rows: rows.slice(0, keepRows), rowCount: rows.length, summary, selection, ...(erp ? { erp } : {}) };
}
