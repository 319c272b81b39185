import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (sixth round): each mechanism on a small article written here.

describe('closed compounds the articles write apart', () => {
  const flood = plainArticle('flood', 'Bank systems down', [
    'A regional bank closed its branches on Tuesday after a cyber attack on its payment servers.',
    'The attack began early on Monday, when customers could not log in, the bank said.',
    'The bank started a review of its branches last year.',
  ]);

  it('reads "cyberattack" as the "cyber attack" the article writes, not as an unknown name', () => {
    const answer = new AnswerEngine([flood]).ask('why did the cyberattack happen to the bank');
    expect(answer.reason ?? '').not.toMatch(/never mention/);
    const any = new AnswerEngine([flood]).ask('what was hit by the cyberattack');
    expect(any.answered).toBe(true);
    expect(any.passages[0]?.text).toMatch(/cyber attack/);
  });

  it('lets the head of the compound stand for it: a cyberattack is an attack', () => {
    const answer = new AnswerEngine([flood]).ask('when did the cyberattack begin');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^The attack began/);
  });
});

describe('names WordNet knows are spelt right', () => {
  it('does not take a country the articles never mention for a common word two letters away', () => {
    const budget = plainArticle('budget', 'Town budget', [
      'The town council sent the budget back to committee on Monday.',
      'The budget includes a freeze on parking fees to help shops in the centre.',
    ]);
    const answer = new AnswerEngine([budget]).ask('did greece send help');
    expect(answer.answered).toBe(false);
  });
});
