/**
 * The engine's explanation of a row result (src/engine/README.md "Explanations": `match`, `kept`,
 * `dropped`, `params`, warnings) as sentences in the page language, with product labels (the
 * glossary of import-rules.md §16 via simulator.json), numbers through `Intl` for the page locale
 * and plurals through `_one` / `_other`. Pure: no DOM, so the build-time merge-example table, the
 * island's outcome table, presenter mode and the CSV export all say the same thing.
 */
import type { MessageKey, Translate } from './messages.ts';
import { translateDynamic } from './messages.ts';
import { fieldLabel } from './field-labels.ts';
import type { EntityView, MatchView, RowView } from './output-view.ts';
import { rowEntities } from './output-view.ts';
import { entityNoun, explainWarnings, idText, type ExplanationPart } from './explain-warnings.ts';

export { entityNoun, explainWarnings, type ExplanationKind, type ExplanationPart } from './explain-warnings.ts';

/** A value as the page shows it: numbers for `locale`, yes/no in words, lists joined, empty as "(empty)". */
export function displayValue(value: unknown, t: Translate, locale: string): string {
  if (value === null || value === undefined || value === '') return t('simulator.empty');
  if (Array.isArray(value)) return value.length ? value.map((v) => displayValue(v, t, locale)).join(', ') : t('simulator.empty');
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (typeof value === 'boolean') return t(value ? 'simulator.value.yes' : 'simulator.value.no');
  return String(value);
}

/** `E-mailadres = a@b.nl` for each field of a match key, joined (`Naam = ACME, Afdeling = Sales`). */
function criteria(match: MatchView, t: Translate): string {
  return match.fields
    .map((field, i) => t('simulator.explain.criterion', { field: fieldLabel(field, t), value: match.values[i] || t('simulator.empty') }))
    .join(', ');
}

/** The sentences about the lookup: matched, not found, an empty key, or no lookup at all. */
function matchParts(entityKey: string, entity: EntityView, t: Translate, locale: string): ExplanationPart[] {
  const entityName = entityNoun(entityKey, t);
  const { match } = entity;
  if (!match) {
    return entity.outcome === 'created' ? [{ kind: 'match', text: t('simulator.explain.noLookup', { entity: entityName }) }] : [];
  }
  if (match.id !== null) {
    return [{ kind: 'match', text: t('simulator.explain.matched', { criteria: criteria(match, t), entity: entityName, id: idText(match.id, locale) }) }];
  }
  if (entity.outcome === 'error') return [];
  const empty = match.values.length === 0 || match.values.every((value) => value === '');
  const text = empty
    ? t('simulator.explain.emptyKey', { fields: match.fields.map((field) => fieldLabel(field, t)).join(', ') })
    : t('simulator.explain.notFound', { criteria: criteria(match, t), entity: entityName });
  const parts: ExplanationPart[] = [{ kind: 'match', text }];
  if (entity.outcome === 'created' && entity.id !== null) {
    parts.push({ kind: 'match', text: t('simulator.explain.created', { entity: entityName, id: idText(entity.id, locale) }) });
  }
  return parts;
}

const KEPT_KEYS = { filled: 'simulator.explain.kept.filled', key: 'simulator.explain.kept.key', policy: 'simulator.explain.kept.policy' } as const;

/** The sentence for a skip or error `reason`, with its parameters (field, cell value, id, setting). */
function reasonPart(entityKey: string, entity: EntityView, t: Translate, locale: string): ExplanationPart[] {
  if (!entity.reason || entity.outcome === 'none') return [];
  const params: Record<string, string> = {
    entity: entityNoun(entityKey, t),
    id: entity.id === null ? '' : idText(entity.id, locale),
    field: entity.field ? fieldLabel(entity.field, t) : entity.match ? fieldLabel(entity.match.fields[0] ?? '', t) : '',
    value: entity.params?.value ?? entity.match?.values[0] ?? '',
    action: t('simulator.action.skip'),
    option: t('simulator.ifNoCompanyName.skip'),
  };
  const key = `simulator.explain.reason.${entity.reason}`;
  const text = t(key as MessageKey, params);
  return [{ kind: 'reason', text: text === key ? t('simulator.explain.reason.unknown', { code: '' }) : text }];
}

/**
 * The explanation of one entity of a processed row: the lookup, the written fields (unless
 * `written: false`, for a table with its own changes column), the kept and dropped values, and
 * the reason of a skip or error.
 * Example (en, the ACME merge): `['Matched on Company name = ACME Inc. → company 1',
 * 'Kept: Street address Main street 456 (already filled; the file has Broadway 123)']` plus the written VAT number.
 */
export function explainEntity(
  entityKey: string, entity: EntityView, t: Translate, locale: string, { written = true }: { written?: boolean } = {},
): ExplanationPart[] {
  const parts = matchParts(entityKey, entity, t, locale);
  if (written) {
    for (const change of entity.changes) {
      parts.push({ kind: 'written', text: t('simulator.change', {
        field: fieldLabel(change.field, t), from: displayValue(change.from, t, locale), to: displayValue(change.to, t, locale),
      }) });
    }
  }
  for (const kept of entity.kept ?? []) {
    parts.push({ kind: 'kept', text: t(KEPT_KEYS[kept.why], {
      field: fieldLabel(kept.field, t), stored: displayValue(kept.stored, t, locale),
      value: displayValue(kept.value, t, locale), policy: t('simulator.multiPolicy.ignore'),
    }) });
  }
  for (const dropped of entity.dropped ?? []) {
    const params = { field: fieldLabel(dropped.field, t), value: dropped.value, to: dropped.to ?? '' };
    parts.push({ kind: 'dropped', text: t(dropped.to === null ? 'simulator.explain.dropped' : 'simulator.explain.defaulted', params) });
  }
  parts.push(...reasonPart(entityKey, entity, t, locale));
  return parts;
}

/** Why a row was not processed (left out, stopped, filtered, not selected), with a filter's value. */
export function explainRowStatus(row: RowView, t: Translate): ExplanationPart[] {
  if (row.status === 'processed') return [];
  const status = translateDynamic(t, 'simulator.status.', row.status);
  if (!row.reason) return [{ kind: 'reason', text: status }];
  const reason = t(`simulator.explain.reason.${row.reason}` as MessageKey, { value: row.params?.value ?? '' });
  return [{ kind: 'reason', text: t('simulator.explain.status', { status, reason }) }];
}

/**
 * Every entity of a row with its explanation, then the row's warnings (entity `null`); a row that
 * was not processed gives its status. Entities with outcome `none` are left out.
 */
export function explainRow(row: RowView, t: Translate, locale: string, options?: { written?: boolean }): { entity: string | null; parts: ExplanationPart[] }[] {
  if (row.status !== 'processed') return [{ entity: null, parts: explainRowStatus(row, t) }];
  const entities = rowEntities(row)
    .filter(([, entity]) => entity.outcome !== 'none')
    .map(([key, entity]) => ({ entity: key as string | null, parts: explainEntity(key, entity, t, locale, options) }));
  const warnings = explainWarnings(row, t, locale);
  return warnings.length ? [...entities, { entity: null, parts: warnings }] : entities;
}

/**
 * The run's warnings for the results summary (`summary.warnings`: rows per warning code, engine
 * addition), e.g. how many rows matched more than one record.
 * Example (en): `{ MULTIPLE_MATCHES: 3 }` → `['3 rows matched more than one existing record; the lowest ID was used']`.
 */
export function summaryWarnings(summary: { warnings?: Record<string, number> }, t: Translate, locale: string): string[] {
  return Object.entries(summary.warnings ?? {})
    .filter(([, count]) => count > 0)
    .map(([code, count]) => t(`simulator.summary.${code}` as MessageKey, { count, rows: new Intl.NumberFormat(locale).format(count) }));
}

/**
 * The reason column of one entity: the engine's explanation (without the written fields, which
 * have their own column) and the warnings about this entity. The island's outcome table shows the same.
 */
export function entityExplanation(row: RowView, key: string, entity: EntityView, t: Translate, lang: string): ExplanationPart[] {
  return [
    ...explainEntity(key, entity, t, lang, { written: false }),
    ...explainWarnings({ ...row, warnings: row.warnings?.filter((warning) => warning.entity === key) }, t, lang),
  ];
}
