/** Files that are not a table are refused before parsing: binary bytes, a text "workbook", broken UTF-8/UTF-16. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableFile, sniffTableBytes } from '../../src/ingest/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Deterministic "random" bytes (a linear congruential generator), as a user's corrupt or binary file. */
function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0, x = seed; i < length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

describe('sniffTableBytes', () => {
  it('accepts CSV text in UTF-8, Windows-1252 and UTF-16 with a BOM', () => {
    expect(sniffTableBytes(utf8('Bedrijfsnaam;Plaats\r\nHolm;Århus\r\n'), 'a.csv')).toBeNull();
    expect(sniffTableBytes(Uint8Array.from([0x66, 0xe6, 0x3b, 0x62, 0x0a]), 'a.csv')).toBeNull();
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('a;b\n', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(sniffTableBytes(le, 'a.txt')).toBeNull();
  });

  it('refuses random bytes named .csv as binary content', () => {
    expect(sniffTableBytes(noise(4096), 'klanten.csv')).toEqual({ code: 'FILE_NOT_TEXT' });
    // Control bytes without a NUL are binary too.
    const controls = utf8('a;b\n'.repeat(100)).map((b, i) => (i % 50 === 0 ? 0x01 : b));
    expect(sniffTableBytes(controls, 'x.csv')).toEqual({ code: 'FILE_NOT_TEXT' });
  });

  it('refuses a text file named .xlsx, and reads a real workbook whatever its name', async () => {
    expect(sniffTableBytes(utf8('Bedrijfsnaam;Plaats\nHolm;Ry\n'), 'klanten.xlsx')).toEqual({ code: 'FILE_NOT_XLSX', params: { name: 'klanten.xlsx' } });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('a').addRow(['company.name']);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect(sniffTableBytes(xlsx, 'export.csv')).toBeNull();
  });

  it('refuses text that is invalid in the encoding its byte-order mark announces', () => {
    expect(sniffTableBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]), 'a.csv')).toEqual({ code: 'TEXT_UNDECODABLE' });
    expect(sniffTableBytes(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x62]), 'a.csv')).toEqual({ code: 'TEXT_UNDECODABLE' });
    expect(sniffTableBytes(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]), 'a.csv')).toEqual({ code: 'TEXT_UNDECODABLE' });
  });
});

describe('readTableFile refuses what is not a table', () => {
  it('returns the sniffed issue and no table', async () => {
    expect(await readTableFile(noise(2048), {}, 'random.csv')).toEqual({ ok: false, errors: [{ code: 'FILE_NOT_TEXT' }] });
    expect(await readTableFile(utf8('a;b\n1;2\n'), {}, 'book.xlsx')).toEqual({ ok: false, errors: [{ code: 'FILE_NOT_XLSX', params: { name: 'book.xlsx' } }] });
    expect((await readTableFile(utf8('a;b\n1;2\n'), {}, 'ok.csv')).ok).toBe(true);
  });
});
