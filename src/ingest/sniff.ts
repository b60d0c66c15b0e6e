/**
 * Is this file a table at all? Checked before any parsing, so that random bytes saved as `.csv`
 * are refused instead of "loading as 17 rows", and a text file named `.xlsx` is refused instead
 * of being read as CSV behind the user's back. Pure: bytes and a file name in, an issue out.
 */
import type { IngestIssue } from './types.ts';
import { looksLikeXlsx } from './xlsx.ts';

/** Bytes looked at for binary content: enough to catch any binary file, cheap for 20 MB. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters above which bytes are not text (real CSV has none). */
const MAX_CONTROL_SHARE = 0.005;

const SPREADSHEET_NAME = /\.(xlsx|xlsm|xltx)$/i;

/** Whether byte `b` is a C0 control other than tab, line feed, form feed and carriage return, or DEL. */
const isControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;

/**
 * `FILE_NOT_XLSX` when the name says Excel workbook but the bytes are not a ZIP package;
 * `FILE_NOT_TEXT` when bytes that are not a workbook hold NUL or many control bytes (binary
 * content); `TEXT_UNDECODABLE` when a file marked UTF-8 or UTF-16 by its byte-order mark is not
 * valid in that encoding; `null` when the bytes may be read as a table.
 * Example: `sniffTableBytes(new TextEncoder().encode('a;b\n1;2\n'), 'x.xlsx')` → `{ code: 'FILE_NOT_XLSX', params: { name: 'x.xlsx' } }`.
 */
export function sniffTableBytes(bytes: Uint8Array, fileName = ''): IngestIssue | null {
  if (looksLikeXlsx(bytes)) return null;
  if (SPREADSHEET_NAME.test(fileName)) return { code: 'FILE_NOT_XLSX', params: { name: fileName } };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return decodes(utf16Label(bytes), bytes.subarray(2)) ? null : { code: 'TEXT_UNDECODABLE' };
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return { code: 'FILE_NOT_TEXT' };
    if (isControl(b)) controls++;
  }
  if (controls > head.length * MAX_CONTROL_SHARE) return { code: 'FILE_NOT_TEXT' };
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (utf8Bom && !decodes('utf-8', bytes.subarray(3))) return { code: 'TEXT_UNDECODABLE' };
  return null;
}

const utf16Label = (bytes: Uint8Array) => (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');

/** Whether `bytes` are valid text in `encoding` (an odd UTF-16 length or a lone surrogate is not). */
function decodes(encoding: string, bytes: Uint8Array): boolean {
  if (encoding.startsWith('utf-16') && bytes.length % 2 === 1) return false;
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
