/**
 * Step 1, the source: the sample data or the user's own file (drop or choose), and the two
 * editable tables — what is in the CRM now and what is in the import file.
 */
import type { Translate } from '../../simulators/messages.ts';
import type { OwnData } from '../../simulators/own-data.ts';
import { mappableFields, ownDataKind } from '../../simulators/settings-model.ts';
import { withCell, withSampleReset, type SimulatorState } from '../../simulators/state.ts';
import { DataTable } from './DataTable.tsx';
import { OwnDataDrop } from './OwnDataDrop.tsx';

/** Props: the state, `t`, the id prefix, the state change callback and the own-data callback. */
export interface SourceStepProps {
  state: SimulatorState;
  t: Translate;
  idPrefix: string;
  onState(next: SimulatorState): void;
  onOwnData(data: OwnData, fileName: string): void;
}

/** The source step. */
export function SourceStep({ state, t, idPrefix, onState, onOwnData }: SourceStepProps) {
  const source = state.ownFile ? t('simulator.source.own', { name: state.ownFile }) : t('simulator.source.sample');
  return (
    <section class="signpost-sim__step signpost-sim__source">
      <h3 id={`${idPrefix}-source`} class="signpost-sim__step-title">{t('simulator.step.source')}</h3>
      <OwnDataDrop t={t} lang={state.lang} idPrefix={idPrefix} kind={ownDataKind(state)} fields={mappableFields(state)} onData={onOwnData} />
      <div class="signpost-sim__source-line">
        <p data-source>{t('simulator.source.current', { source })}</p>
        <button type="button" class="signpost-sim__button" onClick={() => onState(withSampleReset(state))}>{t('simulator.table.reset')}</button>
      </div>
      <DataTable name="existing" table={state.existing} caption={t('simulator.table.existing')} t={t} onCell={(r, c, v) => onState(withCell(state, 'existing', r, c, v))} />
      <DataTable name="imported" table={state.imported} caption={t('simulator.table.import')} t={t} onCell={(r, c, v) => onState(withCell(state, 'imported', r, c, v))} />
    </section>
  );
}
