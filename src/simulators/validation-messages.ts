/**
 * The engine's validation errors (`{ ok: false, errors }`, import-rules.md §5 / §12.3) as
 * sentences in the page language: every code has a message in simulator.json
 * (`simulator.validation.<CODE>`), and its parameters are shown by their product labels — a
 * field by its label, a setting by its group and name, an entity by its name — never as the
 * dotted keys or UPPER_CASE codes the engine uses.
 */
import { LIST_KEY_OF_FIELD } from '../engine/index.ts';
import { fieldLabel } from './field-labels.ts';
import type { MessageKey, Translate } from './messages.ts';
import { translateDynamic } from './messages.ts';

/** A validation error as the engine reports it: a code and its parameters. */
export interface ValidationErrorView { code: string; [key: string]: unknown }

// Settings paths (`company.match`) → the group and control labels the settings panel shows.
const GROUPS: Record<string, MessageKey> = {
  company: 'simulator.group.company', person: 'simulator.group.person', product: 'simulator.group.products',
  lists: 'simulator.group.lists', productLists: 'simulator.setting.productLists', erp: 'simulator.group.erp',
  exact: 'simulator.group.exact', privacy: 'simulator.group.privacy',
};
const SETTINGS: Record<string, MessageKey> = {
  target: 'simulator.setting.target', source: 'simulator.setting.source', match: 'simulator.setting.match',
  action: 'simulator.setting.action', ifNoCompanyName: 'simulator.setting.ifNoCompanyName',
  priceListId: 'simulator.setting.priceList', phone: 'simulator.setting.phone', urlEmail: 'simulator.setting.urlEmail',
  legalBasis: 'simulator.setting.legalBasis', consentSource: 'simulator.setting.consentSource',
  consentComment: 'simulator.setting.consentComment', actorType: 'simulator.setting.actorType',
  import: 'simulator.setting.exactImport', edition: 'simulator.setting.exactEdition',
  relationTypes: 'simulator.setting.relationTypes', includeInactive: 'simulator.setting.includeInactive',
  includeBlocked: 'simulator.setting.includeBlocked', categories: 'simulator.setting.categories',
};

/**
 * A settings path by its labels: `company.match` → `Bedrijf: Duplicaat` (nl), `lists.position`
 * → `Lijsten: Functie`; an unknown path → "a setting".
 */
export function settingLabel(path: string, t: Translate): string {
  const [first, second] = path.split('.');
  if (second === undefined) return SETTINGS[first] ? t(SETTINGS[first]) : t('simulator.setting.unknown');
  const group = GROUPS[first];
  if (!group) return t('simulator.setting.unknown');
  const name = first === 'lists' ? translateDynamic(t, 'simulator.list.', second, '')
    : first === 'productLists' ? translateDynamic(t, 'simulator.productList.', second, '')
      : SETTINGS[second] ? t(SETTINGS[second]) : '';
  return name ? `${t(group)}: ${name}` : t('simulator.setting.unknown');
}

/** A list key (`companyInterest`, `custom.region`) by the label of the field that uses the list. */
function listLabel(listKey: string, t: Translate): string {
  if (listKey.startsWith('custom.')) return t('simulator.field.custom', { name: listKey.slice('custom.'.length) });
  const field = Object.keys(LIST_KEY_OF_FIELD).find((id) => LIST_KEY_OF_FIELD[id] === listKey);
  return field ? fieldLabel(field, t) : listKey;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The sentence for one validation error. */
export function validationMessage(error: ValidationErrorView, t: Translate, locale: string): string {
  const numbers = new Intl.NumberFormat(locale);
  const fields = Array.isArray(error.fields) ? error.fields.map((field) => fieldLabel(String(field), t)) : [];
  const list = (type: 'conjunction' | 'disjunction') => new Intl.ListFormat(locale, { type }).format(fields);
  const params: Record<string, string> = {
    value: text(error.value),
    setting: settingLabel(text(error.setting), t),
    entity: translateDynamic(t, 'simulator.entity.', text(error.entity)),
    field: fieldLabel(text(error.field), t),
    fields: list(error.code === 'REQUIRED_FIELD_NOT_MAPPED' ? 'disjunction' : 'conjunction'),
    list: listLabel(text(error.list), t),
    row: typeof error.index === 'number' ? numbers.format(error.index + 1) : '',
    priceList: text(error.priceListId),
    import: translateDynamic(t, 'simulator.exactImport.', text(error.import)),
    action: t('simulator.action.add'),
    option: t('simulator.ifNoCompanyName.import-without-company'),
    preference: t('simulator.setting.mandatoryCompany'),
  };
  const missing = error.code === 'UNKNOWN_SETTING_VALUE' && (error.value === null || error.value === undefined);
  const key = `simulator.validation.${error.code}${missing ? '_missing' : ''}`;
  const message = t(key as MessageKey, params);
  return message === key ? t('simulator.validation.unknown') : message;
}

/**
 * Every error of a refused input as a sentence, duplicates removed (100 rows with the same bad
 * cell type read as 100 sentences otherwise … each still names its row, so only exact repeats go).
 * Example (en): `[{ code: 'REQUIRED_FIELD_NOT_MAPPED', fields: ['company.name'] }]`
 * → `['Map a column to Company name: it is required.']`.
 */
export function validationMessages(errors: readonly ValidationErrorView[], t: Translate, locale: string): string[] {
  return [...new Set(errors.map((error) => validationMessage(error, t, locale)))];
}
