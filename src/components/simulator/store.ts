/**
 * A value that a few components subscribe to, so that a change (a progress report, a finished
 * run) re-renders only them and not the whole island with its tables.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

/** A subscribable holder of one value. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
}

/** Creates a store holding `initial`. Example: `const status = createStore({ phase: 'idle' })`. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      listeners.forEach((listener) => listener(next));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's current value in a component, re-rendering it on every change. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useLayoutEffect(() => {
    // A change between this render and the subscription (a quick run finishing) is not lost.
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
