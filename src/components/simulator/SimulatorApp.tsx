/**
 * The import-settings simulator island, laid out like the product's import screen: source
 * (sample or own file) → field mapping → import settings → preview → Start / progress / Stop →
 * results; plus compare and presenter modes and a share link. It builds engine inputs and
 * renders engine outputs — no rule logic here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { WORKER_THRESHOLD } from '../../simulators/island/runner.ts';
import type { Translate } from '../../simulators/messages.ts';
import { simulateForView } from '../../simulators/person-privacy-view.ts';
import { toRunResult } from '../../simulators/run-result.ts';
import { fieldLabel } from '../../simulators/field-labels.ts';
import { sampleFor } from '../../simulators/samples/registry.ts';
import { loadSample } from '../../simulators/samples/load.ts';
import { mappableFields } from '../../simulators/settings-model.ts';
import { linkContent } from '../../simulators/share-link.ts';
import { stateToInput, withRowIncluded, withSampleTables, withSetting, type SimulatorState } from '../../simulators/state.ts';
import { decodeState, encodeState, readHashParam, writeHashParam } from '../../simulators/url-state.ts';
import { FieldMapping } from './FieldMapping.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { RunControls } from './RunControls.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { ShareBox } from './ShareBox.tsx';
import { SourceStep } from './SourceStep.tsx';
import { useStore } from './store.ts';
import { useLazy } from './use-lazy.ts';
import { useRun, type ShownOutcome } from './use-run.ts';
import type { Store } from './store.ts';

/** Props: the starting state, `t`, the simulator's position on the page and attribute problems. */
export interface SimulatorAppProps {
  initial: SimulatorState;
  t: Translate;
  position: number;
  issues: string[];
}

/** Whether two states run the same import (mode and focus aside). */
const sameImport = (a: SimulatorState, b: SimulatorState) => a.preset === b.preset && a.existing === b.existing && a.imported === b.imported && a.unchecked === b.unchecked;

/** The results of the last run, only while they belong to the state on screen. */
function LatestResults({ outcome, state, t, idPrefix }: { outcome: Store<ShownOutcome | null>; state: SimulatorState; t: Translate; idPrefix: string }) {
  const finished = useStore(outcome);
  const results = useLazy('results', () => import('./ResultsPanel.tsx'), finished !== null);
  if (!finished || !sameImport(finished.state, state) || !results) return null;
  const { ResultsPanel } = results;
  const exportCsv = async () => {
    const blob = new Blob([await finished.csv()], { type: 'text/csv;charset=utf-8' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'import-result.csv' });
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return <ResultsPanel result={finished.result} t={t} idPrefix={idPrefix} loadRows={finished.rows} onExport={() => void exportCsv()} />;
}

/** The island root component. */
export function SimulatorApp({ initial, t, position, issues }: SimulatorAppProps) {
  const [state, setState] = useState(initial);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [includeOwn, setIncludeOwn] = useState(false);
  const [ready, setReady] = useState(false);
  const run = useRun(t);
  const root = useRef<HTMLDivElement>(null);
  const idPrefix = `signpost-sim-${position}`;
  const small = state.imported.rows.length <= WORKER_THRESHOLD;

  /** Every change of settings or data: a running run is aborted and a shown result dropped, so results always match the screen. */
  const update = (next: SimulatorState) => {
    run.changed();
    setState(next);
  };

  useEffect(() => {
    const encoded = readHashParam(location.hash, position);
    // `data-ready` tells tests and tools that a shared link's state has been applied.
    if (!encoded) return setReady(true);
    // A link's sample may be another than the directive's: its module is loaded before its tables are put back.
    void decodeState(encoded).then(async (restored) => {
      if (restored) {
        await loadSample(restored.sample, restored.lang);
        // A link that carries own-file rows was made with that choice ticked; keep it.
        setIncludeOwn(Boolean(restored.ownFile));
        update(withSampleTables(restored));
      }
      setReady(true);
    });
  }, []);

  // A large table goes to the worker as soon as it is there, so Start only has to run it; back
  // to small data, the worker (and its copy) goes, unless a run in it is still going.
  useEffect(() => {
    if (!small) void run.session.sync(state);
    else if (run.progress.get().phase !== 'running') run.session.restart();
  }, [state, small]);
  useEffect(() => () => run.session.restart(), []);

  // The hash always holds what a copied link would (share-link.ts), never an older state.
  useEffect(() => {
    void encodeState(linkContent(state, includeOwn).state).then((encoded) => history.replaceState(history.state, '', writeHashParam(location.hash, position, encoded)));
  }, [state, includeOwn]);

  const preview = useMemo(() => (small ? toRunResult(simulateForView(stateToInput(state))) : null), [state, small]);
  // Large data is checked on its first row: validation (§5) depends on settings and columns, not on row count.
  const validity = useMemo(() => preview ?? toRunResult(simulateForView(stateToInput({ ...state, imported: { ...state.imported, rows: state.imported.rows.slice(0, 1) }, unchecked: [] }))), [state, preview]);
  // The reasons' sentence-maker is loaded only when the input is invalid (issue 12 island budget); Start is off at once.
  const messages = useLazy('validation-messages', () => import('../../simulators/validation-messages.ts'), !validity.ok);
  const blocked = validity.ok || !messages ? [] : messages.validationMessages(validity.errors, t, state.lang);

  // Chrome leaves full screen on Escape itself (the page never sees the key): leave presenter mode with it.
  useEffect(() => {
    const left = () => !document.fullscreenElement && setState((current) => (current.mode === 'presenter' ? { ...current, mode: 'normal' } : current));
    document.addEventListener('fullscreenchange', left);
    return () => document.removeEventListener('fullscreenchange', left);
  }, []);
  const setMode = (mode: SimulatorState['mode']) => {
    if (mode === 'presenter') void root.current?.requestFullscreen?.().catch(() => {});
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    setState({ ...state, mode });
  };
  const focusStart = () => root.current?.querySelector<HTMLButtonElement>(`#${idPrefix}-start`)?.focus();
  // The sample's "file headers" are its columns' labels as the sample has them, so that mapping a column elsewhere keeps its header.
  const sampleHeaders = useMemo(() => sampleFor(state.sample, state.lang).imported.columns.map((column) => (column ? fieldLabel(column, t) : '')), [state.sample]);
  const labels = state.imported.rows.slice(0, 200).map((cells) => cells.filter(Boolean).slice(0, 2).join(' · '));
  const presenting = state.mode === 'presenter' && small;
  const presenter = useLazy('presenter', () => import('./PresenterView.tsx'), presenting);
  const compare = useLazy('compare', () => import('./ComparePanel.tsx'), state.mode === 'compare' && small);

  return (
    <div ref={root} class={`signpost-sim signpost-sim--${state.mode}`} lang={state.lang} data-ready={ready ? '' : undefined}>
      {!presenting && <button type="button" class="signpost-sim__skip" onClick={focusStart}>{t('simulator.skipToStart')}</button>}
      <div class="signpost-sim__head">
        <h2 class="signpost-sim__title">{t('simulator.heading')}</h2>
        <div class="signpost-sim__modes" role="group" aria-label={t('simulator.modes')}>
          <button type="button" class="signpost-sim__button" aria-pressed={state.mode === 'compare'} disabled={!small} onClick={() => setMode(state.mode === 'compare' ? 'normal' : 'compare')}>{t('simulator.compare.toggle')}</button>
          <button type="button" class="signpost-sim__button" aria-pressed={presenting} disabled={!small} onClick={() => setMode(presenting ? 'normal' : 'presenter')}>{t('simulator.presenter.toggle')}</button>
        </div>
        <ShareBox state={state} position={position} includeOwn={includeOwn} t={t} idPrefix={idPrefix} onIncludeOwn={setIncludeOwn} />
      </div>
      {issues.length > 0 && <ul class="signpost-sim__issues" role="note">{issues.map((issue, i) => <li key={i}>{issue}</li>)}</ul>}
      {presenting ? (
        presenter && <presenter.PresenterView imported={state.imported} preview={preview} t={t} idPrefix={idPrefix} onExit={() => setMode('normal')} />
      ) : (
        <>
          <SourceStep state={state} t={t} idPrefix={idPrefix} onState={(next) => { if (!next.ownFile) setHeaders(null); update(next); }}
            onOwnData={(data, fileName) => { setHeaders(data.headers); setIncludeOwn(false); update({ ...state, imported: data.table, unchecked: [], ownFile: fileName }); }} />
          <FieldMapping table={state.imported} headers={headers ?? (state.ownFile ? [] : sampleHeaders)} fields={mappableFields(state)} t={t} idPrefix={idPrefix}
            onMap={(column, field) => update({ ...state, imported: { ...state.imported, columns: state.imported.columns.map((c, i) => (i === column ? field : c)) } })} />
          <section class="signpost-sim__step">
            <h3 id={`${idPrefix}-settings`} class="signpost-sim__step-title">{t('simulator.title')}</h3>
            <SettingsPanel state={state} t={t} idPrefix={idPrefix} onChange={(path, value) => update(withSetting(state, path, value))} />
          </section>
          {state.mode === 'compare' && small && compare && <compare.ComparePanel state={state} t={t} idPrefix={idPrefix} />}
          <PreviewTable preview={preview} labels={labels} unchecked={state.unchecked} limit={WORKER_THRESHOLD} t={t} idPrefix={idPrefix} onInclude={(index, included) => update(withRowIncluded(state, index, included))} />
          <RunControls store={run.progress} t={t} idPrefix={idPrefix} blocked={blocked} blockedCodes={validity.ok ? [] : validity.errors.map((error) => error.code)} onStart={() => run.start(state)} onStop={run.stop} />
          <LatestResults outcome={run.outcome} state={state} t={t} idPrefix={idPrefix} />
        </>
      )}
    </div>
  );
}
