import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { countsOf, FEATURE, featureBits } from '../src/answer/features.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

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
    expect(firstAnswer(new AnswerEngine([flu]).ask('where were the outbreaks found'))).toMatch(/Mazovia/);
  });
});

describe('"how much can they raise the rent": a change made to an amount, a share answers', () => {
  it('reads raising, cutting or lowering an amount as asking by how much, not for a sum', () => {
    expect(analyzeQuestion('How much can landlords raise the rent?').kind).toBe('count');
    expect(analyzeQuestion('how much will the city cut bus fares').kind).toBe('count');
    expect(analyzeQuestion('how much money did the charity raise').kind).toBe('money');
    expect(analyzeQuestion('how much does the rent cost').kind).toBe('money');
  });

  it('answers with the percentage', () => {
    const rent = plainArticle('rent', 'Voters approve rent cap', [
      'Voters approved a cap on rent increases on Sunday.',
      'Under the new rules, landlords may raise rents by no more than 3 percent a year.',
    ]);
    expect(firstAnswer(new AnswerEngine([rent]).ask('How much can landlords raise the rent?'))).toMatch(
      /3 percent/,
    );
  });
});

describe('Of a passage of two sentences, the one giving the figure answers', () => {
  it('answers "how much did the resuce cost" from the sentence after the rescue', () => {
    const mine = plainArticle('mine', 'Miners rescued', [
      'Rescue teams brought out all twelve miners on Wednesday.',
      'Families of the miners camped outside the mine throughout the rescue.',
      'About 300 rescuers took part in the operation, which cost an estimated 4 million dollars.',
    ]);
    // The rescue and its cost are told in one paragraph: sentences 2 and 3 make a passage.
    for (const s of mine.sentences.slice(1)) Object.assign(s, { paragraph: 1, index: s.id - 1 });
    const spill = plainArticle('spill', 'Oil spill', [
      'The ban would cost fishermen 1.5 million euros a month.',
      'The cleanup will cost more.',
    ]);
    expect(firstAnswer(new AnswerEngine([mine, spill]).ask('how much did the resuce cost'))).toMatch(
      /4 million dollars/,
    );
  });
});

describe('"What\'s the name of the tanker": the sentence giving its name', () => {
  it('reads "the name of X" as asking for the name itself', () => {
    expect(analyzeQuestion("what's the name of the tanker").named).toBe(true);
    // "Which tanker" asks for one by its name too (round 11).
    expect(analyzeQuestion('which tanker hit the ship').named).toBe(true);
    expect(analyzeQuestion('what did the tanker hit').named).toBeUndefined();
  });

  it('answers with the sentence naming the thing next to it, not one that only mentions it', () => {
    const spill = plainArticle('spill', 'Tanker spills oil', [
      "Investigators are examining whether the tanker's radar was off.",
      'The authority said the tanker, the Aurora Star, was carrying crude oil to Rotterdam.',
    ]);
    expect(firstAnswer(new AnswerEngine([spill]).ask("what's the name of the tanker"))).toMatch(
      /Aurora Star/,
    );
  });
});

describe('"several weeks", "a few days" are durations', () => {
  it('reads an indefinite figure with a unit as that unit', () => {
    expect(bits('It could take several weeks.') & FEATURE.duration).toBeTruthy();
    expect(bits('The work will last a few days.') & FEATURE.duration).toBeTruthy();
    expect(bits('Several workers were hurt.') & FEATURE.duration).toBe(0);
  });

  it('answers "how long will it take" with them', () => {
    const spill = plainArticle('spill', 'Oil spill reaches beaches', [
      'Workers and volunteers are cleaning the beaches with shovels.',
      'The shipping company said it would pay for the cleanup.',
      '"We will not leave until every beach is clean, but it could take several weeks," the prefect said.',
    ]);
    expect(firstAnswer(new AnswerEngine([spill]).ask('How long will the cleanup take?'))).toMatch(
      /several weeks/,
    );
  });
});

describe('A share is no count of the thing', () => {
  it('does not read "two thirds of the cars" or "one in four students" as how many', () => {
    expect(countsOf('About two thirds of the affected cars were sold in Europe.', 'car')).toBe(false);
    expect(countsOf('One in four students already works.', 'student')).toBe(false);
    expect(countsOf('It is recalling about 480,000 cars.', 'car')).toBe(true);
    expect(countsOf('Four students were hurt.', 'student')).toBe(true);
  });

  it('answers "how many cars" with the number recalled, not the share sold in Europe', () => {
    const recall = plainArticle('recall', 'Carmaker recalls cars over brake fault', [
      'The carmaker said it is recalling about 480,000 vehicles worldwide because of a brake fault.',
      'About two thirds of the affected cars were sold in Europe.',
    ]);
    expect(firstAnswer(new AnswerEngine([recall]).ask('how many cars are being recalled'))).toMatch(
      /480,000/,
    );
  });
});
