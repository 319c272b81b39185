import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Concepts are kept between questions until the articles change: an article added or removed
// must be seen by the next question, whatever the earlier ones built.

const strike = plainArticle('strike', 'Nurses strike in Auckland', [
  'More than 4,000 nurses went on strike for 24 hours on Thursday.',
  'The union said a second strike is planned for the end of the month.',
]);
const quake = plainArticle('quake', 'Earthquake in eastern Turkey', [
  'A strong earthquake struck eastern Turkey on Wednesday, killing at least 23 people.',
  'The magnitude 6.4 quake hit at 9:12 p.m. near the town of Pütürge.',
]);

describe('concepts kept between questions follow the articles', () => {
  it('answers the same question alike when asked twice', () => {
    const engine = new AnswerEngine([strike, quake]);
    const first = engine.ask('how many nurses went on strike');
    expect(engine.ask('how many nurses went on strike')).toEqual(first);
    expect(firstAnswer(first)).toMatch(/4,000 nurses/);
  });

  it('finds a word an article added after it was first asked', () => {
    const engine = new AnswerEngine([strike]);
    expect(engine.ask('how strong was the earthquake').answered).toBe(false);
    engine.add(quake);
    expect(firstAnswer(engine.ask('how strong was the earthquake'))).toMatch(/earthquake|quake/);
  });

  it('no longer finds a word whose only article was removed', () => {
    const engine = new AnswerEngine([strike, quake]);
    expect(firstAnswer(engine.ask('where did the earthquake strike'))).toMatch(/Turkey|Pütürge/);
    engine.remove('quake');
    const after = engine.ask('where did the earthquake strike');
    expect(after.answered && after.passages.some((p) => /earthquake|quake/.test(p.text))).toBe(false);
  });
});
