/**
 * The match index of a collection in typed arrays: ids by a 32-bit hash of their match key, not
 * by the key string. A `Map<string, id>` holds a normalised copy of every key (`'bedrijf 123'`
 * for the stored `'Bedrijf 123'`) plus an entry of some 40 bytes; this holds 12 bytes a slot.
 * Two keys can share a hash, so `lookup` keeps only the candidates whose own keys include the
 * key asked for (`keysOfId`): the answer is exactly that of a map by key.
 */

/** Slot value: no id (a free slot, or one whose ids were all removed). */
const NONE = 0;

/** FNV-1a over the UTF-16 code units of `key`, never 0 (0 marks a free slot). */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash === 0 ? 1 : hash | 0;
}

/** Ids by key hash; see the module comment. */
export class KeyIndex {
  /** Hash of each slot (0 = never used); open addressing, linear probing. */
  private hashes: Int32Array;
  /** Per slot: the one id, `-(1 + i)` for the ascending ids in `several[i]`, or NONE. */
  private entries: Float64Array;
  private readonly several: number[][] = [];
  /** Slots with a hash (including those whose ids were all removed). */
  private used = 0;
  private readonly keysOfId: (id: number) => readonly string[];

  /**
   * `keysOfId(id)`: the current keys of record `id`, to tell apart keys that share a hash.
   * `expected`: about how many keys will be added (sizes the table once instead of growing it).
   */
  constructor(keysOfId: (id: number) => readonly string[], expected = 0) {
    this.keysOfId = keysOfId;
    let size = 1024;
    while (size * 3 < expected * 4) size *= 2;
    this.hashes = new Int32Array(size);
    this.entries = new Float64Array(size);
  }

  /** Ids of the records whose keys include `key`, ascending (empty for `''`). */
  lookup(key: string): readonly number[] {
    if (key === '') return [];
    const slot = this.find(hashOf(key));
    if (slot < 0) return [];
    const ids = this.idsAt(slot);
    // A lone id with the key's hash is nearly always the key's own record; checking costs one read.
    return ids.filter((id) => this.keysOfId(id).includes(key));
  }

  /** Records that record `id` has a key with hash `hash` (once, however many of its keys do). */
  add(hash: number, id: number): void {
    let slot = this.find(hash);
    if (slot < 0) {
      if ((this.used + 1) * 4 > this.hashes.length * 3) this.grow();
      slot = this.freeSlot(hash);
      this.hashes[slot] = hash;
      this.used++;
    }
    const entry = this.entries[slot];
    if (entry === NONE) this.entries[slot] = id;
    else if (entry > 0) {
      if (entry !== id) {
        this.several.push(entry < id ? [entry, id] : [id, entry]);
        this.entries[slot] = -this.several.length;
      }
    } else {
      const ids = this.several[-entry - 1];
      if (ids.includes(id)) return;
      // Usually the new id is the largest; otherwise insert in order to keep "lowest id wins" cheap.
      let at = ids.length;
      while (at > 0 && ids[at - 1] > id) at--;
      ids.splice(at, 0, id);
    }
  }

  /** Record `id` no longer has a key with hash `hash`. */
  remove(hash: number, id: number): void {
    const slot = this.find(hash);
    if (slot < 0) return;
    const entry = this.entries[slot];
    if (entry > 0) {
      if (entry === id) this.entries[slot] = NONE;
    } else if (entry < 0) {
      const ids = this.several[-entry - 1];
      const at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1);
      if (ids.length === 1) this.entries[slot] = ids[0];
    }
  }

  private idsAt(slot: number): readonly number[] {
    const entry = this.entries[slot];
    return entry === NONE ? [] : entry > 0 ? [entry] : this.several[-entry - 1];
  }

  /** The slot holding `hash`, or -1. */
  private find(hash: number): number {
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.hashes[slot];
      if (stored === hash) return slot;
      if (stored === 0) return -1;
    }
  }

  private freeSlot(hash: number): number {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  /** Doubles the table (at three quarters full), moving every slot that still has ids. */
  private grow(): void {
    const { hashes, entries } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.entries = new Float64Array(hashes.length * 2);
    this.used = 0;
    for (let slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] === 0 || entries[slot] === NONE) continue;
      const to = this.freeSlot(hashes[slot]);
      this.hashes[to] = hashes[slot];
      this.entries[to] = entries[slot];
      this.used++;
    }
  }
}
