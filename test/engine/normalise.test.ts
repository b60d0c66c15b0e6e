/** Spec §2 normalisation functions, table-driven with the spec's own examples. */
import { describe, expect, it } from 'vitest';
import { collapse, normEmail, normPhone, normText, normUrl, normVat } from '../../src/engine/index.ts';

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
});
