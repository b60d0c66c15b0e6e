/**
 * Bytes → text for CSV files: BOM-aware UTF-8/UTF-16, and a Windows-1252 fallback when the bytes
 * are not valid UTF-8 (Excel's "CSV" export on Dutch and Danish Windows). Uses the platform's
 * TextDecoder, so it runs unchanged in browsers and Node.
 */
import type { FileInfo } from './types.ts';

/** Decoded text (BOM removed) and the encoding used. */
export interface Decoded { text: string; encoding: NonNullable<FileInfo['encoding']> }

/**
 * Decodes `bytes`. `EF BB BF` → UTF-8; `FF FE` / `FE FF` → UTF-16; otherwise strict UTF-8, and
 * Windows-1252 when that fails. `[0x66, 0xE6]` ("f" + 1252 "æ") → `{ text: 'fæ', encoding: 'windows-1252' }`.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
