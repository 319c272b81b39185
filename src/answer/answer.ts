import type { Article } from '../article/types.ts';
import { AnswerEngine, type AskOptions } from './engine.ts';
import type { Answer } from './types.ts';

export { toPassage } from './passage.ts';
export type AnswerOptions = AskOptions;

// One engine (index, vocabulary, speakers) per article list, built on first question.
const engines = new WeakMap<readonly Article[], AnswerEngine>();

/** Answers a question from the articles; the index is built once per article list and kept. */
export function answerQuestion(
  question: string,
  articles: readonly Article[],
  options: AnswerOptions = {},
): Answer {
  let engine = engines.get(articles);
  if (!engine) {
    engine = new AnswerEngine(articles);
    engines.set(articles, engine);
  }
  return engine.ask(question, options);
}
