/**
 * Contact sample data sets (fictional Dutch, Danish and English companies and persons, invented
 * for the simulator). Each shows one duplicate, one new company, a person without company name
 * and a heading row a user would uncheck.
 */
import type { SampleDataSet } from './types.ts';

const CONTACT_COLUMNS = ['company.name', 'company.code', 'company.vatNo', 'company.street', 'company.city', 'company.phone', 'company.category', 'person.firstName', 'person.lastName', 'person.email', 'person.mobile'];

/**
 * Dutch contacts: a bakery, a garden centre and a plumber. Wider than the other samples so
 * that every setting of the dialog changes something (lists, phone, e-mail, custom list).
 */
export const contactsNl: SampleDataSet = {
  id: 'contacts-nl',
  lang: 'nl',
  flavour: 'superoffice',
  target: 'contacts',
  existing: {
    columns: ['company.name', 'company.code', 'company.vatNo', 'company.street', 'company.city', 'company.phone', 'company.email', 'company.category', 'company.custom.regio', 'person.firstName', 'person.lastName', 'person.email'],
    rows: [
      ['Bakkerij Zonneveld', 'ZON01', '', 'Molenweg 3', 'Amersfoort', '033 455 1200', 'info@zonneveld.example', 'Klant', 'Midden', 'Greet', 'Zonneveld', 'greet@zonneveld.example'],
      ['Tuincentrum De Linde', 'LIN07', 'NL001234567B01', 'Lindelaan 88', 'Zwolle', '', '', 'Prospect', 'Oost', '', '', ''],
    ],
  },
  imported: {
    columns: [...CONTACT_COLUMNS, 'company.email', 'company.business', 'company.interests', 'company.custom.regio', 'person.position'],
    rows: [
      ['Bedrijfsnaam', 'Code', 'Btw', 'Straat', 'Plaats', 'Telefoon', 'Categorie', 'Voornaam', 'Achternaam', 'E-mail', 'Mobiel', 'E-mail bedrijf', 'Branche', 'Interesse', 'Regio', 'Functie'],
      ['Bakkerij Zonneveld', '', 'NL009876543B01', 'Stationsplein 1', 'Amersfoort', '033 455 9999', 'Klant', 'Greet', 'Zonneveld', 'greet@zonneveld.example', '06 12345678', 'bestel@zonneveld.example', 'Horeca', 'Nieuwsbrief', 'Noord', 'Eigenaar'],
      ['Loodgietersbedrijf Kraan', 'KRA02', '', 'Havenstraat 14', 'Kampen', '038 331 4400', 'Partner', 'Wim', 'de Kraan', 'wim@kraan.example', '', '', 'Installatie', 'Beurs', 'Oost', 'Monteur'],
      ['tuincentrum de linde', '', '', 'Lindelaan 90', 'Zwolle', '', 'Klant', 'Anouk', 'Brink', 'anouk@delinde.example', '06 87654321', '', '', '', '', ''],
      ['', '', '', '', '', '', '', 'Fleur', 'van Dam', 'fleur@vandam.example', '06 11122233', '', '', '', '', ''],
    ],
  },
};

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

/** English contacts, for pages in other languages. */
export const contactsEn: SampleDataSet = {
  id: 'contacts-en',
  lang: 'en',
  flavour: 'superoffice',
  target: 'contacts',
  existing: {
    columns: ['company.name', 'company.code', 'company.vatNo', 'company.street', 'company.city', 'company.phone', 'company.category', 'person.firstName', 'person.lastName', 'person.email'],
    rows: [
      ['Harbour Lights Ltd', 'HAR01', '', 'Quay Road 4', 'Rotterdam', '010 220 3300', 'Customer', 'Ellen', 'Marsh', 'ellen@harbourlights.example'],
      ['Greenfield Tools', 'GRE02', 'NL004455667B01', 'Field Lane 9', 'Leiden', '', 'Prospect', '', '', ''],
    ],
  },
  imported: {
    columns: CONTACT_COLUMNS,
    rows: [
      ['Company', 'Code', 'VAT', 'Street', 'City', 'Phone', 'Category', 'First name', 'Last name', 'Email', 'Mobile'],
      ['Harbour Lights Ltd', '', 'NL007788990B01', 'Dock Street 1', 'Rotterdam', '010-2203300', 'Customer', 'Ellen', 'Marsh', 'ellen@harbourlights.example', '06 12345678'],
      ['Northwind Repairs', 'NOR03', '', 'Mill Street 14', 'Delft', '015 331 4400', 'Partner', 'Tom', 'Reed', 'tom@northwind.example', ''],
      ['greenfield tools', '', '', 'Field Lane 11', 'Leiden', '', 'Customer', 'Amy', 'Stone', 'amy@greenfield.example', '06 87654321'],
      ['', '', '', '', '', '', '', 'Lucy', 'Park', 'lucy@park.example', '06 11122233'],
    ],
  },
};
