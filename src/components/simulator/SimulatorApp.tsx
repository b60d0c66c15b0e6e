/**
 * The import-settings simulator island: settings, the two editable tables, own data, field
 * mapping, preview with check boxes, Start/Stop with progress, results, compare and presenter
 * modes, and the whole state in the URL hash. It builds engine inputs and renders engine
 * outputs — no rule logic here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SimulationSession, startRun, WORKER_THRESHOLD, type RunHandle, type RunOutcome } from '../../simulators/island/runner.ts';
import type { Translate } from '../../simulators/messages.ts';
import { simulateForView } from '../../simulators/person-privacy-view.ts';
import { toRunResult } from '../../simulators/run-result.ts';
import { mappableFields, ownDataKind } from '../../simulators/settings-model.ts';
import { stateToInput, withCell, withRowIncluded, withSampleReset, withSetting, type SimulatorState } from '../../simulators/state.ts';
import { decodeState, encodeState, readHashParam, writeHashParam } from '../../simulators/url-state.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { DataTable } from './DataTable.tsx';
import { FieldMapping } from './FieldMapping.tsx';
import { OwnDataDrop } from './OwnDataDrop.tsx';
import { PresenterView } from './PresenterView.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { createProgressStore, RunControls } from './RunControls.tsx';
import { createStore, useStore, type Store } from './store.ts';

/** Props: the starting state, `t`, the simulator's position on the page and attribute problems. */
export interface SimulatorAppProps {
  initial: SimulatorState;
  t: Translate;
  position: number;
  issues: string[];
}

/** States with more import rows than this are not written to the URL (the link would be huge). */
const URL_ROW_LIMIT = 300;

/** The results of the last run, if any (subscribed to the outcome store). */
function LatestResults({ outcome, t, idPrefix, onExport }: { outcome: Store<RunOutcome | null>; t: Translate; idPrefix: string; onExport(): void }) {
  const finished = useStore(outcome);
  return finished && <ResultsPanel result={finished.result} t={t} idPrefix={idPrefix} loadRows={finished.rows} onExport={onExport} />;
}

/** The island root component. */
export function SimulatorApp({ initial, t, position, issues }: SimulatorAppProps) {
  const [state, setState] = useState(initial);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const progress = useMemo(createProgressStore, []);
  const session = useMemo(() => new SimulationSession(), []);
  // The finished run, in a store: showing it re-renders the results only, not the tables above.
  const outcome = useMemo(() => createStore<RunOutcome | null>(null), []);
  const [ready, setReady] = useState(false);
  const handle = useRef<RunHandle | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const idPrefix = `signpost-sim-${position}`;
  const small = state.imported.rows.length <= WORKER_THRESHOLD;

  /**
   * Every change of state goes through here: the shown result belongs to the old state, so it
   * goes at once. (Cleared in an effect instead, it would be cleared after a quick Start that
   * the reader made in between, and the run's result lost.) A run still going keeps its progress.
   */
  const update = (next: SimulatorState) => {
    outcome.set(null);
    if (progress.get().phase !== 'running') progress.set({ phase: 'idle', done: 0, total: 0 });
    setState(next);
  };

  useEffect(() => {
    const encoded = readHashParam(location.hash, position);
    // `data-ready` tells tests and tools that a shared link's state has been applied.
    if (!encoded) return setReady(true);
    void decodeState(encoded).then((restored) => {
      if (restored) update(restored);
      setReady(true);
    });
  }, []);

  // A large table goes to the worker as soon as it is there, so Start only has to run it; back
  // to small data, the worker (and its copy) goes, unless a run in it is still going.
  useEffect(() => {
    if (!small) void session.sync(state);
    else if (progress.get().phase !== 'running') session.restart();
  }, [state, small]);
  useEffect(() => () => session.restart(), []);

  useEffect(() => {
    if (state.imported.rows.length > URL_ROW_LIMIT) return;
    void encodeState(state).then((encoded) => history.replaceState(history.state, '', writeHashParam(location.hash, position, encoded)));
  }, [state]);

  const preview = useMemo(() => (small ? toRunResult(simulateForView(stateToInput(state))) : null), [state, small]);

  const start = () => {
    const total = state.imported.rows.length;
    outcome.set(null);
    progress.set({ phase: 'running', done: 0, total });
    const current = startRun(state, t, (done) => progress.set({ phase: 'running', done, total }), session);
    handle.current = current;
    void current.done.then((finished) => {
      if (handle.current !== current) return;
      progress.set({ phase: finished.stoppedAt === null ? 'done' : 'stopped', done: finished.stoppedAt ?? total, total });
      outcome.set(finished);
    });
  };
  const exportCsv = async () => {
    const finished = outcome.get();
    if (!finished) return;
    const blob = new Blob([await finished.csv()], { type: 'text/csv;charset=utf-8' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'import-result.csv' });
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const setMode = (mode: SimulatorState['mode']) => {
    if (mode === 'presenter') void root.current?.requestFullscreen?.().catch(() => {});
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    update({ ...state, mode });
  };
  const labels = state.imported.rows.slice(0, 200).map((cells) => cells.filter(Boolean).slice(0, 2).join(' · '));

  return (
    <div ref={root} class={`signpost-sim signpost-sim--${state.mode}`} lang={state.lang} data-ready={ready ? '' : undefined}>
      <h2 class="signpost-sim__title">{t('simulator.title')}</h2>
      {issues.length > 0 && <ul class="signpost-sim__issues" role="note">{issues.map((issue, i) => <li key={i}>{issue}</li>)}</ul>}
      <div class="signpost-sim__modes">
        <button type="button" aria-pressed={state.mode === 'compare'} disabled={!small} onClick={() => setMode(state.mode === 'compare' ? 'normal' : 'compare')}>{t('simulator.compare.toggle')}</button>
        <button type="button" aria-pressed={state.mode === 'presenter'} disabled={!small} onClick={() => setMode(state.mode === 'presenter' ? 'normal' : 'presenter')}>{t('simulator.presenter.toggle')}</button>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(location.href).catch(() => {})}>{t('simulator.share.copy')}</button>
      </div>
      {state.mode === 'presenter' && small ? (
        <PresenterView imported={state.imported} preview={preview} t={t} onExit={() => setMode('normal')} />
      ) : (
        <>
          <SettingsPanel state={state} t={t} idPrefix={idPrefix} onChange={(path, value) => update(withSetting(state, path, value))} />
          <DataTable name="existing" table={state.existing} caption={t('simulator.table.existing')} t={t} onCell={(r, c, v) => update(withCell(state, 'existing', r, c, v))} />
          <DataTable name="imported" table={state.imported} caption={t('simulator.table.import')} t={t} onCell={(r, c, v) => update(withCell(state, 'imported', r, c, v))} />
          <button type="button" onClick={() => { setHeaders(null); update(withSampleReset(state)); }}>{t('simulator.table.reset')}</button>
          <OwnDataDrop t={t} lang={state.lang} idPrefix={idPrefix} kind={ownDataKind(state)} fields={mappableFields(state)} onData={(data) => { setHeaders(data.headers); update({ ...state, imported: data.table, unchecked: [] }); }} />
          <FieldMapping table={state.imported} headers={headers ?? state.imported.columns} fields={mappableFields(state)} t={t} idPrefix={idPrefix}
            onMap={(column, field) => update({ ...state, imported: { ...state.imported, columns: state.imported.columns.map((c, i) => (i === column ? field : c)) } })} />
          <PreviewTable preview={preview} labels={labels} unchecked={state.unchecked} t={t} idPrefix={idPrefix} onInclude={(index, included) => update(withRowIncluded(state, index, included))} />
          <RunControls store={progress} t={t} idPrefix={idPrefix} onStart={start} onStop={() => handle.current?.stop()} />
          <LatestResults outcome={outcome} t={t} idPrefix={idPrefix} onExport={() => void exportCsv()} />
          {state.mode === 'compare' && small && <ComparePanel state={state} t={t} idPrefix={idPrefix} />}
        </>
      )}
    </div>
  );
}
