/**
 * Directive attributes → engine input. `::simulator` and `:::merge-example` share the attribute
 * set documented in ./README.md; this module is the one place that knows it, so the build-time
 * handler and the browser island read an attribute identically. It maps names to settings paths
 * and checks values against the enumerations of import-rules.md §4 — it decides no outcome.
 */

import {
  ACTIONS, COMPANY_MATCHES, ERP_ACTOR_TYPES, EXACT_EDITIONS, EXACT_IMPORTS, FLAVOURS, LIST_POLICIES,
  MULTI_VALUE_POLICIES, NO_COMPANY_NAME_OPTIONS, PERSON_MATCHES, POSITION_POLICIES, PRODUCT_MATCHES, TARGETS,
} from '../engine/index.ts';

/** Duplicate actions, from the engine's catalogue (import-rules.md §4.1 `*.action`). */
export { ACTIONS, LIST_POLICIES };
/** Phone / URL+e-mail policies (§8.7), from the engine's catalogue. */
export const MULTI_POLICIES = MULTI_VALUE_POLICIES;

/**
 * Settings paths an attribute writes to, with the values it accepts: the engine's enumerations
 * (src/engine/catalogue.ts), so an attribute can never accept a value the engine refuses.
 */
export const SHARED_ATTRIBUTES = {
  flavour: { path: 'flavour', values: FLAVOURS },
  target: { path: 'settings.target', values: TARGETS },
  'company-match': { path: 'settings.company.match', values: COMPANY_MATCHES },
  'company-action': { path: 'settings.company.action', values: ACTIONS },
  'person-match': { path: 'settings.person.match', values: PERSON_MATCHES },
  'person-action': { path: 'settings.person.action', values: ACTIONS },
  'if-no-company-name': { path: 'settings.person.ifNoCompanyName', values: NO_COMPANY_NAME_OPTIONS },
  'product-match': { path: 'settings.product.match', values: PRODUCT_MATCHES },
  'product-action': { path: 'settings.product.action', values: ACTIONS },
  phone: { path: 'settings.phone', values: MULTI_VALUE_POLICIES },
  'url-email': { path: 'settings.urlEmail', values: MULTI_VALUE_POLICIES },
  'lists-category': { path: 'settings.lists.category', values: LIST_POLICIES },
  'lists-business': { path: 'settings.lists.business', values: LIST_POLICIES },
  'lists-position': { path: 'settings.lists.position', values: POSITION_POLICIES },
  'lists-interests': { path: 'settings.lists.interests', values: LIST_POLICIES },
  'lists-custom': { path: 'settings.lists.custom', values: LIST_POLICIES },
  'erp-actor-type': { path: 'settings.erp.actorType', values: ERP_ACTOR_TYPES },
  'exact-import': { path: 'settings.exact.import', values: EXACT_IMPORTS },
  'exact-edition': { path: 'settings.exact.edition', values: EXACT_EDITIONS },
  'mandatory-company': { path: 'preferences.mandatoryCompanyOnPerson', values: ['true', 'false'] },
} as const satisfies Record<string, { path: string; values: readonly string[] }>;

/** Attributes only `::simulator` understands (values checked by the island's sample registry). */
export const SIMULATOR_ATTRIBUTES = {
  name: ['import-settings'],
  sample: null,
  focus: ['company', 'person', 'lists', 'phone', 'products', 'privacy', 'erp', 'exact'],
  mode: ['normal', 'compare', 'presenter'],
} as const satisfies Record<string, readonly string[] | null>;

export type SharedAttribute = keyof typeof SHARED_ATTRIBUTES;
export type Flavour = (typeof SHARED_ATTRIBUTES.flavour.values)[number];

/** A plain-data engine input skeleton: everything but `existing`, `rows`, `unchecked`, `cancelAfter`. */
export interface EnginePreset {
  flavour: Flavour;
  settings: Record<string, unknown>;
  preferences: { mandatoryCompanyOnPerson: boolean; defaults: Record<string, string> };
  /** CRM lists that are not columns of the tables (the privacy lists, see privacy-lists.ts). */
  lists?: Record<string, { id: number; name: string }[]>;
}

/** One attribute problem; `message` is English for the build log, `key`+`params` for the page. */
export interface AttributeIssue {
  attribute: string;
  value: string;
  message: string;
}

/**
 * The settings a simulator starts from for `flavour`: the spec's defaults (§4.1/§4.3), with an
 * actor type for `erp` (required there) and the `relations` import for Exact Online.
 * Example: `defaultPreset('erp').settings.erp` → `{ actorType: 'customer' }`.
 */
export function defaultPreset(flavour: Flavour = 'superoffice'): EnginePreset {
  const preferences = { mandatoryCompanyOnPerson: true, defaults: {} };
  if (flavour === 'exact-online') {
    return { flavour, settings: { exact: { import: 'relations', edition: 'standard' } }, preferences };
  }
  const settings: Record<string, unknown> = {
    target: 'contacts',
    company: { match: 'name', action: 'skip' },
    person: { match: 'name', action: 'skip', ifNoCompanyName: 'skip' },
    product: { match: 'code', action: 'skip', priceListId: null },
    lists: { category: 'blank', business: 'blank', position: 'blank', interests: 'blank', custom: 'blank' },
    phone: 'add',
    urlEmail: 'add',
    productLists: { category: 'blank', family: 'blank', type: 'blank' },
    privacy: { legalBasis: 'use-default', consentSource: 'Import', consentComment: '' },
  };
  if (flavour === 'erp') settings.erp = { connection: null, actorType: 'customer', selectedRows: null };
  return { flavour, settings, preferences };
}

/** Writes `value` at dotted `path` inside `target`, creating objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cursor = target;
  for (const part of parts.slice(0, -1)) {
    const next = cursor[part];
    if (typeof next !== 'object' || next === null) cursor[part] = {};
    cursor = cursor[part] as Record<string, unknown>;
  }
  cursor[parts[parts.length - 1]] = value;
}

/** Reads dotted `path` inside `source` (undefined when absent). */
export function getPath(source: unknown, path: string): unknown {
  let cursor = source;
  for (const part of path.split('.')) {
    if (typeof cursor !== 'object' || cursor === null) return undefined;
    cursor = (cursor as Record<string, unknown>)[part];
  }
  return cursor;
}

const isShared = (name: string): name is SharedAttribute => Object.hasOwn(SHARED_ATTRIBUTES, name);

/**
 * Builds an engine preset from directive attributes (names compared case-insensitively).
 * `allowSimulatorOnly` accepts `name`/`sample`/`focus`/`mode` (checked by the caller or here
 * when they have a closed value set). Bad names or values become issues and are ignored.
 * Example: `attributesToPreset({ 'company-action': 'merge' }).preset.settings.company`
 * → `{ match: 'name', action: 'merge' }`.
 */
export function attributesToPreset(
  attributes: Record<string, string | null | undefined>,
  { allowSimulatorOnly = false }: { allowSimulatorOnly?: boolean } = {},
): { preset: EnginePreset; issues: AttributeIssue[] } {
  const issues: AttributeIssue[] = [];
  const entries = Object.entries(attributes).map(([name, value]) => [name.toLowerCase(), value ?? ''] as const);
  const flavourValue = entries.find(([name]) => name === 'flavour')?.[1] ?? 'superoffice';
  const flavour = (SHARED_ATTRIBUTES.flavour.values as readonly string[]).includes(flavourValue)
    ? (flavourValue as Flavour)
    : 'superoffice';
  const preset = defaultPreset(flavour);
  for (const [name, value] of entries) {
    if (isShared(name)) {
      const spec = SHARED_ATTRIBUTES[name];
      if (!(spec.values as readonly string[]).includes(value)) {
        issues.push({ attribute: name, value, message: `Unexpected value \`${value}\` for \`${name}\`; expected one of ${spec.values.map((v) => `\`${v}\``).join(', ')}` });
        continue;
      }
      if (name === 'flavour') continue;
      const parsed = name === 'mandatory-company' ? value === 'true' : value;
      setPath(preset as unknown as Record<string, unknown>, spec.path, parsed);
      continue;
    }
    if (allowSimulatorOnly && Object.hasOwn(SIMULATOR_ATTRIBUTES, name)) {
      const allowed = SIMULATOR_ATTRIBUTES[name as keyof typeof SIMULATOR_ATTRIBUTES];
      if (allowed && !(allowed as readonly string[]).includes(value)) {
        issues.push({ attribute: name, value, message: `Unexpected value \`${value}\` for \`${name}\`; expected one of ${allowed.map((v) => `\`${v}\``).join(', ')}` });
      }
      continue;
    }
    issues.push({ attribute: name, value, message: `Unexpected attribute \`${name}\`; see src/simulators/README.md for the supported attributes` });
  }
  return { preset, issues };
}
