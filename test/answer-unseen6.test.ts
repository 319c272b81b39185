import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { isRespelling } from '../src/answer/respell.ts';
import { plainArticle } from './helpers/articles.ts';

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
    const answer = new AnswerEngine([quake]).ask('where was the epicenter');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/epicentre/);
  });
});
