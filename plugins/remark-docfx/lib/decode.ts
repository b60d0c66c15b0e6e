/**
 * Bytes → text for every content file read as text (pages, includes, toc.yml, index.yml):
 * the byte-order mark decides (UTF-8 `EF BB BF`, UTF-16 LE `FF FE`, UTF-16 BE `FE FF`), and
 * without one the bytes must be valid UTF-8. Anything else is reported where it breaks, never
 * guessed at: a wrong guess renders garbage that search then indexes. Pure (no I/O), so the
 * file reader around it (read-content.ts) can add its own guards.
 */

/** Encodings recognised by `decodeContent`. */
export type ContentEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The decoded text (BOM removed), or where and why the bytes cannot be text. */
export type DecodedContent =
  | { ok: true; text: string; encoding: ContentEncoding }
  | { ok: false; line: number; column: number; message: string };

const BOMS: readonly [ContentEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * Decodes a content file's bytes.
 * @example decodeContent(new Uint8Array([0xff, 0xfe, 0x61, 0x00])) // → { ok: true, text: 'a', encoding: 'utf-16le' }
 * @example decodeContent(new Uint8Array([0x61, 0x0a, 0x62, 0xe9])) // → { ok: false, line: 2, column: 2, message: 'Cannot decode … byte `0xE9` …' }
 */
export function decodeContent(bytes: Uint8Array): DecodedContent {
  const bom = BOMS.find(([, mark]) => mark.every((byte, index) => bytes[index] === byte));
  const encoding = bom?.[0] ?? 'utf-8';
  const body = bytes.subarray(bom?.[1].length ?? 0);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    return { ok: false, ...firstBadByte(body, encoding) };
  }
}

/** Position of the first undecodable unit: line and column of the text decoded before it. */
function firstBadByte(body: Uint8Array, encoding: ContentEncoding): { line: number; column: number; message: string } {
  const bad = encoding === 'utf-8' ? firstInvalidUtf8(body) : firstInvalidUtf16(body, encoding === 'utf-16le');
  const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(body.subarray(0, bad));
  const lines = before.split(/\r\n?|\n/);
  const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  const what = encoding === 'utf-8'
    ? `byte \`0x${body[bad].toString(16).toUpperCase().padStart(2, '0')}\``
    : bad === body.length - 1 ? 'an incomplete character at the end' : 'an unpaired surrogate';
  const fix = encoding === 'utf-8' ? 'save the file as UTF-8 (or as UTF-16 with a byte-order mark)' : 'save the file again as UTF-8';
  return { line: lines.length, column: lines[lines.length - 1].length + 1, message: `Cannot decode the file as ${name}: ${what} is not valid ${name}; ${fix}` };
}

/** Continuation-byte range after a UTF-8 lead byte (RFC 3629 table), or undefined when invalid. */
function utf8Sequence(lead: number): { length: number; low: number; high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f }; // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  return undefined;
}

/** Offset of the first byte that starts no valid UTF-8 sequence (`bytes.length` if none). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; ) {
    if (bytes[at] < 0x80) {
      at++;
      continue;
    }
    const sequence = utf8Sequence(bytes[at]);
    if (!sequence || at + sequence.length > bytes.length) return at;
    if (bytes[at + 1] < sequence.low || bytes[at + 1] > sequence.high) return at;
    for (let next = 2; next < sequence.length; next++) if (bytes[at + next] < 0x80 || bytes[at + next] > 0xbf) return at;
    at += sequence.length;
  }
  return bytes.length;
}

/** Offset of the first unpaired surrogate or trailing odd byte in UTF-16. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) => (littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1]);
  for (let at = 0; at + 1 < bytes.length; at += 2) {
    const code = unit(at);
    if (code >= 0xdc00 && code <= 0xdfff) return at;
    if (code >= 0xd800 && code <= 0xdbff) {
      if (at + 3 >= bytes.length) return at;
      const low = unit(at + 2);
      if (low < 0xdc00 || low > 0xdfff) return at;
      at += 2;
    }
  }
  return bytes.length - (bytes.length % 2);
}
