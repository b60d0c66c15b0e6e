/**
 * Product sample data sets: one price list per language (fictional products, invented for the
 * simulator). Each shows a price change, a renamed product (so matching by name or by code
 * differs), a new product with a product family and type the list does not have yet (so the
 * "new values" settings matter) and a price that is not a number.
 */
import type { SampleDataSet } from './types.ts';

const PRODUCT_COLUMNS = ['product.code', 'product.name', 'product.unit', 'product.listPrice', 'product.inAssortment', 'product.category', 'product.family', 'product.type'];

/** A price-list sample: `stored` products in the price list, `rows` in the import file. */
function priceListSample(lang: SampleDataSet['lang'], stored: string[][], rows: string[][]): SampleDataSet {
  return {
    id: `products-${lang}`,
    lang,
    flavour: 'superoffice',
    target: 'products',
    existing: { columns: PRODUCT_COLUMNS, rows: stored },
    imported: { columns: PRODUCT_COLUMNS, rows },
  };
}

/** Dutch installer's price list. */
export const productsNl = priceListSample(
  'nl',
  [
    ['VW-100', 'Onderhoud cv-ketel', 'stuk', '139', 'ja', 'Service', 'Onderhoud', 'Dienst'],
    ['VW-200', 'Radiator ontluchten', 'stuk', '45', 'ja', 'Service', 'Onderhoud', 'Dienst'],
  ],
  [
    ['VW-100', 'Jaarlijks onderhoud cv-ketel', 'stuk', '149,00', 'ja', 'Service', 'Onderhoud', 'Dienst'],
    ['VW-310', 'Slimme thermostaat', 'stuk', '189,95', 'ja', 'Apparaten', 'Klimaatregeling', 'Artikel'],
    ['VW-200', 'Radiator ontluchten', 'stuk', 'vijftig', 'ja', 'Service', 'Onderhoud', 'Dienst'],
  ],
);

/** Danish shop's price list. */
export const productsDa = priceListSample(
  'da',
  [['KF-10', 'Kaffebønner 1 kg', 'pose', '129', 'ja', 'Kaffe', 'Drikkevarer', 'Vare']],
  [
    ['KF-10', 'Kaffebønner 1 kg, hele bønner', 'pose', '139,50', 'ja', 'Kaffe', 'Drikkevarer', 'Vare'],
    ['KF-20', 'Tebreve, 20 stk.', 'æske', '45', 'nej', 'Te', 'Te og urter', 'Abonnement'],
  ],
);

/**
 * English bicycle workshop's price list: a price change, a new product written with a thousands
 * separator (`1,299.00`: the last sign is the decimal one) and out of the assortment, and a
 * price in words.
 */
export const productsEn = priceListSample(
  'en',
  [
    ['CY-100', 'Full bike service', 'each', '85', 'yes', 'Workshop', 'Servicing', 'Labour'],
    ['CY-220', 'Puncture repair', 'each', '15', 'yes', 'Workshop', 'Servicing', 'Labour'],
  ],
  [
    ['CY-100', 'Annual full bike service', 'each', '89.50', 'yes', 'Workshop', 'Servicing', 'Labour'],
    ['CY-510', 'E-bike conversion kit', 'each', '1,299.00', 'no', 'Parts', 'Conversions', 'Part'],
    ['CY-220', 'Puncture repair', 'each', 'fifteen', 'yes', 'Workshop', 'Servicing', 'Labour'],
  ],
);
