/**
 * What the island has sent of a table to its worker, and the messages that bring the worker's
 * copy up to date. Tables are never mutated (state.ts), so a row whose array is the one already
 * sent is unchanged: an edited cell costs one row, not the whole table, and 100k rows go over in
 * chunks, each a short task on the page's main thread.
 */
import type { TextTable } from '../example-tables.ts';
import type { TableName, TableRequest } from '../../workers/protocol.ts';

/** Rows per `rows` message: a few milliseconds of structured cloning on the main thread. */
export const SYNC_CHUNK_ROWS = 4000;

/** The worker's copy of one table as the island last sent it. */
export class TableMirror {
  /** The table object fully sent, for a quick "nothing changed". */
  source: TextTable | null = null;
  columns: readonly string[] = [];
  rows: (readonly string[] | undefined)[] = [];
}

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((column, i) => column === b[i]);

/**
 * Yields the messages that make the worker's `name` table equal to `table`, updating `mirror` as
 * each message is handed out (the caller posts every message it takes; it may stop taking them
 * when a newer table comes, and the mirror still says exactly what was sent).
 * Example: a one-cell edit of a synced 100k-row table yields one `rows` message with one row.
 */
export function* tableRequests(name: TableName, table: TextTable, mirror: TableMirror, chunkRows = SYNC_CHUNK_ROWS): Generator<TableRequest> {
  if (mirror.source === table) return;
  const total = table.rows.length;
  if (!sameColumns(mirror.columns, table.columns) || mirror.rows.length !== total) {
    mirror.columns = [...table.columns];
    mirror.rows.length = total;
    yield { type: 'shape', table: name, columns: [...table.columns], length: total };
  }
  for (let start = 0; start < total; start++) {
    if (mirror.rows[start] === table.rows[start]) continue;
    let end = start + 1;
    while (end < total && end - start < chunkRows && mirror.rows[end] !== table.rows[end]) end++;
    const rows = table.rows.slice(start, end);
    for (let i = start; i < end; i++) mirror.rows[i] = table.rows[i];
    yield { type: 'rows', table: name, at: start, rows };
    start = end - 1;
  }
  mirror.source = table;
}
