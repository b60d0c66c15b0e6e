/**
 * A module loaded the first time it is wanted (compare mode, presenter mode, the results), so
 * the island's first script stays smaller (bench/island.ts). The bundler splits each `import()`
 * into its own chunk. Once loaded, a module is there synchronously: the results panel is
 * loaded while a run goes, so "Done" and the results appear in the same frame.
 */
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<string, unknown>();

/** Loads `name` with `load()` (once) and remembers it. Example: `await loadOnce('results', () => import('./ResultsPanel.tsx'))`. */
export function loadOnce<T>(name: string, load: () => Promise<T>): Promise<T> {
  if (loaded.has(name)) return Promise.resolve(loaded.get(name) as T);
  return load().then((module) => {
    loaded.set(name, module);
    return module;
  });
}

/** Module `name` once `wanted` has been true (or it was loaded elsewhere), else null. */
export function useLazy<T>(name: string, load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (wanted && !module) void loadOnce(name, load).then(setModule);
  }, [wanted]);
  return module ?? ((loaded.get(name) as T | undefined) ?? null);
}
