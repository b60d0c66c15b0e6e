/** Compare mode: the same data through every duplicate action, side by side (each column is a separate engine run). */
import { ACTIONS } from '../../simulators/directive-attributes.ts';
import type { Translate } from '../../simulators/messages.ts';
import { totalCounts } from '../../simulators/output-view.ts';
import { simulateForView } from '../../simulators/person-privacy-view.ts';
import { stateToInput, withSetting, type SimulatorState } from '../../simulators/state.ts';
import { OutcomeRows } from './OutcomeRows.tsx';

/** The setting that holds the duplicate action for the state's target. */
function actionPath(state: SimulatorState): string {
  return state.preset.settings.target === 'products' ? 'settings.product.action' : 'settings.company.action';
}

/** Props: the state (small data only — the island hides compare mode for worker-sized inputs). */
export function ComparePanel({ state, t, idPrefix }: { state: SimulatorState; t: Translate; idPrefix: string }) {
  const path = actionPath(state);
  return (
    <section class="signpost-sim__compare" aria-labelledby={`${idPrefix}-compare`}>
      <h3 id={`${idPrefix}-compare`}>{t('simulator.compare.title')}</h3>
      <div class="signpost-sim__compare-grid">
        {ACTIONS.map((action) => {
          const output = simulateForView(stateToInput(withSetting(state, path, action)));
          const counts = output.ok ? totalCounts(output.summary) : null;
          return (
            <article key={action} data-compare={action}>
              <h4>{t(`simulator.action.${action}`)}</h4>
              {!output.ok ? <p>{output.errors.map((e) => e.code).join(', ')}</p> : (
                <>
                  <p data-compare-counts>{`${t('simulator.outcome.created')} ${counts!.created} · ${t('simulator.outcome.updated')} ${counts!.updated} · ${t('simulator.outcome.unchanged')} ${counts!.unchanged} · ${t('simulator.outcome.skipped')} ${counts!.skipped} · ${t('simulator.outcome.error')} ${counts!.errors}`}</p>
                  <OutcomeRows rows={output.rows} t={t} />
                </>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
