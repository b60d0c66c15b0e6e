/**
 * Fetches the sample module a simulator needs before it is shown (the island's first script has
 * no sample data: every language's samples cost ~2.5 KB gzip there). One chunk per language
 * for the contacts samples, one per kind for the others; `sampleFor` (registry.ts) then finds the sample synchronously.
 */
import { isGeneratedSample, isRegisteredSample, registerSamples } from './registry.ts';

const MODULES: Record<string, () => Promise<Record<string, unknown>>> = {
  // The contacts sample is every simulator's default: one module per language (`contacts-<lang>`).
  'contacts-nl': () => import('./contacts-nl.ts'),
  'contacts-da': () => import('./contacts-da.ts'),
  'contacts-en': () => import('./contacts-en.ts'),
  products: () => import('./products.ts'),
  erp: () => import('./erp.ts'),
  exact: () => import('./exact-online.ts'),
};

async function register(name: string): Promise<void> {
  if (Object.hasOwn(MODULES, name)) registerSamples(await MODULES[name]());
}

/**
 * Registers the sample `sampleFor(id, lang)` will pick: `id` (its contacts module, or its kind's
 * module), else the contacts of `lang`, else the English contacts.
 */
export async function loadSample(id: string | undefined, lang: string): Promise<void> {
  if (isGeneratedSample(id) || (id && isRegisteredSample(id))) return;
  if (id) await register(id.startsWith('contacts-') ? id : id.split('-')[0]);
  if (id && isRegisteredSample(id)) return;
  await register(`contacts-${lang}`);
  if (!isRegisteredSample(`contacts-${lang}`)) await register('contacts-en');
}
