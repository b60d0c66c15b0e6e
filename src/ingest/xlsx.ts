/**
 * XLSX bytes → table, through `read-excel-file` (its `universal` build works in browsers, Web
 * Workers and Node). The reader is imported only when an XLSX file arrives, so CSV users never
 * download it.
 */
import type { IngestIssue, Table, TableCell } from './types.ts';
import { declaredUnpackedBytes, MAX_UNPACKED_BYTES } from './zip-size.ts';

/** Whether `bytes` start like a ZIP archive (`PK\x03\x04`), as every XLSX file does. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function toCell(value: unknown): TableCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Longest a read may take before the user is told (50,000 rows take a few seconds). */
const READ_TIMEOUT_MS = 30_000;

/**
 * A promise that rejects when the read cannot finish: the page's security policy blocked what
 * the reader needs (read-excel-file reads large files in a `blob:` worker; a blocked worker
 * never answers, and the browser only says so with a `securitypolicyviolation` event), or the
 * read ran past `READ_TIMEOUT_MS`. Issue 17: a dropped file never fails in silence.
 */
function readFailure(): { failed: Promise<never>; stop(): void } {
  let stop = () => {};
  const failed = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer after ${READ_TIMEOUT_MS / 1000} s`)), READ_TIMEOUT_MS);
    const target = (globalThis as { document?: EventTarget }).document;
    const onViolation = (event: Event) => {
      const directive = (event as Event & { effectiveDirective?: string }).effectiveDirective ?? '';
      if (/^(worker|script|child)-src/.test(directive)) reject(new Error(`blocked by the page's security policy (${directive})`));
    };
    target?.addEventListener('securitypolicyviolation', onViolation);
    stop = () => {
      clearTimeout(timer);
      target?.removeEventListener('securitypolicyviolation', onViolation);
    };
  });
  failed.catch(() => {}); // a rejection after the read won is no one's concern
  return { failed, stop: () => stop() };
}

/** Reads the first sheet; the first non-empty row is the header. Errors come back as issues. */
export async function readXlsx(bytes: Uint8Array): Promise<{ table: Table } | { errors: IngestIssue[] }> {
  // A zip bomb is refused from its directory, before the reader allocates what it declares.
  if ((declaredUnpackedBytes(bytes) ?? 0) > MAX_UNPACKED_BYTES) {
    return { errors: [{ code: 'XLSX_TOO_LARGE', params: { limit: MAX_UNPACKED_BYTES / 2 ** 20 } }] };
  }
  let data: unknown[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const guard = readFailure();
    try {
      data = (await Promise.race([readSheet(buffer), guard.failed])) as unknown[][];
    } finally {
      guard.stop();
    }
  } catch (error) {
    return { errors: [{ code: 'XLSX_UNREADABLE', params: { detail: String((error as Error)?.message ?? error).slice(0, 200) } }] };
  }
  const isBlank = (row: unknown[]) => row.every((cell) => cell === null || cell === undefined || String(cell).trim() === '');
  let first = 0;
  while (first < data.length && isBlank(data[first])) first++;
  const headers = (data[first] ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
  const rows: TableCell[][] = [];
  const rowNumbers: number[] = [];
  for (let i = first + 1; i < data.length; i++) {
    if (isBlank(data[i])) continue;
    rows.push(data[i].map(toCell));
    rowNumbers.push(i + 1);
  }
  return { table: { headers, rows, rowNumbers } };
}
