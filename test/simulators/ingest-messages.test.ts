/**
 * Own-data errors reach the user as translated sentences: every ingest code has a message in
 * en, nl and da, and a refused file names the file and the row/column where the problem is.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, INGEST_CODES } from '../../src/ingest/index.ts';
import { columnLetters } from '../../src/simulators/field-labels.ts';
import { ownDataErrorMessage, OwnDataError } from '../../src/simulators/ingest-messages.ts';
import { simulatorLanguages, translatorFor } from '../../src/simulators/catalogues.ts';
import type { MessageKey } from '../../src/simulators/messages.ts';
import { readOwnData } from '../../src/simulators/own-data.ts';

/** Reads `bytes` as a dropped file and returns the thrown own-data error. */
async function refused(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<OwnDataError> {
  const error = await readOwnData(new File([bytes], name), 'contacts', ['company.name']).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OwnDataError);
  return error as OwnDataError;
}

describe('ingest messages', () => {
  for (const lang of simulatorLanguages()) {
    it(`${lang} has a message for every ingest code`, () => {
      const t = translatorFor(lang);
      const english = translatorFor('en');
      for (const code of INGEST_CODES) {
        const key = `simulator.ingest.${code}` as MessageKey;
        expect(t(key), code).not.toBe(key);
        expect(t(key).trim(), code).not.toBe('');
        if (lang !== 'en') expect(t(key), `${lang} ${code} is translated`).not.toBe(english(key));
      }
    });
  }

  it('turns a too-large file into a sentence with its size and the limit, in each language', async () => {
    const error = await refused('big.csv', new Uint8Array(DEFAULT_LIMITS.maxBytes + 1024 * 1024));
    expect(error.issue.code).toBe('FILE_TOO_LARGE');
    expect(ownDataErrorMessage(translatorFor('en'), error.fileName, error.issue, 'en'))
      .toBe('Cannot read big.csv: the file is 21 MB, more than the 20 MB that can be read.');
    expect(ownDataErrorMessage(translatorFor('nl'), error.fileName, error.issue, 'nl'))
      .toBe('big.csv kan niet worden gelezen: het bestand is 21 MB, groter dan de 20 MB die kan worden gelezen.');
    expect(ownDataErrorMessage(translatorFor('da'), error.fileName, error.issue, 'da'))
      .toBe('big.csv kan ikke læses: filen fylder 21 MB, mere end de 20 MB, der kan læses.');
  });

  it('names the row of a malformed CSV file', async () => {
    const error = await refused('kunden.csv', new TextEncoder().encode('Naam;Plaats\nHolm;Ry\n"Tegel;Ede\nSmid;Aa\n'));
    expect(error.issue).toMatchObject({ code: 'CSV_UNCLOSED_QUOTE', row: 3 });
    const nl = ownDataErrorMessage(translatorFor('nl'), error.fileName, error.issue, 'nl');
    expect(nl).toBe('kunden.csv kan niet worden gelezen, rij 3: een waarde tussen aanhalingstekens wordt niet afgesloten (er ontbreekt een ").');
    expect(ownDataErrorMessage(translatorFor('da'), error.fileName, error.issue, 'da')).toMatch(/^kunden\.csv kan ikke læses, række 3: /);
    expect(nl).not.toMatch(/CSV_UNCLOSED_QUOTE|\{\{/);
  });

  it('names row and column as a spreadsheet does, and formats numbers for the language', () => {
    const duplicate = { code: 'HEADER_DUPLICATE', row: 1, column: 3, params: { header: 'Firma', field: 'company.name', firstColumn: 1 } } as const;
    expect(ownDataErrorMessage(translatorFor('da'), 'a.xlsx', duplicate, 'da'))
      .toBe('a.xlsx kan ikke læses, række 1, kolonne C: overskriften “Firma” er det samme felt (Firmanavn) som kolonne A.');
    const tooMany = { code: 'TOO_MANY_ROWS', row: 100_002, params: { rows: 120_000, limit: 100_000 } } as const;
    expect(ownDataErrorMessage(translatorFor('nl'), 'a.csv', tooMany, 'nl'))
      .toBe('a.csv kan niet worden gelezen, rij 100002: het bestand heeft 120.000 gegevensrijen, meer dan de 100.000 die kunnen worden geïmporteerd.');
    expect([1, 26, 27, 28, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
