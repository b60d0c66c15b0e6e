/**
 * Markdown twins of an incremental build: a page whose render the loader reused (same stamp,
 * build-plan.ts) has the same twin as before — the twin reads the same files and resolves the
 * same links — so its Markdown comes from the cache; every other twin is written afresh.
 */
import { readState, writeState } from './build-cache.ts';
import type { BuildPlan } from './build-plan.ts';

const STATE = 'twins';

/** Cached twins for `writeTwins`. */
export interface TwinReuse {
  get(path: string): string | undefined;
  set(path: string, markdown: string): void;
  save(): void;
}

/** The twin cache of the build `plan` describes. */
export function twinReuse(plan: BuildPlan): TwinReuse {
  const previous = readState<Map<string, { stamp: string; markdown: string }>>(plan.folder, STATE, plan.version) ?? new Map();
  const next = new Map<string, { stamp: string; markdown: string }>();
  return {
    get(path) {
      const entry = previous.get(path);
      return entry && entry.stamp === plan.stamps.get(path) ? entry.markdown : undefined;
    },
    set(path, markdown) {
      const stamp = plan.stamps.get(path);
      if (stamp) next.set(path, { stamp, markdown });
    },
    save: () => writeState(plan.folder, STATE, plan.version, next),
  };
}
