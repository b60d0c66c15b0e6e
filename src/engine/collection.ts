/**
 * A collection of records with one hash index on its active match key (spec §6 "Complexity",
 * §7.2). The index follows creates and updates, so later rows match what earlier rows wrote.
 *
 * Existing records stay as the caller gave them: a canonical copy (`canonical(raw)`) is made
 * when a record is read and kept only once the run writes to it. A run against a million
 * existing records that changes a few thousand so holds a few thousand copies, not a million.
 */

import { hashOf, KeyIndex } from './key-index.ts';

/** Keys of a record under the active match key; `[]` when it has none. */
export type KeysOf<R> = (record: R) => readonly string[];

/** An input record as given in `existing` (shape-checked: a plain object with a unique positive integer id). */
export type RawRecord = Record<string, unknown>;

/** Records by id, new ids, the index, and which ids were created or changed in this run. */
export class Collection<R extends { id: number }> {
  /** Input records as given: never modified, read through `canonical`. */
  private readonly raws: readonly RawRecord[];
  private readonly canonical: (raw: RawRecord) => R;
  /** Ids of the input records, ascending; `positions[i]` is where the record with `ids[i]` sits in `raws`. */
  private readonly ids: Float64Array;
  /** `null` when `raws` already ascend by id (the usual case): position = rank. */
  private readonly positions: Uint32Array | null;
  /** Canonical copies of the input records written in this run, by id. */
  private readonly changed = new Map<number, R>();
  /**
   * Records created in this run: the one with id `firstNewId + i` at `i`. New ids start above
   * every input id and follow each other (spec §6), so an array holds them in id order.
   */
  private readonly createdRecords: R[] = [];
  private readonly firstNewId: number;
  /** Ids by match key (by the key's hash: see key-index.ts); `null` without a key. */
  private readonly index: KeyIndex | null;
  private readonly keysOf: KeysOf<R> | null;

  /** Indexes `raws` (ids unique, checked by validation), read through `canonical`, under `keysOf` when given. */
  constructor(raws: readonly RawRecord[], canonical: (raw: RawRecord) => R, keysOf: KeysOf<R> | null) {
    this.raws = raws;
    this.canonical = canonical;
    this.keysOf = keysOf;
    const count = raws.length;
    this.index = keysOf ? new KeyIndex((id) => keysOf(this.get(id) as R), count) : null;
    let ascending = true;
    for (let i = 1; i < count && ascending; i++) ascending = (raws[i - 1].id as number) < (raws[i].id as number);
    this.positions = ascending ? null : Uint32Array.from(raws.keys()).sort((a, b) => (raws[a].id as number) - (raws[b].id as number));
    this.ids = new Float64Array(count);
    for (let rank = 0; rank < count; rank++) this.ids[rank] = raws[this.positionOf(rank)].id as number;
    if (keysOf) {
      // The canonical copy lives only while its keys are read: young garbage, never kept.
      for (let rank = 0; rank < count; rank++) this.addKeys(canonical(raws[this.positionOf(rank)]));
    }
    this.firstNewId = count > 0 ? this.ids[count - 1] + 1 : 1;
  }

  /** Whether a record with `id` exists (without reading it). */
  has(id: number): boolean {
    return id >= this.firstNewId ? id - this.firstNewId < this.createdRecords.length : this.rankOf(id) >= 0;
  }

  /**
   * The record with `id`, if any. An input record nobody wrote to comes as a fresh canonical
   * copy on each call: write to it only through `update`, which keeps it.
   */
  get(id: number): R | undefined {
    if (id >= this.firstNewId) return this.createdRecords[id - this.firstNewId];
    const changed = this.changed.get(id);
    if (changed) return changed;
    const rank = this.rankOf(id);
    return rank < 0 ? undefined : this.canonical(this.raws[this.positionOf(rank)]);
  }

  /** Ids of the records under `key`, ascending (empty for an absent key). */
  lookup(key: string): readonly number[] {
    return this.index ? this.index.lookup(key) : [];
  }

  /** Adds a record built by `build(newId)`: id = max id so far + 1 (spec §6). */
  insert(build: (id: number) => R): R {
    const record = build(this.firstNewId + this.createdRecords.length);
    this.createdRecords.push(record);
    this.addKeys(record);
    return record;
  }

  /** Runs `write`, which changes `record` (from `get`): the record counts as updated, is kept and re-indexed. */
  update(record: R, write: () => void): void {
    const before = this.hashesOf(record);
    write();
    if (record.id < this.firstNewId) this.changed.set(record.id, record);
    if (this.index) {
      // By hash, not key: two keys of one record may share a hash, which then stays.
      const after = this.hashesOf(record);
      for (const hash of before) if (!after.includes(hash)) this.index.remove(hash, record.id);
      for (const hash of after) if (!before.includes(hash)) this.index.add(hash, record.id);
    }
  }

  /** Ids created in this run, in creation (= ascending) order. */
  createdIds(): number[] {
    return this.createdRecords.map((record) => record.id);
  }

  /** Ids of records that existed before the run and were changed, ascending (spec §12.1). */
  updatedIds(): number[] {
    return [...this.changed.keys()].sort((a, b) => a - b);
  }

  /** All records by ascending id, each made when it is reached (nothing is collected). */
  *records(): Generator<R, void, undefined> {
    for (let rank = 0; rank < this.ids.length; rank++) {
      yield this.changed.get(this.ids[rank]) ?? this.canonical(this.raws[this.positionOf(rank)]);
    }
    yield* this.createdRecords;
  }

  /** All records sorted by ascending id, as one array. */
  sorted(): R[] {
    return [...this.records()];
  }

  private positionOf(rank: number): number {
    return this.positions === null ? rank : this.positions[rank];
  }

  /** Rank of input id `id` in `ids`, or -1. Ids usually run 1, 2, 3 …: the first guess then hits. */
  private rankOf(id: number): number {
    const ids = this.ids;
    const guess = id - (ids.length > 0 ? ids[0] : 0);
    if (guess >= 0 && guess < ids.length && ids[guess] === id) return guess;
    let low = 0;
    let high = ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (ids[middle] < id) low = middle + 1;
      else if (ids[middle] > id) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  /** Hashes of the non-empty keys of `record` (none without an index). */
  private hashesOf(record: R): number[] {
    const hashes: number[] = [];
    if (this.keysOf) for (const key of this.keysOf(record)) if (key !== '') hashes.push(hashOf(key));
    return hashes;
  }

  private addKeys(record: R): void {
    // add() records an id once per hash, so a record with several equal keys needs no set.
    if (this.index) for (const hash of this.hashesOf(record)) this.index.add(hash, record.id);
  }
}
