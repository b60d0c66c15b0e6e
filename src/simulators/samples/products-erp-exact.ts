/**
 * Product, ERP and Exact Online sample data sets (fictional, invented for the simulator).
 */
import type { SampleDataSet } from './types.ts';

const PRODUCT_COLUMNS = ['product.code', 'product.name', 'product.unit', 'product.listPrice', 'product.inAssortment', 'product.category'];

/** Dutch installer's price list: one price change, one new product, one bad price. */
export const productsNl: SampleDataSet = {
  id: 'products-nl',
  lang: 'nl',
  flavour: 'superoffice',
  target: 'products',
  existing: {
    columns: PRODUCT_COLUMNS,
    rows: [
      ['VW-100', 'Onderhoud cv-ketel', 'stuk', '139', 'ja', 'Service'],
      ['VW-200', 'Radiator ontluchten', 'stuk', '45', 'ja', 'Service'],
    ],
  },
  imported: {
    columns: PRODUCT_COLUMNS,
    rows: [
      ['VW-100', 'Onderhoud cv-ketel', 'stuk', '149,00', 'ja', 'Service'],
      ['VW-310', 'Slimme thermostaat', 'stuk', '189,95', 'ja', 'Apparaten'],
      ['VW-200', 'Radiator ontluchten', 'stuk', 'vijftig', 'ja', 'Service'],
    ],
  },
};

/** Danish shop's price list. */
export const productsDa: SampleDataSet = {
  id: 'products-da',
  lang: 'da',
  flavour: 'superoffice',
  target: 'products',
  existing: {
    columns: PRODUCT_COLUMNS,
    rows: [['KF-10', 'Kaffebønner 1 kg', 'pose', '129', 'ja', 'Kaffe']],
  },
  imported: {
    columns: PRODUCT_COLUMNS,
    rows: [
      ['KF-10', 'Kaffebønner 1 kg', 'pose', '139,50', 'ja', 'Kaffe'],
      ['KF-20', 'Tebreve, 20 stk.', 'æske', '45', 'nej', 'Te'],
    ],
  },
};

/** Dutch ERP suppliers and customers, matched by code. */
export const erpNl: SampleDataSet = {
  id: 'erp-nl',
  lang: 'nl',
  flavour: 'erp',
  target: 'contacts',
  settings: { erp: { connection: 'Boekhouding', actorType: 'supplier', selectedRows: null } },
  existing: {
    columns: ['company.name', 'company.code', 'company.city'],
    rows: [['Groothandel Verbeek', 'L-1001', 'Deventer']],
  },
  imported: {
    columns: ['company.code', 'company.name', 'company.city', 'company.phone'],
    rows: [
      ['L-1001', 'Groothandel Verbeek B.V.', 'Apeldoorn', '055 123 4567'],
      ['L-1002', 'Transportbedrijf Hazelaar', 'Hengelo', '074 765 4321'],
      ['L-1003', 'Drukkerij Papierwerk', 'Almelo', ''],
    ],
  },
};

/** Danish ERP customers. */
export const erpDa: SampleDataSet = {
  id: 'erp-da',
  lang: 'da',
  flavour: 'erp',
  target: 'contacts',
  settings: { erp: { connection: 'Regnskab', actorType: 'customer', selectedRows: null } },
  existing: {
    columns: ['company.name', 'company.code', 'company.city'],
    rows: [['Tømrer Jessen', 'K-2001', 'Vejle']],
  },
  imported: {
    columns: ['company.code', 'company.name', 'company.city'],
    rows: [
      ['K-2001', 'Tømrer Jessen ApS', 'Kolding'],
      ['K-2002', 'Bageriet Rugbrød', 'Horsens'],
    ],
  },
};

/** Dutch Exact Online relations with types, inactive and blocked flags. */
export const exactNl: SampleDataSet = {
  id: 'exact-nl',
  lang: 'nl',
  flavour: 'exact-online',
  target: 'contacts',
  settings: { exact: { import: 'relations', edition: 'standard', relationTypes: null, includeInactive: false, includeBlocked: false, categories: null } },
  existing: {
    columns: ['relation.code', 'relation.name', 'relation.city'],
    rows: [['1001', 'Schildersbedrijf Kwast', 'Haarlem']],
  },
  imported: {
    columns: ['relation.code', 'relation.name', 'relation.type', 'relation.active', 'relation.blocked', 'relation.city', 'relation.email'],
    rows: [
      ['1001', 'Schildersbedrijf Kwast', 'customer', 'ja', 'nee', 'Heemstede', 'info@kwast.example'],
      ['1002', 'Installatiebedrijf Stroom', 'supplier', 'ja', 'nee', 'Leiden', ''],
      ['1003', 'Glazenwasser Helder', 'prospect', 'nee', 'nee', 'Delft', ''],
      ['1004', 'Dakdekker Pannekoek', 'customer', 'ja', 'ja', 'Gouda', ''],
      ['', 'Zonder Code', 'customer', 'ja', 'nee', 'Utrecht', ''],
    ],
  },
};
