/**
 * A module loaded the first time it is wanted (compare mode, presenter mode, the results), so
 * the island's first script stays within its size budget (bench/island.ts: ≤ 40 KB gzip). The
 * bundler splits each `import()` into its own chunk.
 */
import { useEffect, useState } from 'preact/hooks';

/** `load()`'s module once `wanted` has been true, else null. Example: `const compare = useLazy(() => import('./ComparePanel.tsx'), mode === 'compare')`. */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (wanted && !module) void load().then(setModule);
  }, [wanted]);
  return module;
}
