/** A contacts sample (fictional companies and persons, invented for the simulator), one module per language so the island fetches only its page's. */
import { CONTACT_COLUMNS } from './contact-columns.ts';
import type { SampleDataSet } from './types.ts';

/** Danish contacts: a joinery, a café and a consultant. */
export const contactsDa: SampleDataSet = {
  id: 'contacts-da',
  lang: 'da',
  flavour: 'superoffice',
  target: 'contacts',
  existing: {
    columns: ['company.name', 'company.code', 'company.vatNo', 'company.street', 'company.city', 'company.phone', 'company.category', 'person.firstName', 'person.lastName', 'person.email'],
    rows: [
      ['Snedkeri Østergaard ApS', 'OST01', 'DK11223344', 'Skovvej 12', 'Odense', '66 12 34 56', 'Kunde', 'Søren', 'Østergaard', 'soren@ostergaard.example'],
      ['Café Havnely', 'HAV02', '', 'Kajgade 2', 'Aarhus', '', 'Emne', '', '', ''],
    ],
  },
  uncheckedRows: [0],
  imported: {
    columns: CONTACT_COLUMNS,
    rows: [
      ['Firmanavn', 'Kode', 'CVR', 'Gade', 'By', 'Telefon', 'Kategori', 'Fornavn', 'Efternavn', 'E-mail', 'Mobil'],
      ['Snedkeri Østergaard ApS', '', 'DK11223344', 'Skovvej 14', 'Odense', '+45 66 12 34 56', 'Kunde', 'Søren', 'Østergaard', 'soren@ostergaard.example', '20 30 40 50'],
      ['Blomsterhuset Lund', 'LUN03', '', 'Torvet 5', 'Vejle', '75 80 90 10', 'Partner', 'Mette', 'Lund', 'mette@blomsterlund.example', ''],
      ['café havnely', '', 'DK55667788', '', 'Aarhus', '', '', 'Jens', 'Holm', 'jens@havnely.example', '31 41 51 61'],
      ['', '', '', '', '', '', '', 'Freja', 'Dahl', 'freja@dahl.example', '22 33 44 55'],
    ],
  },
};
