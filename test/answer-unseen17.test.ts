import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { FEATURE, featureBits } from '../src/answer/features.ts';
import { buildArticle } from '../src/article/build.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Wordings of questions on unseen articles (round 17): each mechanism on a small article written here.

const dairy = buildArticle('dairy', 'dairy.txt', {
  title: 'Farmers block creamery gates over milk price cut',
  paragraphs: [
    'About 200 dairy farmers blocked the gates of the Ballyross creamery on Monday night.',
    'The protest was organised by the Irish Creamery Milk Suppliers Association (ICMSA).',
    'Its dairy committee chairman, Declan Hurley, said farmers would return every night unless the cut was reversed.',
    'The county council approved a new milk collection depot by 11 votes to 4 after a long debate.',
    'The council expects the depot to cost about 3.5 million euro.',
  ],
});

describe('"Its chairman" speaks for the organisation of the sentence before', () => {
  it("answers what the ICMSA says with its chairman's words, not the sentence only naming it", () => {
    const answer = new AnswerEngine([dairy]).ask('What does the ICMSA say it will do?');
    expect(answer.answered).toBe(true);
    expect(firstAnswer(answer)).toMatch(/return every night/);
  });
});

describe('"what was the result of the vote" asks a tally', () => {
  it("reads the result or outcome of a vote as a tally, and a study's result not", () => {
    expect(analyzeQuestion('What was the result of the council vote?').kind).toBe('tally');
    expect(analyzeQuestion('whats the vote outcome').kind).toBe('tally');
    expect(analyzeQuestion('what was the result of the study').kind).toBe('other');
  });

  it('finds a tally written "by 11 votes to 4", with no "vote" before the figures', () => {
    const bits = (text: string) => featureBits({ text, quotesSomeone: false });
    expect(bits('It was approved by 11 votes to 4.') & FEATURE.tally).toBeTruthy();
    expect(bits('It cost 11 euro to 4 people.') & FEATURE.tally).toBeFalsy();
  });

  it('answers with the count of the votes', () => {
    const answer = new AnswerEngine([dairy]).ask('What was the result of the council vote?');
    expect(firstAnswer(answer)).toMatch(/11 votes to 4/);
  });
});

describe('a lower-case slip that is no name ("happend")', () => {
  const engine = new AnswerEngine([
    plainArticle('quake', 'Drilling blamed for tremors', [
      'Residents of Kellbach reported cracks in walls after a tremor on Sunday.',
      'Similar problems have hit other geothermal projects in Europe, and one in Basel was stopped.',
    ]),
  ]);

  it('is read as the English word one letter away, not as a name the articles never mention', () => {
    const answer = engine.ask('has this happend at other geothermal projects');
    expect(answer.reason ?? '').not.toMatch(/never mention/);
    expect(answer.answered).toBe(true);
  });

  it('leaves names in lower case and words of no English stem as written', () => {
    expect(engine.ask('when was bird flu found in hungary').reason).toMatch(/never mention hungary/);
    expect(engine.ask('what did zorbaxx say').reason).toMatch(/never mention zorbaxx/);
  });
});

describe('chat spellings: "tix", "mens"', () => {
  it('writes them out', () => {
    expect(analyzeQuestion('how many tix sold so far').words.map((w) => w.word)).toContain('tickets');
    expect(analyzeQuestion('who won the mens race').words.map((w) => w.word)).toContain('men');
  });
});

describe('"how long is the planned tram line" asks a length', () => {
  it('reads a length of a line, crack or road, whatever qualifies it, and a time of a strike', () => {
    const length = 512;
    expect((analyzeQuestion('How long is the planned tram line?').units ?? 0) & length).toBeTruthy();
    expect((analyzeQuestion('how long is the crack').units ?? 0) & length).toBeTruthy();
    expect((analyzeQuestion('how long will the new line be').units ?? 0) & length).toBeTruthy();
    expect(analyzeQuestion('how long will the bridge be closed').units).not.toBe(length);
    expect(analyzeQuestion('how long is the strike').units).not.toBe(length);
  });
});

describe('"what does the ferry company say": "company" only says it is an organisation', () => {
  const ferry = buildArticle('ferry', 'ferry.txt', {
    title: 'Ferry hits container ship in fog',
    paragraphs: [
      'The ferry MV Elspeth Grey struck a container vessel in fog on Tuesday morning.',
      'Northbay Ferries chief executive Alan Druce apologised and said the company would cooperate with investigators.',
      'The harbour master, Ian Reid, said visibility had been below 200 metres.',
    ],
  });

  it('answers with what the ferry operator said, though the article never calls it a company', () => {
    const answer = new AnswerEngine([ferry]).ask('What does the ferry company say?');
    expect(firstAnswer(answer)).toMatch(/cooperate with investigators/);
  });

  it('still says nobody of the kind is quoted when the other words fit nobody', () => {
    const answer = new AnswerEngine([ferry]).ask('What does the bus company say?');
    expect(answer.answered).toBe(false);
  });
});

describe('"how long will the orchards take to recover": a time, which "two seasons" gives', () => {
  it('reads a time, not a length, though "will the river" could begin a length question', () => {
    const duration = 1024;
    expect(analyzeQuestion('how long will the river take to recover').units).toBe(duration);
  });

  it('finds a duration in seasons', () => {
    const bits = featureBits({
      text: 'It could take two seasons to return to full production.',
      quotesSomeone: false,
    });
    expect(bits & FEATURE.duration).toBeTruthy();
  });
});

describe('"what does ForestWatch recommend", "what do the strikers demand": whose words are asked', () => {
  it('reads the subject of recommend, demand, urge, propose as a speaker', () => {
    expect(analyzeQuestion('What does ForestWatch recommend?').speaker).toBe('forestwatch');
    expect(analyzeQuestion('what do the strikers demand').speaker).toBe('the strikers');
    expect(analyzeQuestion('what did the union urge').speaker).toBe('the union');
  });
});

describe('"what is the name of the injured cyclist": a name next to the role, not any name', () => {
  const crash = plainArticle('crash', 'Shuttle bus hits cyclist', [
    'A driverless shuttle bus hit a cyclist at a junction in Tampere on Monday.',
    'The cyclist, a 34-year-old man, was taken to Tampere University Hospital with a broken wrist.',
  ]);

  it('says the article does not give it when the sentence names only a hospital', () => {
    expect(new AnswerEngine([crash]).ask('What is the name of the injured cyclist?').answered).toBe(false);
  });

  it('answers when the role stands next to a name', () => {
    const named = plainArticle('crash2', 'Shuttle bus hits cyclist', [
      'A driverless shuttle bus hit a cyclist at a junction in Tampere on Monday.',
      'The injured cyclist, Mikko Laine, was taken to Tampere University Hospital with a broken wrist.',
    ]);
    expect(firstAnswer(new AnswerEngine([named]).ask('What is the name of the injured cyclist?'))).toMatch(
      /Mikko Laine/,
    );
  });
});
