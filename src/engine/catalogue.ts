/**
 * Field catalogues and setting enumerations of the import rules (spec §3, §4). Closed sets are
 * `as const` arrays so a settings UI can list the options and the types derive from them.
 */

/** Engine flavours (spec §4). */
export const FLAVOURS = ['superoffice', 'erp', 'exact-online'] as const;
/** Import targets of `superoffice`/`erp` (spec §4.1). */
export const TARGETS = ['contacts', 'products'] as const;
/** Informational import sources; `null` is allowed too (spec §4.1). */
export const SOURCES = ['excel', 'outlook', 'gmail', 'win-client', 'erp'] as const;
/** Company duplicate keys; `null` (no rule) is allowed too. */
export const COMPANY_MATCHES = ['name', 'name+department', 'number', 'code', 'vatNo', 'id'] as const;
/** Person duplicate keys; `null` (no rule) is allowed too. `none` = do not import persons. */
export const PERSON_MATCHES = ['name', 'email', 'mobile', 'number', 'id', 'none'] as const;
/** Product duplicate keys; `null` (no rule) is allowed too. */
export const PRODUCT_MATCHES = ['name', 'code', 'name+code'] as const;
/** What happens to a duplicate (spec §8.5). */
export const ACTIONS = ['add', 'merge', 'replace', 'skip'] as const;
/** Options of "If no company name" (spec §8.3). */
export const NO_COMPANY_NAME_OPTIONS = ['create-from-person', 'skip', 'import-without-company'] as const;
/** Policies for unknown list values of company/person lists (spec §8.6). */
export const LIST_POLICIES = ['add', 'default', 'blank'] as const;
/** Policies for the position list, which has no default (spec §4.1). */
export const POSITION_POLICIES = ['add', 'blank'] as const;
/** Policies for product lists (spec §4.1). */
export const PRODUCT_LIST_POLICIES = ['add', 'blank'] as const;
/** Policies for phone numbers, URLs and e-mail addresses of matched records (spec §8.7). */
export const MULTI_VALUE_POLICIES = ['add', 'replace', 'ignore'] as const;
/** ERP actor types (spec §10). */
export const ERP_ACTOR_TYPES = ['customer', 'supplier', 'person'] as const;
/** Exact Online imports the engine simulates (spec §3.4). */
export const EXACT_IMPORTS = ['relations', 'materials', 'hourTypes'] as const;
/** Exact Online standard imports that exist but are not simulated (spec §16). */
export const EXACT_NOT_SIMULATED_IMPORTS = ['categories', 'employees', 'paymentTransactions'] as const;
/** Exact Online imports available on the Pro edition only (spec §16). */
export const EXACT_PRO_ONLY_IMPORTS = [
  'warehouses', 'priceAgreements', 'salesOrders', 'shopOrders',
  'goodsDeliveries', 'quotations', 'projectPlanning', 'assemblyOrders',
] as const;
/** Exact Online editions (spec §4.3). */
export const EXACT_EDITIONS = ['standard', 'pro'] as const;
/** Exact Online relation types usable as filter (spec §4.3). */
export const EXACT_RELATION_TYPES = ['customer', 'prospect', 'suspect', 'supplier', 'none'] as const;

/** Contact field ids in catalogue order, without the dynamic `*.custom.<name>` fields (spec §3.2). */
export const CONTACT_FIELDS = [
  'company.id', 'company.name', 'company.department', 'company.number', 'company.code',
  'company.vatNo', 'company.street', 'company.postcode', 'company.city', 'company.country',
  'company.phone', 'company.email', 'company.url', 'company.category', 'company.business',
  'company.interests',
  'person.id', 'person.fullName', 'person.firstName', 'person.lastName', 'person.number',
  'person.phone', 'person.mobile', 'person.email', 'person.position', 'person.interests',
] as const;

/** Product field ids in catalogue order (spec §3.3). */
export const PRODUCT_FIELDS = [
  'product.name', 'product.code', 'product.description', 'product.unit', 'product.listPrice',
  'product.cost', 'product.inAssortment', 'product.category', 'product.family', 'product.type',
] as const;

/** Exact Online field ids per import, in catalogue order (spec §3.4). */
export const EXACT_FIELDS = {
  relations: [
    'relation.code', 'relation.name', 'relation.type', 'relation.active', 'relation.blocked',
    'relation.street', 'relation.postcode', 'relation.city', 'relation.country', 'relation.phone',
    'relation.email', 'relation.vatNo',
  ],
  materials: ['material.code', 'material.name', 'material.category', 'material.unit', 'material.price'],
  hourTypes: ['hourType.code', 'hourType.name', 'hourType.category', 'hourType.rate'],
} as const;

/** How a field's cells are read (spec §3.5). */
export type FieldKind =
  | 'id' | 'text' | 'fullName' | 'number' | 'boolean' | 'filter'
  | 'phone' | 'email' | 'url' | 'list' | 'multiList';

/** Kind of every fixed field; custom fields are `list`. */
export const FIELD_KINDS: Readonly<Record<string, FieldKind>> = Object.freeze({
  'company.id': 'id', 'company.phone': 'phone', 'company.email': 'email', 'company.url': 'url',
  'company.category': 'list', 'company.business': 'list', 'company.interests': 'multiList',
  'person.id': 'id', 'person.fullName': 'fullName', 'person.phone': 'phone',
  'person.mobile': 'phone', 'person.email': 'email', 'person.position': 'list',
  'person.interests': 'multiList',
  'product.listPrice': 'number', 'product.cost': 'number', 'product.inAssortment': 'boolean',
  'product.category': 'list', 'product.family': 'list', 'product.type': 'list',
  'relation.type': 'filter', 'relation.active': 'filter', 'relation.blocked': 'filter',
  'material.price': 'number', 'hourType.rate': 'number',
});

/** Kind of `field` (text unless listed otherwise). */
export function fieldKindOf(field: string): FieldKind {
  if (CUSTOM_FIELD_PATTERN.test(field)) return 'list';
  return FIELD_KINDS[field] ?? 'text';
}

/** Whether a field accepts several values (spec §3.5 *multi*). */
export function isMultiField(field: string): boolean {
  const kind = fieldKindOf(field);
  return kind === 'phone' || kind === 'email' || kind === 'url' || kind === 'multiList';
}

/** `company.custom.<name>` / `person.custom.<name>` with a valid list name (spec §3.1). */
export const CUSTOM_FIELD_PATTERN = /^(company|person)\.custom\.([a-z][A-Za-z0-9]*)$/;

/** List key of a list-valued contact or product field (spec §4.2): `company.interests` → `companyInterest`. */
export function listKeyOf(field: string): string {
  const custom = CUSTOM_FIELD_PATTERN.exec(field);
  if (custom) return `custom.${custom[2]}`;
  return LIST_KEY_OF_FIELD[field] ?? field;
}

/**
 * The fields each match key reads, per entity (spec §7.1, §11.1), in the order of
 * `MatchTrace.values`. `MATCH_KEY_FIELDS.company['name+department']` → `['company.name', 'company.department']`.
 */
export const MATCH_KEY_FIELDS = {
  company: {
    name: ['company.name'], 'name+department': ['company.name', 'company.department'],
    number: ['company.number'], code: ['company.code'], vatNo: ['company.vatNo'], id: ['company.id'],
  },
  person: {
    name: ['person.firstName', 'person.lastName'], email: ['person.email'], mobile: ['person.mobile'],
    number: ['person.number'], id: ['person.id'],
  },
  product: { name: ['product.name'], code: ['product.code'], 'name+code': ['product.name', 'product.code'] },
  customer: { code: ['relation.code'] },
  material: { code: ['material.code'] },
  hourType: { code: ['hourType.code'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** Text cells read as yes (spec §3.5), trimmed and lower-cased; the numbers 1 and 0 count too. */
export const BOOLEAN_TRUE_CELLS = ['1', 'true', 'yes', 'ja', 'j', 'y', 'x'] as const;
/** Text cells read as no (spec §3.5). */
export const BOOLEAN_FALSE_CELLS = ['0', 'false', 'no', 'nee', 'nej', 'n'] as const;

/** List keys of the fixed list-valued fields (spec §4.2); custom fields use `custom.<name>`. */
export const LIST_KEY_OF_FIELD: Readonly<Record<string, string>> = Object.freeze({
  'company.category': 'category', 'company.business': 'business',
  'company.interests': 'companyInterest', 'person.position': 'position',
  'person.interests': 'personInterest', 'product.category': 'productCategory',
  'product.family': 'productFamily', 'product.type': 'productType',
});
