/**
 * New persons and their privacy data (spec §8.8): every created person gets the purpose
 * `sales-and-service`, the chosen legal basis, the consent source and the consent comment.
 */
import { NO_CUSTOM, NO_TEXTS } from './database.ts';
import type { ListBook } from './lists.ts';
import type { ResolvedSettings } from './settings.ts';
import type { Person, Privacy } from './types.ts';

/** An empty person with `id` at company `companyId` (or none); its empty lists are shared, frozen (see database.ts). */
export function newPerson(id: number, companyId: number | null): Person {
  return {
    id, companyId, firstName: null, lastName: null, number: null, phone: NO_TEXTS, mobile: NO_TEXTS, email: NO_TEXTS,
    position: null, interests: NO_TEXTS, custom: NO_CUSTOM, privacy: null,
  };
}

/**
 * Privacy of a created person: the same for every person of a run, so one frozen object they
 * all share. Names take the list item's own spelling; `use-default` takes
 * `preferences.defaults.legalBasis` or `null`.
 */
export function privacyFor(settings: ResolvedSettings, lists: ListBook): Privacy {
  const { legalBasis, consentSource, consentComment } = settings.privacy;
  const chosen = legalBasis === 'use-default' ? settings.defaults.legalBasis : legalBasis;
  const basisName = typeof chosen === 'string' ? lists.find('legalBasis', chosen)?.name ?? chosen : null;
  const source = String(consentSource);
  return Object.freeze({
    purpose: 'sales-and-service',
    legalBasis: basisName,
    source: lists.find('consentSource', source)?.name ?? source,
    comment: typeof consentComment === 'string' && consentComment !== '' ? consentComment : null,
  });
}
