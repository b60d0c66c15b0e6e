/**
 * Start / Stop with a progress bar and a live region that says "N of M". Progress arrives
 * through a store so that a report re-renders only this component, not the whole island.
 */
import type { Translate } from '../../simulators/messages.ts';
import { createStore, useStore, type Store } from './store.ts';

/** Where a run is: not started, running (rows done of total), finished or stopped. */
export interface RunStatus {
  phase: 'idle' | 'running' | 'done' | 'stopped';
  done: number;
  total: number;
}

/** The store of the current run status. */
export type ProgressStore = Store<RunStatus>;

/** Creates a progress store starting idle. Example: `store.set({ phase: 'running', done: 5, total: 10 })`. */
export function createProgressStore(): ProgressStore {
  return createStore<RunStatus>({ phase: 'idle', done: 0, total: 0 });
}

/** Props: the progress store, `t`, and the Start/Stop callbacks. */
export function RunControls({ store, t, idPrefix, onStart, onStop }: { store: ProgressStore; t: Translate; idPrefix: string; onStart(): void; onStop(): void }) {
  const run = useStore(store);
  const running = run.phase === 'running';
  const text = run.phase === 'running' ? t('simulator.run.progress', { done: run.done, total: run.total })
    : run.phase === 'stopped' ? t('simulator.run.stopped', { done: run.done, total: run.total })
    : run.phase === 'done' ? t('simulator.run.done', { total: run.total }) : '';
  return (
    <div class="signpost-sim__run">
      <button type="button" onClick={onStart} disabled={running}>{t('simulator.run.start')}</button>
      <button type="button" onClick={onStop} disabled={!running}>{t('simulator.run.stop')}</button>
      <progress id={`${idPrefix}-progress`} aria-label={t('simulator.run.title')} max={Math.max(1, run.total)} value={run.phase === 'idle' ? 0 : run.done} />
      <p role="status" aria-live="polite" data-run-status={run.phase}>{text}</p>
    </div>
  );
}
