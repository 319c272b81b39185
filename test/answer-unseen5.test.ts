import { describe, expect, it } from 'vitest';
import { analyzeQuestion, normalizeOpener } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

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
    expect(firstAnswer(new AnswerEngine([flood]).ask('when did the cyberattack begin'))).toMatch(
      /^The attack began/,
    );
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

describe('"how much" of a thing that is no money', () => {
  it('counts the thing named after "how much" when it is no money, even with a verb of money', () => {
    expect(analyzeQuestion('how much data was stolen').kind).toBe('count');
    expect(analyzeQuestion('how much gold did they sell').kind).toBe('count');
    expect(analyzeQuestion('how much money was stolen').kind).toBe('money');
    expect(analyzeQuestion('how much tax will they pay').kind).toBe('money');
    expect(analyzeQuestion('how much prize money did she win').kind).toBe('money');
    expect(analyzeQuestion('how much did the bridge cost').kind).toBe('money');
  });

  it('answers "how much X was stolen" with the amount of X, not abstaining for want of a sum', () => {
    const hack = plainArticle('hack', 'Shop hacked', [
      'Hackers broke into the online shop of a furniture chain last week.',
      'The hackers said they had stolen 40 gigabytes of customer data.',
    ]);
    expect(firstAnswer(new AnswerEngine([hack]).ask('how much data was stolen'))).toMatch(/40 gigabytes/);
  });
});

describe('people counted by what they did', () => {
  it('answers "how many people signed X" with the count of signatures, not abstaining', () => {
    const letter = plainArticle('letter', 'Open letter on the park', [
      'Residents sent an open letter to the mayor on Tuesday about plans to build on the park.',
      'The letter carried 2,500 signatures, its organisers said.',
      'Some 40 people gathered outside the town hall.',
    ]);
    expect(firstAnswer(new AnswerEngine([letter]).ask('how many people signed the letter'))).toMatch(
      /2,500 signatures/,
    );
  });
});

describe('"who is behind X"', () => {
  it('reads "who is behind X" as who is responsible for X', () => {
    expect(normalizeOpener('who is behind the attack')).toBe('who is responsible for the attack');
    expect(normalizeOpener('whos behind the leak')).toBe('who is responsible for the leak');
    // "behind" elsewhere keeps its place.
    expect(normalizeOpener('what is behind the station')).toBe('what is behind the station');
  });

  it('answers "who is behind X" with the group that claimed responsibility', () => {
    const blast = plainArticle('blast', 'Pipeline blast', [
      'The blast damaged a gas pipeline near the border on Sunday, officials said.',
      'Engineers said repairs after the blast would take a week.',
      'A rebel faction calling itself the Dawn Front claimed responsibility on its website.',
    ]);
    expect(firstAnswer(new AnswerEngine([blast]).ask('who is behind the blast'))).toMatch(
      /claimed responsibility/,
    );
  });
});
