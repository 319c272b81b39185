import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import { type BuiltConcept, WEIGHT } from '../src/answer/concepts.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { paraphraseLines, paraphrases } from '../src/answer/paraphrases.ts';
import { isStopWord, termOf, tokenize } from '../src/search/text.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// The news paraphrase table (src/answer/data/paraphrases.json): wordings WordNet does not bridge.

const ask = (texts: string[], question: string) =>
  firstAnswer(new AnswerEngine([plainArticle('a', 'A report', texts)]).ask(question));

/** The concept built for one word of a question, over an article of these sentences. */
function conceptOf(texts: string[], question: string, word: string): BuiltConcept {
  const engine = new AnswerEngine([plainArticle('a', 'A report', texts)]) as unknown as {
    concepts: { build(w: unknown, expands: boolean): BuiltConcept };
  };
  const analysis = analyzeQuestion(question);
  const w = analysis.words.find((x) => x.word === word);
  if (!w) throw new Error(`no word ${word}`);
  return engine.concepts.build(w, analysis.expands);
}

const terms = (c: BuiltConcept) => c.concept.alternatives.map((a) => a.terms.join(' '));

describe('The paraphrase table', () => {
  const lines = paraphraseLines();

  it('parses into entries with keys of one or two words and phrases to answer them', () => {
    expect(lines.length).toBeGreaterThan(300);
    for (const line of lines) {
      expect(line.keys.length, JSON.stringify(line)).toBeGreaterThan(0);
      expect(line.phrases.length, JSON.stringify(line)).toBeGreaterThan(line.group ? 1 : 0);
      for (const key of line.keys) if (!line.group) expect(key.split(' ').length, key).toBeLessThanOrEqual(2);
    }
  });

  it('gives every key one entry, and every entry distinct phrases', () => {
    const seen = new Set<string>();
    const groups = new Set<string>();
    for (const line of lines) {
      for (const key of line.keys) {
        const where = line.group ? groups : seen;
        expect(where.has(key), `duplicate key ${key}`).toBe(false);
        where.add(key);
      }
      expect(new Set(line.phrases).size, line.phrases.join('|')).toBe(line.phrases.length);
    }
  });

  it('links no word to itself, and every phrase keeps a word that is not a stop word', () => {
    for (const line of lines) {
      for (const phrase of line.phrases) {
        if (!line.group) expect(phrase, `${line.keys[0]} links to itself`).not.toBe(line.keys[0]);
        if (!line.group && !line.keys[0]?.includes(' '))
          expect(termOf(phrase), `${line.keys[0]} > ${phrase}: the same stem`).not.toBe(
            termOf(line.keys[0] ?? ''),
          );
        // A phrase is searched without its stop words: one of several words left says another thing
        // ("out of work" → "work") and is never used, so the table writes none (but as a group's key).
        const left = tokenize(phrase).filter((t) => !isStopWord(t.word)).length;
        expect(left, `${phrase} is stop words only`).toBeGreaterThan(0);
        if (!line.group) expect(left === 1 && phrase.includes(' '), `${phrase}: one word left`).toBe(false);
      }
    }
    for (const [key, entry] of paraphrases().keys) expect(entry.phrases).not.toContain(key);
  });
});

describe('A question word is answered by the way news reports word it', () => {
  it('answers "are the miners ok" with their being in good health', () => {
    expect(
      ask(
        [
          'Rescuers reached the twelve miners on Wednesday after three days underground.',
          'The miners union blamed the owners of the mine for ignoring cracks.',
          'All twelve miners are in good health, doctors at the local hospital said.',
        ],
        'are the miners ok',
      ),
    ).toMatch(/good health/);
  });

  it('answers "laid off" (a verb and its particle) with jobs cut', () => {
    expect(
      ask(
        [
          'Staff at the software firm were told the news at a meeting on Monday.',
          'The firm will cut 900 jobs in Sweden by the end of the year.',
          'The firm has 300 desks in its new Malmo office.',
        ],
        'how many workers were laid off',
      ),
    ).toMatch(/900 jobs/);
  });

  it('answers "how strong" (with the word before it) with a magnitude', () => {
    expect(
      ask(
        [
          'The earthquake struck at 3 am, 40 kilometres from the coast.',
          'The earthquake had a magnitude of 6.1, the geological survey said.',
        ],
        'how strong was the earthquake',
      ),
    ).toMatch(/magnitude/);
  });

  it('answers "do residents pay for the repair" with its being free of charge', () => {
    expect(
      ask(
        [
          'Engineers will repair the bridge for residents in March.',
          'The council said the repair would be free of charge for residents.',
        ],
        'do residents pay for the repair',
      ),
    ).toMatch(/free of charge/);
  });
});

describe('Two question words that say which sense is meant weigh as a synonym', () => {
  it('answers "the stock price" with the shares, over "stock" in another sense', () => {
    expect(
      ask(
        [
          'The company reported a loss of 40 million euros for the quarter.',
          'Its shares fell 12 percent in Frankfurt trading.',
          'The chief executive said the stock of unsold cars was too high.',
        ],
        'what happened to the stock price',
      ),
    ).toMatch(/shares fell/);
  });
});

describe('Scaffolding that two words make a question of counts', () => {
  it('answers "has this happened before" with a similar event', () => {
    expect(
      ask(
        [
          'Hackers shut down the computers of the city hospital on Monday.',
          'A similar attack hit a hospital in Ghent last year.',
        ],
        'has this happened before',
      ),
    ).toMatch(/similar attack/);
  });
});

describe('Paraphrases are kept from saying another thing', () => {
  it('takes the question\'s own next word for no paraphrase ("voter turnout" is not "voters")', () => {
    const texts = [
      'Voters queued for hours in the rain outside polling stations.',
      'Turnout was 71 percent, the election commission said.',
    ];
    expect(terms(conceptOf(texts, 'what was voter turnout', 'turnout'))).not.toContain('voter');
    expect(ask(texts, 'what was voter turnout')).toMatch(/71 percent/);
  });

  it('uses an ambiguous key ("fire") only where the articles never write it', () => {
    const texts = [
      'The fire started in a kitchen on the third floor.',
      'The company dismissed two managers last year.',
    ];
    expect(terms(conceptOf(texts, 'when did the fire start', 'fire'))).not.toContain('dismiss');
    const sacked = ['The blaze started in a kitchen.', 'The company dismissed two managers last year.'];
    expect(terms(conceptOf(sacked, 'who was fired', 'fired'))).toContain('dismiss');
  });

  it('drops a phrase that stop words leave one word of ("take off" is no "take")', () => {
    const texts = ['Repairs to the launch pad will take three weeks.', 'The rocket will lift off on Friday.'];
    const launch = terms(conceptOf(texts, 'when is the launch', 'launch'));
    expect(launch).not.toContain('take');
    expect(launch).not.toContain('lift');
  });

  it('weighs a paraphrase no more than a WordNet synonym', () => {
    const texts = [
      'The firm will cut 900 jobs and shed staff.',
      'Its shares fell 12 percent.',
      'The miners are in good health.',
    ];
    for (const [q, w] of [
      ['how many were laid off', 'laid'],
      ['what happened to the stock price', 'price'],
      ['are the miners ok', 'ok'],
    ] as const) {
      const c = conceptOf(texts, q, w);
      expect(c.concept.alternatives.length, q).toBeGreaterThan(0);
      for (const a of c.concept.alternatives)
        expect(a.weight, `${q}: ${a.terms}`).toBeLessThanOrEqual(WEIGHT.synonym);
    }
  });
});
