/**
 * A zip bomb dropped as .xlsx is refused from its central directory, with a message, before the
 * reader inflates it; real workbooks are untouched by the check.
 */
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../src/ingest/index.ts';
import { declaredUnpackedBytes, MAX_UNPACKED_BYTES } from '../../src/ingest/zip-size.ts';

/** A one-entry ZIP package of `data` (deflated) whose headers declare `declared` bytes unpacked. */
function zipOf(name: string, data: Buffer, declared = data.length): Uint8Array {
  const packed = deflateRawSync(data, { level: 9 });
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(fileName.length, 28);
  const directoryOffset = local.length + fileName.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, fileName, packed, central, fileName, end]));
}

describe('zip bombs dropped as XLSX', () => {
  it('reads what a real workbook declares: far below the limit', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Import').addRows([['Naam', 'Plaats'], ['Holm', 'Aarhus']]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const declared = declaredUnpackedBytes(bytes);
    expect(declared).toBeGreaterThan(1000);
    expect(declared).toBeLessThan(MAX_UNPACKED_BYTES);
    const result = await readTableFile(bytes);
    expect(result.ok).toBe(true);
  });

  it('refuses a package that unpacks to 300 MB of zeros (a few hundred KB packed) with XLSX_TOO_LARGE', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(300 * 2 ** 20));
    expect(bomb.length).toBeLessThan(2 ** 20);
    expect(declaredUnpackedBytes(bomb)).toBe(300 * 2 ** 20);
    const before = process.memoryUsage().arrayBuffers;
    const result = await readTableFile(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ code: 'XLSX_TOO_LARGE', params: { limit: 256 } }]);
    // Nothing was inflated: no 300 MB buffer came into being.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
  });

  it('refuses a directory that claims ZIP64 sizes, and leaves a package without a directory to the reader', () => {
    expect(declaredUnpackedBytes(zipOf('a.xml', Buffer.from('x'), 0xffffffff))).toBe(Infinity);
    expect(declaredUnpackedBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeUndefined();
  });
});
