/** Spec §2 normalisation functions, table-driven with the spec's own examples. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, normEmail, normPhone, normText, normUrl, normVat } from '../../src/engine/index.ts';
import { normTextPair } from '../../src/engine/normalise.ts';

describe('normalisation (spec §2)', () => {
  it.each([
    [collapse, ' Sanne \t de  Vries ', 'Sanne de Vries'],
    [normText, 'ACME  Inc.', 'acme inc.'],
    [normText, 'Søren', 'søren'],
    [normText, 'e\u0301', 'é'],
    [normEmail, ' Jan@Bakkerij.NL ', 'jan@bakkerij.nl'],
    [normUrl, 'HTTPS://www.Example.nl//', 'https://www.example.nl'],
    [normPhone, '+31 6-12345678', '0031612345678'],
    [normPhone, '0031 6 12345678', '0031612345678'],
    [normPhone, '06 12345678', '0612345678'],
    [normVat, 'nl 8123.456.78.b01', 'NL812345678B01'],
    [normVat, '812345678B01', '812345678B01'],
  ])('%o(%j) → %j', (fn, input, expected) => {
    expect((fn as (s: string) => string)(input as string)).toBe(expected);
  });

  it('keeps diacritics and punctuation significant', () => {
    expect(normText('Søren')).not.toBe(normText('Soren'));
    expect(normText('ACME Inc')).not.toBe(normText('ACME Inc.'));
    expect(normText('ij')).not.toBe(normText('ÿ'));
  });

  it('collapse is NFC, trim and one space per white-space run for any text (also on its fast path for plain ASCII)', () => {
    const byDefinition = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u0000', '\u001f', '\u007f', 'a', 'Z', '.', '~', 'é', 'e\u0301');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (s) => collapse(s) === byDefinition(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => collapse(s) === byDefinition(s)), { numRuns: 2000 });
  });

  it('normTextPair equals normText of the two parts joined by a space (person name keys)', () => {
    const piece = fc.constantFrom(' ', '\t', '\u00a0', 'a', 'Z', 'ΟΔΟΣ', 'Σ', 'İ', 'é', 'e', '\u0301', '.', '');
    const part = fc.oneof(fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join('')), fc.string({ unit: 'binary', maxLength: 12 }));
    fc.assert(fc.property(part, part, (a, b) => normTextPair(a, b) === normText(`${a} ${b}`)), { numRuns: 3000 });
    expect(normTextPair(' Sanne ', 'de  Vries')).toBe('sanne de vries');
    expect(normTextPair('', ' Jansen ')).toBe('jansen');
  });
});
