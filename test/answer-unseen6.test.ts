import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { isRespelling } from '../src/answer/respell.ts';
import { buildArticle } from '../src/article/build.ts';
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
    const answer = new AnswerEngine([theft]).ask('has anyone been searched for over the theft');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/searching for three suspects/);
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
    const answer = new AnswerEngine([strike]).ask('why are the pilots striking');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/over pay and pensions/);
  });
});

describe('plurals that should change f to v', () => {
  it('reads "thiefs" as the "thieves" the article writes', () => {
    const theft = plainArticle('theft', 'Museum break-in', [
      'The museum reopened on Monday after a week of repairs to its roof.',
      'The thieves used explosives to force open a side door, police said.',
    ]);
    const answer = new AnswerEngine([theft]).ask('how did the thiefs get in');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/thieves used explosives/);
  });
});

describe('"what did X say" of an X the articles never write', () => {
  const recall = buildArticle('recall', 'recall.txt', {
    title: 'Carmaker recalls 40,000 cars over brake fault',
    paragraphs: [
      'The carmaker Vela is recalling 40,000 cars because of a fault in the brakes.',
      '"No injuries have been reported," the company said in a statement.',
      'The recall covers cars built between 2022 and 2025, regulators said.',
    ],
  });
  const engine = new AnswerEngine([recall]);

  it('says the articles never quote it, however well the rest of the question matches', () => {
    // "tesla" in lower case is an English word (a unit), no name by its looks.
    const answer = engine.ask('what did tesla say about the recall of cars with brake faults');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe('The articles never quote tesla.');
  });

  it('answers for a speaker the articles do write', () => {
    const answer = engine.ask('what did the company say about the recall');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/No injuries/);
  });
});

describe('a name the articles never write is unknown, whatever its broader terms or common senses', () => {
  const flu = plainArticle('flu', 'Bird flu found on Polish farms', [
    'Bird flu was found on six poultry farms in Poland on Monday.',
    'Other European countries have tightened checks on poultry imports.',
  ]);
  const fees = plainArticle('fees', 'Students march against higher fees', [
    'Three thousand students marched against a rise in college fees on Saturday.',
    'One in four students already works more than 20 hours a week.',
  ]);
  const pow = plainArticle('pow', 'Prisoner exchange agreed', [
    'Both sides agreed to an exchange of prisoners on Friday.',
    'The talks in Geneva lasted three days.',
    'Officials said more prisoners could be freed later.',
  ]);

  it('a place known only by its kind ("Hungary", a European country) is not mentioned', () => {
    const answer = new AnswerEngine([flu]).ask('when was bird flu found in hungary');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/never mention hungary/);
  });

  it('a word of a longer name is not meant in its common sense ("Trinity College" is no "three")', () => {
    const answer = new AnswerEngine([fees]).ask('How many students study at Trinity College?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/never mention Trinity/);
  });

  it('an abbreviation stands for the words it abbreviates ("pow": prisoner of war)', () => {
    const answer = new AnswerEngine([pow]).ask('pow exchange');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/exchange of prisoners/);
  });
});
