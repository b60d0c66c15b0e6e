/** A contacts sample (fictional companies and persons, invented for the simulator), one module per language so the island fetches only its page's. */
import { CONTACT_COLUMNS } from './contact-columns.ts';
import type { SampleDataSet } from './types.ts';

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
  uncheckedRows: [0],
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
