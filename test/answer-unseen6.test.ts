import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { isRespelling } from '../src/answer/respell.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (seventh round): each mechanism on a small article written here.

describe('British and American spellings of one word', () => {
  it('recognises the regional spelling patterns, and nothing else', () => {
    expect(isRespelling('epicenter', 'epicentre')).toBe(true);
    expect(isRespelling('color', 'colour')).toBe(true);
    expect(isRespelling('organize', 'organise')).toBe(true);
    expect(isRespelling('defense', 'defence')).toBe(true);
    expect(isRespelling('catalog', 'catalogue')).toBe(true);
    expect(isRespelling('anemia', 'anaemia')).toBe(true);
    expect(isRespelling('center', 'middle')).toBe(false);
    expect(isRespelling('hour', 'hr')).toBe(false);
    expect(isRespelling('center', 'center')).toBe(false);
  });

  it('matches a word spelt the other way in full, above a sentence matching only a weak relative', () => {
    const quake = plainArticle('quake', 'Quake hits coast', [
      'Rescue teams were working through the night in the coastal towns.',
      'Most damage was in villages near the epicentre, officials said.',
    ]);
    expect(firstAnswer(new AnswerEngine([quake]).ask('where was the epicenter'))).toMatch(/epicentre/);
  });
});

describe('"has anyone been X": the event must be spoken of', () => {
  it('finds the verb said of "anyone", past auxiliaries', () => {
    expect(analyzeQuestion('has anyone been arrested for the theft').event).toBe('arrested');
    expect(analyzeQuestion('was anyone hurt').event).toBe('hurt');
    expect(analyzeQuestion('did anybody get injured in the crash').event).toBe('injured');
    expect(analyzeQuestion('who was arrested').event).toBeUndefined();
  });

  const theft = plainArticle('theft', 'Coins stolen from museum', [
    'Thieves stole a collection of gold coins from a museum in the city on Saturday.',
    'The culture minister said the theft was a serious blow to the country.',
    'Police are searching for three suspects seen on security cameras.',
  ]);

  it('abstains when no sentence speaks of the event, though the rest of the question matches', () => {
    const answer = new AnswerEngine([theft]).ask('has anyone been arrested for the theft');
    expect(answer.answered).toBe(false);
  });

  it('still answers when a sentence speaks of the event', () => {
    expect(firstAnswer(new AnswerEngine([theft]).ask('has anyone been searched for over the theft'))).toMatch(
      /searching for three suspects/,
    );
  });
});

describe('"since" a point in time gives no reason', () => {
  const reason = (text: string) => (featureBits({ text, quotesSomeone: false }) & FEATURE.reason) !== 0;

  it('reads "since" before a year, a month or a day as time, elsewhere as a reason', () => {
    expect(reason('It is the third strike by the union since 2022.')).toBe(false);
    expect(reason('Prices have risen since March.')).toBe(false);
    expect(reason('Nobody has seen him since last week.')).toBe(false);
    expect(reason('The plan was dropped, since the money had run out.')).toBe(true);
  });

  it('answers "why" with the sentence giving the cause, not one dating earlier events', () => {
    const strike = plainArticle('strike', 'Pilots strike', [
      'Pilots at the airline walked out on Monday in a strike over pay and pensions.',
      'It is the third strike by the airline pilots since 2022.',
    ]);
    expect(firstAnswer(new AnswerEngine([strike]).ask('why are the pilots striking'))).toMatch(
      /over pay and pensions/,
    );
  });
});

describe('plurals that should change f to v', () => {
  it('reads "thiefs" as the "thieves" the article writes', () => {
    const theft = plainArticle('theft', 'Museum break-in', [
      'The museum reopened on Monday after a week of repairs to its roof.',
      'The thieves used explosives to force open a side door, police said.',
    ]);
    expect(firstAnswer(new AnswerEngine([theft]).ask('how did the thiefs get in'))).toMatch(
      /thieves used explosives/,
    );
  });
});
