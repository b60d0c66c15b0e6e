/**
 * What a ZIP package (an XLSX workbook) declares it unpacks to, read from its central directory
 * without inflating anything, so a zip bomb is refused before the reader allocates for it.
 */

/** Largest total a workbook may unpack to: a 50,000-row sheet is far below this. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** More entries than any workbook has; a package with more is refused like a bomb. */
const MAX_ENTRIES = 10_000;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** ZIP64 marks sizes it cannot hold in 32 bits with this value: at least 4 GB. */
const ZIP64_MARK = 0xffffffff;

/**
 * The sum of the uncompressed sizes the central directory declares, `Infinity` when it declares
 * more than `MAX_ENTRIES` entries or a ZIP64 size, or `undefined` when no central directory can
 * be read (the reader then reports the package as unreadable).
 * Example: a 40 KB workbook of one sheet → 215_000; a 42 KB zip bomb → Infinity or 4.5e9.
 */
export function declaredUnpackedBytes(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === undefined) return undefined;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries > MAX_ENTRIES || offset === ZIP64_MARK) return Infinity;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return undefined;
    const unpacked = view.getUint32(offset + 24, true);
    if (unpacked === ZIP64_MARK) return Infinity;
    total += unpacked;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

/** Offset of the end-of-central-directory record: searched backwards over the comment (≤ 64 KB). */
function findEndOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return undefined;
}
