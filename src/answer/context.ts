/**
 * A sentence's context, for questions whose words are spread over a passage rather than one
 * sentence: the sentences next to it in its paragraph and its article's headline lend it a share
 * of the question's words they match ("… was finally taken to the emergency department." "By this
 * time, her skin was weeping …"). The words are the index's own, so nothing is tokenised again.
 */
import type { Concept, PassageIndex } from '../search/types.ts';
import type { SentenceRows } from './sentences.ts';

/** Share of a neighbour's match a sentence borrows, and of a headline's. */
export const LEND = { neighbour: 0.5, title: 0.4 };

/** What a sentence's neighbours in its paragraph and its headline lend it, per concept. */
export function contextWeights(
  index: PassageIndex,
  articleId: string,
  rows: SentenceRows,
  id: number,
  concepts: readonly Concept[],
): number[] {
  const out = index.titleWeights(articleId, concepts).map((w) => w * LEND.title);
  const paragraph = rows.paragraphs[id];
  for (const n of [id - 1, id + 1]) {
    if (n < 0 || n >= rows.paragraphs.length || rows.paragraphs[n] !== paragraph) continue;
    const near = index.weights(articleId, n, concepts);
    near?.forEach((w, i) => {
      if (w * LEND.neighbour > (out[i] ?? 0)) out[i] = w * LEND.neighbour;
    });
  }
  return out;
}
