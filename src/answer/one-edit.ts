/**
 * A set of words asked which of them are one edit from a word (a unit left out, added or changed,
 * or two neighbours swapped: the edits of search/fuzzy.ts's distance). Each word is kept as a 32-bit
 * polynomial hash in an open-addressing table; a word's one-edit spellings are hashed from its
 * prefix and suffix hashes without being written out, so trying the few hundred of them costs a
 * few microseconds where building and looking up each string cost a few hundred. Only the
 * spellings whose hash is in the table are written out, for the caller to check (a hash may match
 * by chance).
 */

const BASE = 0x01000193;

/** A table of 2^k slots, at least twice `count`. */
function tableSize(count: number): number {
  let size = 16;
  while (size < 2 * count) size *= 2;
  return size;
}

/** Puts a hash into a table (0 marks an empty slot: a word hashing to 0 is kept as 1, and looked up as 1). */
function put(table: Int32Array, hash: number): void {
  const mask = table.length - 1;
  const h = hash || 1;
  let at = h & mask;
  while (table[at] !== 0 && table[at] !== h) at = (at + 1) & mask;
  table[at] = h;
}

/** A OneEditSet as data (typed arrays), for a snapshot. */
export interface OneEditState {
  table: Int32Array;
  units: Int32Array;
  count: number;
}

export class OneEditSet {
  private constructor(
    private table: Int32Array,
    /** The distinct UTF-16 units of the words: the units an edit may add or change to. */
    private units: Int32Array,
    /** Hashes in the table. */
    private count: number,
  ) {}

  /** The set of `words`. */
  static of(words: Iterable<string>): OneEditSet {
    const set = new OneEditSet(new Int32Array(tableSize(0)), new Int32Array(0), 0);
    for (const w of words) set.add(w);
    return set;
  }

  static restore(state: OneEditState): OneEditSet {
    return new OneEditSet(state.table, state.units, state.count);
  }

  state(): OneEditState {
    return { table: this.table, units: this.units, count: this.count };
  }

  /**
   * Adds a word. Words are never taken out: a word gone from the caller's list only makes its
   * spellings asked about (the caller checks each), and the set grows only with new words.
   */
  add(word: string): void {
    let h = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      h = (Math.imul(h, BASE) + c) | 0;
      if (!this.units.includes(c)) this.units = Int32Array.from([...this.units, c]);
    }
    if (this.has(h)) return;
    // Never fuller than half.
    if (2 * (this.count + 1) > this.table.length) {
      const grown = new Int32Array(tableSize(this.count + 1));
      for (const v of this.table) if (v !== 0) put(grown, v);
      this.table = grown;
    }
    put(this.table, h);
    this.count++;
  }

  private has(hash: number): boolean {
    const table = this.table;
    const mask = table.length - 1;
    const h = hash || 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = table[at] as number;
      if (v === h) return true;
      if (v === 0) return false;
    }
  }

  /**
   * Whether `accept` takes one of the spellings one edit from `word` whose hash is in the set (each
   * written out for it, and never `word` itself).
   */
  someNear(word: string, accept: (spelling: string) => boolean): boolean {
    const n = word.length;
    const powers = new Int32Array(n + 2);
    powers[0] = 1;
    for (let k = 1; k < n + 2; k++) powers[k] = Math.imul(powers[k - 1] as number, BASE);
    const prefix = new Int32Array(n + 1);
    for (let i = 0; i < n; i++)
      prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + word.charCodeAt(i)) | 0;
    const whole = prefix[n] as number;
    // The hash of word[i, n).
    const suffix = (i: number) => (whole - Math.imul(prefix[i] as number, powers[n - i] as number)) | 0;
    const units = this.units;
    const tryOne = (hash: number, spell: () => string) => {
      if (!this.has(hash)) return false;
      const spelling = spell();
      return spelling !== word && accept(spelling);
    };
    for (let i = 0; i <= n; i++) {
      const head = prefix[i] as number;
      const rest = suffix(i);
      // A unit added before word[i].
      const added = Math.imul(head, powers[n - i + 1] as number);
      for (let k = 0; k < units.length; k++) {
        const u = units[k] as number;
        const h = (added + Math.imul(u, powers[n - i] as number) + rest) | 0;
        if (tryOne(h, () => word.slice(0, i) + String.fromCharCode(u) + word.slice(i))) return true;
      }
      if (i === n) break;
      const after = suffix(i + 1);
      // word[i] left out.
      const left = (Math.imul(head, powers[n - i - 1] as number) + after) | 0;
      if (tryOne(left, () => word.slice(0, i) + word.slice(i + 1))) return true;
      // word[i] changed.
      const changed = Math.imul(head, powers[n - i] as number);
      for (let k = 0; k < units.length; k++) {
        const u = units[k] as number;
        if (u === word.charCodeAt(i)) continue;
        const h = (changed + Math.imul(u, powers[n - i - 1] as number) + after) | 0;
        if (tryOne(h, () => word.slice(0, i) + String.fromCharCode(u) + word.slice(i + 1))) return true;
      }
      // word[i] and word[i + 1] swapped.
      if (i + 1 < n) {
        const a = word.charCodeAt(i);
        const b = word.charCodeAt(i + 1);
        const h =
          (changed +
            Math.imul(b, powers[n - i - 1] as number) +
            Math.imul(a, powers[n - i - 2] as number) +
            suffix(i + 2)) |
          0;
        if (
          a !== b &&
          tryOne(h, () => word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2))
        )
          return true;
      }
    }
    return false;
  }
}
