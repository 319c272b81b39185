import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/answer/candidate.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { closeness, MEANING_WEIGHT, rerankByMeaning, TermRows, vectorRows } from '../src/answer/meaning.ts';
import { MemoryPassageIndex } from '../src/search/index.ts';
import { termOf } from '../src/search/text.ts';
import { buildTable, pickWords, principalComponents } from '../src/search/vectors/build.ts';
import { decodeTable, encodeTable, type WordVectors } from '../src/search/vectors/format.ts';
import { DEFAULT_VECTORS_PATH, wordVectors } from '../src/search/vectors/table.ts';
import { plainArticle } from './helpers/articles.ts';

/** A table of unit vectors along axes: words on one axis are alike, on different axes unrelated. */
function axisTable(words: Record<string, number>, dims = 4): WordVectors {
  const names = Object.keys(words);
  const data = new Int8Array(names.length * dims);
  names.forEach((w, i) => {
    data[i * dims + (words[w] as number)] = 127;
  });
  return decodeTable(encodeTable({ words: names, dims, data }));
}

describe('the word-vector table format', () => {
  it('finds every word it was written with, and no other', () => {
    const table = axisTable({ zebra: 0, apple: 1, mango: 2, kiwi: 3 });
    for (const w of ['zebra', 'apple', 'mango', 'kiwi']) expect(table.row(w)).toBeGreaterThanOrEqual(0);
    expect(table.row('banana')).toBe(-1);
    expect(table.row('')).toBe(-1);
    expect(table.row('appl')).toBe(-1);
    // Rows travel with their words when the list is put in order.
    const row = table.row('mango');
    expect(table.data[row * table.dims + 2]).toBe(127);
  });

  it('refuses bytes that are not a whole table, with a reason', () => {
    const bytes = encodeTable({ words: ['a', 'b'], dims: 2, data: new Int8Array(4) });
    expect(() => decodeTable(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated|size/);
    expect(() => decodeTable(new TextEncoder().encode('hello world, no table here'))).toThrow(
      /not a word-vector/,
    );
    const wrongVersion = bytes.slice();
    new DataView(wrongVersion.buffer).setUint32(4, 99, true);
    expect(() => decodeTable(wrongVersion)).toThrow(/version/);
    const unordered = bytes.slice();
    unordered[20] = 'c'.charCodeAt(0); // "c\nb": out of order
    expect(() => decodeTable(unordered)).toThrow(/order/);
  });

  it('is committed, small, and read by the engine (a missing one only warns)', () => {
    expect(statSync(DEFAULT_VECTORS_PATH).size).toBeLessThan(2_000_000);
    const table = wordVectors();
    expect(table?.dims).toBe(32);
    expect(wordVectors('/nonexistent/word-vectors.bin')).toBeUndefined();
  });

  it('puts related news words closer than unrelated ones (keyed by index term)', () => {
    const table = wordVectors() as WordVectors;
    const rows = (words: string[]) => vectorRows(table, words.map(termOf));
    const crowd = rows(['crowd']);
    expect(closeness(table, rows(['spectators']), crowd)).toBeGreaterThan(
      closeness(table, rows(['budget']), crowd),
    );
    expect(closeness(table, rows(['funded']), rows(['paid']))).toBeGreaterThan(
      closeness(table, rows(['funded']), rows(['volcano'])),
    );
  });
});

describe('building the table', () => {
  it('keeps the most frequent plain words that are no stop words', () => {
    expect(
      pickWords(['the', 'police', "don't", 'x-ray', 'fire', 'fires', 'city'], new Set(['the']), 3),
    ).toEqual(['police', 'fire', 'fires']);
  });

  it('finds the axis along which the vectors vary most first', () => {
    const rows = [
      [1, 0.1],
      [-1, -0.1],
      [2, 0.05],
      [-2, 0],
    ].map((r) => Float64Array.from(r));
    const [axis] = principalComponents(rows, 1).axes;
    expect(Math.abs(axis?.[0] ?? 0)).toBeGreaterThan(0.99);
  });

  it('makes one unit row per key, the mean of its words', () => {
    const vectors: Record<string, number[]> = { fund: [1, 0, 0], funds: [0.9, 0.1, 0], lava: [0, 0, 1] };
    const table = buildTable(Object.keys(vectors), (w) => vectors[w] ?? [], 2, termOf);
    expect(table.words).toEqual(['fund', 'lava']);
    for (let r = 0; r < 2; r++) {
      const [a = 0, b = 0] = table.data.subarray(r * 2, r * 2 + 2);
      expect(Math.hypot(a, b)).toBeCloseTo(127, -1);
    }
  });
});

describe('closeness in meaning reorders the best candidates', () => {
  const table = axisTable({ crowd: 0, spectator: 0, budget: 1, lava: 2 });
  const candidate = (sentenceId: number, score: number): Candidate =>
    ({ articleId: 'a', sentenceId, score }) as unknown as Candidate;
  const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.sentenceId - b.sentenceId;
  const rows: Record<number, number[]> = {
    0: [table.row('budget')],
    1: [table.row('crowd')],
    2: [table.row('lava')],
  };

  it('moves a sentence saying the same in other words above a slightly better word match', () => {
    const out = rerankByMeaning(
      [candidate(0, 1.0), candidate(1, 0.9)],
      ['spectator'],
      (c) => rows[c.sentenceId] ?? [],
      table,
      byScore,
    );
    expect(out.map((c) => c.sentenceId)).toEqual([1, 0]);
    expect(out[0]?.score).toBeCloseTo(0.9 + MEANING_WEIGHT, 3);
  });

  it('leaves a clearly better word match first, and the order alone without vectors or question words', () => {
    const clear = rerankByMeaning(
      [candidate(0, 2), candidate(1, 1)],
      ['spectator'],
      (c) => rows[c.sentenceId] ?? [],
      table,
      byScore,
    );
    expect(clear.map((c) => c.sentenceId)).toEqual([0, 1]);
    const none = rerankByMeaning(
      [candidate(0, 1), candidate(1, 0.9)],
      ['spectator'],
      () => [],
      undefined,
      byScore,
    );
    expect(none.map((c) => c.score)).toEqual([1, 0.9]);
    const unknown = rerankByMeaning(
      [candidate(0, 1), candidate(1, 0.9)],
      ['zzz'],
      (c) => rows[c.sentenceId] ?? [],
      table,
      byScore,
    );
    expect(unknown.map((c) => c.score)).toEqual([1, 0.9]);
  });

  it("reads a sentence's terms from the index, and again after the index changes", () => {
    const index = new MemoryPassageIndex();
    const add = (to: MemoryPassageIndex, texts: string[]) =>
      to.add({ id: 'a', title: 'Title', passages: texts.map((text, sentence) => ({ sentence, text })) });
    add(index, ['The crowd cheered.', 'Lava flowed.']);
    const terms = new TermRows(axisTable({ crowd: 0, lava: 2, cheer: 1 }));
    expect(terms.of(index, 'a', 1)).toHaveLength(1);
    expect(terms.of(index, 'a', 0)).toHaveLength(2);
    const other = new MemoryPassageIndex();
    add(other, ['Nothing here.']);
    expect(terms.of(other, 'a', 0)).toEqual([]);
    expect(terms.of(index, 'missing', 0)).toEqual([]);
  });
});

describe('the engine without word vectors', () => {
  it('answers as before from its other signals', () => {
    const article = plainArticle('fire', 'Warehouse fire', [
      'A fire destroyed a warehouse on Monday.',
      'Nobody was hurt.',
    ]);
    const answer = new AnswerEngine([article], { vectors: null }).ask('what was destroyed by the fire');
    expect(answer.passages[0]?.text).toMatch(/warehouse/);
  });
});
