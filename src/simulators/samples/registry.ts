/**
 * The samples this process has, and `sampleFor`, which picks one synchronously. The island
 * registers a sample's module only when a simulator needs it (`load.ts`), so its first script
 * carries no sample data (issue 12: 40 KB gzip budget); Node code (build, CLI, tests, bench)
 * imports `index.ts`, which registers every sample.
 * `sampleFor('contacts-da')` → the Danish contacts; `sampleFor(undefined, 'nl')` → `contacts-nl`;
 * `sampleFor('generated-100000')` → 100,000 generated contact rows (for the bench and Stop).
 */
import type { SampleDataSet } from './types.ts';

const registered = new Map<string, SampleDataSet>();

/** Makes every sample in `module` (a samples file's exports) known to `sampleFor`. */
export function registerSamples(module: Record<string, unknown>): void {
  for (const value of Object.values(module)) {
    const sample = value as Partial<SampleDataSet> | null;
    if (sample && typeof sample === 'object' && typeof sample.id === 'string' && sample.imported) registered.set(sample.id, sample as SampleDataSet);
  }
}

/** Whether `id` names a registered sample. */
export const isRegisteredSample = (id: string): boolean => registered.has(id);

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

/** Whether `id` is a generated sample (needs no module). */
export const isGeneratedSample = (id: string | undefined): boolean => Boolean(id && GENERATED.test(id));

/** The sample `id`, else the contacts sample of `lang`, else English contacts (the fallback must be registered). */
export function sampleFor(id: string | undefined, lang = 'en'): SampleDataSet {
  const generated = id ? GENERATED.exec(id) : null;
  if (generated) return generatedSample(Number(generated[1]));
  const sample = (id && registered.get(id)) || registered.get(`contacts-${lang}`) || registered.get('contacts-en');
  if (!sample) throw new Error(`sample ${id ?? `contacts-${lang}`} is not loaded`);
  return sample;
}
