/** The streamed JSON writer must give exactly what JSON.stringify gives, in bounded pieces. */
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writePieces } from '../../src/cli/json-stream.ts';

describe('jsonPieces', () => {
  it('equals JSON.stringify for any plain JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
    }), { numRuns: 500 });
  });

  it('leaves out undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1, () => 0], c: { d: undefined, e: 'x' }, f: new Date(0) };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
  });

  it('writes an iterable that is not an array (a lazily made record list) as the array of its items', () => {
    function* records() {
      yield { id: 1, name: 'Holm' };
      yield { id: 2, name: null };
    }
    expect([...jsonPieces({ database: { companies: records(), lists: { a: [] } } })].join(''))
      .toBe(JSON.stringify({ database: { companies: [...records()], lists: { a: [] } } }));
  });

  it('splits a long array into one piece per item, not one string for the whole', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `row ${i}` }));
    const pieces = [...jsonPieces({ ok: true, rows })];
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(40);
  });
});

describe('writePieces', () => {
  it('writes every piece to the stream in order', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const value = { rows: Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'ø'.repeat(i % 7) })) };
    await writePieces(jsonPieces(value), stream);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(JSON.stringify(value));
  });
});
