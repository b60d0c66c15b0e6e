/**
 * One uploaded file → table: size limit first (before decoding anything), then XLSX or CSV,
 * then the row limit. Pure and browser-safe: it takes bytes, never a path.
 */
import { parseCsv } from './csv.ts';
import { decodeBytes } from './decode.ts';
import { DEFAULT_LIMITS, type IngestLimits, type ReadResult } from './types.ts';
import { sniffTableBytes } from './sniff.ts';
import { looksLikeXlsx, readXlsx } from './xlsx.ts';

/**
 * Reads `bytes` (a CSV or XLSX file; XLSX is recognised by its ZIP signature, not its name;
 * `fileName` only makes a non-ZIP file named `.xlsx` a `FILE_NOT_XLSX` instead of CSV).
 * Errors are codes with positions; warnings (blank-line oddities are not warnings) do not stop.
 *
 * @example
 * await readTableFile(new TextEncoder().encode('Bedrijfsnaam;Plaats\nHolm;Ry\n'))
 * // → { ok: true, table: { headers: ['Bedrijfsnaam', 'Plaats'], rows: [['Holm', 'Ry']], rowNumbers: [2] },
 * //     info: { format: 'csv', encoding: 'utf-8', delimiter: ';' }, warnings: [] }
 */
export async function readTableFile(bytes: Uint8Array, limits: IngestLimits = {}, fileName = ''): Promise<ReadResult> {
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxRows = limits.maxRows ?? DEFAULT_LIMITS.maxRows;
  if (bytes.byteLength > maxBytes) {
    return { ok: false, errors: [{ code: 'FILE_TOO_LARGE', params: { size: bytes.byteLength, limit: maxBytes } }] };
  }
  if (bytes.byteLength === 0) return { ok: false, errors: [{ code: 'FILE_EMPTY' }] };
  // Not a table at all (binary bytes, a "workbook" that is text): refused before parsing.
  const notTable = sniffTableBytes(bytes, fileName);
  if (notTable) return { ok: false, errors: [notTable] };

  let result: ReadResult;
  if (looksLikeXlsx(bytes)) {
    const read = await readXlsx(bytes);
    if ('errors' in read) return { ok: false, errors: read.errors };
    result = { ok: true, table: read.table, info: { format: 'xlsx' }, warnings: [] };
  } else {
    const { text, encoding } = decodeBytes(bytes);
    const { table, delimiter, errors } = parseCsv(text);
    if (errors.length > 0) return { ok: false, errors };
    result = { ok: true, table, info: { format: 'csv', encoding, delimiter }, warnings: [] };
  }
  if (result.table.headers.length === 0) return { ok: false, errors: [{ code: 'FILE_EMPTY' }] };
  if (result.table.rows.length > maxRows) {
    const firstOver = result.table.rowNumbers[maxRows];
    return { ok: false, errors: [{ code: 'TOO_MANY_ROWS', row: firstOver, params: { rows: result.table.rows.length, limit: maxRows } }] };
  }
  return result;
}
