/**
 * The island's runs: Start, Stop, and the rule that results on screen always belong to the
 * settings and data on screen. A change of settings or data during a run aborts it (its
 * result would describe the old settings); a finished result is dropped at the next change.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { Translate } from '../../simulators/messages.ts';
import type { SimulatorState } from '../../simulators/state.ts';
import { SimulationSession, startRun, type RunHandle, type RunOutcome } from '../../simulators/island/runner.ts';
import { createProgressStore, type ProgressStore } from './RunControls.tsx';
import { createStore, type Store } from './store.ts';
import { loadOnce } from './use-lazy.ts';

/** A finished run and the state it ran on (the results panel shows it only for that state). */
export interface ShownOutcome extends RunOutcome {
  state: SimulatorState;
}

/** What the island needs to run: the stores to render, start/stop, and `changed` to call on every change of state. */
export interface RunControl {
  progress: ProgressStore;
  outcome: Store<ShownOutcome | null>;
  session: SimulationSession;
  start(state: SimulatorState): void;
  stop(): void;
  /** Call before showing a new state: aborts a running run (status "stopped, settings changed") and drops the result. */
  changed(): void;
}

/** The run controller of one island (`t` writes a main-thread run's CSV export). */
export function useRun(t: Translate): RunControl {
  const progress = useMemo(createProgressStore, []);
  const outcome = useMemo(() => createStore<ShownOutcome | null>(null), []);
  const session = useMemo(() => new SimulationSession(), []);
  const handle = useRef<RunHandle | null>(null);
  return useMemo<RunControl>(() => ({
    progress,
    outcome,
    session,
    start(state) {
      const total = state.imported.rows.length;
      outcome.set(null);
      // The results panel is its own chunk: fetched while the run goes, and "Done" waits for it.
      const panel = loadOnce('results', () => import('./ResultsPanel.tsx'));
      progress.set({ phase: 'running', done: 0, total });
      const current = startRun(state, t, (done) => progress.set({ phase: 'running', done, total }), session);
      handle.current = current;
      void Promise.all([current.done, panel]).then(([finished]) => {
        if (handle.current !== current) return;
        handle.current = null;
        progress.set({ phase: finished.stoppedAt === null ? 'done' : 'stopped', done: finished.stoppedAt ?? total, total });
        outcome.set({ ...finished, state });
      });
    },
    stop() {
      handle.current?.stop();
    },
    changed() {
      const running = handle.current;
      if (running) {
        handle.current = null;
        running.abort();
        const { done, total } = progress.get();
        progress.set({ phase: 'stopped', done, total, aborted: true });
      } else if (progress.get().phase !== 'idle' && !progress.get().aborted) {
        progress.set({ phase: 'idle', done: 0, total: 0 });
      }
      outcome.set(null);
    },
  }), []);
}
