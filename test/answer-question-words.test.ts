import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// How question words are read: "now" is the time of asking, no topic; a figure may stand in the
// sentence after the one naming the thing; "Lib Dem" is a clipped "Liberal Democrat".

const tunnel = plainArticle(
  'tunnel',
  'Alpine rail tunnel delayed by two years',
  [
    'The opening of the Corvo base tunnel has been delayed by two years.',
    'Engineers said most of the tunnel tubes have now been dug out.',
    'Critics said the costs of rail projects in the Alps often rise.',
    'Rising costs also hit a bridge project in the region last year.',
    'Energy costs for the railways doubled in two years.',
    'The European Commission is paying part of the construction costs of the tunnel.',
    'The company blamed the tunnel delay on hard rock and water.',
    'It also raised its cost estimate from 7.9 billion euros to 9.4 billion euros.',
  ],
  true,
);

describe('"now", "currently" in a question are the time of asking, not its topic', () => {
  it('reads them as scaffolding', () => {
    for (const q of ['how much will the tunnel cost now', 'where is the ship currently'])
      expect(
        analyzeQuestion(q)
          .words.filter((w) => /^(?:now|currently)$/.test(w.word))
          .every((w) => w.frame),
      ).toBe(true);
  });

  it('does not let a sentence saying "now" outrank the one about the thing asked', () => {
    const answer = new AnswerEngine([tunnel]).ask('when will the tunnel open now');
    expect(firstAnswer(answer)).toMatch(/opening of the Corvo base tunnel/);
  });
});

describe('a figure in the next sentence answers when the sentence naming the thing has none', () => {
  it('answers "how much" with the two-sentence passage that gives a sum, rather than abstaining', () => {
    const answer = new AnswerEngine([tunnel]).ask('how much is the tunnel going to cost');
    expect(firstAnswer(answer)).toMatch(/9\.4 billion euros/);
  });

  it('still says there is no figure when no passage near the thing gives one', () => {
    const noSum = plainArticle(
      'tunnel2',
      'Alpine rail tunnel delayed',
      [
        'The opening of the Corvo base tunnel has been delayed by two years.',
        'The European Commission is paying part of the construction costs of the tunnel.',
        'Critics said the project had been badly managed.',
      ],
      true,
    );
    expect(new AnswerEngine([noSum]).ask('how much is the tunnel going to cost').answered).toBe(false);
  });
});

describe('a name clipped from a name the articles write ("Lib Dem" for "Liberal Democrat")', () => {
  const council = plainArticle('council', 'Council hit by ransomware', [
    'Council services remained disrupted for a sixth day after a ransomware attack.',
    'Opposition councillor Raj Bhandari, who leads the Liberal Democrat group, criticised the council for cutting its IT budget.',
    'The library computers were not affected.',
  ]);

  it('is that name', () => {
    const answer = new AnswerEngine([council]).ask('What does the Lib Dem councillor blame?');
    expect(firstAnswer(answer)).toMatch(/Liberal Democrat group/);
  });

  it('is not a name clipped from lower-case words ("library", "demand")', () => {
    const other = plainArticle('other', 'Council hit by ransomware', [
      'Opposition councillors criticised the council for cutting its IT budget.',
      'The library computers were not affected, despite the demand for a ransom.',
    ]);
    expect(new AnswerEngine([other]).ask('What does the Lib Dem councillor blame?').answered).toBe(false);
  });
});

describe('what a question asks must be there, in the kind asked for', () => {
  it('"who is Vantera\'s chief executive" wants a sentence naming one', () => {
    expect(analyzeQuestion("who is Vantera's chief executive").focus).toBe('chief executive');
    const bid = plainArticle('bid', 'Dairy rejects takeover bid', [
      'The board of Koskela Dairy rejected a takeover bid from Vantera on Monday.',
      'According to people familiar with the matter, Vantera is considering raising its offer.',
    ]);
    expect(new AnswerEngine([bid]).ask("Who is Vantera's chief executive?").answered).toBe(false);
  });

  it('"how old is the star" wants an age or a duration, not any figure', () => {
    const planet = plainArticle('planet', 'Water vapour found on distant planet', [
      'Astronomers found water vapour on a planet about 2.4 times the size of Earth, orbiting a red dwarf star.',
      'The team used the James Webb Space Telescope.',
    ]);
    expect(new AnswerEngine([planet]).ask('how old is the red dwarf star').answered).toBe(false);
  });

  it('"how long was the bridge blocked for" asks for a time, not a length', () => {
    expect(analyzeQuestion('how long was the bridge blocked for').units).toBe(
      FEATURE.duration | FEATURE.length,
    );
    expect(analyzeQuestion('how long is the bridge').units).toBe(FEATURE.length);
    const protest = plainArticle('protest', 'Court quashes protest convictions', [
      'The court quashed the convictions of nine activists who blocked the Samuel Beckett Bridge for three hours in October 2023.',
      'The bridge is 120 metres long.',
    ]);
    expect(firstAnswer(new AnswerEngine([protest]).ask('how long was the bridge blocked for'))).toMatch(
      /three hours/,
    );
  });
});

describe('"what share of …" asks a percentage or a fraction', () => {
  it('reads the question so', () => {
    expect(FEATURE.share).toBeGreaterThan(0);
    for (const q of [
      'What share of students back the ban?',
      'what percentage voted yes',
      'what proportion of cases were children',
    ])
      expect(analyzeQuestion(q).units, q).toBe(FEATURE.share);
  });

  it('answers with the percentage rather than another figure about the same thing', () => {
    const ban = plainArticle('ban', 'School phone ban cuts disruption', [
      'The district, which has 31 schools and about 24,000 students, introduced the ban in September 2025.',
      'About 54 percent said they supported the ban.',
    ]);
    expect(firstAnswer(new AnswerEngine([ban]).ask('What share of students back the ban?'))).toMatch(
      /54 percent/,
    );
  });
});

describe('distances in space are lengths', () => {
  it('reads light-years and parsecs as a length, for "how far"', () => {
    const bits = (text: string) => featureBits({ text, quotesSomeone: false });
    expect(bits('The planet orbits a red dwarf star 97 light-years away.') & FEATURE.length).toBeTruthy();
    expect(bits('The galaxy lies about 12 parsecs from the cluster.') & FEATURE.length).toBeTruthy();
  });
});

describe('a reporting word after a determiner is a noun of the speaker phrase', () => {
  it('reads "the state governor" as who is asked about, not "the" stating', () => {
    expect(analyzeQuestion('What did the state governor say about the phone ban?').speaker).toBe(
      'the state governor',
    );
    expect(analyzeQuestion('What did the head of the state department say').speaker).toBe(
      'the head of the state department',
    );
    expect(analyzeQuestion('what has the army claimed').speaker).toBe('the army');
  });

  it('reads a passive as no one speaking ("why was the algorithm found unlawful")', () => {
    expect(analyzeQuestion('Why was the algorithm found unlawful?').speaker).toBeUndefined();
    expect(analyzeQuestion('what did the minister say').speaker).toBe('the minister');
  });
});
