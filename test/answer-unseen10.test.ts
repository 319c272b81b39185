import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
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

describe('"how many runners took part": a verb and the noun WordNet joins to it are one verb', () => {
  const race = plainArticle('race', 'Marathon in the cold', [
    'Medical teams treated around 900 runners, and 14 were taken to hospital.',
    'About 47,000 runners took part in the race.',
  ]);

  it('joins "took part" into one word of the question, and leaves "took the train" apart', () => {
    const engine = new AnswerEngine([race]) as unknown as {
      concepts: {
        idioms(words: ReturnType<typeof analyzeQuestion>['words']): { word: string; idiom?: string }[];
      };
    };
    const joined = engine.concepts.idioms(analyzeQuestion('how many runners took part').words);
    expect(joined.filter((w) => w.word !== 'many').map((w) => [w.word, w.idiom])).toEqual([
      ['runners', undefined],
      ['took', 'part'],
    ]);
    const apart = engine.concepts.idioms(analyzeQuestion('how many runners took the train').words);
    expect(apart.every((w) => w.idiom === undefined)).toBe(true);
  });

  it('does not read "took" alone: those "taken" to hospital took no part', () => {
    const started = plainArticle('race3', 'Marathon in the cold', [
      'Medical teams treated around 900 runners, and 14 were taken to hospital.',
      'About 47,000 runners started the race.',
    ]);
    expect(firstAnswer(new AnswerEngine([started]).ask('how many runners took part'))).toMatch(/47,000/);
  });

  it('answers with a synonym of the joined verb', () => {
    const other = plainArticle('race2', 'Marathon in the cold', [
      'Medical teams treated around 900 runners, and 14 were taken to hospital.',
      'About 47,000 runners participated in the race.',
    ]);
    expect(firstAnswer(new AnswerEngine([other]).ask('how many runners took part'))).toMatch(/47,000/);
  });
});

describe('"when will the museum reopen": a date of what is still to come answers a question about the future', () => {
  const bits = (text: string) => featureBits({ text, quotesSomeone: false });

  it('reads a date said with a future or a schedule as a date to come', () => {
    expect(bits('The museum will stay closed until Wednesday.') & FEATURE.future).toBeTruthy();
    expect(bits('The closures are expected to last until February 20.') & FEATURE.future).toBeTruthy();
    expect(bits('The exhibition opened on March 3.') & FEATURE.future).toBe(0);
    // No date, no date to come.
    expect(bits('The museum will reopen soon.') & FEATURE.future).toBe(0);
  });

  it('reads "when will" and "when does" as asking of the future, "when did" not', () => {
    expect(analyzeQuestion('when will the museum reopen').future).toBe(true);
    expect(analyzeQuestion('when does the ban end').future).toBe(true);
    expect(analyzeQuestion('when did the museum reopen').future).toBeUndefined();
    expect(analyzeQuestion('what time does the museum open').future).toBeUndefined();
  });

  const museum = plainArticle('museum', 'Gold coins stolen from museum', [
    'The museum reopened in March after the exhibition hall was renovated.',
    'Police said the museum, which was closed after the theft, will reopen to visitors on Wednesday.',
  ]);

  it('answers "when does the museum reopen" with the date to come, not the past opening', () => {
    expect(firstAnswer(new AnswerEngine([museum]).ask('when does the museum reopen'))).toMatch(
      /on Wednesday/,
    );
  });

  it('still answers "when did the museum reopen" with the past date', () => {
    expect(firstAnswer(new AnswerEngine([museum]).ask('when did the museum reopen'))).toMatch(
      /reopened in March/,
    );
  });
});

describe('"In March, 12 cars of a coal train left the tracks": a sentence opening on an earlier time is background', () => {
  const bits = (text: string) => featureBits({ text, quotesSomeone: false });

  it('reads an opening "In 2017," "In March," "Last year," as background, not one that says what will be', () => {
    expect(
      bits('In March, 12 cars of a coal train left the tracks near Toledo.') & FEATURE.background,
    ).toBeTruthy();
    expect(bits('In 2017, floods killed more than 160 people.') & FEATURE.background).toBeTruthy();
    expect(bits('Last year, the plant made 300 cars.') & FEATURE.background).toBeTruthy();
    expect(bits('In May, the new law will take effect.') & FEATURE.background).toBe(0);
    expect(bits('Thirty-eight cars left the tracks in March.') & FEATURE.background).toBe(0);
  });

  const train = plainArticle('train', 'Freight train derails in Ohio', [
    'A freight train derailed near Millbrook, Ohio, on Friday night.',
    'In March, 12 cars of a coal train left the tracks near Toledo.',
    'Thirty-eight of the train cars left the tracks at about 11:45 p.m.',
  ]);

  it('answers a question about the news with the event reported, not the earlier one', () => {
    expect(firstAnswer(new AnswerEngine([train]).ask('how many cars came off the tracks'))).toMatch(
      /Thirty-eight/,
    );
  });

  it('still answers a question about earlier events with the background', () => {
    expect(firstAnswer(new AnswerEngine([train]).ask('has a train left the tracks before'))).toMatch(
      /In March/,
    );
  });
});

describe('"is there going to be another strike": a sentence saying what is to come answers whether it will be', () => {
  it('reads "will …", "is … going to", "is … coming" as asking whether something is to come', () => {
    expect(analyzeQuestion('is there going to be another strike').ahead).toBe(true);
    expect(analyzeQuestion('will there be more strikes').ahead).toBe(true);
    expect(analyzeQuestion('is another storm coming').ahead).toBe(true);
    expect(analyzeQuestion('was there another strike').ahead).toBeUndefined();
    expect(analyzeQuestion('when will the strike end').ahead).toBeUndefined();
  });

  it('marks a sentence saying what will be, with or without a date', () => {
    const bits = (text: string) => featureBits({ text, quotesSomeone: false });
    expect(bits('A second strike is planned if no deal is reached.') & FEATURE.prospect).toBeTruthy();
    expect(bits('The nurses went on strike for 24 hours.') & FEATURE.prospect).toBe(0);
  });

  const nurses = plainArticle('nurses', 'Nurses strike in Auckland', [
    'More than 4,000 nurses at three public hospitals went on strike for 24 hours on Thursday.',
    'A second 48-hour strike is planned for the end of the month if no deal is reached, the union said.',
  ]);

  it('answers with the strike planned, not the strike that happened', () => {
    expect(firstAnswer(new AnswerEngine([nurses]).ask('is there going to be another strike'))).toMatch(
      /planned/,
    );
  });
});
