import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.ts';
import { initials, namedBy } from '../src/answer/speakers.ts';
import { buildArticle } from '../src/article/build.ts';
import { parseArticle } from '../src/article/parse.ts';
import type { Article } from '../src/article/types.ts';
import { firstAnswer } from './helpers/articles.ts';

// Organisations as speakers: named by an acronym the article spells out, or asked about through
// the role that speaks for them.

function article(id: string, text: string): Article {
  const parsed = parseArticle(text);
  if (!parsed) throw new Error('unparsable test article');
  return buildArticle(id, `${id}.txt`, parsed);
}

const doping = article(
  'doping',
  [
    'Cyclist banned for four years after positive test',
    'The International Testing Agency (ITA) announced on Wednesday that the cyclist had been banned for four years.',
    'His lawyer said the sample may have been contaminated during transport.',
    'The ITA rejected that argument.',
  ].join('\n'),
);

const fraud = article(
  'fraud',
  [
    'Council treasurer jailed for fraud',
    'According to the Serious Fraud Office, the treasurer set up three fake supplier companies.',
    'Victims of the fraud included several charities, the court heard.',
  ].join('\n'),
);

describe('a source named by its acronym is found by the words the article spells it out with', () => {
  it('answers what the testing agency said with what "the ITA" said', () => {
    const answer = new AnswerEngine([doping]).ask('what did the testing agency say');
    expect(firstAnswer(answer)).toMatch(/ITA/);
  });
});

describe('"the head of X", never quoted: X speaks for its head', () => {
  it('answers with what the office says', () => {
    const answer = new AnswerEngine([fraud]).ask('what did the head of the serious fraud office say');
    expect(firstAnswer(answer)).toMatch(/According to the Serious Fraud Office/);
  });

  it('does not let an organisation speak for people who are no role of it', () => {
    const answer = new AnswerEngine([fraud]).ask('what did the victims of the serious fraud office say');
    expect(answer.answered).toBe(false);
  });
});

describe('"who built it" asks who did it, not who says so', () => {
  const launch = article(
    'launch',
    [
      'India launches weather satellite',
      'The Indian Space Research Organisation (ISRO) said its GSLV rocket lifted off on time and placed a weather satellite in orbit.',
      'The satellite will measure rainfall over the Indian Ocean.',
    ].join('\n'),
  );

  it('reads an active "who …" question as asking for the doer', async () => {
    const { analyzeQuestion } = await import('../src/answer/analyze.ts');
    const { FEATURE } = await import('../src/answer/features.ts');
    expect(FEATURE.agent).toBeGreaterThan(0);
    expect(analyzeQuestion('who built the rocket engine').units).toBe(FEATURE.agent);
    expect(analyzeQuestion('who was killed').units ?? 0).toBe(0);
    expect(analyzeQuestion('who warned about the cracks').units ?? 0).toBe(0);
  });

  it('does not take whoever a sentence quotes for who built the engine', () => {
    expect(new AnswerEngine([launch]).ask('who built the rocket engine').answered).toBe(false);
    expect(new AnswerEngine([launch]).ask('who built the rocket').answered).toBe(false);
  });

  it('still answers who said so with the sentence quoting them', () => {
    expect(firstAnswer(new AnswerEngine([launch]).ask('who said the rocket lifted off'))).toMatch(/ISRO/);
  });
});

describe('"Nordvik Air\'s boss" is the boss of Nordvik Air', () => {
  const strike = article(
    'strike',
    [
      'Pilots strike grounds regional airline',
      'Regional airline Nordvik Air cancelled 312 flights after its pilots walked out in a dispute over pay.',
      "The Nordic Pilots' Association said its members had been working without a new contract since January.",
      'Chief executive Lena Brevik said the company had offered a 9 percent increase over three years.',
      "Indonesia's foreign ministry said it was following the dispute.",
    ].join('\n'),
  );

  it('answers with what its chief executive said', () => {
    const answer = new AnswerEngine([strike]).ask("What did Nordvik Air's boss say?");
    expect(firstAnswer(answer)).toMatch(/Lena Brevik/);
  });

  it("answers what the pilots' union says with what their association says", () => {
    expect(firstAnswer(new AnswerEngine([strike]).ask("What does the pilots' union say?"))).toMatch(
      /Pilots' Association/,
    );
  });

  it("does not let a country's ministry speak for its president", () => {
    expect(new AnswerEngine([strike]).ask("What did Indonesia's president say?").answered).toBe(false);
  });
});

describe('a title written next to a name where the article does not quote them', () => {
  it('finds the club chairman quoted in the next sentence as "he"', () => {
    const stadium = article(
      'stadium',
      [
        'Council approves new football stadium',
        'The city council voted 27 to 19 on Wednesday to approve the new stadium.',
        'Club chairman Martin Hartley welcomed the decision.',
        '"This is the most important night in the history of this club," he said.',
      ].join('\n'),
    );
    const answer = new AnswerEngine([stadium]).ask('What does the club chairman say about the stadium?');
    expect(answer.passages.some((p) => /most important night/.test(p.text))).toBe(true);
  });
});

const exams = article(
  'exams',
  [
    'Marking error gives thousands of pupils wrong grades',
    'About 3,900 pupils received the wrong grades because of a software fault, the National Assessment Board (NAB) said on Friday.',
    "The board's chief executive, Fiona Clarke, said the fault had been found by a teacher in Leeds.",
    'Corrected grades will be sent to schools by Wednesday, according to the board.',
    'The Association of School Leaders (ASL) said it would ask for an independent review of the marking.',
  ].join('\n'),
);

describe('an organisation named in full is also found by the acronym the article gives it', () => {
  it('answers what the ASL says with what the Association of School Leaders said', () => {
    const answer = new AnswerEngine([exams]).ask('What does the ASL say it will do?');
    expect(firstAnswer(answer)).toMatch(/independent review/);
  });

  it("reads a name's initials, skipping the small words that join it", () => {
    expect(initials('the Association of School Leaders')).toBe('asl');
    expect(initials('The National Assessment Board')).toBe('nab');
    expect(initials('Fiona')).toBeUndefined();
    expect(initials('the board')).toBeUndefined();
  });
});

describe('"the board" is the organisation the article named with that head noun', () => {
  it('answers what the NAB\'s chief executive said with what "the board\'s chief executive" said', () => {
    const answer = new AnswerEngine([exams]).ask("What did the NAB's chief executive say?");
    expect(firstAnswer(answer)).toMatch(/Fiona Clarke/);
  });

  it('finds the names ending in the head noun, once per head noun', () => {
    const cache = new Map<string, string[]>();
    const text =
      'The National Assessment Board (NAB) said so. The Board of Trade agreed. The boardroom was empty.';
    expect(namedBy(text, "The board's chief executive", cache)).toEqual(['The National Assessment Board']);
    expect(cache.get('board')).toEqual(['The National Assessment Board']);
    // Only a common noun after "the": a name is no description.
    expect(namedBy(text, 'the Board of Trade', new Map())).toEqual([]);
  });
});

describe('"the education secretary" is not the shadow education secretary', () => {
  const fees = article(
    'fees',
    [
      'Government drops plan to tax private school fees after backlash',
      'The government has abandoned plans to charge VAT on private school fees, Education Secretary Rachel Kerr announced on Thursday, two months after the proposal was first made.',
      'Kerr told MPs the policy would have raised about £1.6 billion a year but risked forcing smaller schools to close.',
      '"We have listened to parents and teachers, and we have decided not to go ahead," she said.',
      'The opposition Labour Party accused ministers of a U-turn.',
      'Shadow education secretary Tom Birch called the decision "a betrayal of state school pupils".',
    ].join('\n'),
  );

  it('answers with the one the question names, not the one a modifier makes another', () => {
    const engine = new AnswerEngine([fees]);
    expect(firstAnswer(engine.ask('what did the education secretary say'))).not.toMatch(/Tom Birch/);
    expect(firstAnswer(engine.ask('what did the shadow education secretary say'))).toMatch(/Tom Birch/);
  });
});
