/**
 * Clipped words people type in chat ("doc", "gov", "info", "stats"): the articles' longer words
 * that begin with them. Kept as a sorted word list, rebuilt lazily after the articles change.
 */

/** Shortest clipping looked up, and how much longer the full word must be. */
const MIN_CLIP = 3;
const MAX_CLIP = 5;
const MIN_EXTRA = 3;
const MAX_EXPANSIONS = 4;

export class Clippings {
  private sorted: string[] | undefined;

  constructor(private readonly words: () => Iterable<string>) {}

  invalidate(): void {
    this.sorted = undefined;
  }

  /** The sorted word list (built now if it was not), for a snapshot. */
  state(): string[] {
    this.sorted ??= this.build();
    return this.sorted;
  }

  restore(sorted: string[]): void {
    this.sorted = sorted;
  }

  private build(): string[] {
    return [...this.words()].filter((w) => /^\p{L}+$/u.test(w)).sort();
  }

  /** Whether a word is short enough to be a clipping. */
  static candidate(word: string): boolean {
    return word.length >= MIN_CLIP && word.length <= MAX_CLIP && /^\p{L}+$/u.test(word);
  }

  /** Words of the articles that begin with `clip` and are clearly longer, a few at most. */
  expand(clip: string): string[] {
    if (!Clippings.candidate(clip)) return [];
    this.sorted ??= this.build();
    const words = this.sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] as string) < clip) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < words.length && out.length < MAX_EXPANSIONS * 4; i++) {
      const w = words[i] as string;
      if (!w.startsWith(clip)) break;
      if (w.length >= clip.length + MIN_EXTRA) out.push(w);
    }
    // Too many words share the beginning: it is not a clipping of one of them.
    return out.length > MAX_EXPANSIONS ? [] : out;
  }
}
