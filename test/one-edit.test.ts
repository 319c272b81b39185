import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/answer/analyze.ts';
import type { BuiltConcept } from '../src/answer/concepts.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { OneEditSet } from '../src/answer/one-edit.ts';
import { editDistance } from '../src/search/fuzzy.ts';
import { plainArticle } from './helpers/articles.ts';

// Which words of a set are one edit from a word, as the spelling distance counts edits (a unit left
// out, added or changed, or two neighbours swapped), without writing every such spelling out.

const oneEditFrom = (word: string, words: readonly string[]) =>
  [...new Set(words.filter((w) => w !== word && editDistance(word, w, 1) <= 1))].sort();

const found = (set: OneEditSet, word: string, words: readonly string[]) => {
  const out = new Set<string>();
  set.someNear(word, (w) => {
    if (words.includes(w)) out.add(w);
    return false;
  });
  return [...out].sort();
};

describe('words one edit from a word', () => {
  it('are every word of the set one edit away, and no other', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'é', 'ł', "'");
    const word = fc.array(letters, { minLength: 0, maxLength: 7 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), word, (words, asked) => {
        const set = OneEditSet.of(words);
        expect(found(set, asked, words)).toEqual(oneEditFrom(asked, words));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a name one edit from a word among many words, and stops at the first taken', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`).concat(['heald', 'kyiv']);
    const set = OneEditSet.of(words);
    expect(found(set, 'heal', words)).toEqual(['heald']);
    expect(found(set, 'kiev', words)).toEqual([]);
    expect(found(set, 'kyvi', words)).toEqual(['kyiv']);
    let asked = 0;
    expect(
      set.someNear('heal', () => {
        asked++;
        return true;
      }),
    ).toBe(true);
    expect(asked).toBe(1);
    expect(set.someNear('heal', (w) => w === 'nothing')).toBe(false);
  });
});

describe('an English word the articles never write, one edit from a name they write', () => {
  const conceptOf = (engine: AnswerEngine, question: string, word: string) => {
    const analysis = analyzeQuestion(question);
    const w = analysis.words.find((x) => x.word === word);
    if (!w) throw new Error(`no word ${word}`);
    const concepts = (engine as unknown as { concepts: { concept(w: unknown, e: boolean): BuiltConcept } })
      .concepts;
    return concepts.concept(w, analysis.expands).concept.alternatives.map((a) => a.terms.join(' '));
  };
  const clinic = plainArticle('clinic', 'Clinic report', [
    'The report was written by Anna Heald, who runs the clinic.',
    'Heald said waiting times had doubled.',
    'Patients heal slowly.',
  ]);

  it('stands for the name, and a word one edit from an English word only does not', () => {
    const engine = new AnswerEngine([clinic]);
    expect(conceptOf(engine, 'what did anna held say', 'held')).toEqual(['heald']);
    expect(conceptOf(engine, 'did the patients heel', 'heel')).toEqual([]);
  });

  it('stands for a name an article added since brought, and no longer for one removed', () => {
    const engine = new AnswerEngine([plainArticle('other', 'Other', ['Nurses heal patients.'])]);
    expect(conceptOf(engine, 'what did anna held say', 'held')).toEqual([]);
    engine.add(clinic);
    expect(conceptOf(engine, 'what did the author held say', 'held')).toEqual(['heald']);
    engine.remove('clinic');
    expect(conceptOf(engine, 'what did anna held say', 'held')).toEqual([]);
  });

  it('stands for the name in an engine restored from its state, and for a name added to it since', () => {
    const engine = new AnswerEngine([clinic]);
    const restored = AnswerEngine.restore(engine.state(), {
      articles: (id) => (id === 'clinic' ? clinic : undefined),
    });
    expect(conceptOf(restored, 'what did anna held say', 'held')).toEqual(['heald']);
    // "press", an English word, one edit from a name an article added since writes.
    expect(conceptOf(restored, 'what did the press say', 'press')).toEqual([]);
    restored.add(plainArticle('court', 'Court', ['The case was heard by Judge Marta Prest.']));
    expect(conceptOf(restored, 'what did judge press say', 'press')).toEqual(['prest']);
  });
});

describe('a set of words as data', () => {
  it('answers alike when restored from its state, and grows with words added to it', () => {
    const set = OneEditSet.of(['kyiv', 'heald']);
    const again = OneEditSet.restore(set.state());
    expect(found(again, 'kiyv', ['kyiv', 'heald'])).toEqual(['kyiv']);
    const words = Array.from({ length: 300 }, (_, i) => `name${i}`);
    for (const w of words) again.add(w);
    again.add('ałex');
    expect(found(again, 'name17x', words)).toEqual(oneEditFrom('name17x', words));
    expect(found(again, 'name17x', words)).toContain('name17');
    expect(found(again, 'alex', ['ałex'])).toEqual(['ałex']);
    expect(found(again, 'heal', ['heald'])).toEqual(['heald']);
  });
});
