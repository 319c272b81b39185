import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { countsThings, FEATURE, featureBits } from '../src/answer/features.ts';
import { buildArticle } from '../src/article/build.ts';
import { isStopWord, ordinalWord, termOf, tokenize } from '../src/search/text.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (round 18): each mechanism on a small article written here.

const bits = (text: string) => featureBits({ text, quotesSomeone: false });

describe('ordinals written in figures ("2nd phase")', () => {
  it('are one token, read as the word ("second") up to the twentieth', () => {
    expect(tokenize('a 2nd phase').map((t) => t.word)).toEqual(['a', '2nd', 'phase']);
    expect(ordinalWord('2nd')).toBe('second');
    expect(ordinalWord('20th')).toBe('twentieth');
    expect(ordinalWord('21st')).toBeUndefined();
    expect(termOf('2nd')).toBe(termOf('second'));
    expect(termOf('3rd')).toBe(termOf('third'));
  });

  it('find the sentence writing the word, and the word finds the figures', () => {
    const engine = new AnswerEngine([
      plainArticle('tidal', 'Tidal turbines start sending power', [
        'The first four turbines began sending electricity to the grid on Tuesday.',
        'The company intends to apply for consent for a second phase of twelve turbines in 2027.',
        'The 3rd turbine was delayed by a fault.',
      ]),
    ]);
    const phase = engine.ask('whats the plan for a 2nd phase');
    expect(phase.reason ?? '').not.toMatch(/never mention/);
    expect(firstAnswer(phase)).toMatch(/second phase/);
    expect(firstAnswer(engine.ask('what happened to the third turbine'))).toMatch(/3rd turbine/);
  });
});

describe('"v", "vs" and "versus" between two sides', () => {
  it('are no words of a topic, so no name the articles never mention', () => {
    for (const w of ['v', 'vs', 'versus']) expect(isStopWord(w)).toBe(true);
    const engine = new AnswerEngine([
      plainArticle('cricket', 'Match abandoned over dangerous pitch', [
        'The match between Northamptonshire and Sussex was abandoned on Wednesday after the umpires ruled that the pitch was too dangerous.',
        'Spectators will receive a full refund.',
      ]),
    ]);
    const answer = engine.ask('Why was the Northamptonshire v Sussex game abandoned?');
    expect(answer.answered).toBe(true);
    expect(firstAnswer(answer)).toMatch(/pitch was too dangerous/);
  });
});

describe("a sum in a country's currency named in full", () => {
  it('is a sum of money with the country between figure and currency ("1.1 million Danish kroner")', () => {
    expect(bits('The switch will cost about 1.1 million Danish kroner.') & FEATURE.money).toBeTruthy();
    expect(bits('It sold for 40 Hong Kong dollars.') & FEATURE.money).toBeTruthy();
    expect(bits('It sold for 5 US dollars.') & FEATURE.money).toBeTruthy();
    // Not a year before the currency's name, lower case.
    expect(bits('In 2019 the dollar fell against the euro.') & FEATURE.money).toBeFalsy();
  });

  it('answers how much something costs', () => {
    const engine = new AnswerEngine([
      plainArticle('tennis', 'Tournament drops line judges', [
        'The Aarhus Open will call every line electronically from next Monday.',
        'The switch to the electronic system will cost about 1.1 million Danish kroner.',
      ]),
    ]);
    const answer = engine.ask('How much is the electronic system costing the tournament?');
    expect(answer.answered).toBe(true);
    expect(firstAnswer(answer)).toMatch(/Danish kroner/);
  });
});

describe('a building\'s age given by the year it "opened in"', () => {
  it('is an age, as "built in" is; a refit "completed in" a year is not', () => {
    expect(bits('The hall, which opened in 1879, has a leaking roof.') & FEATURE.age).toBeTruthy();
    expect(bits('A refit of the hall, completed in 2022, ran late.') & FEATURE.age).toBeFalsy();
  });
});

describe('"what did the government say"', () => {
  const engine = new AnswerEngine([
    buildArticle('test', 'test.txt', {
      title: 'Blood test spots early cancer',
      paragraphs: [
        'A blood test picked up pancreatic cancer at an early stage in two thirds of patients.',
        'The Department of Health said it would wait for advice from the screening committee before making any decision.',
        'The charity welcomed the results.',
      ],
    }),
  ]);

  it('is answered by a department speaking for it, when nobody is called the government', () => {
    const answer = engine.ask('what did the govt say about the test');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.text).join(' ')).toMatch(/wait for advice/);
  });
});

describe('"the teachers\' union": whom an organisation is made of', () => {
  const engine = new AnswerEngine([
    buildArticle('schools', 'schools.txt', {
      title: 'Untrained staff to take classes',
      paragraphs: [
        'Primary schools will place classes with staff who hold no teaching qualification, as too few teachers apply.',
        'The General Education Union criticised the plan. Its spokesperson, Kees Dijkman, said it amounted to "a two-tier school system".',
      ],
    }),
  ]);

  it("need not be in the organisation's name, in an article speaking of them", () => {
    const answer = engine.ask("What does the teachers' union say about the plan?");
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.text).join(' ')).toMatch(/General Education Union|two-tier/);
  });

  it('must be when written as a name, with capitals', () => {
    const answer = engine.ask("What does the Teachers' Union say about the plan?");
    expect(answer.answered).toBe(false);
  });
});

describe('"how long is the waiting list"', () => {
  it('asks how many are on it: any figure answers, not only a length or a time', () => {
    const engine = new AnswerEngine([
      plainArticle('lets', 'Holiday lets to need a licence', [
        'Owners of holiday lets will need a licence from April.',
        "The council's report estimated that 1,200 families were on the county's housing waiting list.",
      ]),
    ]);
    const answer = engine.ask('How long is the housing waiting list?');
    expect(answer.answered).toBe(true);
    expect(firstAnswer(answer)).toMatch(/1,200 families/);
  });
});

describe('a rate written with a number word ("about two metres of land a year")', () => {
  it('is a rate, as "2 metres a year" is', () => {
    expect(bits('The coast is losing about two metres of land a year.') & FEATURE.rate).toBeTruthy();
    expect(bits('The coast lost two metres of land in the storm.') & FEATURE.rate).toBeFalsy();
  });
});

describe('"how many X": a figure that counts things', () => {
  it('tells counts ("240 residents", "rose to 12", "scored twice") from sums, ages, dates and measures', () => {
    for (const t of [
      'About 240 residents were evacuated.',
      'The death toll rose to 12.',
      'Sheehan scored twice.',
      'Of the 61 participants, 42 were flagged.',
      'Dozens of migrants were rescued.',
      'About 3m people watched.',
    ])
      expect(countsThings(t), t).toBe(true);
    for (const t of [
      'The park covers 41,000 hectares in the Carpathians.',
      'Donna Kilbride, 47, had made disclosures.',
      'It faced a budget gap of £38.6 million in 2024.',
      'It may draw 640,000 cubic metres of water a year.',
      'The 3rd turbine failed on July 27 at 10:40 p.m.',
      'Masts for 5G line the A4.',
    ])
      expect(countsThings(t), t).toBe(false);
  });

  const engine = new AnswerEngine([
    plainArticle('park', 'Logging found in national park', [
      'The park, which covers 41,000 hectares in the Southern Carpathians, is home to brown bears and wolves.',
      'Rangers counted 61 wolves in the park last winter.',
    ]),
  ]);

  it('is wanted for "how many bears": a measure of something else gives no answer', () => {
    expect(engine.ask('how many bears are there in the park').answered).toBe(false);
    expect(firstAnswer(engine.ask('how many wolves are there in the park'))).toMatch(/61 wolves/);
  });

  it('is not wanted for "how much" of a mass, which a measure answers', () => {
    const oil = new AnswerEngine([
      plainArticle('spill', 'Tanker leaks oil', [
        'The tanker ran aground on Monday.',
        'The authority estimated the spill at about 200 tonnes of oil.',
      ]),
    ]);
    expect(firstAnswer(oil.ask('How much oil was spilled?'))).toMatch(/200 tonnes/);
  });
});

describe('what "could remain" or "may reopen" is a prospect', () => {
  it('is said of what is to come, as "will" is; "could have" is not', () => {
    expect(bits('The road could remain closed for at least three weeks.') & FEATURE.prospect).toBeTruthy();
    expect(bits('The eels could have been sold in Asia.') & FEATURE.prospect).toBeFalsy();
  });
});
