/**
 * Clipped words people type in chat ("doc", "gov", "info", "stats"): the articles' longer words
 * that begin with them. Kept as a sorted word list, built lazily; words of articles added since
 * are searched one by one, and words of removed ones left out, until the next rebuild (sorting
 * 140,000 words after every live update of a large library cost 60 ms on the next question).
 */

/** Shortest clipping looked up, and how much longer the full word must be. */
const MIN_CLIP = 3;
const MAX_CLIP = 5;
const MIN_EXTRA = 3;
const MAX_EXPANSIONS = 4;
const MAX_EXTRA = 4096;
const LETTERS = /^\p{L}+$/u;

export class Clippings {
  private sorted: string[] | undefined;
  private extra: string[] = [];

  /** `has`: whether a word is still the articles' (see FuzzyVocabulary). */
  constructor(
    private readonly words: () => Iterable<string>,
    private readonly has?: (word: string) => boolean,
  ) {}

  invalidate(): void {
    this.sorted = undefined;
    this.extra = [];
  }

  /** The words changed: `added` ones are searched at once; without `has` or `added`, rebuilt. */
  changed(added?: Iterable<string>): void {
    if (!this.sorted || !this.has) {
      this.invalidate();
      return;
    }
    for (const w of added ?? []) if (LETTERS.test(w)) this.extra.push(w);
    if (this.extra.length > MAX_EXTRA) this.invalidate();
  }

  /** The sorted word list (built now if it was not, or if words were added since), for a snapshot. */
  state(): string[] {
    if (!this.sorted || this.extra.length) this.sorted = this.build();
    this.extra = [];
    return this.sorted;
  }

  restore(sorted: string[]): void {
    this.sorted = sorted;
  }

  private build(): string[] {
    return [...this.words()].filter((w) => LETTERS.test(w)).sort();
  }

  /** Whether a word is short enough to be a clipping. */
  static candidate(word: string): boolean {
    return word.length >= MIN_CLIP && word.length <= MAX_CLIP && /^\p{L}+$/u.test(word);
  }

  /** Words of the articles that begin with `clip` and are clearly longer, a few at most. */
  expand(clip: string): string[] {
    if (!Clippings.candidate(clip)) return [];
    if (!this.sorted) {
      this.sorted = this.build();
      this.extra = [];
    }
    const words = this.sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] as string) < clip) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<string>();
    const take = (w: string) => {
      if (w.length >= clip.length + MIN_EXTRA && (!this.has || this.has(w))) found.add(w);
    };
    for (let i = lo; i < words.length && found.size <= MAX_EXPANSIONS; i++) {
      const w = words[i] as string;
      if (!w.startsWith(clip)) break;
      take(w);
    }
    for (const w of this.extra) if (w.startsWith(clip)) take(w);
    // Too many words share the beginning: it is not a clipping of one of them.
    return found.size > MAX_EXPANSIONS ? [] : [...found].sort();
  }
}
