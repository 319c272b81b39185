import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (ninth round): each mechanism on a small article written here.

const bits = (text: string) => featureBits({ text, quotesSomeone: false });

describe('A place is offered by a name, not by "the region" or "on Sunday"', () => {
  it('reads a place noun as a place only with its name', () => {
    expect(bits('It is the third outbreak in the country since October.') & FEATURE.place).toBe(0);
    expect(bits('The region produces a third of the eggs.') & FEATURE.place).toBe(0);
    expect(bits('Farms in the Mazovia region were hit.') & FEATURE.place).toBeTruthy();
    expect(bits('The mine lies near the city of Atacama.') & FEATURE.place).toBeTruthy();
    expect(bits('The papers were found on Castlefrank Road.') & FEATURE.place).toBeTruthy();
    expect(bits('Kursk Region officials said so.') & FEATURE.place).toBeTruthy();
  });

  it('reads a weekday or month after "on" or "in" as a time, not a place', () => {
    expect(bits('The quake struck on Sunday evening.') & FEATURE.place).toBe(0);
    expect(bits('The law takes effect in March.') & FEATURE.place).toBe(0);
    expect(bits('The quake struck on Sunday in Chile.') & FEATURE.place).toBeTruthy();
  });

  it('answers "where" with the sentence naming the place, not one saying "the country"', () => {
    const flu = plainArticle('flu', 'Bird flu found on farms', [
      'Officials confirmed outbreaks of bird flu on four poultry farms in the Mazovia region on Monday.',
      'It is the third outbreak in the country since October.',
    ]);
    const answer = new AnswerEngine([flu]).ask('where were the outbreaks found');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Mazovia/);
  });
});
