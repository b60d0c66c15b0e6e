/**
 * Presenter mode for trainers: full screen, large type, one import row at a time with product
 * field labels and the reason for each outcome. ← / → step through the rows, Escape leaves.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TextTable } from '../../simulators/example-tables.ts';
import type { Translate } from '../../simulators/messages.ts';
import { entityLabel, fieldLabel, outcomeLabel, rowStatusLabel } from '../../simulators/outcome-format.ts';
import { rowEntities } from '../../simulators/output-view.ts';
import type { RunResult } from '../../simulators/run-result.ts';
import { ChangeList, ExplanationList } from './OutcomeRows.tsx';

/** Props: the import table, the preview result, `t` and the exit callback. */
export function PresenterView({ imported, preview, t, idPrefix, onExit }: { imported: TextTable; preview: RunResult | null; t: Translate; idPrefix: string; onExit(): void }) {
  const [step, setStep] = useState(0);
  const section = useRef<HTMLElement>(null);
  const total = imported.rows.length;
  const row = preview?.ok ? preview.rows[step] : undefined;
  const go = (to: number) => setStep(Math.max(0, Math.min(total - 1, to)));
  // Keys work wherever focus is in the island; the section takes focus so they work at once.
  useEffect(() => section.current?.focus(), []);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') go(step + 1);
    else if (event.key === 'ArrowLeft') go(step - 1);
    else if (event.key === 'Escape') onExit();
    else return;
    event.preventDefault();
  };
  const entities = row ? rowEntities(row).filter(([, entity]) => entity.outcome !== 'none') : [];
  return (
    <section ref={section} class="signpost-sim__presenter" tabIndex={-1} aria-labelledby={`${idPrefix}-presenter-step`} onKeyDown={onKey}>
      <p class="signpost-sim__presenter-step" id={`${idPrefix}-presenter-step`} data-presenter-step>{t('simulator.presenter.step', { current: step + 1, total })}</p>
      <p class="signpost-sim__note">{t('simulator.presenter.keys')}</p>
      <dl class="signpost-sim__presenter-record">
        {imported.columns.map((column, c) => (column && imported.rows[step]?.[c]
          ? [<dt key={`t${c}`}>{fieldLabel(column, t)}</dt>, <dd key={`d${c}`}>{imported.rows[step][c]}</dd>] : null))}
      </dl>
      <div class="signpost-sim__presenter-outcome" aria-live="polite">
        {row && row.status !== 'processed' && <p>{rowStatusLabel(row, t)}</p>}
        {row && row.status === 'processed' && entities.length === 0 && <p>{t('simulator.presenter.noResult')}</p>}
        {entities.map(([key, entity]) => (
          <div key={key} class={`signpost-sim__presenter-entity signpost-sim__outcome--${entity.outcome}`} data-presenter-entity={key} data-outcome={entity.outcome}>
            <p><strong>{entityLabel(key, t)}: {outcomeLabel(entity.outcome, t)}</strong></p>
            <ExplanationList row={row!} kind={key} entity={entity} t={t} />
            <ChangeList entity={entity} t={t} />
          </div>
        ))}
      </div>
      <div class="signpost-sim__pager">
        <button type="button" class="signpost-sim__button" aria-disabled={step <= 0 ? 'true' : undefined} onClick={() => go(step - 1)}>{t('simulator.mapping.previous')}</button>
        <button type="button" class="signpost-sim__button" aria-disabled={step >= total - 1 ? 'true' : undefined} onClick={() => go(step + 1)}>{t('simulator.mapping.next')}</button>
        <button type="button" class="signpost-sim__button" onClick={onExit}>{t('simulator.presenter.exit')}</button>
      </div>
    </section>
  );
}
