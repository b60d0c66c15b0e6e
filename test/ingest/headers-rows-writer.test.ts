/** Header mapping (nl/da/en aliases) and the injection-safe CSV writer. */
import { describe, expect, it } from 'vitest';
import { mapHeaders, neutraliseCell, readTableFile, writeCsv } from '../../src/ingest/index.ts';

describe('header mapping', () => {
  it.each([
    [['Bedrijfsnaam', 'Postcode', 'Plaats', 'Mobiel', 'E-mail', 'Voornaam', 'Achternaam', 'BTW-nummer'],
      ['company.name', 'company.postcode', 'company.city', 'person.mobile', 'person.email', 'person.firstName', 'person.lastName', 'company.vatNo']],
    [['Firmanavn', 'Postnummer', 'By', 'SMS-nummer', 'E-mailadresse', 'Fornavn', 'Efternavn', 'Organisationsnummer'],
      ['company.name', 'company.postcode', 'company.city', 'person.mobile', 'person.email', 'person.firstName', 'person.lastName', 'company.vatNo']],
    [['Company name', 'Zip code', 'City', 'Mobile phone', 'Email address', 'First name', 'Last name', 'VAT number'],
      ['company.name', 'company.postcode', 'company.city', 'person.mobile', 'person.email', 'person.firstName', 'person.lastName', 'company.vatNo']],
    [[' company.name ', 'E-MAIL'], ['company.name', 'person.email']],
  ])('contacts %j', (headers, fields) => {
    const mapping = mapHeaders(headers, 'contacts');
    expect(mapping.fields).toEqual(fields);
    expect(mapping.issues).toEqual([]);
  });

  it('reports unknown, empty and duplicate columns with their position', () => {
    expect(mapHeaders(['Naam', '', 'Schoenmaat', 'Bedrijfsnaam'], 'contacts')).toEqual({
      fields: ['company.name', null, null, null],
      issues: [
        { code: 'HEADER_EMPTY', row: 1, column: 2 },
        { code: 'HEADER_UNKNOWN', row: 1, column: 3, params: { header: 'Schoenmaat' } },
        { code: 'HEADER_DUPLICATE', row: 1, column: 4, params: { header: 'Bedrijfsnaam', field: 'company.name', firstColumn: 1 } },
      ],
    });
  });

  it('maps product and Exact Online headers', () => {
    expect(mapHeaders(['Productcode', 'Productnaam', 'Prijs', 'Kostpris'], 'products').fields)
      .toEqual(['product.code', 'product.name', 'product.listPrice', 'product.cost']);
    expect(mapHeaders(['Code', 'Naam', 'Relatie-type', 'Actief'], 'relations').fields)
      .toEqual(['relation.code', 'relation.name', 'relation.type', 'relation.active']);
  });
});

describe('CSV writer', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"], ['+31 6 1234', "'+31 6 1234"], ['-2+3', "'-2+3"], ['@cmd', "'@cmd"],
    ['\tx', "'\tx"], ['\rx', "'\rx"], ['Holm', 'Holm'], ['a=b', 'a=b'],
  ])('neutralises %j', (cell, expected) => expect(neutraliseCell(cell)).toBe(expected));

  it('quotes, neutralises and adds a BOM; numbers stay numbers', () => {
    expect(writeCsv([['Naam', 'Saldo', 'Notitie'], ['Holm; Zn.', -12.5, '=cmd|"/c calc"!A1'], ['Ny\nlinje', null, ['a', 'b']]]))
      .toBe('\uFEFFNaam;Saldo;Notitie\r\n"Holm; Zn.";-12.5;"\'=cmd|""/c calc""!A1"\r\n"Ny\nlinje";;a, b\r\n');
  });

  it('round-trips through the reader', async () => {
    const rows = [['Naam', 'Formule'], ['Holm "de Smid"', '=1+1'], ['Tegel\nHuis', 'x;y']];
    const read = await readTableFile(new TextEncoder().encode(writeCsv(rows)));
    if (!read.ok) throw new Error('refused');
    expect(read.table.rows).toEqual([['Holm "de Smid"', "'=1+1"], ['Tegel\nHuis', 'x;y']]);
  });
});
