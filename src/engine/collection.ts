/**
 * A collection of records with one hash index on its active match key (spec §6 "Complexity",
 * §7.2). The index follows creates and updates, so later rows match what earlier rows wrote.
 */

/** Keys of a record under the active match key; `[]` when it has none. */
export type KeysOf<R> = (record: R) => readonly string[];

/** Records by id, new ids, the index, and which ids were created or changed in this run. */
export class Collection<R extends { id: number }> {
  /** Input records, ascending by id. */
  private readonly existing: R[];
  private readonly existingById = new Map<number, R>();
  /**
   * Records created in this run: the one with id `firstNewId + i` at `i`. New ids start above
   * every input id and follow each other (spec §6), so an array holds them in id order.
   */
  private readonly createdRecords: R[] = [];
  private readonly firstNewId: number;
  private readonly changedExisting = new Set<number>();
  private readonly index = new Map<string, number | number[]>();
  private readonly keysOf: KeysOf<R> | null;

  /** Indexes `records` (ids unique, checked by validation) under `keysOf` when given. */
  constructor(records: readonly R[], keysOf: KeysOf<R> | null) {
    this.keysOf = keysOf;
    this.existing = [...records].sort((a, b) => a.id - b.id);
    for (const record of this.existing) {
      this.existingById.set(record.id, record);
      this.addKeys(record);
    }
    this.firstNewId = this.existing.length > 0 ? this.existing[this.existing.length - 1].id + 1 : 1;
  }

  /** The record with `id`, if any. */
  get(id: number): R | undefined {
    return id >= this.firstNewId ? this.createdRecords[id - this.firstNewId] : this.existingById.get(id);
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
    const record = build(this.firstNewId + this.createdRecords.length);
    this.createdRecords.push(record);
    this.addKeys(record);
    return record;
  }

  /** Runs `write`, which changes `record`: the record counts as updated and is re-indexed. */
  update(record: R, write: () => void): void {
    const before = this.keysOf ? this.keysOf(record) : [];
    write();
    if (record.id < this.firstNewId) this.changedExisting.add(record.id);
    if (this.keysOf) {
      const after = this.keysOf(record);
      for (const key of before) if (!after.includes(key)) this.removeKey(key, record.id);
      for (const key of after) if (!before.includes(key)) this.addKey(key, record.id);
    }
  }

  /** Ids created in this run, in creation (= ascending) order. */
  createdIds(): number[] {
    return this.createdRecords.map((record) => record.id);
  }

  /** Ids of records that existed before the run and were changed, ascending (spec §12.1). */
  updatedIds(): number[] {
    return [...this.changedExisting].sort((a, b) => a - b);
  }

  /** All records sorted by ascending id. */
  sorted(): R[] {
    return this.existing.concat(this.createdRecords);
  }

  private addKeys(record: R): void {
    if (!this.keysOf) return;
    // addKey adds a repeated key once, so a record with several equal keys needs no set.
    for (const key of this.keysOf(record)) this.addKey(key, record.id);
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
