/**
 * Writes a value as JSON to a stream piece by piece, so that an output larger than the longest
 * string V8 can hold (~512 MB: `JSON.stringify` throws `RangeError: Invalid string length`)
 * still comes out whole, byte-identical to `JSON.stringify(value)`, in bounded memory.
 */
import type { Writable } from 'node:stream';

/** Containers at this depth or deeper are stringified whole: they are one row or one record. */
const WHOLE_BELOW_DEPTH = 3;
/** Bytes collected before one write to the stream. */
const CHUNK_BYTES = 1 << 16;

/**
 * Yields the JSON text of `value` in pieces whose concatenation equals `JSON.stringify(value)`
 * for plain data (objects, arrays, strings, numbers, booleans, null; `undefined` members left
 * out, `undefined` array items as `null`, as `JSON.stringify` does). An iterable that is not an
 * array (the lazily made record lists of `simulateStream`'s database) is written as the array
 * of its items, read once, item by item — so they are never all in memory.
 * Example: [...jsonPieces({ a: [1, 2] })].join('') → '{"a":[1,2]}'.
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  if (depth >= WHOLE_BELOW_DEPTH || value === null || typeof value !== 'object' || hasToJSON(value)) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value) || Symbol.iterator in value) {
    yield '[';
    let first = true;
    // for…of reads an array's holes as undefined, as the index loop did.
    for (const item of value as Iterable<unknown>) {
      if (!first) yield ',';
      first = false;
      yield* jsonPieces(item === undefined || typeof item === 'function' ? null : item, depth + 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(member, depth + 1);
  }
  yield '}';
}

function hasToJSON(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * Writes `pieces` to `stream` in chunks of about 64 KB, each awaited before the next, so memory
 * stays bounded however long the output is.
 */
export async function writePieces(pieces: Iterable<string>, stream: Writable): Promise<void> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_BYTES) {
      await write(stream, chunk);
      chunk = '';
    }
  }
  if (chunk) await write(stream, chunk);
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
