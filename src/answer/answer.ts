import type { Article } from '../article/types.ts';
import { describeAttribution } from './describe.ts';
import type { Answer, Passage } from './types.ts';

export interface AnswerOptions {
  articleId?: string;
  limit?: number;
}

/** Placeholder ranking (word overlap) until the BM25 search lands. */
export function answerQuestion(
  question: string,
  articles: readonly Article[],
  options: AnswerOptions = {},
): Answer {
  const words = new Set(question.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const scored: Passage[] = [];
  for (const article of articles) {
    if (options.articleId && article.id !== options.articleId) continue;
    for (const s of article.sentences) {
      const score = (s.text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter(
        (w) => words.has(w) && w.length > 3,
      ).length;
      if (score > 0) scored.push(toPassage(article, s.id, score));
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const passages = scored.slice(0, options.limit ?? 3);
  return { question, answered: passages.length > 0, passages, related: [] };
}

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
    attribution: describeAttribution(s.sources, s.stance),
    score,
  };
  for (const key of ['url', 'publisher', 'date'] as const)
    if (article[key]) passage.article[key] = article[key];
  return passage;
}
