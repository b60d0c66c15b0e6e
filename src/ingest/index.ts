/**
 * Browser-safe ingestion for the import simulators: read a CSV/XLSX upload into a table, map
 * its header to engine field ids, build engine rows, and write results back as safe CSV.
 * Problems are codes with 1-based row/column positions; the UI translates them.
 */
export { readTableFile } from './read.ts';
export { decodeBytes } from './decode.ts';
export { detectDelimiter, parseCsv } from './csv.ts';
export { looksLikeXlsx, readXlsx } from './xlsx.ts';
export { headerKey, mapHeaders, type HeaderKind, type HeaderMapping } from './headers.ts';
export { HEADER_ALIASES } from './header-aliases.ts';
export { neutraliseCell, writeCsv, type CsvWriteOptions } from './csv-writer.ts';
export {
  DEFAULT_LIMITS, INGEST_CODES, type FileInfo, type IngestCode, type IngestIssue, type IngestLimits,
  type ReadResult, type Table, type TableCell,
} from './types.ts';
