/**
 * Shapes of the ingestion pipeline: a parsed table, problems as codes with positions (the UI
 * translates them), and the result of ingesting one file.
 */

/** A cell as read from a file: CSV gives strings, XLSX also numbers and booleans. */
export type TableCell = string | number | boolean | null;

/** A file read into a header row and data rows. */
export interface Table {
  headers: string[];
  /** Data rows; `rowNumbers[i]` is the 1-based file row of `rows[i]` (header = row 1). */
  rows: TableCell[][];
  rowNumbers: number[];
}

/** Problem codes of ingestion (closed set; the UI has a message per code). */
export const INGEST_CODES = [
  'FILE_EMPTY', 'FILE_TOO_LARGE', 'TOO_MANY_ROWS', 'CSV_UNCLOSED_QUOTE', 'CSV_MALFORMED',
  'XLSX_UNREADABLE', 'ROW_TOO_LONG', 'HEADER_EMPTY', 'HEADER_UNKNOWN', 'HEADER_DUPLICATE',
  'FILE_NOT_TEXT', 'FILE_NOT_XLSX', 'TEXT_UNDECODABLE', 'XLSX_TOO_LARGE',
] as const;
/** One of `INGEST_CODES`. */
export type IngestCode = (typeof INGEST_CODES)[number];

/**
 * A problem found while ingesting. Positions are 1-based like a spreadsheet: `row` 1 is the
 * header row, `column` 1 is column A.
 */
export interface IngestIssue {
  code: IngestCode;
  row?: number;
  column?: number;
  /** Extra parameters for the message (`limit`, `size`, `header`, `field` …). */
  params?: Record<string, string | number>;
}

/** Detected properties of the file, shown to the user. */
export interface FileInfo {
  format: 'csv' | 'xlsx';
  /** CSV only. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** CSV only. */
  delimiter?: ';' | ',' | '\t';
}

/** Result of reading a file into a table. */
export type ReadResult =
  | { ok: true; table: Table; info: FileInfo; warnings: IngestIssue[] }
  | { ok: false; errors: IngestIssue[] };

/** Limits applied while reading; both default to the values in `DEFAULT_LIMITS`. */
export interface IngestLimits {
  /** Largest accepted file, in bytes. */
  maxBytes?: number;
  /** Largest accepted number of data rows. */
  maxRows?: number;
}

/** Default limits: 20 MB and 100 000 data rows. */
export const DEFAULT_LIMITS: Readonly<Required<IngestLimits>> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
});
