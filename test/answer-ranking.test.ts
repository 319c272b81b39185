import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { Clippings } from '../src/answer/clippings.ts';
import { describeParts } from '../src/answer/describe.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { givesAge, kindMatch } from '../src/answer/features.ts';
import { sentenceAttribution } from '../src/answer/passage.ts';
import type { Sentence, Source } from '../src/article/types.ts';
import { mapLexicon } from '../src/search/wordnet/lexicon.ts';
import { plainArticle } from './helpers/articles.ts';

const article = (id: string, title: string, texts: string[]) => plainArticle(id, title, texts, true);

// Made-up texts: the topic noun ("acupuncture") is common in the article, the general verb
// ("work") rare, so by rarity alone the verb would win.
const clinic = article('clinic', 'Clinic offers acupuncture', [
  'The clinic offers acupuncture on weekdays.',
  'Acupuncture is a practice in which thin needles are placed in the skin.',
  'Patients pay for acupuncture themselves.',
  'Staff said they would work longer hours in winter.',
  'The building opened in 1998 next to the library.',
  'Its car park has room for forty cars.',
  'A bus stops outside every twenty minutes.',
  'The owners plan a second building next year.',
  'Local doctors refer some of their patients there.',
  'The waiting room was repainted in March.',
]);
const lexicon = mapLexicon({
  work: { senses: { n: 7, v: 27 } },
  acupuncture: { senses: { n: 1 } },
});

describe('focus of a question', () => {
  it('lets the topic noun outweigh a general verb the articles rarely use', () => {
    const answer = new AnswerEngine([clinic], { lexicon }).ask('how does acupuncture work');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Acupuncture is a practice/);
  });

  it('reads "how does X work" and "what does X do" as asking what X is', () => {
    expect(analyzeQuestion('how does acupuncture work').defines).toBe('acupuncture');
    expect(analyzeQuestion('What does the committee do?').defines).toBe('committee');
    expect(analyzeQuestion('how did the team work out the figure').defines).toBeUndefined();
  });
});

describe('attribution of a sentence with several sources', () => {
  const un: Source = { name: 'the United Nations', mention: 'the United Nations', kind: 'organisation' };
  const us: Source = { name: 'United States', mention: 'United States', kind: 'organisation' };
  const afp: Source = { name: 'AFP', mention: 'AFP', kind: 'organisation' };

  it('lets neighbouring parts said the same way share one verb', () => {
    expect(
      describeParts([
        { sources: [afp], stance: 'reported', cue: 'according to' },
        { sources: [un], stance: 'reported', cue: 'criticised' },
        { sources: [us], stance: 'reported', cue: 'criticised' },
      ]),
    ).toBe('according to AFP; the United Nations and United States criticised');
  });

  it('does not lend one clause’s verb to sources its clauses do not tell apart', () => {
    const s: Sentence = {
      id: 0,
      text: 'The mayor and the union announced a deal.',
      paragraph: 0,
      index: 0,
      sources: [un, us],
      stance: 'reported',
      claims: [
        {
          source: un,
          cue: 'announced',
          stance: 'reported',
          text: 'The mayor and the union announced a deal.',
          span: [0, 41],
        },
      ],
    };
    expect(sentenceAttribution(s)).toBe('according to the United Nations and United States');
  });
});

describe('kind of answer a sentence offers', () => {
  const s = (text: string) => ({ text, quotesSomeone: false });
  it('takes the agent of a passive for a "who" answer, a capitalised pair for less', () => {
    expect(kindMatch('person', s('The survey was funded by the Harrow Trust.'))).toBe(1);
    expect(kindMatch('person', s('The survey appeared in Field Notes Weekly.'))).toBeLessThan(1);
    expect(kindMatch('person', s('the survey was long.'))).toBe(0);
  });
  it('takes "in journal Nature" and "in northern Syria" for a "where" answer', () => {
    expect(kindMatch('place', s('It was printed in journal Field Notes.'))).toBe(1);
    expect(kindMatch('place', s('It was printed in a hurry.'))).toBe(0);
  });
});

describe('passage context', () => {
  // Made-up: the question's words are spread over two sentences of one paragraph.
  const ferry = article('ferry', 'Harbour ferry sinks after storm', [
    'The old ferry finally reached the harbour after midnight.',
    'By then its hull was split and two cabins were flooded.',
    'Crews pumped water out for six hours.',
    'The harbour master praised the crew.',
    'A new timetable starts next week.',
    'Tickets will cost the same.',
  ]);
  const p0 = (i: number) => ({ ...ferry, sentences: ferry.sentences.map((s) => ({ ...s, paragraph: i })) });

  it('lets neighbouring sentences of a paragraph lend their matches, so the sentence after counts', () => {
    const engine = new AnswerEngine([p0(0)], { lexicon: mapLexicon({}) });
    const answer = engine.ask('what was the hull like when the ferry reached the harbour');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.text)).toContain(
      'By then its hull was split and two cabins were flooded.',
    );
  });

  it('does not make a figure about something else answer "how many X"', () => {
    const engine = new AnswerEngine([p0(0)], { lexicon: mapLexicon({}) });
    expect(engine.ask('how many cabins did the crews pump out').answered).toBe(true);
    expect(engine.ask('how many tickets did the harbour master sell').answered).toBe(false);
  });
});

describe('chat around a question', () => {
  it('takes Discord fillers for scaffolding, not for names the articles never mention', () => {
    const words = analyzeQuestion('where was the doc found lol').words;
    expect(words.find((w) => w.word === 'lol')?.frame).toBe(true);
  });
});

describe('chat clippings and ages', () => {
  it('reads a clipped word as the articles’ longer word that begins with it', () => {
    const c = new Clippings(() => ['document', 'documents', 'doctor', 'dock', 'stats', 'statistics']);
    expect(c.expand('doc')).toEqual(['doctor', 'document', 'documents']);
    expect(c.expand('stat')).toEqual(['statistics']);
    expect(c.expand('documents')).toEqual([]);
  });

  it('follows live updates without sorting the words again: added words found, removed ones not', () => {
    const live = new Set(['document', 'doctor', 'statistics']);
    const c = new Clippings(
      () => live,
      (w) => live.has(w),
    );
    expect(c.expand('stat')).toEqual(['statistics']);
    live.add('docket');
    c.changed(['docket']);
    expect(c.expand('doc')).toEqual(['docket', 'doctor', 'document']);
    live.delete('doctor');
    c.changed();
    expect(c.expand('doc')).toEqual(['docket', 'document']);
    expect(c.state()).toEqual(['docket', 'document', 'statistics']);
  });

  it('answers "where was the doc found" from the document’s sentence', () => {
    const office = article('office', 'Files lost', [
      'A council document was found in a park on Sunday.',
      'The council said the file held no personal data.',
      'A doctor walking a dog saw the envelope.',
    ]);
    const answer = new AnswerEngine([office], { lexicon: mapLexicon({}) }).ask('where was the doc found');
    expect(answer.passages[0]?.text).toMatch(/^A council document was found/);
  });

  it('prefers a sentence giving an age for "how old"', () => {
    expect(analyzeQuestion('how old is the mayor').age).toBe(true);
    expect(givesAge('Lena Okafor, 52, was elected in May.')).toBe(true);
    expect(givesAge('The nine-month-old child was taken to hospital.')).toBe(true);
    expect(givesAge('Okafor won 52 percent of the vote.')).toBe(false);
  });
});

describe('acronyms', () => {
  const agency = article('agency', 'Flood alerts', [
    'Officials said the FRAMS network failed during the storm on Monday.',
    'It was launched in 2001 as the Flood Risk Alert Monitoring Service.',
    'Several towns received no warning at all.',
  ]);
  const engine = new AnswerEngine([agency], { lexicon: mapLexicon({}) });

  it('answers "full name of X" with the sentence spelling X out', () => {
    expect(engine.ask('whats the full name of frams').passages[0]?.text).toMatch(/Flood Risk Alert/);
  });

  it('spells out a misspelt acronym too', () => {
    const answer = engine.ask('what does fraams stand for');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Flood Risk Alert/);
  });
});

describe('other names of a thing', () => {
  const farm = article('farm', 'Greenhouse trial', [
    'The trial found that tomatoes grew faster with more carbon dioxide in the air.',
    'Growers in the region plan to copy the method.',
    'The greenhouse is heated with waste heat from a factory.',
    'A second trial starts in spring.',
  ]);
  const lexicon = mapLexicon({
    co2: { common: false, synonyms: ['carbon dioxide'] },
    help: { senses: { n: 8, v: 8 } },
    rise: { senses: { n: 10, v: 10 } },
  });

  it('reads a name’s WordNet synonyms as the same thing (CO2 is carbon dioxide)', () => {
    const answer = new AnswerEngine([farm], { lexicon }).ask('does more co2 help tomatoes');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/carbon dioxide/);
    // As good as the name itself: enough to cover a question with one other, general word.
    expect(new AnswerEngine([farm], { lexicon }).ask('does co2 rise').answered).toBe(true);
  });
});

describe('phrasal verbs', () => {
  it('reads "gone down" as "go down" (fall), which "go" alone is not', () => {
    expect(analyzeQuestion('have prices gone down').words.find((w) => w.word === 'gone')?.particle).toBe(
      'down',
    );
    const market = article('market', 'Market report', [
      'Bread prices fell in May after a good harvest.',
      'Bread prices were the talk of the market.',
      'Traders go to the market every morning.',
    ]);
    const lexicon = mapLexicon({
      go: { senses: { v: 30 } },
      'go down': { senses: { v: 8 }, synonyms: ['fall', 'sink'] },
      prices: { senses: { n: 7 } },
      price: { senses: { n: 7 } },
    });
    const answer = new AnswerEngine([market], { lexicon }).ask('have bread prices gone down');
    expect(answer.passages[0]?.text).toMatch(/fell/);
  });
});
