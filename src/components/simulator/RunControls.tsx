/**
 * Start, the progress bar and Stop to its right (as in the product's import screen), and a live
 * region that says "N of M". Progress arrives through a store so that a report re-renders only
 * this component, not the whole island.
 *
 * The buttons are never `disabled`: a disabled button drops keyboard focus to `<body>` when a
 * run starts or ends. They are `aria-disabled` instead and ignore presses, so focus stays on
 * Start or Stop. While the data cannot be imported, Start says why (`blocked`).
 */
import type { Translate } from '../../simulators/messages.ts';
import { createStore, useStore, type Store } from './store.ts';

/** Where a run is: not started, running (rows done of total), finished or stopped (`aborted`: by a change of settings or data). */
export interface RunStatus {
  phase: 'idle' | 'running' | 'done' | 'stopped';
  done: number;
  total: number;
  aborted?: boolean;
}

/** The store of the current run status. */
export type ProgressStore = Store<RunStatus>;

/** Creates a progress store starting idle. Example: `store.set({ phase: 'running', done: 5, total: 10 })`. */
export function createProgressStore(): ProgressStore {
  return createStore<RunStatus>({ phase: 'idle', done: 0, total: 0 });
}

/** The status sentence of `run` (plural by its row count). */
function statusText(run: RunStatus, t: Translate): string {
  if (run.phase === 'running') return t('simulator.run.progress', { done: run.done, count: run.total });
  if (run.phase === 'stopped') return run.aborted ? t('simulator.run.aborted') : t('simulator.run.stopped', { done: run.done, count: run.total });
  if (run.phase === 'done') return t('simulator.run.done', { count: run.total });
  return '';
}

/** Props: the progress store, `t`, why Start cannot run (empty = it can), and the Start/Stop callbacks. */
export interface RunControlsProps {
  store: ProgressStore;
  t: Translate;
  idPrefix: string;
  blocked: string[];
  /** The engine's codes behind `blocked`, as a test hook (`data-error-codes`), never shown. */
  blockedCodes: string[];
  onStart(): void;
  onStop(): void;
}

/** The run row: Start, progress, Stop, then the status or the reasons Start is unavailable. */
export function RunControls({ store, t, idPrefix, blocked, blockedCodes, onStart, onStop }: RunControlsProps) {
  const run = useStore(store);
  const running = run.phase === 'running';
  // Start is off as soon as the engine has codes; the reasons (`blocked`) and `data-blocked`
  // follow when their sentences are there (SimulatorApp loads validation-messages.ts on demand).
  const startOff = running || blockedCodes.length > 0 || blocked.length > 0;
  const isBlocked = blocked.length > 0;
  const reasonId = `${idPrefix}-blocked`;
  return (
    <section class="signpost-sim__step signpost-sim__run">
      <h3 id={`${idPrefix}-run`} class="signpost-sim__step-title">{t('simulator.step.run')}</h3>
      <div class="signpost-sim__run-row">
        <button type="button" id={`${idPrefix}-start`} class="signpost-sim__button signpost-sim__button--primary" aria-disabled={startOff ? 'true' : undefined}
          aria-describedby={isBlocked ? reasonId : undefined} onClick={() => !startOff && onStart()}>{t('simulator.run.start')}</button>
        <progress id={`${idPrefix}-progress`} aria-label={t('simulator.run.title')} max={Math.max(1, run.total)} value={run.phase === 'idle' ? 0 : run.done} />
        <button type="button" class="signpost-sim__button" aria-disabled={running ? undefined : 'true'} onClick={() => running && onStop()}>{t('simulator.run.stop')}</button>
      </div>
      <p role="status" aria-live="polite" class="signpost-sim__run-status" data-run-status={run.phase}>{statusText(run, t)}</p>
      <div id={reasonId} class="signpost-sim__blocked" data-blocked={isBlocked ? '' : undefined} data-error-codes={blockedCodes.join(' ') || undefined}>
        {isBlocked && (
          <>
            <p>{t('simulator.run.invalid')}</p>
            <ul>{blocked.map((reason, i) => <li key={i}>{reason}</li>)}</ul>
          </>
        )}
      </div>
    </section>
  );
}
