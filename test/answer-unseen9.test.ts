import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (round 9): each mechanism on a small article written here.

describe('"how much quicker": a comparative after "how much" asks by how much, not for a thing', () => {
  const tunnel = plainArticle('tunnel', 'Rail tunnel opening delayed', [
    'The opening of the rail tunnel has been delayed by two years.',
    'When complete, it is expected to cut the journey time for trains from about three hours to under two hours.',
    'About 81 percent of the tunnel has been dug.',
  ]);

  it('answers with the figure instead of saying the articles never mention "quicker"', () => {
    const answer = new AnswerEngine([tunnel]).ask('how much quicker will the train be');
    expect(firstAnswer(answer)).toMatch(/three hours to under two hours/);
  });

  it('still abstains on a thing asked for that the articles never mention', () => {
    expect(new AnswerEngine([tunnel]).ask('how much copper is in the tunnel').answered).toBe(false);
  });
});
