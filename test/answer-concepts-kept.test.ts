import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import type { BuiltConcept } from '../src/answer/concepts.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { loadArticles } from '../src/article/load.ts';
import { firstAnswer, plainArticle } from './helpers/articles.ts';

// Concepts are kept between questions until the articles change: an article added or removed
// must be seen by the next question, whatever the earlier ones built.

const strike = plainArticle('strike', 'Nurses strike in Auckland', [
  'More than 4,000 nurses went on strike for 24 hours on Thursday.',
  'The union said a second strike is planned for the end of the month.',
]);
const quake = plainArticle('quake', 'Earthquake in eastern Turkey', [
  'A strong earthquake struck eastern Turkey on Wednesday, killing at least 23 people.',
  'The magnitude 6.4 quake hit at 9:12 p.m. near the town of Pütürge.',
]);

describe('concepts kept between questions follow the articles', () => {
  it('answers the same question alike when asked twice', () => {
    const engine = new AnswerEngine([strike, quake]);
    const first = engine.ask('how many nurses went on strike');
    expect(engine.ask('how many nurses went on strike')).toEqual(first);
    expect(firstAnswer(first)).toMatch(/4,000 nurses/);
  });

  it('answers alike when a word of the question was read as topic rather than scaffolding', () => {
    const hack = plainArticle('hack', 'Hospital hacked', [
      'Hackers shut down the computers of the city hospital on Monday.',
      'A similar attack hit a hospital in Ghent last year.',
    ]);
    const engine = new AnswerEngine([hack]);
    const first = engine.ask('has this happened before');
    expect(firstAnswer(first)).toMatch(/similar attack/);
    expect(engine.ask('has this happened before')).toEqual(first);
  });

  it('answers every question of a session as it did the first time', () => {
    const seeds = fileURLToPath(new URL('../seeds', import.meta.url));
    const engine = new AnswerEngine(loadArticles(seeds).articles);
    const questions = [
      'How many settlements does Kyiv say it controls?',
      'what did the governor say',
      'has this happened before',
      'who said the advance had stopped',
      'how many people were evacuated',
      'what did zelensky say about the loudspeakers',
      'when did the incursion start',
      'What did China say about the loudspeakers?',
    ];
    const first = questions.map((q) => engine.ask(q));
    expect(questions.map((q) => engine.ask(q))).toEqual(first);
    expect([...questions].reverse().map((q) => engine.ask(q))).toEqual([...first].reverse());
  });

  it('finds a word an article added after it was first asked', () => {
    const engine = new AnswerEngine([strike]);
    expect(engine.ask('how strong was the earthquake').answered).toBe(false);
    engine.add(quake);
    expect(firstAnswer(engine.ask('how strong was the earthquake'))).toMatch(/earthquake|quake/);
  });

  it('no longer finds a word whose only article was removed', () => {
    const engine = new AnswerEngine([strike, quake]);
    expect(firstAnswer(engine.ask('where did the earthquake strike'))).toMatch(/Turkey|Pütürge/);
    engine.remove('quake');
    const after = engine.ask('where did the earthquake strike');
    expect(after.answered && after.passages.some((p) => /earthquake|quake/.test(p.text))).toBe(false);
  });

  it("gives a word asked again between other words its new neighbours' paraphrases, and no others", () => {
    const mine = plainArticle('mine', 'Mine rescue', [
      'The trapped miners are 300 metres below the surface.',
      'The old mine is deep.',
    ]);
    const deep = (engine: AnswerEngine, question: string): string[] => {
      const analysis = analyzeQuestion(question);
      const word = analysis.words.find((w) => w.word === 'deep');
      if (!word) throw new Error('no word deep');
      const concepts = (engine as unknown as { concepts: { concept(w: unknown, e: boolean): BuiltConcept } })
        .concepts;
      return concepts.concept(word, analysis.expands).concept.alternatives.map((a) => a.terms.join(' '));
    };
    const engine = new AnswerEngine([mine]);
    const alone = deep(engine, 'is the mine deep');
    // "how deep" asks for a depth: "below the surface", "300 metres".
    const howDeep = deep(engine, 'how deep is the mine');
    expect(alone).toEqual(['deep']);
    expect(howDeep).toEqual(['deep', 'surfac', 'metr']);
    expect(deep(engine, 'is the old mine deep')).toEqual(alone);
    expect(deep(engine, 'how deep is the old mine')).toEqual(howDeep);
    // As a new engine builds them.
    expect(deep(new AnswerEngine([mine]), 'is the old mine deep')).toEqual(alone);
    expect(deep(new AnswerEngine([mine]), 'how deep is the old mine')).toEqual(howDeep);
  });

  it('sees an article added since a word was first asked, between other words too', () => {
    const engine = new AnswerEngine([strike]);
    const infant = (question: string): string[] => {
      const analysis = analyzeQuestion(question);
      const word = analysis.words.find((w) => w.word === 'infant');
      if (!word) throw new Error('no word infant');
      const concepts = (engine as unknown as { concepts: { concept(w: unknown, e: boolean): BuiltConcept } })
        .concepts;
      return concepts.concept(word, analysis.expands).concept.alternatives.map((a) => a.terms.join(' '));
    };
    expect(infant('was the infant hurt')).not.toContain('babi');
    engine.add(plainArticle('rescue', 'Baby rescued', ['Firefighters carried the baby out of the house.']));
    // WordNet's synonym, which the articles now write.
    expect(infant('how old is the infant')).toContain('babi');
    expect(infant('was the infant hurt')).toContain('babi');
  });
});
