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
/** A word's shared-bigram count stops here (a count is kept in a byte). */
const MAX_SHARED = 254;
/** Words added since the lists were built that are searched one by one before rebuilding. */
const MAX_EXTRA = 4096;

/** Edits tolerated for a word of this length. */
export const maxEdits = (length: number): number => (length <= 5 ? 1 : 2);

/** Rows of the distance table, reused: a correction measures dozens of candidates. */
let rows = new Int32Array(3 * 64);

/**
 * Optimal string alignment distance (adjacent transpositions count as one edit), capped: `cap + 1`
 * when greater. Only the band of cells within `cap` of the diagonal is worked out (a cell off it
 * is at least its distance from the diagonal): five cells a row rather than a word's length.
 */
export function editDistance(a: string, b: string, cap = 3): number {
  const m = b.length;
  if (Math.abs(a.length - m) > cap) return cap + 1;
  const over = cap + 1;
  const width = m + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  // Three rolling rows: two back (for transpositions), the last, and this one. A cell beyond the
  // band reads as `over`: each row sets the cells just outside its band.
  let prev2 = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(i - cap, 1);
    const hi = Math.min(i + cap, m);
    rows[row + lo - 1] = lo === 1 ? i : over;
    if (hi < m) rows[row + hi + 1] = over;
    let rowMin = lo === 1 ? i : over;
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = (rows[prev + j - 1] as number) + (ai === bj ? 0 : 1);
      const up = (rows[prev + j] as number) + 1;
      if (up < v) v = up;
      const left = (rows[row + j - 1] as number) + 1;
      if (left < v) v = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && before === bj) {
        const swap = (rows[prev2 + j - 2] as number) + 1;
        if (swap < v) v = swap;
      }
      rows[row + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return over;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return Math.min(rows[prev + m] as number, over);
}

/** Letter counts of the asked word, by UTF-16 code (zero between corrections). */
const letters = new Int32Array(65536);

/**
 * The bag distance of `word` (its letters counted in `letters`) and `other`: letters of one the
 * other lacks, the larger count of either side. No more than their edit distance: a substitution
 * adds at most one to each side, an insertion or a deletion one to one side, a swap nothing.
 */
function lettersApart(word: string, other: string): number {
  let extra = 0;
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i);
    const left = (letters[c] as number) - 1;
    letters[c] = left;
    extra += left >>> 31;
  }
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i);
    letters[c] = (letters[c] as number) + 1;
  }
  // Letters of `word` left unmatched: its length less the letters of `other` matched.
  const missing = word.length - (other.length - extra);
  return Math.max(extra, missing);
}

/** Distinct padded bigrams of a word ("^a", "ab", …, "z$"), as int32s (two 16-bit codes). */
function bigrams(word: string): number[] {
  const padded = `^${word}$`;
  const out = new Set<number>();
  for (let i = 0; i + 1 < padded.length; i++)
    out.add((padded.charCodeAt(i) << 16) | padded.charCodeAt(i + 1) | 0);
  return [...out];
}

/** Per shared-bigram count, how many candidates have it (mostShared's scratch, left zeroed). */
const perCount = new Int32Array(256);
/** The ids of candidates at the cut (mostShared's scratch). */
let atCut = new Int32Array(256);

/**
 * The `max` ids of most shared bigrams among the first `found`, most first and then by id: a count
 * of each bigram total finds the cut without sorting thousands of candidates.
 */
export function mostShared(ids: Int32Array, counts: Uint8Array, found: number, max: number): number[] {
  for (let k = 0; k < found; k++) {
    const n = counts[k] as number;
    perCount[n] = (perCount[n] as number) + 1;
  }
  // The cut: every id above it is taken, those at it by id until `max`.
  let cut = 255;
  let above = 0;
  while (cut > 0 && above + (perCount[cut] as number) < max) above += perCount[cut--] as number;
  const tied = perCount[cut] as number;
  perCount.fill(0);
  if (atCut.length < tied) atCut = new Int32Array(tied * 2);
  const picked: number[] = [];
  let ties = 0;
  for (let k = 0; k < found; k++) {
    const n = counts[k] as number;
    if (n > cut) picked.push(k);
    else if (n === cut) atCut[ties++] = ids[k] as number;
  }
  const best = picked
    .sort((a, b) => (counts[b] as number) - (counts[a] as number) || (ids[a] as number) - (ids[b] as number))
    .map((k) => ids[k] as number);
  // Hundreds of words often tie at the cut, and only the lowest ids of them are taken: those
  // are gathered first, then sorted (natively: a typed array sorts numbers without a comparator).
  const wanted = Math.min(ties, max - best.length);
  if (wanted < ties) lowestFirst(atCut, ties, wanted);
  const tiedIds = atCut.subarray(0, wanted).sort();
  for (let k = 0; k < wanted; k++) best.push(tiedIds[k] as number);
  return best;
}

/** Moves the `k` lowest of distinct `a[0, n)` to its front, in some order (quickselect). */
function lowestFirst(a: Int32Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    // Hoare partition around the middle value of three.
    const x = a[lo] as number;
    const y = a[(lo + hi) >>> 1] as number;
    const z = a[hi] as number;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    // Now a[lo, j] ≤ pivot ≤ a[i, hi], and anything between equals the pivot.
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else return;
  }
}

/** A group of lists: word length, which end's letter (0 first, 1 last), and that letter. */
const groupOf = (length: number, side: number, letter: number): number =>
  (Math.min(length, 63) * 2 + side) * 4096 + (letter & 4095);

/** First index in sorted `a[from, to)` whose value is ≥ `value`. */
function lowerBound(a: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The built vocabulary as data, for a snapshot on disk (building takes ~1 s at 140,000 words). */
export interface FuzzyState {
  words: string[];
  groups: Int32Array;
  groupStarts: Int32Array;
  grams: Int32Array;
  starts: Int32Array;
  packed: Int32Array;
}

export class FuzzyVocabulary {
  private words: string[] = [];
  /**
   * Word ids by list, packed end to end once built. A list is keyed by its group (sorted in
   * `groups`) and a bigram: group i's bigrams are grams[groupStarts[i] .. groupStarts[i + 1]]
   * (sorted), and bigram j's words are packed[starts[j] .. starts[j + 1]]. All int32, so a lookup
   * neither boxes a number nor hashes one (a JS array per key took three times the memory at
   * 140,000 words, and sorted arrays restore from disk at once where a Map is rebuilt).
   */
  private groups: Int32Array = new Int32Array(0);
  private groupStarts: Int32Array = new Int32Array(1);
  private grams: Int32Array = new Int32Array(0);
  private starts: Int32Array = new Int32Array(1);
  private packed: Int32Array = new Int32Array(0);
  /** Query scratch, one slot per word, reused: bigrams shared so far, and the words reached. */
  private shared = new Uint8Array(0);
  private reached = new Int32Array(0);
  /** Words taken as candidates from their first letter's lists, passed by in their last letter's. */
  private taken = new Uint8Array(0);
  private candidateIds = new Int32Array(0);
  private candidateCounts = new Uint8Array(0);
  private built = false;
  /** Corrections already worked out (people repeat their misspellings), until the words change. */
  private cache = new Map<string, Correction[]>();
  /**
   * Words of articles added since the lists were built, searched one by one: rebuilding the lists
   * takes a second at 10,000 articles, too long to follow every live update.
   */
  private extra: string[] = [];
  /** Ranks near-misses of one distance (one instance, given each correction's words). */
  private fuse = new Fuse<string>([], { includeScore: true, threshold: 0.5, ignoreLocation: true });

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
    const { words, groups, groupStarts, grams, starts, packed } = this;
    return { words, groups, groupStarts, grams, starts, packed };
  }

  /** Takes a built vocabulary of the same words `source` gives. */
  restore(state: FuzzyState): void {
    ({
      words: this.words,
      groups: this.groups,
      groupStarts: this.groupStarts,
      grams: this.grams,
      starts: this.starts,
      packed: this.packed,
    } = state);
    this.scratch();
    this.cache.clear();
    this.built = true;
  }

  /** Query scratch for the current words. */
  private scratch(): void {
    const n = this.words.length;
    this.shared = new Uint8Array(n);
    this.reached = new Int32Array(n);
    this.taken = new Uint8Array(n);
    this.candidateIds = new Int32Array(n);
    this.candidateCounts = new Uint8Array(n);
  }

  /** Where group `group` is in `groups`, or -1 when no word is in it. */
  private groupIndex(group: number): number {
    const i = lowerBound(this.groups, 0, this.groups.length, group);
    return this.groups[i] === group ? i : -1;
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
    // Lists by group, then by bigram (the bigram as int32: its sort order is only used for lookups).
    const lists = new Map<number, Map<number, number[]>>();
    const list = (group: number, gram: number): number[] => {
      const byGram = lists.get(group) ?? new Map<number, number[]>();
      lists.set(group, byGram);
      const ids = byGram.get(gram) ?? [];
      byGram.set(gram, ids);
      return ids;
    };
    for (const word of this.source()) {
      if (word.length < MIN_LENGTH - 1 || /\d/.test(word)) continue;
      const id = this.words.length;
      this.words.push(word);
      // Keyed by length and by first or last letter: a query walks only the lists of lengths
      // within its edit budget that share its first letter, then those that share its last one
      // (a misspelling rarely gets both wrong). Lists stay short in a large vocabulary.
      const first = groupOf(word.length, 0, word.charCodeAt(0));
      const last = groupOf(word.length, 1, word.charCodeAt(word.length - 1));
      for (const g of bigrams(word)) {
        list(first, g).push(id);
        list(last, g).push(id);
      }
    }
    const groups = [...lists.keys()].sort((a, b) => a - b);
    let gramCount = 0;
    let total = 0;
    for (const byGram of lists.values()) {
      gramCount += byGram.size;
      for (const ids of byGram.values()) total += ids.length;
    }
    this.groups = Int32Array.from(groups);
    this.groupStarts = new Int32Array(groups.length + 1);
    this.grams = new Int32Array(gramCount);
    this.starts = new Int32Array(gramCount + 1);
    this.packed = new Int32Array(total);
    let j = 0;
    let at = 0;
    groups.forEach((group, i) => {
      this.groupStarts[i] = j;
      const byGram = lists.get(group) as Map<number, number[]>;
      for (const gram of [...byGram.keys()].sort((a, b) => a - b)) {
        const ids = byGram.get(gram) as number[];
        this.grams[j] = gram;
        this.starts[j++] = at;
        this.packed.set(ids, at);
        at += ids.length;
      }
    });
    this.groupStarts[groups.length] = j;
    this.starts[j] = at;
    this.scratch();
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

  /**
   * The listed words sharing at least `needed` bigrams with `word` (within `edits` of its length,
   * sharing its first or last letter) into candidateIds/candidateCounts; returns how many. A
   * method of its own: its loops are the hot part of a correction, and V8 optimises them sooner
   * (and recompiles less) apart from the rest of find.
   */
  private collect(word: string, grams: number[], edits: number, needed: number): number {
    const { shared, packed, reached, taken, starts, candidateIds, candidateCounts } = this;
    const gramList = this.grams;
    // Candidates as parallel scratch arrays (thousands of words pass so weak a filter in a large
    // vocabulary: objects, a Set and a sort over them were most of the time of a correction).
    let found = 0;
    let fromFirst = 0;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    // Every word listed under a side's letter shares its edge bigram ("^z" for side 0): it is
    // counted for all of them rather than walked (the longest list of each length), unless a
    // word could qualify by it alone.
    const counted = needed >= 2 ? 1 : 0;
    for (let side = 0; side < 2; side++) {
      const letter = side === 0 ? first : last;
      const edge = side === 0 ? (CARET << 16) | first : (last << 16) | DOLLAR;
      let touched = 0;
      for (let length = word.length - edits; length <= word.length + edits; length++) {
        const at = this.groupIndex(groupOf(length, side, letter));
        if (at < 0) continue;
        const from = this.groupStarts[at] as number;
        const to = this.groupStarts[at + 1] as number;
        for (const g of grams) {
          if (counted && g === edge) continue;
          const j = lowerBound(gramList, from, to, g);
          if (j === to || gramList[j] !== g) continue;
          const end = starts[j + 1] as number;
          // Without branches: which words are met for the first time is unpredictable, and a
          // mispredicted branch per word cost a third of the walk.
          for (let i = starts[j] as number; i < end; i++) {
            const id = packed[i] as number;
            const s = shared[id] as number;
            reached[touched] = id;
            touched += (s - 1) >>> 31;
            // One more, up to MAX_SHARED (lengths past 63 share a group, walked once per length).
            shared[id] = s + ((s - MAX_SHARED) >>> 31);
          }
        }
      }
      // A word reached from both ends is a candidate once (its count is the same from either):
      // the first side's candidates are taken, and the second side passes them by.
      for (let t = 0; t < touched; t++) {
        const id = reached[t] as number;
        const s = shared[id] as number;
        shared[id] = 0;
        const n = s + counted;
        const pass = (needed - 1 - n) >>> 31;
        candidateIds[found] = id;
        candidateCounts[found] = n;
        if (side === 0) {
          taken[id] = pass;
          found += pass;
        } else found += pass & ((taken[id] as number) ^ 1);
      }
      if (side === 0) fromFirst = found;
    }
    for (let k = 0; k < fromFirst; k++) taken[candidateIds[k] as number] = 0;
    return found;
  }

  private find(word: string, edits: number): Correction[] {
    if (!this.built) this.build();
    const grams = bigrams(word);
    // Each edit spoils at most two bigrams, a transposition three.
    const needed = Math.max(1, grams.length - 2 * edits - 1);
    let found = this.collect(word, grams, edits, needed);
    let { candidateIds: ids, candidateCounts: counts } = this;
    // Words added since the lists were built, one by one (after the listed ones when as close).
    if (this.extra.length) {
      const mine = new Set(grams);
      const first = word.charCodeAt(0);
      const last = word.charCodeAt(word.length - 1);
      const more: number[] = [];
      this.extra.forEach((w, i) => {
        if (Math.abs(w.length - word.length) > edits) return;
        if (w.charCodeAt(0) !== first && w.charCodeAt(w.length - 1) !== last) return;
        let n = 0;
        for (const g of bigrams(w)) if (mine.has(g)) n++;
        if (n >= needed) more.push(this.words.length + i, n);
      });
      if (more.length) {
        ids = Int32Array.from([...ids.subarray(0, found), ...more.filter((_, k) => k % 2 === 0)]);
        counts = Uint8Array.from([...counts.subarray(0, found), ...more.filter((_, k) => k % 2 === 1)]);
        found = ids.length;
      }
    }
    if (!found) return [];
    const best = mostShared(ids, counts, found, MAX_CANDIDATES);
    // Only real near-misses reach Fuse.js (it scores each word on its own, so ranking the few
    // left gives the order it would give them among all: no need to run it over dozens).
    const distances = new Map<string, number>();
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      letters[c] = (letters[c] as number) + 1;
    }
    const near: [string, number][] = [];
    for (const id of best) {
      const w = (this.words[id] ?? this.extra[id - this.words.length]) as string;
      // Most candidates are no near-miss: letters apart already tell many of them, for less.
      if (lettersApart(word, w) > edits) continue;
      const distance = editDistance(word, w, edits);
      if (distance <= edits) near.push([w, distance]);
    }
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      letters[c] = (letters[c] as number) - 1;
    }
    // (`has` is asked once the letter counts are cleared: they stay right should it throw.)
    for (const [w, distance] of near) if (!this.has || this.has(w)) distances.set(w, distance);
    if (!distances.size) return [];
    return this.ordered(word, distances);
  }

  /** The near-misses found (word → distance), closest first and in Fuse.js's order within a distance, four at most. */
  private ordered(word: string, distances: Map<string, number>): Correction[] {
    // Closest first, and in Fuse's order within one distance; Fuse also drops a word it finds no
    // match for within its threshold. Below, Fuse runs only when it decides something.
    const list = [...distances.keys()].sort(
      (a, b) => (distances.get(a) as number) - (distances.get(b) as number),
    );
    let ordered = list.length;
    if (plainWord(word) && word.length <= 32) {
      // Words Fuse surely keeps: their order is all it decides, and only among words of one
      // distance that reach the first four.
      let sure = 0;
      while (sure < list.length && keeps(word, list[sure] as string, distances)) sure++;
      if (sure === list.length) {
        // The groups of one distance that begin within the first four.
        let ties = false;
        let k = 0;
        while (k < list.length && k < 4) {
          let end = k + 1;
          while (end < list.length && distances.get(list[end] as string) === distances.get(list[k] as string))
            end++;
          if (end - k > 1) ties = true;
          k = end;
        }
        if (!ties) return list.slice(0, 4).map((w) => ({ word: w, distance: distances.get(w) as number }));
        ordered = k;
      }
    }
    // Fuse scores each word on its own: the words left out are either beyond the first four
    // whatever their order, or none at all.
    this.fuse.setCollection(ordered === list.length ? list : list.slice(0, ordered));
    const out: Correction[] = this.fuse.search(word).map((r) => ({
      word: r.item,
      distance: distances.get(r.item) as number,
    }));
    // Fuse's order within one distance.
    out.sort((a, b) => a.distance - b.distance);
    return out.slice(0, 4);
  }
}

/** Fuse.js matches a word as it is: lower case (Fuse lowers both sides) and not blank. */
const plainWord = (w: string): boolean => w === w.toLowerCase() && w.trim() !== '';

/**
 * Whether Fuse.js surely finds `word` in `candidate` within its threshold (0.5, location
 * ignored): it finds the asked word inside a candidate with at most half its letters in errors
 * (insertions, deletions, substitutions; a transposition is two), and an edit distance of `d`
 * is at most `2d` such errors. So a candidate at most a quarter of the word's length away.
 */
function keeps(word: string, candidate: string, distances: Map<string, number>): boolean {
  return 4 * (distances.get(candidate) as number) <= word.length && plainWord(candidate);
}
