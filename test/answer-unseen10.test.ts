import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (round 10): each mechanism on a small article written here.

describe('"is due to end at midnight": "due to" before a bare verb is a schedule, not a reason', () => {
  const bits = (text: string) => featureBits({ text, quotesSomeone: false });

  it('reads "due to" + verb as no reason, "due to" + a cause as one', () => {
    expect(bits('The strike is due to end at midnight on Tuesday.') & FEATURE.reason).toBe(0);
    expect(bits('She is due to be sworn in on January 5.') & FEATURE.reason).toBe(0);
    expect(bits('A selection is due to go on public display next summer.') & FEATURE.reason).toBe(0);
    expect(bits('The delay was due to heavy rain.') & FEATURE.reason).toBeTruthy();
    expect(bits('Flights were cancelled due to the storm.') & FEATURE.reason).toBeTruthy();
    expect(bits('The gap is due to rising costs.') & FEATURE.reason).toBeTruthy();
  });

  it('answers "why" with the cause, not with the sentence saying when the strike ends', () => {
    const strike = plainArticle('strike', 'Pilots strike', [
      'The pilots strike is due to end at midnight on Tuesday.',
      'The union said the pilots strike would end early because a pay deal had been reached.',
    ]);
    expect(firstAnswer(new AnswerEngine([strike]).ask('why is the pilots strike ending'))).toMatch(
      /pay deal/,
    );
  });
});
