import type { ArticleMeta, Sentence } from '../article/types.ts';
import { describeAttribution, describeParts } from './describe.ts';
import type { Passage } from './types.ts';

/**
 * Who says so and how for a whole sentence. When its clauses have different sources ("Zelenskyy
 * said … but Moscow claims …"), each is described on its own, so neither side reads as the other's.
 */
export function sentenceAttribution(s: Sentence): string {
  const attributed = s.claims.filter((c) => c.source);
  const names = new Set(attributed.map((c) => c.source?.name));
  if (names.size >= 2)
    return describeParts(
      attributed.map((c) => ({
        sources: c.source ? [c.source] : [],
        stance: c.stance,
        ...(c.cue ? { cue: c.cue } : {}),
      })),
    );
  // Several sources the clauses do not tell apart: one clause's verb would speak for all of them.
  const cue = new Set(s.sources.map((x) => x.name)).size > 1 ? undefined : s.claims.find((c) => c.cue)?.cue;
  return describeAttribution(s.sources, s.stance, cue ?? undefined);
}

/** A sentence and what a passage shows of its article: no more needs reading to show it. */
export interface ArticleSentence {
  article: ArticleMeta;
  sentence: Sentence;
}

/** A sentence of an article as a passage of an answer, with who says it and how. */
export function toPassage({ article, sentence: s }: ArticleSentence, score: number): Passage {
  const passage: Passage = {
    text: s.text,
    ref: { articleId: article.id, sentence: s.id },
    article: { id: article.id, title: article.title },
    paragraph: s.paragraph + 1,
    position: s.index + 1,
    sources: s.sources,
    stance: s.stance,
    attribution: sentenceAttribution(s),
    score,
  };
  for (const key of ['url', 'publisher', 'date'] as const)
    if (article[key]) passage.article[key] = article[key];
  return passage;
}
