import type { Article } from '../article/types.ts';
import { describeAttribution } from './describe.ts';
import type { Passage } from './types.ts';

/** A sentence of an article as a passage of an answer, with who says it and how. */
export function toPassage(article: Article, sentenceId: number, score: number): Passage {
  const s = article.sentences[sentenceId];
  if (!s) throw new RangeError(`no sentence ${sentenceId} in ${article.id}`);
  const passage: Passage = {
    text: s.text,
    ref: { articleId: article.id, sentence: s.id },
    article: { id: article.id, title: article.title },
    paragraph: s.paragraph + 1,
    position: s.index + 1,
    sources: s.sources,
    stance: s.stance,
    attribution: describeAttribution(s.sources, s.stance, s.claims.find((c) => c.cue)?.cue ?? undefined),
    score,
  };
  for (const key of ['url', 'publisher', 'date'] as const)
    if (article[key]) passage.article[key] = article[key];
  return passage;
}
