/**
 * Compare mode: the same data through every duplicate action in one table — a row per import
 * row and entity, a column per action (each column a separate engine run) — so nothing is
 * squeezed side by side. Rows whose outcome depends on the action are highlighted.
 */
import { ACTIONS } from '../../simulators/directive-attributes.ts';
import type { Translate } from '../../simulators/messages.ts';
import { entityLabel, fieldLabel, outcomeLabel, rowStatusLabel } from '../../simulators/outcome-format.ts';
import { rowEntities, totalCounts, type EntityView, type OutputView } from '../../simulators/output-view.ts';
import { simulateForView } from '../../simulators/person-privacy-view.ts';
import { stateToInput, withSetting, type SimulatorState } from '../../simulators/state.ts';
import { validationMessages } from '../../simulators/validation-messages.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

/** The setting that holds the duplicate action for the state's target. */
function actionPath(state: SimulatorState): string {
  return state.preset.settings.target === 'products' ? 'settings.product.action' : 'settings.company.action';
}

/** One cell: the outcome with the record id, and the fields it changes (labels, not values, to stay narrow). */
interface CompareCell {
  outcome: string;
  fields: string;
}

function entityCell(entity: EntityView | undefined, t: Translate): CompareCell {
  if (!entity || entity.outcome === 'none') return { outcome: '—', fields: '' };
  const id = entity.id !== null ? ` · ${t('simulator.column.id')} ${entity.id}` : '';
  const fields = entity.changes.map((change) => fieldLabel(change.field, t));
  return { outcome: `${outcomeLabel(entity.outcome, t)}${id}`, fields: fields.length ? t('simulator.compare.fields', { count: fields.length, fields: fields.join(', ') }) : '' };
}

type CompareLine = { index: number; kind: string | null };

/** `[import row, entity kind]` lines shown. */
function compareLines(outputs: OutputView[]): CompareLine[] {
  const first = outputs.find((output) => output.ok);
  if (!first?.ok) return [];
  return first.rows.flatMap((row, r): CompareLine[] => {
    const kinds = new Set<string>();
    for (const output of outputs) {
      if (!output.ok || output.rows[r]?.status !== 'processed') continue;
      for (const [kind, entity] of rowEntities(output.rows[r])) if (entity.outcome !== 'none') kinds.add(kind);
    }
    return kinds.size ? [...kinds].map((kind) => ({ index: row.index, kind })) : [{ index: row.index, kind: null }];
  });
}

/** Props: the state (small data only — the island offers compare mode for previewable inputs). */
export function ComparePanel({ state, t, idPrefix }: { state: SimulatorState; t: Translate; idPrefix: string }) {
  const path = actionPath(state);
  const outputs = ACTIONS.map((action) => simulateForView(stateToInput(withSetting(state, path, action))) as OutputView);
  const cellOf = (output: OutputView, index: number, kind: string | null): CompareCell => {
    const row = output.ok ? output.rows[index] : undefined;
    if (!row) return { outcome: '—', fields: '' };
    if (kind === null || row.status !== 'processed') return { outcome: rowStatusLabel(row, t), fields: '' };
    return entityCell(row[kind] as EntityView | undefined, t);
  };
  return (
    <section class="signpost-sim__step signpost-sim__compare">
      <h3 id={`${idPrefix}-compare`} class="signpost-sim__step-title">{t('simulator.compare.title')}</h3>
      <p class="signpost-sim__note"><span class="signpost-sim__differs-swatch" aria-hidden="true" /> {t('simulator.compare.differs')}</p>
      <ScrollRegion label={t('simulator.compare.title')}>
        <table class="signpost-sim__grid signpost-sim__compare-table">
          <thead>
            <tr>
              <th scope="col" class="signpost-sim__compare-row">{t('simulator.column.row')}</th>
              <th scope="col" class="signpost-sim__compare-entity">{t('simulator.column.entity')}</th>
              {ACTIONS.map((action) => <th scope="col" key={action} data-compare={action}>{t(`simulator.action.${action}`)}</th>)}
            </tr>
            <tr class="signpost-sim__compare-totals">
              <th scope="row" colSpan={2}>{t('simulator.compare.total')}</th>
              {outputs.map((output, i) => (
                <td key={ACTIONS[i]} data-compare-counts>{output.ok ? t('simulator.compare.counts', { ...totalCounts(output.summary) }) : validationMessages(output.errors, t, state.lang).join(' ')}</td>
              ))}
            </tr>
          </thead>
          <tbody>
            {compareLines(outputs).map(({ index, kind }) => {
              const cells = outputs.map((output) => cellOf(output, index, kind));
              const differs = new Set(cells.map((cell) => `${cell.outcome}|${cell.fields}`)).size > 1;
              return (
                <tr key={`${index}-${kind}`} data-differs={differs ? '' : undefined} class={differs ? 'signpost-sim__differs' : undefined}>
                  <td>{index + 1}</td>
                  <td>{kind ? entityLabel(kind, t) : ''}</td>
                  {cells.map((cell, i) => <td key={ACTIONS[i]}>{cell.outcome}{cell.fields && <span class="signpost-sim__compare-fields">{cell.fields}</span>}</td>)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
