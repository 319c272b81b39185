/**
 * Which articles a topic's claims are looked for in: only those that use a topic word at all
 * (the others cannot have a claim about it), and of very many only those most about the topic, so
 * that /claims on a common word in 10,000 articles reads a few dozen articles, not thousands.
 */
import type { Alternative } from './topic.ts';

/** Articles read for one topic at most: enough for every source worth showing. */
export const MOST_ABOUT = 50;

export interface Chosen {
  /** The articles to read, by id. */
  ids: Set<string>;
  /** How many articles use the topic's words (more than `ids` when some were left out). */
  using: number;
}

/**
 * The articles using the topic's words; when more than `limit`, the `limit` most about it: those
 * using more of its words first (a short topic needs all of them around a claim), then by how many
 * of their passages use them, weighed by the word's alternative and taken relative to the
 * article's length (a passing mention in a long article says less), then in library order.
 */
export function articlesAbout(
  terms: readonly Alternative[][],
  articlesUsing: (term: string) => ReadonlyMap<string, number>,
  options: {
    limit?: number;
    within?: (id: string) => boolean;
    length: (id: string) => number;
    order: (id: string) => number;
  },
): Chosen {
  const limit = options.limit ?? MOST_ABOUT;
  const words = new Map<string, { words: number; weight: number }>();
  for (const alternatives of terms) {
    const best = new Map<string, number>();
    for (const a of alternatives)
      for (const [id, passages] of articlesUsing(a.term)) {
        if (options.within && !options.within(id)) continue;
        best.set(id, Math.max(best.get(id) ?? 0, a.weight * passages));
      }
    for (const [id, weight] of best) {
      const about = words.get(id) ?? { words: 0, weight: 0 };
      about.words++;
      about.weight += weight;
      words.set(id, about);
    }
  }
  if (words.size <= limit) return { ids: new Set(words.keys()), using: words.size };
  const ranked = [...words.entries()]
    .map(([id, a]) => ({ id, words: a.words, about: a.weight / Math.sqrt(options.length(id) + 1) }))
    .sort((x, y) => y.words - x.words || y.about - x.about || options.order(x.id) - options.order(y.id));
  return { ids: new Set(ranked.slice(0, limit).map((r) => r.id)), using: words.size };
}
