/**
 * List look-ups and list policies (spec §8.6): a value is found by normText and takes the
 * item's own spelling; unknown values follow `add`, `default` or `blank`. New items are created
 * only when a value is written (spec §14), with the next id of their list.
 */
import { collapse, normText } from './normalise.ts';
import type { ListItem } from './types.ts';

/**
 * A list value ready to write: the item name, whether the item still has to be created, and
 * whether it is the policy's default standing in for an unknown value.
 */
export interface ResolvedListValue { name: string; isNew: boolean; isDefault?: true }

interface ListState { items: ListItem[]; byName: Map<string, ListItem>; nextId: number }

/** All lists of a run, with one map per list for look-ups. */
export class ListBook {
  private readonly lists = new Map<string, ListState>();
  /** Items created in this run (spec §12.1 `listItemsAdded`). */
  added = 0;

  /** Builds the book from canonical lists (items sorted by id). */
  constructor(lists: Record<string, ListItem[]>) {
    for (const [key, items] of Object.entries(lists)) {
      const state = this.stateOf(key);
      for (const item of items) {
        state.items.push(item);
        state.nextId = Math.max(state.nextId, item.id + 1);
        const name = normText(item.name);
        // Names are unique per list; should they not be, the lowest id answers.
        if (!state.byName.has(name)) state.byName.set(name, item);
      }
    }
  }

  /** The item of `listKey` whose name equals `name` after normText. */
  find(listKey: string, name: string): ListItem | undefined {
    return this.lists.get(listKey)?.byName.get(normText(name));
  }

  /**
   * Resolves `raw` under `policy`; `null` when the value is dropped.
   * `('category', 'klant', 'blank')` → `{ name: 'Klant', isNew: false }` when `Klant` exists.
   */
  resolve(listKey: string, raw: string, policy: string, defaultName: unknown): ResolvedListValue | null {
    const found = this.find(listKey, raw);
    if (found) return { name: found.name, isNew: false };
    if (policy === 'add') {
      const name = collapse(raw);
      return name === '' ? null : { name, isNew: true };
    }
    if (policy === 'default' && typeof defaultName === 'string') {
      const fallback = this.find(listKey, defaultName);
      return fallback ? { name: fallback.name, isNew: false, isDefault: true } : null;
    }
    return null;
  }

  /** Makes sure `name` is an item of `listKey` (creating it when missing); returns the stored name. */
  ensure(listKey: string, name: string): string {
    const existing = this.find(listKey, name);
    if (existing) return existing.name;
    const state = this.stateOf(listKey);
    const item = { id: state.nextId++, name };
    state.items.push(item);
    state.byName.set(normText(name), item);
    this.added++;
    return name;
  }

  /** Every list with its items sorted by id (spec §3.1 canonical form). */
  toJSON(): Record<string, ListItem[]> {
    const out: Record<string, ListItem[]> = {};
    for (const [key, state] of this.lists) out[key] = [...state.items].sort((a, b) => a.id - b.id);
    return out;
  }

  private stateOf(key: string): ListState {
    let state = this.lists.get(key);
    if (!state) {
      state = { items: [], byName: new Map(), nextId: 1 };
      this.lists.set(key, state);
    }
    return state;
  }
}
