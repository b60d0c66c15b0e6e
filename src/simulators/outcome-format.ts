/**
 * Plain-text formatting of engine results in the page language, shared by the build-time
 * outcome table and the island so both say the same thing the same way.
 */
import { translateDynamic, type Translate } from './messages.ts';
import { displayValue, explainEntity, explainRowStatus } from './explain.ts';
import type { EntityView, RowView } from './output-view.ts';
import { fieldLabel } from './field-labels.ts';
import type { PersonView } from './person-privacy-view.ts';

/**
 * A stored or imported value as text in `t`'s language (explain.ts `displayValue`): numbers via
 * `Intl`, yes/no in words, arrays joined with `, `, empty as `(empty)` (localized).
 * Example: `formatValue(['a@x.nl', 'b@x.nl'], t)` → `'a@x.nl, b@x.nl'`; `formatValue(1234.5, nlT)` → `'1.234,5'`.
 */
export function formatValue(value: unknown, t: Translate): string {
  return displayValue(value, t, t.lang ?? 'en');
}

export { entityLabel, fieldLabel } from './field-labels.ts';

/** `field: from → to` for one change, the field in the page language. */
export function formatChange(change: { field: string; from: unknown; to: unknown }, t: Translate): string {
  return t('simulator.change', { field: fieldLabel(change.field, t), from: formatValue(change.from, t), to: formatValue(change.to, t) });
}

/**
 * What the changes column lists for an entity: its field changes, then, for a created person,
 * the privacy data it received (purpose, legal basis, consent source, comment).
 * Example (en): `['Email: (empty) → tom@x.example', 'Purpose: Sales and service', 'Legal basis: (empty)', 'Consent source: Import']`.
 */
export function changeLines(entity: PersonView, t: Translate): string[] {
  const lines = entity.changes.map((change) => formatChange(change, t));
  const privacy = entity.privacy;
  if (!privacy) return lines;
  const line = (label: string, value: unknown) => t('simulator.privacy.line', { label, value: formatValue(value, t) });
  lines.push(
    line(t('simulator.privacy.purpose'), translateDynamic(t, 'simulator.privacy.purpose.', privacy.purpose)),
    line(t('simulator.setting.legalBasis'), privacy.legalBasis),
    line(t('simulator.setting.consentSource'), privacy.source),
  );
  if (privacy.comment) lines.push(line(t('simulator.setting.consentComment'), privacy.comment));
  return lines;
}

/** Localized outcome label (`created` → `Created`/`Aangemaakt`/`Oprettet`). */
export function outcomeLabel(outcome: EntityView['outcome'], t: Translate): string {
  return translateDynamic(t, 'simulator.outcome.', outcome);
}


/** The entity key a result belongs to, from the field ids it names (`relation.*` → `customer`); `record` if none. */
function entityKeyOf(entity: EntityView): string {
  const field = entity.match?.fields[0] ?? entity.changes[0]?.field ?? entity.field ?? entity.kept?.[0]?.field ?? entity.dropped?.[0]?.field;
  const prefix = field?.split('.')[0];
  return prefix === 'relation' ? 'customer' : prefix ?? 'record';
}

/**
 * Why an entity got its outcome, for the reason column, presenter mode and the CSV: the engine's
 * explanation (explain.ts) without the written fields, which have their own column — which key
 * matched with which value, kept and dropped values, the reason of a skip or error.
 * `entityKey` names the record (`company` → "company 1"; by default read from the entity's
 * field ids); `locale` defaults to `t`'s language.
 */
export function entityReason(entity: EntityView, t: Translate, entityKey = entityKeyOf(entity), locale = t.lang ?? 'en'): string {
  return explainEntity(entityKey, entity, t, locale, { written: false }).map((part) => part.text).join('. ');
}

/** The status text of a row that was not processed (left out, stopped, filtered, with the filter's value). */
export function rowStatusLabel(row: RowView, t: Translate): string {
  return explainRowStatus(row, t).map((part) => part.text).join('. ');
}
