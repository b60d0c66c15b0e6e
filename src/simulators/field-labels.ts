/**
 * Product labels of the engine's catalogue (src/engine/catalogue.ts) in the page language. The
 * engine has no i18n, so its field ids, match keys, actions and list policies get their nl / da /
 * en labels here, from simulator.json keyed by the catalogue's own values (glossary:
 * import-rules.md §16). `catalogueLabelKeys()` lists every key the catalogue needs, so a test
 * fails when a locale lacks one.
 */
import {
  ACTIONS, COMPANY_MATCHES, CONTACT_FIELDS, CUSTOM_FIELD_PATTERN, ERP_ACTOR_TYPES, EXACT_FIELDS, EXACT_IMPORTS,
  LIST_POLICIES, MULTI_VALUE_POLICIES, NO_COMPANY_NAME_OPTIONS, PERSON_MATCHES, PRODUCT_FIELDS, PRODUCT_MATCHES,
} from '../engine/index.ts';
import { translateDynamic, type Translate } from './messages.ts';

/**
 * The page-language label of a field id: `company.vatNo` → `BTW-nummer` (nl); a custom list
 * field by its list's name (`company.custom.regio` → `Eigen lijst “regio”`); an id outside the
 * catalogue stays as written.
 */
export function fieldLabel(field: string, t: Translate): string {
  const custom = CUSTOM_FIELD_PATTERN.exec(field);
  if (custom) return t('simulator.field.custom', { name: custom[2] });
  return translateDynamic(t, 'simulator.field.', field);
}

/**
 * Spreadsheet column letters, because positions are 1-based like Excel: 1 → `A`, 28 → `AB`. The
 * label of a file column without a header (field mapping) and the column of an ingest problem.
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Localized entity label (`company` → `Company`/`Bedrijf`/`Firma`). */
export function entityLabel(entity: string, t: Translate): string {
  return translateDynamic(t, 'simulator.entity.', entity);
}

/** Every field id of the catalogue (contacts, products, each Exact Online import). */
export function catalogueFields(): string[] {
  return [...CONTACT_FIELDS, ...PRODUCT_FIELDS, ...Object.values(EXACT_FIELDS).flat()];
}

/**
 * Every simulator.json key the engine's catalogue needs a label for: each field, match key
 * (company, person, product), action, "if no company name" option, list and phone/e-mail
 * policy, actor type and Exact Online import.
 */
export function catalogueLabelKeys(): string[] {
  const matches = new Set<string>([...COMPANY_MATCHES, ...PERSON_MATCHES, ...PRODUCT_MATCHES]);
  return [
    ...catalogueFields().map((field) => `simulator.field.${field}`),
    'simulator.field.custom',
    ...[...matches].map((key) => `simulator.match.${key}`),
    ...ACTIONS.map((action) => `simulator.action.${action}`),
    ...NO_COMPANY_NAME_OPTIONS.map((option) => `simulator.ifNoCompanyName.${option}`),
    ...LIST_POLICIES.map((policy) => `simulator.listPolicy.${policy}`),
    ...MULTI_VALUE_POLICIES.map((policy) => `simulator.multiPolicy.${policy}`),
    ...ERP_ACTOR_TYPES.map((type) => `simulator.actorType.${type}`),
    ...EXACT_IMPORTS.map((name) => `simulator.exactImport.${name}`),
  ];
}
