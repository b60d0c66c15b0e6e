/**
 * A row's warnings (`MULTIPLE_MATCHES` with its ids) as sentences in the page language, and the
 * sentence parts every explanation shares. Apart from explain.ts because the island's preview
 * shows warnings before any run: its first script carries this, not the whole explainer
 * (issue 12 island budget). explain.ts re-exports all of it.
 */
import type { MessageKey, Translate } from './messages.ts';
import { translateDynamic } from './messages.ts';
import type { RowView } from './output-view.ts';

/** What a sentence is about, so a view can group or style it. */
export type ExplanationKind = 'match' | 'written' | 'kept' | 'dropped' | 'reason' | 'warning';
/** One sentence of an explanation. */
export interface ExplanationPart { kind: ExplanationKind; text: string }

/** A record id: digits as stored, no grouping (`12345`, not `12.345`). */
export const idText = (id: number, locale: string) => new Intl.NumberFormat(locale, { useGrouping: false }).format(id);

/** The entity's noun inside a sentence (`company` → `bedrijf` in nl); unknown keys read "record". */
export function entityNoun(entityKey: string, t: Translate): string {
  return translateDynamic(t, 'simulator.noun.', entityKey, t('simulator.noun.record'));
}

/** The row's warnings as sentences: `MULTIPLE_MATCHES` → "2 companies have this key (IDs 3 and 7); the lowest ID, 3, is used". */
export function explainWarnings(row: RowView, t: Translate, locale: string): ExplanationPart[] {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (row.warnings ?? []).map((warning) => ({
    kind: 'warning' as const,
    text: t(`simulator.explain.warning.${warning.code}` as MessageKey, {
      count: warning.ids.length,
      records: new Intl.NumberFormat(locale).format(warning.ids.length),
      entity: entityNoun(warning.entity, t),
      ids: list.format(warning.ids.map((id) => idText(id, locale))),
      id: idText(Math.min(...warning.ids), locale),
    }),
  }));
}
