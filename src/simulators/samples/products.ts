/**
 * Product sample data sets: one price list per language (fictional products, invented for the
 * simulator). Each shows a price change, a new product and a price that is not a number.
 */
import type { SampleDataSet } from './types.ts';

const PRODUCT_COLUMNS = ['product.code', 'product.name', 'product.unit', 'product.listPrice', 'product.inAssortment', 'product.category'];

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

/** Dutch installer's price list: one price change, one new product, one bad price. */
export const productsNl = priceListSample(
  'nl',
  [
    ['VW-100', 'Onderhoud cv-ketel', 'stuk', '139', 'ja', 'Service'],
    ['VW-200', 'Radiator ontluchten', 'stuk', '45', 'ja', 'Service'],
  ],
  [
    ['VW-100', 'Onderhoud cv-ketel', 'stuk', '149,00', 'ja', 'Service'],
    ['VW-310', 'Slimme thermostaat', 'stuk', '189,95', 'ja', 'Apparaten'],
    ['VW-200', 'Radiator ontluchten', 'stuk', 'vijftig', 'ja', 'Service'],
  ],
);

/** Danish shop's price list. */
export const productsDa = priceListSample(
  'da',
  [['KF-10', 'Kaffebønner 1 kg', 'pose', '129', 'ja', 'Kaffe']],
  [
    ['KF-10', 'Kaffebønner 1 kg', 'pose', '139,50', 'ja', 'Kaffe'],
    ['KF-20', 'Tebreve, 20 stk.', 'æske', '45', 'nej', 'Te'],
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
    ['CY-100', 'Full bike service', 'each', '85', 'yes', 'Workshop'],
    ['CY-220', 'Puncture repair', 'each', '15', 'yes', 'Workshop'],
  ],
  [
    ['CY-100', 'Full bike service', 'each', '89.50', 'yes', 'Workshop'],
    ['CY-510', 'E-bike conversion kit', 'each', '1,299.00', 'no', 'Parts'],
    ['CY-220', 'Puncture repair', 'each', 'fifteen', 'yes', 'Workshop'],
  ],
);
