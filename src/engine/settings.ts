/**
 * Settings with their defaults filled in (spec §4.1, §4.3). Before validation the values may be
 * anything; validation compares them with the enumerations, the run relies on them afterwards.
 */
import type { Action, Flavour } from './types.ts';

/** A plain object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted `path` of `settings`, `undefined` when missing. `('company.match')`. */
export function readSetting(settings: unknown, path: string): unknown {
  let node: unknown = settings;
  for (const part of path.split('.')) {
    if (!isPlainObject(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** Settings of a run with defaults applied; `personsOn` derived as spec §4.1 defines it. */
export interface ResolvedSettings {
  flavour: Flavour;
  target: 'contacts' | 'products';
  company: { match: string | null; action: Action };
  person: { match: string | null; action: Action; ifNoCompanyName: string };
  product: { match: string | null; action: Action; priceListId: unknown };
  lists: { category: string; business: string; position: string; interests: string; custom: string };
  phone: string;
  urlEmail: string;
  productLists: { category: string; family: string; type: string };
  privacy: { legalBasis: unknown; consentSource: unknown; consentComment: unknown };
  erp: { connection: unknown; actorType: unknown; selectedRows: unknown };
  exact: {
    import: unknown; edition: unknown; relationTypes: unknown;
    includeInactive: unknown; includeBlocked: unknown; categories: unknown;
  };
  mandatoryCompanyOnPerson: boolean;
  defaults: Record<string, unknown>;
  personsOn: boolean;
}

/** Fills defaults into `input.settings` / `input.preferences` (input already shape-checked). */
export function resolveSettings(input: Record<string, unknown>): ResolvedSettings {
  const raw = input.settings;
  const get = <T>(path: string, fallback: T): T => {
    const value = readSetting(raw, path);
    return (value === undefined ? fallback : value) as T;
  };
  const flavour = input.flavour as Flavour;
  const preferences = isPlainObject(input.preferences) ? input.preferences : {};
  const defaults = isPlainObject(preferences.defaults) ? preferences.defaults : {};
  const settings: ResolvedSettings = {
    flavour,
    target: get('target', 'contacts'),
    company: { match: get('company.match', 'name'), action: get('company.action', 'skip') },
    person: {
      match: get('person.match', 'name'),
      action: get('person.action', 'skip'),
      ifNoCompanyName: get('person.ifNoCompanyName', 'skip'),
    },
    product: {
      match: get('product.match', 'code'),
      action: get('product.action', 'skip'),
      priceListId: get('product.priceListId', null),
    },
    lists: {
      category: get('lists.category', 'blank'), business: get('lists.business', 'blank'),
      position: get('lists.position', 'blank'), interests: get('lists.interests', 'blank'),
      custom: get('lists.custom', 'blank'),
    },
    phone: get('phone', 'add'),
    urlEmail: get('urlEmail', 'add'),
    productLists: {
      category: get('productLists.category', 'blank'), family: get('productLists.family', 'blank'),
      type: get('productLists.type', 'blank'),
    },
    privacy: {
      legalBasis: get('privacy.legalBasis', 'use-default'),
      consentSource: get('privacy.consentSource', 'Import'),
      consentComment: get('privacy.consentComment', ''),
    },
    erp: {
      connection: get('erp.connection', null), actorType: get('erp.actorType', undefined),
      selectedRows: get('erp.selectedRows', null),
    },
    exact: {
      import: get('exact.import', undefined), edition: get('exact.edition', 'standard'),
      relationTypes: get('exact.relationTypes', null), includeInactive: get('exact.includeInactive', false),
      includeBlocked: get('exact.includeBlocked', false), categories: get('exact.categories', null),
    },
    mandatoryCompanyOnPerson: preferences.mandatoryCompanyOnPerson === undefined
      ? true
      : preferences.mandatoryCompanyOnPerson === true,
    defaults,
    personsOn: false,
  };
  settings.personsOn = settings.target === 'contacts'
    && settings.person.match !== 'none'
    && !(flavour === 'erp' && settings.erp.actorType !== 'person');
  return settings;
}
