/**
 * "Own data": a dropped CSV file becomes the import table, in the browser (the parser is loaded
 * only when a file is dropped, and nothing is sent anywhere). Headers that are engine field ids
 * are mapped at once; others start unmapped for the field-mapping step.
 * XLSX needs the project's ingest module (src/ingest, engineer A); until it exists an .xlsx
 * file gets a clear "cannot read" message.
 */
import type { TextTable } from './example-tables.ts';

/** An own-data import: the table (columns = mapped field ids, `""` = not imported) and the file's headers. */
export interface OwnData {
  table: TextTable;
  headers: string[];
}

const FIELD_ID = /^(company|person|product|relation|material|hourType)\.[A-Za-z]+(\.[a-z][A-Za-z0-9]*)?$/;

/** Builds the own-data table from parsed records (first record = headers). */
export function recordsToOwnData(records: string[][], knownFields: readonly string[]): OwnData {
  const [headers = [], ...rows] = records.filter((record) => record.some((cell) => cell.trim() !== ''));
  const columns = headers.map((header) => {
    const trimmed = header.trim();
    return FIELD_ID.test(trimmed) && knownFields.includes(trimmed) ? trimmed : '';
  });
  return { headers: headers.map((h) => h.trim()), table: { columns, rows: rows.map((row) => headers.map((_, i) => row[i] ?? '')) } };
}

/**
 * Reads a user's file. Example: a CSV with header `company.name;company.city` →
 * `{ headers: ['company.name', 'company.city'], table: { columns: [...], rows: [...] } }`.
 * Throws an Error with a readable message when the file cannot be read.
 */
export async function readOwnData(file: File, knownFields: readonly string[]): Promise<OwnData> {
  if (/\.xlsx$/i.test(file.name)) throw new Error(`${file.name}: XLSX files are not supported yet; save the sheet as CSV`);
  const text = await file.text();
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimiter: '' });
  if (parsed.data.length === 0) throw new Error(`${file.name}: the file is empty`);
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw new Error(`${file.name}, row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  return recordsToOwnData(parsed.data, knownFields);
}
