import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { buildArticle } from '../src/article/build.ts';
import { parseArticle } from '../src/article/parse.ts';
import type { Article } from '../src/article/types.ts';
import { firstAnswer } from './helpers/articles.ts';

// Organisations as speakers: named by an acronym the article spells out, or asked about through
// the role that speaks for them.

function article(id: string, text: string): Article {
  const parsed = parseArticle(text);
  if (!parsed) throw new Error('unparsable test article');
  return buildArticle(id, `${id}.txt`, parsed);
}

const doping = article(
  'doping',
  [
    'Cyclist banned for four years after positive test',
    'The International Testing Agency (ITA) announced on Wednesday that the cyclist had been banned for four years.',
    'His lawyer said the sample may have been contaminated during transport.',
    'The ITA rejected that argument.',
  ].join('\n'),
);

const fraud = article(
  'fraud',
  [
    'Council treasurer jailed for fraud',
    'According to the Serious Fraud Office, the treasurer set up three fake supplier companies.',
    'Victims of the fraud included several charities, the court heard.',
  ].join('\n'),
);

describe('a source named by its acronym is found by the words the article spells it out with', () => {
  it('answers what the testing agency said with what "the ITA" said', () => {
    const answer = new AnswerEngine([doping]).ask('what did the testing agency say');
    expect(firstAnswer(answer)).toMatch(/ITA/);
  });
});

describe('"the head of X", never quoted: X speaks for its head', () => {
  it('answers with what the office says', () => {
    const answer = new AnswerEngine([fraud]).ask('what did the head of the serious fraud office say');
    expect(firstAnswer(answer)).toMatch(/According to the Serious Fraud Office/);
  });

  it('does not let an organisation speak for people who are no role of it', () => {
    const answer = new AnswerEngine([fraud]).ask('what did the victims of the serious fraud office say');
    expect(answer.answered).toBe(false);
  });
});
