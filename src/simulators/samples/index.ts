/**
 * The registry of sample data sets and the deterministic generator for large ones.
 * `sampleFor('contacts-da')` → the Danish contacts; `sampleFor(undefined, 'nl')` → `contacts-nl`;
 * `sampleFor('generated-100000')` → 100,000 generated contact rows (for the bench and Stop).
 */
import { contactsDa, contactsEn, contactsNl } from './contacts.ts';
import { erpDa, erpEn, erpNl } from './erp.ts';
import { exactDa, exactEn, exactNl } from './exact-online.ts';
import { productsDa, productsEn, productsNl } from './products.ts';
import type { SampleDataSet } from './types.ts';

export type { SampleDataSet } from './types.ts';

/** Every shipped sample, by id. */
export const SAMPLES: Record<string, SampleDataSet> = Object.fromEntries(
  [
    contactsNl, contactsDa, contactsEn,
    productsNl, productsDa, productsEn,
    erpNl, erpDa, erpEn,
    exactNl, exactDa, exactEn,
  ].map((sample) => [sample.id, sample]),
);

const GENERATED = /^generated-(\d{1,7})$/;

/**
 * `count` fictional contact rows built from the row index only (no randomness): every third
 * row names a company that already exists, so a run creates, updates and skips.
 */
export function generatedSample(count: number): SampleDataSet {
  const existingCount = Math.max(1, Math.floor(count / 3));
  const existingRows: string[][] = [];
  for (let i = 0; i < existingCount; i++) existingRows.push([`Bedrijf ${i}`, `C${i}`, `Straat ${i}`, '']);
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const company = i % 3 === 0 ? `Bedrijf ${i / 3}` : `Nieuw bedrijf ${i}`;
    rows.push([company, `Laan ${i}`, i % 5 === 0 ? `info${i}@voorbeeld.example` : '', `Persoon${i}`, `Achternaam${i % 97}`]);
  }
  return {
    id: `generated-${count}`,
    lang: 'nl',
    flavour: 'superoffice',
    target: 'contacts',
    existing: { columns: ['company.name', 'company.code', 'company.street', 'company.email'], rows: existingRows },
    imported: { columns: ['company.name', 'company.street', 'company.email', 'person.firstName', 'person.lastName'], rows },
  };
}

/** The sample `id`, else the contacts sample of `lang`, else English contacts. */
export function sampleFor(id: string | undefined, lang = 'en'): SampleDataSet {
  const generated = id ? GENERATED.exec(id) : null;
  if (generated) return generatedSample(Number(generated[1]));
  return (id && SAMPLES[id]) || SAMPLES[`contacts-${lang}`] || contactsEn;
}
