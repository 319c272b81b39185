/**
 * Spelling fixes against the articles' own words ("Zelenksy" → "zelensky", "molomy" → "molomby").
 * A character-bigram index narrows a large vocabulary to a few dozen candidates, Fuse.js ranks
 * them, and an edit distance keeps only real near-misses (Fuse alone would take "heal" for
 * "health", since it finds the pattern inside the longer word).
 */
import Fuse from 'fuse.js';

export interface Correction {
  word: string;
  /** Damerau (optimal string alignment) edit distance from the asked word. */
  distance: number;
}

const MIN_LENGTH = 4;
const CARET = '^'.charCodeAt(0);
const DOLLAR = '$'.charCodeAt(0);
const MAX_CANDIDATES = 48;
/** Words added since the lists were built that are searched one by one before rebuilding. */
const MAX_EXTRA = 4096;
/** Packed list ranges: start × RANGE + count (lists hold fewer than 2^22 ids). */
const RANGE = 2 ** 22;

/** Edits tolerated for a word of this length. */
export const maxEdits = (length: number): number => (length <= 5 ? 1 : 2);

/** Optimal string alignment distance (adjacent transpositions count as one edit), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** Distinct padded bigrams of a word ("^a", "ab", …, "z$"), as numbers (two 16-bit codes). */
function bigrams(word: string): number[] {
  const padded = `^${word}$`;
  const out = new Set<number>();
  for (let i = 0; i + 1 < padded.length; i++)
    out.add(padded.charCodeAt(i) * 65536 + padded.charCodeAt(i + 1));
  return [...out];
}

/** List key: word length, which end's letter (0 first, 1 last), that letter, and a bigram. */
const gramKey = (length: number, side: number, letter: number, gram: number): number =>
  ((Math.min(length, 63) * 2 + side) * 4096 + (letter & 4095)) * 2 ** 32 + gram;

/** The built vocabulary as data, for a snapshot on disk (building takes ~1 s at 140,000 words). */
export interface FuzzyState {
  words: string[];
  keys: Float64Array;
  ranges: Float64Array;
  packed: Int32Array;
}

export class FuzzyVocabulary {
  private words: string[] = [];
  /**
   * Word ids by list key, packed end to end once built: keys[i] (sorted) has the ids at
   * ranges[i] = start × 2^22 + count in `packed` (a JS array per key took three times the memory
   * at 140,000 words, and sorted arrays restore from disk at once where a Map is rebuilt).
   */
  private keys: Float64Array = new Float64Array(0);
  private ranges: Float64Array = new Float64Array(0);
  private packed: Int32Array = new Int32Array(0);
  /** Query scratch, one slot per word, reused: bigrams shared so far, and the words reached. */
  private shared = new Uint8Array(0);
  private reached = new Int32Array(0);
  private built = false;
  /** Corrections already worked out (people repeat their misspellings), until the words change. */
  private cache = new Map<string, Correction[]>();
  /**
   * Words of articles added since the lists were built, searched one by one: rebuilding the lists
   * takes a second at 10,000 articles, too long to follow every live update.
   */
  private extra: string[] = [];

  /**
   * `has` tells whether a word is still in the vocabulary: words of removed articles stay in the
   * lists until the next rebuild, and are left out of the corrections.
   */
  constructor(
    private source: () => Iterable<string>,
    private has?: (word: string) => boolean,
  ) {}

  /**
   * The vocabulary changed: `added` words are searched at once (the lists are rebuilt when many
   * have gathered); without `has`, or without `added` words to name, everything is rebuilt.
   */
  changed(added?: Iterable<string>): void {
    this.cache.clear();
    if (!this.built || !this.has) {
      this.invalidate();
      return;
    }
    for (const w of added ?? []) if (w.length >= MIN_LENGTH - 1 && !/\d/.test(w)) this.extra.push(w);
    if (this.extra.length > MAX_EXTRA) this.invalidate();
  }

  /** The built vocabulary (built now if it was not, or if words were added since). */
  state(): FuzzyState {
    if (!this.built || this.extra.length) this.build();
    return { words: this.words, keys: this.keys, ranges: this.ranges, packed: this.packed };
  }

  /** Takes a built vocabulary of the same words `source` gives. */
  restore(state: FuzzyState): void {
    ({ words: this.words, keys: this.keys, ranges: this.ranges, packed: this.packed } = state);
    this.shared = new Uint8Array(this.words.length);
    this.reached = new Int32Array(this.words.length);
    this.cache.clear();
    this.built = true;
  }

  /** The packed range of a list key, undefined when no word has it. */
  private range(key: number): number | undefined {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] as number;
      if (k === key) return this.ranges[mid];
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The vocabulary changed (article added or removed): rebuilt on the next correction. */
  invalidate(): void {
    this.built = false;
    this.extra = [];
    this.cache.clear();
  }

  private build(): void {
    this.words = [];
    this.extra = [];
    const grams = new Map<number, number[]>();
    for (const word of this.source()) {
      if (word.length < MIN_LENGTH - 1 || /\d/.test(word)) continue;
      const id = this.words.length;
      this.words.push(word);
      // Keyed by length and by first or last letter: a query walks only the lists of lengths
      // within its edit budget that share its first letter, then those that share its last one
      // (a misspelling rarely gets both wrong). Lists stay short in a large vocabulary.
      const first = word.charCodeAt(0);
      const last = word.charCodeAt(word.length - 1);
      for (const g of bigrams(word)) {
        for (const key of [gramKey(word.length, 0, first, g), gramKey(word.length, 1, last, g)]) {
          const list = grams.get(key);
          if (list) list.push(id);
          else grams.set(key, [id]);
        }
      }
    }
    let total = 0;
    for (const list of grams.values()) total += list.length;
    this.packed = new Int32Array(total);
    this.keys = Float64Array.from(grams.keys()).sort();
    this.ranges = new Float64Array(this.keys.length);
    let at = 0;
    this.keys.forEach((key, i) => {
      const list = grams.get(key) as number[];
      this.ranges[i] = at * RANGE + list.length;
      this.packed.set(list, at);
      at += list.length;
    });
    this.shared = new Uint8Array(this.words.length);
    this.reached = new Int32Array(this.words.length);
    this.built = true;
  }

  /** The vocabulary's spellings of `word` within its edit budget (or fewer edits), closest first (four at most). */
  correct(word: string, maxDistance = maxEdits(word.length)): Correction[] {
    if (word.length < MIN_LENGTH || /\d/.test(word)) return [];
    const key = `${maxDistance} ${word}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = this.find(word, Math.min(maxDistance, maxEdits(word.length)));
    if (this.cache.size >= 5000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private find(word: string, edits: number): Correction[] {
    if (!this.built) this.build();
    const grams = bigrams(word);
    // Each edit spoils at most two bigrams, a transposition three.
    const needed = Math.max(1, grams.length - 2 * edits - 1);
    const { shared, packed, reached } = this;
    const candidates: { id: number; n: number }[] = [];
    // A word reached from both ends is a candidate once (its count is the same from either).
    const seen = new Set<number>();
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    for (const [side, letter, edge] of [
      [0, first, CARET * 65536 + first],
      [1, last, last * 65536 + DOLLAR],
    ] as const) {
      // Every word listed under this side's letter shares its edge bigram ("^z" for side 0): it is
      // counted for all of them rather than walked (the longest list of each length), unless a
      // word could qualify by it alone.
      const counted = needed >= 2 ? 1 : 0;
      let touched = 0;
      for (let length = word.length - edits; length <= word.length + edits; length++)
        for (const g of grams) {
          if (counted && g === edge) continue;
          const range = this.range(gramKey(length, side, letter, g));
          if (range === undefined) continue;
          const from = Math.floor(range / RANGE);
          const to = from + (range % RANGE);
          for (let i = from; i < to; i++) {
            const id = packed[i] as number;
            if (shared[id] === 0) reached[touched++] = id;
            if ((shared[id] as number) < 255) shared[id] = (shared[id] as number) + 1;
          }
        }
      for (let t = 0; t < touched; t++) {
        const id = reached[t] as number;
        const n = (shared[id] as number) + counted;
        shared[id] = 0;
        if (n >= needed && !seen.has(id)) {
          seen.add(id);
          candidates.push({ id, n });
        }
      }
    }
    // Words added since the lists were built, one by one (after the listed ones when as close).
    if (this.extra.length) {
      const mine = new Set(grams);
      this.extra.forEach((w, i) => {
        if (Math.abs(w.length - word.length) > edits) return;
        if (w.charCodeAt(0) !== first && w.charCodeAt(w.length - 1) !== last) return;
        let n = 0;
        for (const g of bigrams(w)) if (mine.has(g)) n++;
        if (n >= needed) candidates.push({ id: this.words.length + i, n });
      });
    }
    if (!candidates.length) return [];
    candidates.sort((a, b) => b.n - a.n || a.id - b.id);
    // Only real near-misses reach Fuse.js (it scores each word on its own, so ranking the few
    // left gives the order it would give them among all: no need to run it over dozens).
    const distances = new Map<string, number>();
    for (const c of candidates.slice(0, MAX_CANDIDATES)) {
      const w = (this.words[c.id] ?? this.extra[c.id - this.words.length]) as string;
      if (this.has && !this.has(w)) continue;
      const distance = editDistance(word, w, edits);
      if (distance <= edits) distances.set(w, distance);
    }
    if (!distances.size) return [];
    const list = [...distances.keys()];
    const ranked = new Fuse(list, { includeScore: true, threshold: 0.5, ignoreLocation: true }).search(word);
    const out: Correction[] = ranked.map((r) => ({
      word: r.item,
      distance: distances.get(r.item) as number,
    }));
    // Fuse's order within one distance.
    out.sort((a, b) => a.distance - b.distance);
    return out.slice(0, 4);
  }
}
