/**
 * Every sample data set, registered for `sampleFor` (registry.ts), for Node code: build, CLI,
 * tests and bench. The island does not import this file; it loads the one sample module it
 * needs (`load.ts`).
 */
import * as contacts from './contacts.ts';
import * as erp from './erp.ts';
import * as exactOnline from './exact-online.ts';
import * as products from './products.ts';
import { registerSamples } from './registry.ts';
import type { SampleDataSet } from './types.ts';

export type { SampleDataSet } from './types.ts';
export { generatedSample, sampleFor } from './registry.ts';

/** Every shipped sample, by id. */
export const SAMPLES: Record<string, SampleDataSet> = Object.fromEntries(
  [
    contacts.contactsNl, contacts.contactsDa, contacts.contactsEn,
    products.productsNl, products.productsDa, products.productsEn,
    erp.erpNl, erp.erpDa, erp.erpEn,
    exactOnline.exactNl, exactOnline.exactDa, exactOnline.exactEn,
  ].map((sample) => [sample.id, sample]),
);

for (const module of [contacts, products, erp, exactOnline]) registerSamples(module);
