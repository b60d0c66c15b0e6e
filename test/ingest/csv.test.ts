/** CSV ingestion: separators, BOM, Windows-1252, quoted newlines, limits and hostile cells. */
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readTableFile, type ReadResult } from '../../src/ingest/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const table = (result: ReadResult) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
};

/** Encodes text as Windows-1252 (only the characters these tests use outside ASCII). */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5, ë: 0xeb, é: 0xe9, '€': 0x80 };
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (high[ch] === undefined) throw new Error(`not in test table: ${ch}`);
    return high[ch];
  }));
}

describe('separators', () => {
  it.each([
    ['Bedrijfsnaam;Plaats;Omzet\n', ';'],
    ['Company name,City\n', ','],
    ['Firmanavn\tBy\n', '\t'],
    ['"Naam, volledig";Plaats\n', ';'],
    ['Naam\n', ';'],
  ])('%j → %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});

describe('reading CSV files', () => {
  it('reads `;`-separated UTF-8 with a BOM', async () => {
    const result = table(await readTableFile(utf8('\uFEFFBedrijfsnaam;Plaats\r\nBakkerij Ĳzerman;IJmuiden\r\n')));
    expect(result.info).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(result.table.headers).toEqual(['Bedrijfsnaam', 'Plaats']);
    expect(result.table.rows).toEqual([['Bakkerij Ĳzerman', 'IJmuiden']]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (æ ø å, ij stays two letters)', async () => {
    // ĳ (U+0133) has no Windows-1252 code: Dutch exports in that code page spell it "ij".
    const bytes = cp1252('Firmanavn;By;Pris\nSøren Ærø Smedje;Århus;€ 12\nIJsselstein Bouw;Ede;5\n');
    const result = table(await readTableFile(bytes));
    expect(result.info.encoding).toBe('windows-1252');
    expect(result.table.rows).toEqual([['Søren Ærø Smedje', 'Århus', '€ 12'], ['IJsselstein Bouw', 'Ede', '5']]);
  });

  it('reads UTF-16 LE with BOM (Excel "Unicode text")', async () => {
    const text = 'Fornavn\tEfternavn\r\nMads\tKjær\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) { bytes[2 + i * 2] = text.charCodeAt(i); bytes[3 + i * 2] = 0; }
    const result = table(await readTableFile(bytes));
    expect(result.info).toEqual({ format: 'csv', encoding: 'utf-16le', delimiter: '\t' });
    expect(result.table.rows).toEqual([['Mads', 'Kjær']]);
  });

  it('keeps quoted separators, quotes and newlines inside a cell; row numbers follow the file', async () => {
    const csv = 'Naam;Adres;Notitie\n"Holm; Zn.";"Kerkstraat 1\n3511 LK Utrecht";"Zegt ""hallo"""\n\nTegel;;\n';
    const result = table(await readTableFile(utf8(csv)));
    expect(result.table.rows).toEqual([
      ['Holm; Zn.', 'Kerkstraat 1\n3511 LK Utrecht', 'Zegt "hallo"'],
      ['Tegel', '', ''],
    ]);
    expect(result.table.rowNumbers).toEqual([2, 4]);
  });

  it('reports an unclosed quote with its row', async () => {
    const result = await readTableFile(utf8('Naam;Plaats\nHolm;Ry\n"Tegel;Ede\nSmid;Aa\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'CSV_UNCLOSED_QUOTE', row: 3 });
  });

  it('refuses an empty file', async () => {
    expect(await readTableFile(new Uint8Array())).toEqual({ ok: false, errors: [{ code: 'FILE_EMPTY' }] });
    expect(await readTableFile(utf8('\n\n'))).toEqual({ ok: false, errors: [{ code: 'FILE_EMPTY' }] });
  });
});

describe('limits', () => {
  it('refuses a 50 MB file before decoding it', async () => {
    const line = utf8('Holm;Ry;+45 11 22 33 44;info@holm.test\n');
    const bytes = new Uint8Array(50 * 1024 * 1024);
    for (let at = 0; at + line.length <= bytes.length; at += line.length) bytes.set(line, at);
    const started = performance.now();
    const result = await readTableFile(bytes);
    expect(result).toEqual({ ok: false, errors: [{ code: 'FILE_TOO_LARGE', params: { size: 52_428_800, limit: 20_971_520 } }] });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses more rows than allowed and names the first row over the limit', async () => {
    const csv = `Naam\n${Array.from({ length: 6 }, (_, i) => `Firma ${i}`).join('\n')}\n`;
    const result = await readTableFile(utf8(csv), { maxRows: 5 });
    expect(result).toEqual({ ok: false, errors: [{ code: 'TOO_MANY_ROWS', row: 7, params: { rows: 6, limit: 5 } }] });
  });
});

describe('hostile cells', () => {
  it('keeps formulas, prototype names, NUL and very long cells as plain text', async () => {
    const long = 'x'.repeat(100_000);
    const csv = `__proto__;constructor;Naam\n=HYPERLINK("http://evil.test");@SUM(A1);${long}\n+31\u0000;-2;"<script>alert(1)</script>"\n`;
    const result = table(await readTableFile(utf8(csv)));
    expect(result.table.headers).toEqual(['__proto__', 'constructor', 'Naam']);
    expect(result.table.rows[0]).toEqual(['=HYPERLINK("http://evil.test")', '@SUM(A1)', long]);
    expect(result.table.rows[1]).toEqual(['+31\u0000', '-2', '<script>alert(1)</script>']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
