/**
 * A row's engine warnings (`MULTIPLE_MATCHES`: several existing records match the key) as
 * sentences in the page language; a warning without a message is left out rather than shown
 * as its code.
 */
import { translateDynamic, type MessageKey, type Translate } from '../../simulators/messages.ts';
import { entityLabel } from '../../simulators/outcome-format.ts';
import type { RowView } from '../../simulators/output-view.ts';

/** Example (en): `{ warnings: [{ code: 'MULTIPLE_MATCHES', entity: 'company', ids: [1, 3] }] }` → `['Several companies match (1, 3); the first is used']` when the message exists. */
export function warningTexts(row: RowView, t: Translate): string[] {
  return (row.warnings ?? []).flatMap((warning) => {
    const key = `simulator.warning.${warning.code}`;
    if (!translateDynamic(t, 'simulator.warning.', warning.code, '')) return [];
    return [t(key as MessageKey, { entity: entityLabel(warning.entity, t), ids: warning.ids.map(String).join(', '), count: warning.ids.length })];
  });
}
