/**
 * "Own data": a dropped CSV or XLSX file becomes the import table, in the browser. Reading and
 * header mapping are the project's ingest module (src/ingest: encodings, separators, XLSX,
 * limits, nl/da/en header aliases); nothing is sent anywhere. The island imports this module
 * only when a file is dropped (OwnDataDrop.tsx), so the reader comes with it in one chunk.
 */
import { mapHeaders, readTableFile } from '../ingest/index.ts';
import type { TextTable } from './example-tables.ts';
import { OwnDataError } from './ingest-messages.ts';

/** An own-data import: the table (columns = mapped field ids, `""` = not imported) and the file's headers. */
export interface OwnData {
  table: TextTable;
  headers: string[];
}

/** Which header vocabulary to map with (src/ingest `HeaderKind`). */
export type OwnDataKind = 'contacts' | 'products' | 'relations' | 'materials' | 'hourTypes';

const cellText = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell));

/**
 * Reads a user's file into an import table; headers that are field ids or known aliases
 * (`Bedrijfsnaam` → `company.name`) are mapped, others left for the field-mapping step.
 * Throws an `OwnDataError` (file name + the first positioned ingest issue; `ownDataErrorMessage`
 * turns it into a translated sentence) when the file cannot be read.
 * Example: a CSV `Bedrijfsnaam;Plaats` → `{ headers: ['Bedrijfsnaam', 'Plaats'], table: { columns: ['company.name', 'company.city'], … } }`.
 */
export async function readOwnData(file: File, kind: OwnDataKind, knownFields: readonly string[]): Promise<OwnData> {
  const result = await readTableFile(new Uint8Array(await file.arrayBuffer()), {}, file.name);
  if (!result.ok) throw new OwnDataError(file.name, result.errors[0]);
  const { headers, rows } = result.table;
  const aliases = mapHeaders(headers, kind).fields;
  const columns = headers.map((header, i) => (knownFields.includes(header.trim()) ? header.trim() : aliases[i] ?? ''));
  return { headers, table: { columns, rows: rows.map((row) => headers.map((_, i) => cellText(row[i]))) } };
}
