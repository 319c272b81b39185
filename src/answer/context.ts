/**
 * A sentence's context, for questions whose words are spread over a passage rather than one
 * sentence: the sentences next to it in its paragraph and its article's headline lend it a share
 * of the question's words they match ("… was finally taken to the emergency department." "By this
 * time, her skin was weeping …"). Index terms of sentences are cached, bounded.
 */
import type { Article } from '../article/types.ts';
import { termOf, tokenize } from '../search/text.ts';
import type { Concept } from '../search/types.ts';

/** Share of a neighbour's match a sentence borrows, and of a headline's. */
export const LEND = { neighbour: 0.5, title: 0.4 };

const MAX_CACHED = 50_000;

export class TermCache {
  private readonly cache = new Map<string, Set<string>>();

  of(key: string, text: string): Set<string> {
    let terms = this.cache.get(key);
    if (!terms) {
      terms = new Set(tokenize(text).map((t) => termOf(t.word)));
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(key, terms);
    }
    return terms;
  }

  /** Forget an article's sentences (it was removed or replaced). */
  forget(articleId: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${articleId}#`)) this.cache.delete(key);
  }

  sentence(article: Article, id: number): Set<string> | undefined {
    const s = article.sentences[id];
    return s && this.of(`${article.id}#${id}`, s.text);
  }

  title(article: Article): Set<string> {
    return this.of(`${article.id}#title`, article.title);
  }
}

/** Per concept, the weight of its best alternative all of whose terms are in `terms` (0: none). */
export function matchWeights(terms: ReadonlySet<string>, concepts: readonly Concept[]): number[] {
  return concepts.map((c) => {
    let w = 0;
    for (const a of c.alternatives) if (a.weight > w && a.terms.every((t) => terms.has(t))) w = a.weight;
    return w;
  });
}

/** What a sentence's neighbours in its paragraph and its headline lend it, per concept. */
export function contextWeights(
  article: Article,
  id: number,
  concepts: readonly Concept[],
  terms: TermCache,
): number[] {
  const out = matchWeights(terms.title(article), concepts).map((w) => w * LEND.title);
  const paragraph = article.sentences[id]?.paragraph;
  for (const n of [id - 1, id + 1]) {
    if (article.sentences[n]?.paragraph !== paragraph) continue;
    const near = terms.sentence(article, n);
    if (!near) continue;
    matchWeights(near, concepts).forEach((w, i) => {
      if (w * LEND.neighbour > (out[i] ?? 0)) out[i] = w * LEND.neighbour;
    });
  }
  return out;
}
