/**
 * A collection of records with one hash index on its active match key (spec §6 "Complexity",
 * §7.2). The index follows creates and updates, so later rows match what earlier rows wrote.
 */

/** Keys of a record under the active match key; `[]` when it has none. */
export type KeysOf<R> = (record: R) => readonly string[];

/** Records by id, new ids, the index, and which ids were created or changed in this run. */
export class Collection<R extends { id: number }> {
  /** Records by id, in insertion order (ascending ids for input records). */
  readonly records = new Map<number, R>();
  /** Ids created in this run, in creation order. */
  readonly created: number[] = [];
  /** New ids start above every input id, so "created in this run" is `id >= firstNewId` (no set of 100k ids). */
  private readonly firstNewId: number;
  private readonly changedExisting = new Set<number>();
  private readonly index = new Map<string, number | number[]>();
  private readonly keysOf: KeysOf<R> | null;
  private nextId = 1;

  /** Indexes `records` (ids unique, checked by validation) under `keysOf` when given. */
  constructor(records: readonly R[], keysOf: KeysOf<R> | null) {
    this.keysOf = keysOf;
    const sorted = [...records].sort((a, b) => a.id - b.id);
    for (const record of sorted) {
      this.records.set(record.id, record);
      this.nextId = Math.max(this.nextId, record.id + 1);
      this.addKeys(record);
    }
    this.firstNewId = this.nextId;
  }

  /** The record with `id`, if any. */
  get(id: number): R | undefined {
    return this.records.get(id);
  }

  /** Ids of the records under `key`, ascending (empty for an absent key). */
  lookup(key: string): readonly number[] {
    if (key === '') return [];
    const ids = this.index.get(key);
    if (ids === undefined) return [];
    return typeof ids === 'number' ? [ids] : ids;
  }

  /** Adds a record built by `build(newId)`: id = max id so far + 1 (spec §6). */
  insert(build: (id: number) => R): R {
    const record = build(this.nextId++);
    this.records.set(record.id, record);
    this.created.push(record.id);
    this.addKeys(record);
    return record;
  }

  /** Runs `change` on `record`; when it returns true the record counts as updated and is re-indexed. */
  update(record: R, change: () => boolean): boolean {
    const before = this.keysOf ? this.keysOf(record) : [];
    if (!change()) return false;
    if (record.id < this.firstNewId) this.changedExisting.add(record.id);
    if (this.keysOf) {
      const after = this.keysOf(record);
      for (const key of before) if (!after.includes(key)) this.removeKey(key, record.id);
      for (const key of after) if (!before.includes(key)) this.addKey(key, record.id);
    }
    return true;
  }

  /** Ids of records that existed before the run and were changed, ascending (spec §12.1). */
  updatedIds(): number[] {
    return [...this.changedExisting].sort((a, b) => a - b);
  }

  /** All records sorted by ascending id. */
  sorted(): R[] {
    return [...this.records.values()].sort((a, b) => a.id - b.id);
  }

  private addKeys(record: R): void {
    if (!this.keysOf) return;
    const keys = this.keysOf(record);
    // Most records have one key; a set (to add a repeated key once) only when there are more.
    for (const key of keys.length < 2 ? keys : new Set(keys)) this.addKey(key, record.id);
  }

  private addKey(key: string, id: number): void {
    if (key === '') return;
    const ids = this.index.get(key);
    if (ids === undefined) this.index.set(key, id);
    else if (typeof ids === 'number') {
      if (ids !== id) this.index.set(key, ids < id ? [ids, id] : [id, ids]);
    } else if (!ids.includes(id)) {
      // Usually the new id is the largest; otherwise insert in order to keep "lowest id wins" cheap.
      let at = ids.length;
      while (at > 0 && ids[at - 1] > id) at--;
      ids.splice(at, 0, id);
    }
  }

  private removeKey(key: string, id: number): void {
    const ids = this.index.get(key);
    if (ids === undefined) return;
    if (typeof ids === 'number') {
      if (ids === id) this.index.delete(key);
      return;
    }
    const rest = ids.filter((other) => other !== id);
    this.index.set(key, rest.length === 1 ? rest[0] : rest);
  }
}
