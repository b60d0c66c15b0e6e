/**
 * The worker's copy of the island's two tables, and the engine input built from them. Import
 * rows are converted as they arrive (while the page is still sending the next chunk), the
 * existing records once per change of that table, so a run under new settings starts at once.
 * Pure (no worker globals), so it is tested in Node.
 */
import type { EnginePreset } from '../simulators/directive-attributes.ts';
import { engineInputOf, type RunExtras } from '../simulators/engine-input.ts';
import { textTableToExisting, textTableToRows, type TextTable } from '../simulators/example-tables.ts';
import type { TableName, TableRequest } from './protocol.ts';

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((column, i) => column === b[i]);

/** Both tables as text, the import rows as engine rows, and the existing records (built lazily). */
export class WorkerTables {
  private readonly text: Record<TableName, TextTable> = { existing: { columns: [], rows: [] }, imported: { columns: [], rows: [] } };
  /** Engine rows of the import table; a hole is a row still to convert. */
  private engineRows: Record<string, string>[] = [];
  private existingRecords: Record<string, unknown> | null = null;

  /** Applies a `shape` or `rows` message. */
  apply(request: TableRequest): void {
    const table = this.text[request.table];
    if (request.type === 'shape') {
      const remap = !sameColumns(table.columns, request.columns);
      table.columns = request.columns;
      table.rows.length = request.length;
      if (request.table === 'imported') {
        // New columns change every engine row; prepare() converts them again from the text.
        if (remap) this.engineRows = [];
        this.engineRows.length = request.length;
      }
    } else {
      for (let i = 0; i < request.rows.length; i++) table.rows[request.at + i] = request.rows[i];
      if (request.table === 'imported') this.convert(request.at, request.at + request.rows.length);
    }
    if (request.table === 'existing') this.existingRecords = null;
  }

  /** Converts what is not converted yet of `table` (the existing records; import rows after a column change). */
  prepare(table: TableName): void {
    if (table === 'existing') {
      this.existingRecords ??= textTableToExisting(this.text.existing);
      return;
    }
    const total = this.text.imported.rows.length;
    for (let start = 0; start < total; start++) {
      if (this.engineRows[start] !== undefined) continue;
      let end = start;
      while (end < total && this.engineRows[end] === undefined) end++;
      this.convert(start, end);
      start = end;
    }
  }

  private convert(start: number, end: number): void {
    const { columns, rows } = this.text.imported;
    const converted = textTableToRows({ columns, rows: rows.slice(start, end) });
    for (let i = 0; i < converted.length; i++) this.engineRows[start + i] = converted[i];
  }

  /** Rows in the import table. */
  get rowCount(): number {
    return this.text.imported.rows.length;
  }

  /** The engine input of the current tables under `preset` (see engineInputOf). */
  input(preset: EnginePreset, extras: RunExtras) {
    this.prepare('existing');
    this.prepare('imported');
    return engineInputOf(preset, this.existingRecords!, this.engineRows, extras);
  }
}
