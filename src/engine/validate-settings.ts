/**
 * Validation steps 1–7 for `superoffice`/`erp` (spec §5): setting enumerations, the position
 * default, match keys, the no-company option, the price list, privacy items and list defaults.
 */
import {
  ACTIONS, COMPANY_MATCHES, ERP_ACTOR_TYPES, LIST_POLICIES, MULTI_VALUE_POLICIES,
  NO_COMPANY_NAME_OPTIONS, PERSON_MATCHES, PRODUCT_LIST_POLICIES, PRODUCT_MATCHES, SOURCES, TARGETS,
} from './catalogue.ts';
import { normText } from './normalise.ts';
import { isPlainObject, readSetting, type ResolvedSettings } from './settings.ts';
import type { ValidationError } from './types.ts';

/** Settings checked in spec order, each with its allowed values (`null` where the spec allows it). */
const ENUMERATED_SETTINGS: readonly [string, readonly unknown[]][] = [
  ['target', TARGETS],
  ['source', [...SOURCES, null]],
  ['company.match', [...COMPANY_MATCHES, null]],
  ['company.action', ACTIONS],
  ['person.match', [...PERSON_MATCHES, null]],
  ['person.action', ACTIONS],
  ['person.ifNoCompanyName', NO_COMPANY_NAME_OPTIONS],
  ['product.match', [...PRODUCT_MATCHES, null]],
  ['product.action', ACTIONS],
  ['lists.category', LIST_POLICIES],
  ['lists.business', LIST_POLICIES],
  ['lists.interests', LIST_POLICIES],
  ['lists.custom', LIST_POLICIES],
  // `default` is allowed here so that check 2 can name the real problem.
  ['lists.position', LIST_POLICIES],
  ['phone', MULTI_VALUE_POLICIES],
  ['urlEmail', MULTI_VALUE_POLICIES],
  ['productLists.category', PRODUCT_LIST_POLICIES],
  ['productLists.family', PRODUCT_LIST_POLICIES],
  ['productLists.type', PRODUCT_LIST_POLICIES],
];

/** Errors of validation steps 1–7, in spec order. */
export function validateSettings(
  input: Record<string, unknown>,
  settings: ResolvedSettings,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const raw = input.settings;
  const unknownValue = (setting: string, value: unknown) =>
    errors.push({ code: 'UNKNOWN_SETTING_VALUE', setting, value: value === undefined ? null : value });

  for (const [path, allowed] of ENUMERATED_SETTINGS) {
    const value = readSetting(raw, path);
    if (value !== undefined && !allowed.includes(value)) unknownValue(path, value);
  }
  const comment = readSetting(raw, 'privacy.consentComment');
  if (comment !== undefined && typeof comment !== 'string') unknownValue('privacy.consentComment', comment);
  if (settings.flavour === 'erp') {
    const actorType = settings.erp.actorType;
    if (!(ERP_ACTOR_TYPES as readonly unknown[]).includes(actorType)) unknownValue('erp.actorType', actorType);
    if (settings.target !== 'contacts') unknownValue('target', settings.target);
  }

  if (settings.lists.position === 'default') errors.push({ code: 'POSITION_HAS_NO_DEFAULT' });

  const contacts = settings.target === 'contacts';
  if (contacts) {
    if (settings.company.match === null && settings.company.action !== 'add') {
      errors.push({ code: 'MATCH_KEY_REQUIRED', entity: 'company' });
    }
    if (settings.personsOn && settings.person.match === null && settings.person.action !== 'add') {
      errors.push({ code: 'MATCH_KEY_REQUIRED', entity: 'person' });
    }
  } else if (settings.target === 'products' && settings.product.match === null && settings.product.action !== 'add') {
    errors.push({ code: 'MATCH_KEY_REQUIRED', entity: 'product' });
  }

  if (settings.personsOn && settings.person.ifNoCompanyName === 'import-without-company'
    && settings.mandatoryCompanyOnPerson) {
    errors.push({ code: 'NO_COMPANY_OPTION_NOT_ALLOWED' });
  }

  const existing = isPlainObject(input.existing) ? input.existing : {};
  if (settings.target === 'products') {
    const priceLists = Array.isArray(existing.priceLists) ? existing.priceLists : [];
    const priceListId = settings.product.priceListId;
    if (!priceLists.some((list) => isPlainObject(list) && list.id === priceListId)) {
      errors.push({ code: 'PRICE_LIST_UNKNOWN', priceListId: priceListId ?? null });
    }
  }

  const lists = isPlainObject(existing.lists) ? existing.lists : {};
  const hasItem = (listKey: string, name: unknown) => listHasItem(lists, listKey, name);
  if (contacts && settings.personsOn) {
    const { legalBasis, consentSource } = settings.privacy;
    if (legalBasis !== 'use-default' && !hasItem('legalBasis', legalBasis)) {
      errors.push({ code: 'LEGAL_BASIS_UNKNOWN', value: legalBasis ?? null });
    }
    if (!hasItem('consentSource', consentSource)) {
      errors.push({ code: 'CONSENT_SOURCE_UNKNOWN', value: consentSource ?? null });
    }
  }

  if (contacts) {
    const policies: [string, string][] = [
      ['category', settings.lists.category], ['business', settings.lists.business],
      ['companyInterest', settings.lists.interests], ['personInterest', settings.lists.interests],
      ...Object.keys(lists).filter((key) => key.startsWith('custom.'))
        .map((key): [string, string] => [key, settings.lists.custom]),
    ];
    for (const [listKey, policy] of policies) {
      const value = settings.defaults[listKey];
      if (policy === 'default' && value !== undefined && value !== null && !hasItem(listKey, value)) {
        errors.push({ code: 'DEFAULT_VALUE_UNKNOWN', list: listKey, value });
      }
    }
  }
  return errors;
}

/**
 * Whether list `listKey` of `lists` has an item named `name` (compared with normText). The
 * consent source list defaults to one item `Import` (spec §3.1).
 */
export function listHasItem(lists: Record<string, unknown>, listKey: string, name: unknown): boolean {
  if (typeof name !== 'string') return false;
  const items = listKey === 'consentSource' && lists.consentSource === undefined
    ? [{ id: 1, name: 'Import' }]
    : lists[listKey];
  if (!Array.isArray(items)) return false;
  const wanted = normText(name);
  return items.some((item) => isPlainObject(item) && typeof item.name === 'string' && normText(item.name) === wanted);
}
