/** Presenter mode for trainers: large type, full screen, one import row at a time with the reason for each outcome. */
import { useState } from 'preact/hooks';
import type { TextTable } from '../../simulators/example-tables.ts';
import type { Translate } from '../../simulators/messages.ts';
import { entityLabel, entityReason, outcomeLabel, rowStatusLabel } from '../../simulators/outcome-format.ts';
import { ChangeList } from './OutcomeRows.tsx';
import { rowEntities } from '../../simulators/output-view.ts';
import type { RunResult } from '../../simulators/run-result.ts';

/** Props: the import table, the preview result, `t` and the exit callback. */
export function PresenterView({ imported, preview, t, onExit }: { imported: TextTable; preview: RunResult | null; t: Translate; onExit(): void }) {
  const [step, setStep] = useState(0);
  const total = imported.rows.length;
  const row = preview?.ok ? preview.rows[step] : undefined;
  return (
    <section class="signpost-sim__presenter" aria-live="polite">
      <p class="signpost-sim__presenter-step" data-presenter-step>{t('simulator.presenter.step', { current: step + 1, total })}</p>
      <dl>
        {imported.columns.map((column, c) => imported.rows[step]?.[c] ? [<dt key={`t${c}`}>{column}</dt>, <dd key={`d${c}`}>{imported.rows[step][c]}</dd>] : null)}
      </dl>
      {row && row.status !== 'processed' && <p>{rowStatusLabel(row, t)}</p>}
      {row && rowEntities(row).filter(([, e]) => e.outcome !== 'none').map(([key, entity]) => (
        <div key={key} data-presenter-entity={key} data-outcome={entity.outcome}>
          <p><strong>{entityLabel(key, t)}: {outcomeLabel(entity.outcome, t)}</strong> — {entityReason(entity, t)}</p>
          <ChangeList entity={entity} t={t} />
        </div>
      ))}
      <div class="signpost-sim__pager">
        <button type="button" disabled={step <= 0} onClick={() => setStep(step - 1)}>{t('simulator.mapping.previous')}</button>
        <button type="button" disabled={step >= total - 1} onClick={() => setStep(step + 1)}>{t('simulator.mapping.next')}</button>
        <button type="button" onClick={onExit}>{t('simulator.presenter.exit')}</button>
      </div>
    </section>
  );
}
