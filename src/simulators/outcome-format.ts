/**
 * Plain-text formatting of engine results in the page language, shared by the build-time
 * outcome table and the island so both say the same thing the same way.
 */
import { translateDynamic, type Translate } from './messages.ts';
import type { EntityView, RowView } from './output-view.ts';
import type { PersonView } from './person-privacy-view.ts';

/**
 * A stored or imported value as text: arrays joined with `, `, empty as `(empty)` (localized),
 * numbers (prices) with the page language's decimal sign, as the help text writes them.
 * Example: `formatValue(['a@x.nl', 'b@x.nl'], t)` → `'a@x.nl, b@x.nl'`; `formatValue(24.95, nlT)` → `'24,95'`.
 */
export function formatValue(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('simulator.empty');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v, t)).join(', ') : t('simulator.empty');
  if (typeof value === 'number') return String(value).replace('.', t('simulator.decimalSeparator'));
  return String(value);
}

/**
 * The page-language label of a field id (`company.vatNo` → `BTW-nummer` in nl); custom list
 * fields and unknown ids stay as written (`company.custom.regio`).
 */
export function fieldLabel(field: string, t: Translate): string {
  return translateDynamic(t, 'simulator.field.', field);
}

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

/** Localized entity label (`company` → `Company`/`Bedrijf`/`Firma`). */
export function entityLabel(entity: string, t: Translate): string {
  return translateDynamic(t, 'simulator.entity.', entity);
}

/**
 * Why an entity got its outcome, for the reason column and presenter mode: the engine's reason
 * code translated, else "an existing record matched" / "no existing record matched".
 */
export function entityReason(entity: EntityView, t: Translate): string {
  if (entity.reason) {
    const text = translateDynamic(t, 'simulator.reason.', entity.reason);
    return entity.field ? `${text} (${fieldLabel(entity.field, t)})` : text;
  }
  if (entity.outcome === 'created') return t('simulator.reason.new');
  if (entity.outcome === 'updated' || entity.outcome === 'unchanged') return t('simulator.reason.matched');
  return '';
}

/** The status text of a row that was not processed (left out, stopped, filtered …). */
export function rowStatusLabel(row: RowView, t: Translate): string {
  const status = translateDynamic(t, 'simulator.status.', row.status);
  return row.reason ? `${status}: ${translateDynamic(t, 'simulator.reason.', row.reason)}` : status;
}
