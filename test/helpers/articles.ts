import type { Answer } from '../../src/answer/types.ts';
import type { Article } from '../../src/article/types.ts';

/**
 * An article built by hand, every sentence narration with no sources: one paragraph per sentence,
 * or all in one paragraph (`together`), for tests of ranking that need exact texts.
 */
export function plainArticle(id: string, title: string, texts: string[], together = false): Article {
  return {
    id,
    file: `${id}.txt`,
    title,
    paragraphs: [],
    sentences: texts.map((text, i) => ({
      id: i,
      text,
      paragraph: together ? 0 : i,
      index: together ? i : 0,
      sources: [],
      stance: 'narration',
      claims: [],
    })),
  };
}

/**
 * The text of an answer's first passage, or what the bot said instead ("(not answered: …)"): for a
 * test that the question is answered by a sentence matching a pattern.
 */
export function firstAnswer(answer: Answer): string {
  return answer.answered
    ? (answer.passages[0]?.text ?? '(answered, no passage)')
    : `(not answered: ${answer.reason})`;
}
