/**
 * FuzzyVocabulary against its definition written out plainly: a word of the vocabulary is a
 * candidate when its length is within the edit budget, it shares the asked word's first or last
 * letter, and it shares enough of its bigrams; the 48 sharing most (then in vocabulary order) are
 * kept if within the budget's edit distance, ranked by Fuse.js within one distance; four at most.
 */
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { editDistance, FuzzyVocabulary, maxEdits, mostShared } from '../src/search/fuzzy.ts';

const grams = (w: string) => {
  const p = `^${w}$`;
  return new Set(Array.from({ length: p.length - 1 }, (_, i) => p.slice(i, i + 2)));
};

function reference(vocabulary: string[], word: string, budget = maxEdits(word.length)) {
  if (word.length < 4 || /\d/.test(word)) return [];
  const edits = Math.min(budget, maxEdits(word.length));
  const mine = grams(word);
  const needed = Math.max(1, mine.size - 2 * edits - 1);
  const words = [...new Set(vocabulary)].filter((w) => w.length >= 3 && !/\d/.test(w));
  const candidates = words
    .map((w, id) => ({ w, id, n: [...grams(w)].filter((g) => mine.has(g)).length }))
    .filter(
      ({ w, n }) =>
        Math.abs(w.length - word.length) <= edits &&
        (w[0] === word[0] || w.at(-1) === word.at(-1)) &&
        n >= needed,
    )
    .sort((a, b) => b.n - a.n || a.id - b.id)
    .slice(0, 48)
    .filter(({ w }) => editDistance(word, w, edits) <= edits);
  const ranked = new Fuse(
    candidates.map((c) => c.w),
    { includeScore: true, threshold: 0.5, ignoreLocation: true },
  ).search(word);
  return ranked
    .map((r) => ({ word: r.item, distance: editDistance(word, r.item, edits) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 4);
}

const misspell = (w: string, [kind, at, c]: [number, number, string]) => {
  const i = at % Math.max(1, w.length);
  if (kind === 0) return w.slice(0, i) + c + w.slice(i + 1);
  if (kind === 1) return w.slice(0, i) + w.slice(i + 1);
  if (kind === 2) return w.slice(0, i) + c + w.slice(i);
  return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
};

describe('spelling fixes', () => {
  it('equal their plain definition on random vocabularies and misspellings', () => {
    const letters = fc.constantFrom(...'abcdeilnorst');
    const word = fc.array(letters, { minLength: 3, maxLength: 9 }).map((l) => l.join(''));
    // A vocabulary word with up to three random edits (substitute, delete, insert, swap).
    const edit = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), letters);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 120 }),
        fc.nat(),
        fc.array(edit, { maxLength: 3 }),
        fc.boolean(),
        (vocabulary, pick, edits, one) => {
          const asked = edits.reduce(misspell, vocabulary[pick % vocabulary.length] as string);
          const fuzzy = new FuzzyVocabulary(() => vocabulary);
          const budget = one ? 1 : undefined;
          expect(fuzzy.correct(asked, budget)).toEqual(reference(vocabulary, asked, budget));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('spelling fixes where Fuse.js has the last word', () => {
  // Few letters, short words and several edits: many near-misses of one distance (Fuse orders
  // them), words two transpositions away (Fuse may find no match in them), capitals and blanks
  // (Fuse lowers both sides, and passes a blank word by).
  const misspellings = (letters: string, minLength: number, maxLength: number) =>
    fc.tuple(
      fc.array(
        fc.array(fc.constantFrom(...letters), { minLength, maxLength }).map((l) => l.join('')),
        { minLength: 1, maxLength: 80 },
      ),
      fc.nat(),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fc.constantFrom(...letters)), {
        maxLength: 3,
      }),
      fc.constantFrom(undefined, 1, 2),
    );
  const check = ([vocabulary, pick, edits, budget]: [
    string[],
    number,
    [number, number, string][],
    number | undefined,
  ]) => {
    const asked = edits.reduce(misspell, vocabulary[pick % vocabulary.length] as string);
    const fuzzy = new FuzzyVocabulary(() => vocabulary);
    expect(fuzzy.correct(asked, budget)).toEqual(reference(vocabulary, asked, budget));
  };

  it('equal their plain definition among many near-misses of one distance', () => {
    fc.assert(fc.property(misspellings('abe', 4, 8), check), { numRuns: 1000 });
  });

  it('equal their plain definition for words of six and seven letters two swaps away', () => {
    fc.assert(fc.property(misspellings('abcde', 6, 7), check), { numRuns: 1000 });
  });

  it('equal their plain definition with capitals, spaces and long words', () => {
    fc.assert(fc.property(misspellings('aAbB ', 4, 36), check), { numRuns: 500 });
  });

  it('equal their plain definition on fixed cases', () => {
    // Fuse.js finds no match for "aabcbaa" in "abacaba" (two swaps away, but over three errors of
    // seven letters as Fuse counts them): such a word is no correction. Ties of one distance.
    for (const [vocabulary, asked] of [
      [['abacaba'], 'aabcbaa'],
      [['abacaba', 'aabcbab', 'aabcbaa'], 'aabcbaa'],
      [['cbcacbc', 'ccbabcc', 'ccbabca'], 'ccbabcc'],
      [['abcdef', 'abcdeg', 'abcdfe'], 'badcfe'],
      [['abcd', 'abce', 'abcf', 'abdc', 'bacd', 'abc', 'abcde'], 'abcx'],
      [['Abcd', 'abcd', 'ABCE'], 'abce'],
      [['abcdefgh', 'abcdefhg', 'bacdefgh', 'abdcefgh'], 'abcdefgx'],
    ] as [string[], string][])
      for (const budget of [undefined, 1, 2])
        expect(new FuzzyVocabulary(() => vocabulary).correct(asked, budget)).toEqual(
          reference(vocabulary, asked, budget),
        );
  });
});

describe('spelling fixes of long words', () => {
  it('find a word of 70 to 200 letters misspelt once (its lists are walked once per length past 63)', () => {
    const letters = fc.constantFrom(...'abcdefgh');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(letters, { minLength: 70, maxLength: 200 }).map((l) => l.join('')),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.nat(),
        fc.tuple(fc.integer({ min: 0, max: 2 }), fc.nat(), letters),
        (vocabulary, pick, typo) => {
          const word = vocabulary[pick % vocabulary.length] as string;
          const asked = misspell(word, typo);
          fc.pre(asked !== word);
          expect(new FuzzyVocabulary(() => vocabulary).correct(asked)[0]).toEqual({ word, distance: 1 });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('spelling fixes after live updates', () => {
  it('find words added since the lists were built, and never offer removed ones', () => {
    let live = new Set(['zelensky', 'harbour', 'governor']);
    const fuzzy = new FuzzyVocabulary(
      () => live,
      (w) => live.has(w),
    );
    expect(fuzzy.correct('zelenksy').map((c) => c.word)).toEqual(['zelensky']);
    live = new Set([...live, 'zorblax']);
    fuzzy.changed(['zorblax']);
    expect(fuzzy.correct('zorblux').map((c) => c.word)).toEqual(['zorblax']);
    live.delete('zelensky');
    fuzzy.changed();
    expect(fuzzy.correct('zelenksy')).toEqual([]);
    // A snapshot of the vocabulary has the added word in its lists.
    expect(fuzzy.state().words).toContain('zorblax');
  });

  it('give what a vocabulary built afresh gives, whatever was added and removed', () => {
    const letters = fc.constantFrom(...'abdeilnorst');
    const word = fc.array(letters, { minLength: 4, maxLength: 8 }).map((l) => l.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 30 }),
        fc.uniqueArray(word, { maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.nat(),
        fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), letters),
        (base, added, removals, pick, typo) => {
          // A misspelling of a word added or removed, or of one that stays.
          const all = [...added, ...base];
          fc.pre(all.length > 0);
          const asked = misspell(all[pick % all.length] as string, typo);
          const live = new Set(base);
          const fuzzy = new FuzzyVocabulary(
            () => live,
            (w) => live.has(w),
          );
          fuzzy.correct('warm');
          for (const w of added) live.add(w);
          fuzzy.changed(added);
          for (const r of removals) live.delete([...live][r % Math.max(1, live.size)] as string);
          fuzzy.changed();
          const fresh = new FuzzyVocabulary(() => live).correct(asked);
          const incremental = fuzzy.correct(asked);
          const key = (c: { word: string; distance: number }) => `${c.distance} ${c.word}`;
          // Below the cap of four, the same corrections (the order of equals may differ).
          fc.pre(fresh.length < 4 && incremental.length < 4);
          expect(incremental.map(key).sort()).toEqual(fresh.map(key).sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the cut to the candidates sharing most bigrams', () => {
  /** What sorting all candidates by count, then by id, keeps: the plain reference. */
  const agrees = (ids: number[], counts: number[], max: number) => {
    const sorted = ids
      .map((id, k) => ({ id, n: counts[k] as number }))
      .sort((a, b) => b.n - a.n || a.id - b.id)
      .slice(0, max)
      .map((c) => c.id);
    expect(mostShared(Int32Array.from(ids), Uint8Array.from(counts), ids.length, max)).toEqual(sorted);
  };

  it('keeps what sorting all candidates by count, then by id, would keep', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(5000), { maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 300, maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        agrees,
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps the lowest ids of hundreds tied at the cut', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(200000), { minLength: 1, maxLength: 900 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 900, maxLength: 900 }),
        fc.integer({ min: 1, max: 60 }),
        agrees,
      ),
      { numRuns: 1000 },
    );
  });
});

/** Optimal string alignment distance, the whole table at once. */
function plainDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('the edit distance', () => {
  it('is the optimal string alignment distance, or cap + 1 beyond the cap', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, cap) => {
        const plain = plainDistance(a, b);
        expect(editDistance(a, b, cap)).toBe(plain > cap ? cap + 1 : plain);
      }),
      { numRuns: 3000 },
    );
  });

  it('is the capped distance between a word and its misspellings (the band of cells near the diagonal)', () => {
    const letters = fc.constantFrom(...'abc');
    const word = fc.array(letters, { maxLength: 14 }).map((l) => l.join(''));
    const edit = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), letters);
    fc.assert(
      fc.property(word, fc.array(edit, { maxLength: 4 }), fc.integer({ min: 0, max: 4 }), (a, edits, cap) => {
        const b = edits.reduce(misspell, a);
        const plain = plainDistance(a, b);
        expect(editDistance(a, b, cap)).toBe(plain > cap ? cap + 1 : plain);
        expect(editDistance(b, a, cap)).toBe(plain > cap ? cap + 1 : plain);
      }),
      { numRuns: 3000 },
    );
  });
});
