/**
 * Which controls the settings panel shows, grouped like the product's Import settings dialog
 * (import-rules.md §4, labels from the §16 glossary via message keys). A UI model only: values
 * are engine enumerations, the engine decides what they do.
 */
import { CONTACT_FIELDS, EXACT_FIELDS, PRODUCT_FIELDS, PRODUCT_LIST_POLICIES } from '../engine/index.ts';
import { SHARED_ATTRIBUTES } from './directive-attributes.ts';
import type { MessageKey } from './messages.ts';
import type { SimulatorState } from './state.ts';

/**
 * A select (enumeration), a check box (boolean) or a text field bound to a dotted path in the
 * preset. An option's label is a message key, or with `named` the list item's own name (data).
 */
export interface SettingControl {
  id: string;
  path: string;
  label: MessageKey;
  kind: 'select' | 'checkbox' | 'text';
  options: { value: string; label: string; named?: boolean }[];
}

/** A titled group of controls (`company`, `person`, `lists` …). */
export interface SettingGroup {
  id: string;
  title: MessageKey;
  controls: SettingControl[];
}

const values = (name: keyof typeof SHARED_ATTRIBUTES) => SHARED_ATTRIBUTES[name].values as readonly string[];

function select(id: string, path: string, label: MessageKey, options: readonly string[], labelPrefix: string): SettingControl {
  return { id, path, label, kind: 'select', options: options.map((value) => ({ value, label: `${labelPrefix}${value}` })) };
}

function checkbox(id: string, path: string, label: MessageKey): SettingControl {
  return { id, path, label, kind: 'checkbox', options: [] };
}

/**
 * The privacy group (§8.8): legal basis ("Use default" or an item of the CRM's list), consent
 * source and comment, as in the dialog. Shown when the preset carries the privacy lists.
 */
function privacyGroup(state: SimulatorState): SettingGroup | null {
  const lists = state.preset.lists;
  if (!lists?.legalBasis || !lists.consentSource) return null;
  const named = (items: { name: string }[]) => items.map(({ name }) => ({ value: name, label: name, named: true }));
  return { id: 'privacy', title: 'simulator.group.privacy', controls: [
    { id: 'legal-basis', path: 'settings.privacy.legalBasis', label: 'simulator.setting.legalBasis', kind: 'select',
      options: [{ value: 'use-default', label: 'simulator.legalBasis.use-default' }, ...named(lists.legalBasis)] },
    { id: 'consent-source', path: 'settings.privacy.consentSource', label: 'simulator.setting.consentSource', kind: 'select', options: named(lists.consentSource) },
    { id: 'consent-comment', path: 'settings.privacy.consentComment', label: 'simulator.setting.consentComment', kind: 'text', options: [] },
  ] };
}

/**
 * The groups for the state's flavour and target, the `focus` group first.
 * Example: a products state → `[products]`; Exact Online → `[exact]`.
 */
export function settingGroups(state: SimulatorState): SettingGroup[] {
  const { flavour, settings } = state.preset;
  const groups: SettingGroup[] = [];
  if (flavour === 'exact-online') {
    groups.push({ id: 'exact', title: 'simulator.group.exact', controls: [
      select('exact-import', 'settings.exact.import', 'simulator.setting.exactImport', values('exact-import'), 'simulator.exactImport.'),
      checkbox('exact-inactive', 'settings.exact.includeInactive', 'simulator.setting.includeInactive'),
      checkbox('exact-blocked', 'settings.exact.includeBlocked', 'simulator.setting.includeBlocked'),
    ] });
    return groups;
  }
  if (settings.target === 'products') {
    groups.push({ id: 'products', title: 'simulator.group.products', controls: [
      select('product-match', 'settings.product.match', 'simulator.setting.match', values('product-match'), 'simulator.match.'),
      select('product-action', 'settings.product.action', 'simulator.setting.action', values('product-action'), 'simulator.action.'),
      ...(['category', 'family', 'type'] as const).map((list) =>
        select(`product-list-${list}`, `settings.productLists.${list}`, `simulator.productList.${list}`, PRODUCT_LIST_POLICIES, 'simulator.listPolicy.')),
    ] });
    return groups;
  }
  if (flavour === 'erp') {
    groups.push({ id: 'erp', title: 'simulator.group.erp', controls: [
      select('erp-actor-type', 'settings.erp.actorType', 'simulator.setting.actorType', values('erp-actor-type'), 'simulator.actorType.'),
    ] });
  }
  groups.push({ id: 'company', title: 'simulator.group.company', controls: [
    select('company-match', 'settings.company.match', 'simulator.setting.match', values('company-match'), 'simulator.match.'),
    select('company-action', 'settings.company.action', 'simulator.setting.action', values('company-action'), 'simulator.action.'),
  ] });
  groups.push({ id: 'person', title: 'simulator.group.person', controls: [
    select('person-match', 'settings.person.match', 'simulator.setting.match', values('person-match'), 'simulator.match.'),
    select('person-action', 'settings.person.action', 'simulator.setting.action', values('person-action'), 'simulator.action.'),
    select('if-no-company-name', 'settings.person.ifNoCompanyName', 'simulator.setting.ifNoCompanyName', values('if-no-company-name'), 'simulator.ifNoCompanyName.'),
    checkbox('mandatory-company', 'preferences.mandatoryCompanyOnPerson', 'simulator.setting.mandatoryCompany'),
  ] });
  groups.push({ id: 'lists', title: 'simulator.group.lists', controls: (['category', 'business', 'position', 'interests', 'custom'] as const).map((list) =>
    select(`lists-${list}`, `settings.lists.${list}`, `simulator.list.${list}`, values(`lists-${list}`), 'simulator.listPolicy.')) });
  groups.push({ id: 'phone', title: 'simulator.group.phone', controls: [
    select('phone', 'settings.phone', 'simulator.setting.phone', values('phone'), 'simulator.multiPolicy.'),
    select('url-email', 'settings.urlEmail', 'simulator.setting.urlEmail', values('url-email'), 'simulator.multiPolicy.'),
  ] });
  const privacy = privacyGroup(state);
  if (privacy) groups.push(privacy);
  const focused = groups.findIndex((group) => group.id === state.focus);
  if (focused > 0) groups.unshift(...groups.splice(focused, 1));
  return groups;
}

/**
 * Field ids a file column can be mapped to (the engine's catalogue, import-rules.md §3, for the
 * state's flavour and target), for the field-mapping selects.
 */
export function mappableFields(state: SimulatorState): string[] {
  const { flavour, settings } = state.preset;
  if (flavour === 'exact-online') {
    const byImport: Record<string, readonly string[]> = EXACT_FIELDS;
    return [...(byImport[String((settings.exact as Record<string, unknown>)?.import)] ?? EXACT_FIELDS.relations)];
  }
  return [...(settings.target === 'products' ? PRODUCT_FIELDS : CONTACT_FIELDS)];
}

/** The header vocabulary of src/ingest for own data of this state (`contacts`, `products`, an Exact import). */
export function ownDataKind(state: SimulatorState): 'contacts' | 'products' | 'relations' | 'materials' | 'hourTypes' {
  const { flavour, settings } = state.preset;
  if (flavour === 'exact-online') {
    const kind = String((settings.exact as Record<string, unknown>)?.import);
    return kind === 'materials' || kind === 'hourTypes' ? kind : 'relations';
  }
  return settings.target === 'products' ? 'products' : 'contacts';
}
