/** A contacts sample (fictional companies and persons, invented for the simulator), one module per language so the island fetches only its page's. */
import { CONTACT_COLUMNS } from './contact-columns.ts';
import type { SampleDataSet } from './types.ts';

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
  uncheckedRows: [0],
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
