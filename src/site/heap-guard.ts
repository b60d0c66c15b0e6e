/**
 * Keeps a build's heap near what it really holds. V8 lets the heap grow to several times its live
 * size before a full collection, and never gives the memory back: on a 44,000-page tree the loader
 * held 850 MB but the heap grew past 1.7 GB, which set the build's peak (issue 15). The guard
 * collects whenever the heap passes `factor` × what the last collection left, so it grows with
 * what the build keeps, not with its garbage. Small sites never reach `floorMb` and pay nothing.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A guard for one phase of a build: call `check()` after each unit of work (a page). */
export interface HeapGuard {
  check(): void;
  /** Collects now (after the build dropped something large). */
  collect(): void;
}

/**
 * Example: `const heap = heapGuard(); for (const page of pages) { render(page); heap.check(); }`.
 * `check()` reads one statistic (microseconds); a collection of a 1 GB heap takes ~0.5 s.
 */
export function heapGuard({ factor = 1.4, floorMb = 768 }: { factor?: number; floorMb?: number } = {}): HeapGuard {
  const fullCollection = exposedGc();
  const floor = floorMb * 1024 * 1024;
  let limit = floor;
  const collect = () => {
    fullCollection?.();
    limit = Math.max(floor, getHeapStatistics().used_heap_size * factor);
  };
  return {
    check() {
      if (getHeapStatistics().used_heap_size > limit) collect();
    },
    collect,
  };
}

/** V8's `gc()`: exposed at run time, as the build cannot choose the flags Node starts with. */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined; // no guard rather than no build
  }
}
