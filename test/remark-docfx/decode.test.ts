/**
 * `decodeContent` (lib/decode.ts): BOM-sniffed UTF-8 / UTF-16 LE / UTF-16 BE, strict UTF-8
 * without a BOM, and the position of the first byte that is not text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../plugins/remark-docfx/lib/decode.ts';

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = Buffer.from(text, 'utf16le');
  if (bigEndian) bytes.swap16();
  return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...bytes]);
};

describe('decodeContent', () => {
  const text = '---\nuid: x\n---\n# Één 🙂 æøå\n';

  it('decodes UTF-8 with and without a BOM, and UTF-16 LE and BE with one, BOM removed', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeContent(utf8)).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeContent(utf16(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeContent(utf16(text, true))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('reports the line and column of the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a\nÉén caf'), 0xe9, 0x0a]);
    expect(decodeContent(bytes)).toMatchObject({ ok: false, line: 2, column: 8, message: expect.stringContaining('`0xE9`') });
    expect(decodeContent(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, line: 1, column: 2 }); // an encoded surrogate
    expect(decodeContent(new Uint8Array([0x61, 0xc3]))).toMatchObject({ ok: false, line: 1, column: 2 }); // cut off
  });

  it('reports UTF-16 with an unpaired surrogate or an odd byte at the end', () => {
    expect(decodeContent(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x62, 0x00]))).toMatchObject({ ok: false, line: 2, column: 1, message: expect.stringContaining('unpaired surrogate') });
    expect(decodeContent(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00]))).toMatchObject({ ok: false, line: 1, column: 2, message: expect.stringContaining('incomplete') });
  });

  it('agrees with the platform decoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const decoded = decodeContent(bytes);
        let strict: string | undefined;
        try {
          strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
        } catch {
          strict = undefined;
        }
        if (bytes[0] === 0xff && bytes[1] === 0xfe) return; // UTF-16, covered above
        if (bytes[0] === 0xfe && bytes[1] === 0xff) return;
        expect(decoded.ok ? decoded.text : undefined).toBe(strict);
      }),
      { numRuns: 5000 },
    );
  });
});
