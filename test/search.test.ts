import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, FuzzyVocabulary } from '../src/search/fuzzy.ts';
import { MemoryPassageIndex } from '../src/search/index.ts';
import { termOf, termsOf, tokenize } from '../src/search/text.ts';
import type { Concept, IndexedArticle } from '../src/search/types.ts';
import { mapLexicon, tableLexicon, wordnetLexicon } from '../src/search/wordnet/lexicon.ts';
import { baseForms } from '../src/search/wordnet/morph.ts';

const article = (id: string, title: string, ...texts: string[]): IndexedArticle => ({
  id,
  title,
  passages: texts.map((text, sentence) => ({ sentence, text })),
});

const words = (text: string): Concept[] =>
  termsOf(text).map((t) => ({ alternatives: [{ terms: [t], weight: 1 }] }));

const harbour = article(
  'harbour',
  'Dock workers strike in the harbour',
  'Dock workers walked out on Monday over pay.',
  'The port authority said ships were diverted to other harbours.',
  'Union leader Mara Quist promised the strike would continue until wages rise.',
  'Fishing boats kept working as usual.',
);
const orchard = article(
  'orchard',
  'Frost damages apple orchards',
  'A late frost damaged apple blossoms across the valley.',
  'Growers expect the harvest to fall by a third.',
);

describe('tokenizing and terms', () => {
  it('folds case and accents, drops possessives and keeps dotted abbreviations whole', () => {
    expect(tokenize("Kyiv's forces in the U.S. and Zürich").map((t) => t.word)).toEqual([
      'kyiv',
      'forces',
      'in',
      'the',
      'us',
      'and',
      'zurich',
    ]);
  });

  it('gives hyphenated compounds their parts and the joined word', () => {
    expect(tokenize('a cease-fire').map((t) => t.word)).toEqual(['a', 'cease', 'fire', 'ceasefire']);
  });

  it('stems regular forms together and maps irregular past forms to their base', () => {
    expect(termOf('settlements')).toBe(termOf('settlement'));
    expect(termOf('captured')).toBe(termOf('capture'));
    expect(termOf('began')).toBe(termOf('begin'));
  });

  it('leaves stop words out of terms', () => {
    expect(termsOf('What is the state of the harbour?')).toEqual([termOf('state'), termOf('harbour')]);
  });
});

describe('BM25+ passage index', () => {
  it('ranks the passage with the rarer matching words first', () => {
    const index = new MemoryPassageIndex();
    index.add(harbour);
    index.add(orchard);
    const hits = index.search({ concepts: words('union leader strike'), limit: 3 });
    expect(hits[0]).toMatchObject({ articleId: 'harbour', sentence: 2 });
  });

  it('keeps only the top k, best first', () => {
    const index = new MemoryPassageIndex();
    index.add(harbour);
    const hits = index.search({ concepts: words('workers ships strike boats'), limit: 2 });
    expect(hits).toHaveLength(2);
    expect((hits[0] as { score: number }).score).toBeGreaterThanOrEqual((hits[1] as { score: number }).score);
  });

  it('filters by article', () => {
    const index = new MemoryPassageIndex();
    index.add(harbour);
    index.add(orchard);
    const all = index.search({ concepts: words('frost workers'), limit: 10 });
    expect(new Set(all.map((h) => h.articleId))).toEqual(new Set(['harbour', 'orchard']));
    const one = index.search({ concepts: words('frost workers'), limit: 10, articleId: 'orchard' });
    expect(one.every((h) => h.articleId === 'orchard')).toBe(true);
    expect(index.search({ concepts: words('frost'), limit: 10, articleId: 'nope' })).toEqual([]);
  });

  it('scores a concept by its best alternative and reports the weight that matched', () => {
    const index = new MemoryPassageIndex();
    index.add(harbour);
    const concept: Concept = {
      alternatives: [
        { terms: [termOf('port')], weight: 1 },
        { terms: [termOf('harbours')], weight: 0.5 },
      ],
    };
    const [hit] = index.search({ concepts: [concept], limit: 1 });
    expect(hit).toMatchObject({ sentence: 1, matchWeights: [1], matched: 1 });
  });

  it('requires every word of a multi-word alternative', () => {
    const index = new MemoryPassageIndex();
    index.add(harbour);
    const phrase = (text: string): Concept => ({ alternatives: [{ terms: termsOf(text), weight: 1 }] });
    expect(index.search({ concepts: [phrase('fishing boats')], limit: 5 }).map((h) => h.sentence)).toEqual([
      3,
    ]);
    expect(index.search({ concepts: [phrase('fishing ships')], limit: 5 })).toEqual([]);
  });

  it('adds and removes articles live, with document frequencies and words following', () => {
    const index = new MemoryPassageIndex();
    index.add(harbour);
    index.add(orchard);
    expect(index.size()).toBe(6);
    expect(index.hasWord('frost')).toBe(true);
    expect(index.remove(orchard)).toBe(true);
    expect(index.remove(orchard)).toBe(false);
    expect(index.size()).toBe(4);
    expect(index.hasWord('frost')).toBe(false);
    expect(index.documentFrequency(termOf('frost'))).toBe(0);
    expect(index.search({ concepts: words('frost'), limit: 5 })).toEqual([]);
    index.add(orchard);
    expect(index.search({ concepts: words('frost'), limit: 5 })[0]).toMatchObject({ articleId: 'orchard' });
  });

  it('refuses to add an article twice (replacing is remove, then add)', () => {
    const index = new MemoryPassageIndex();
    index.add(orchard);
    expect(() => index.add(orchard)).toThrow(/remove it first/);
    expect(index.size()).toBe(2);
    expect(index.search({ concepts: words('frost'), limit: 5 })).toHaveLength(1);
  });

  it('weighs a passage and a headline against concepts by the words it holds', () => {
    const index = new MemoryPassageIndex();
    index.add(article('a', 'Apple harvest', 'Growers met on Monday.', 'Frost came early.'));
    const concepts = [
      ...words('frost'),
      ...words('apple'),
      { alternatives: [{ terms: [termOf('growers')], weight: 0.5 }] },
    ];
    expect(index.weights('a', 1, concepts)).toEqual([1, 0, 0]);
    expect(index.weights('a', 0, concepts)).toEqual([0, 0, 0.5]);
    expect(index.weights('a', 2, concepts)).toBeUndefined();
    expect(index.titleWeights('a', concepts)).toEqual([0, 1, 0]);
    expect(index.titleWeights('nope', concepts)).toEqual([0, 0, 0]);
  });

  it('gives every article whose headline matches its title score, however many there are', () => {
    const index = new MemoryPassageIndex();
    // More headline matches than the title scratch first holds (1,024 rows), two concepts each.
    for (let a = 0; a < 1500; a++)
      index.add(article(`a${a}`, `Daughter story ${a}`, `Her daughter met friend${a}.`));
    const hits = index.search({ concepts: [...words('daughter'), ...words('story')], limit: 1500 });
    expect(hits).toHaveLength(1500);
    expect(new Set(hits.map((h) => h.score.toFixed(9))).size).toBe(1);
  });

  it('gives title words a weak boost to every passage of the article', () => {
    const index = new MemoryPassageIndex();
    index.add(article('a', 'Apple harvest', 'Growers met on Monday.'));
    index.add(article('b', 'Town council', 'Growers met on Monday.'));
    const [first] = index.search({ concepts: words('apple growers'), limit: 2 });
    expect(first?.articleId).toBe('a');
  });

  it('packs and sweeps large postings without changing any result', () => {
    // 300 articles × 20 passages × 13 words: the postings are packed during the build, and removing
    // most articles sweeps them; scores must equal an index built from the survivors alone.
    const big = Array.from({ length: 300 }, (_, a) =>
      article(
        `a${a}`,
        `Report ${a} harbour`,
        ...Array.from(
          { length: 20 },
          (_, p) =>
            `Unique${a}x${p} harbour ${Array.from({ length: 11 }, (_, w) => `w${(a * 7 + p * 3 + w) % 997}`).join(' ')}.`,
        ),
      ),
    );
    const index = new MemoryPassageIndex();
    for (const a of big) index.add(a);
    expect(index.search({ concepts: words('unique17x5'), limit: 3 })).toMatchObject([
      { articleId: 'a17', sentence: 5 },
    ]);
    for (const a of big.slice(0, 250)) index.remove(a);
    const fresh = new MemoryPassageIndex();
    for (const a of big.slice(250)) fresh.add(a);
    for (const q of ['harbour w5 w300', 'unique260x3 w12', 'unique17x5', 'report w996']) {
      const scored = (ix: MemoryPassageIndex) =>
        ix
          .search({ concepts: words(q), limit: 50 })
          .map((h) => `${h.articleId}:${h.sentence}:${h.score.toFixed(9)}`)
          .sort();
      expect(scored(index)).toEqual(scored(fresh));
    }
    expect(index.documentFrequency(termOf('harbour'))).toBe(50 * 20);
  });

  it('stays consistent under any order of adds and removes', () => {
    const pool = [harbour, orchard, article('c', 'Rain', 'Rain fell on the harbour.')];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 2 })), { maxLength: 12 }),
        (ops) => {
          const index = new MemoryPassageIndex();
          const live = new Set<string>();
          for (const [add, i] of ops) {
            const a = pool[i] as IndexedArticle;
            if (add) {
              index.remove(a);
              index.add(a);
              live.add(a.id);
            } else {
              index.remove(a);
              live.delete(a.id);
            }
          }
          const expected = pool.filter((a) => live.has(a.id)).reduce((n, a) => n + a.passages.length, 0);
          expect(index.size()).toBe(expected);
          const hits = index.search({ concepts: words('harbour'), limit: 10 });
          expect(hits.every((h) => live.has(h.articleId))).toBe(true);
          // Scores, title boosts included, are those of an index built from the live articles alone.
          const fresh = new MemoryPassageIndex();
          for (const a of pool) if (live.has(a.id)) fresh.add(a);
          const scored = (ix: MemoryPassageIndex) =>
            ix
              .search({ concepts: words('harbour frost rain'), limit: 20 })
              .map((h) => `${h.articleId}:${h.sentence}:${h.score.toFixed(9)}`)
              .sort();
          expect(scored(index)).toEqual(scored(fresh));
        },
      ),
    );
  });
});

describe('spelling fixes over the vocabulary', () => {
  const vocabulary = new FuzzyVocabulary(() => ['zelenskyy', 'molomby', 'basya', 'heald', 'health', 'kursk']);

  it('maps misspelt names onto the articles’ words', () => {
    expect(vocabulary.correct('zelenksy')[0]?.word).toBe('zelenskyy');
    expect(vocabulary.correct('molomy')[0]?.word).toBe('molomby');
    expect(vocabulary.correct('basia')[0]?.word).toBe('basya');
  });

  it('keeps short words to one edit, so "heal" finds "heald" but not "health"', () => {
    expect(vocabulary.correct('heal').map((c) => c.word)).toEqual(['heald']);
  });

  it('finds nothing for words far from every known word', () => {
    expect(vocabulary.correct('pizza')).toEqual([]);
  });

  it('edit distance counts a transposition as one edit', () => {
    expect(editDistance('zelenksy', 'zelensky')).toBe(1);
    expect(editDistance('kursk', 'kursk')).toBe(0);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b, 20)).toBe(editDistance(b, a, 20));
      }),
    );
  });
});

describe('WordNet lexicon', () => {
  it('binary-searches a sorted table', () => {
    const table = new TextEncoder().encode(
      [
        'cease-fire\tcn1\tarmistice|truce\tpeace',
        'look into\tcv1\tinvestigate\t',
        'truce\tcn1\tarmistice|cease-fire\tpeace',
      ]
        .join('\n')
        .concat('\n'),
    );
    const lexicon = tableLexicon(table);
    expect(lexicon.lookup('truce')?.synonyms).toEqual(['armistice', 'cease-fire']);
    expect(lexicon.lookup('look into')?.synonyms).toEqual(['investigate']);
    expect(lexicon.lookup('cease-fire')?.senses).toEqual({ n: 1 });
    expect(lexicon.lookup('armistice')).toBeUndefined();
    expect(lexicon.lookup('zzz')).toBeUndefined();
  });

  it('finds base forms of inflected words', () => {
    const lexicon = mapLexicon({ beg: { senses: { v: 1 } }, city: {}, stop: {} });
    expect(baseForms('begged', lexicon).map((b) => b.lemma)).toEqual(['beg']);
    expect(baseForms('cities', lexicon).map((b) => b.lemma)).toEqual(['city']);
  });

  it('applies a suffix rule only to the parts of speech it inflects ("voter" is no form of "vote")', () => {
    const lexicon = mapLexicon({
      vote: { senses: { n: 5, v: 5 } },
      voter: { senses: { n: 1 } },
      big: { senses: { a: 3 } },
      walk: { senses: { n: 10 } },
    });
    expect(baseForms('voter', lexicon).map((b) => b.lemma)).toEqual(['voter']);
    expect(baseForms('bigger', lexicon).map((b) => b.lemma)).toEqual(['big']);
    // "-ed" makes verbs: a noun-only "walk" is no base of "walked".
    expect(baseForms('walked', lexicon).map((b) => b.lemma)).toEqual([]);
    expect(baseForms('walks', lexicon).map((b) => b.lemma)).toEqual(['walk']);
  });

  it('knows multi-word synonyms from WordNet itself', () => {
    const wordnet = wordnetLexicon();
    expect(wordnet.lookup('truce')?.synonyms).toContain('cease-fire');
    expect(wordnet.lookup('deliberately')?.synonyms).toContain('on purpose');
    expect(wordnet.lookup('investigate')?.synonyms).toContain('look into');
    expect(wordnet.lookup('paris')?.common).toBe(false);
  });
});

describe("a sentence's weights for a concept asked again", () => {
  it('finds a word of the concept that an article added since brought to the index', () => {
    const index = new MemoryPassageIndex();
    index.add(orchard);
    const concepts: Concept[] = [
      {
        alternatives: [
          { terms: [termOf('strike')], weight: 1 },
          { terms: [termOf('union'), termOf('leader')], weight: 0.5 },
        ],
      },
    ];
    expect(index.weights('orchard', 0, concepts)).toEqual([0]);
    index.add(harbour);
    // The same concept object, asked again: its words are now known.
    expect(index.weights('harbour', 2, concepts)).toEqual([1]);
    expect(index.weights('harbour', 0, concepts)).toEqual([0]);
    expect(index.titleWeights('harbour', concepts)).toEqual([1]);
    index.remove(harbour);
    expect(index.weights('orchard', 1, concepts)).toEqual([0]);
    index.add(article('union', 'Talks', 'The union leader met the minister.'));
    expect(index.weights('union', 0, concepts)).toEqual([0.5]);
  });

  it("gives a headline's weights as they are now, when the same concepts ask again after an article changed", () => {
    const index = new MemoryPassageIndex();
    index.add(harbour);
    const concepts = words('strike frost');
    expect(index.titleWeights('harbour', concepts)).toEqual([1, 0]);
    expect(index.titleWeights('harbour', concepts)).toEqual([1, 0]);
    index.remove(harbour);
    index.add(article('harbour', 'Frost in the harbour', 'Ice formed on the quay.'));
    expect(index.titleWeights('harbour', concepts)).toEqual([0, 1]);
    // What a caller does with the weights is its own.
    index.titleWeights('harbour', concepts)[1] = 5;
    expect(index.titleWeights('harbour', concepts)).toEqual([0, 1]);
  });
});
