import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusGenerator } from '../bench/corpus/generate.ts';
import { mixSeed, mulberry32, zipf } from '../bench/corpus/prng.ts';
import { generateQuestions, typo } from '../bench/corpus/questions.ts';
import { loadSourceSet } from '../bench/corpus/templates.ts';
import { writeCorpus } from '../bench/corpus/write.ts';
import { bm25Fuse } from '../bench/scale/baselines/bm25-fuse.ts';
import { readSentenceRecords } from '../bench/scale/baselines/records.ts';
import { percentile } from '../bench/scale/stats.ts';
import { openLibrary } from '../src/library/memory-library.ts';

const corpus = corpusGenerator();
const dir = mkdtempSync(join(tmpdir(), 'article-bot-corpus-'));
let written: ReturnType<typeof writeCorpus>;
beforeAll(() => {
  written = writeCorpus(corpus, dir, 30, 50);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic corpora for the scale benchmark', () => {
  it('are the same for the same seed, and article i does not depend on the corpus size', () => {
    const again = corpusGenerator();
    expect(again.article(42)).toEqual(corpus.article(42));
    expect(corpus.article(42).text).not.toBe(corpus.article(43).text);
    expect(generateQuestions(again, 200, 50)).toEqual(generateQuestions(corpus, 200, 50));
  });

  it('is read back by the project loader exactly as generated, in all three file formats', () => {
    const library = openLibrary(dir);
    expect(library.warnings()).toEqual([]);
    expect(library.articles()).toHaveLength(30);
    const formats = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const expected = corpus.article(i);
      const article = library.article(expected.id);
      formats.add(`${expected.file.slice(-3)}:${/\n\n/.test(expected.text)}`);
      expect(article?.title).toBe(expected.title);
      expect(article?.sentences.map((s) => s.text)).toEqual(expected.paragraphs.flat().map((s) => s.text));
    }
    expect(formats.size).toBe(3);
    expect(written.sentences).toBe(library.articles().reduce((n, a) => n + a.sentences, 0));
  });

  it("can be built from the project's own articles alone, without the shared folder", () => {
    const own = corpusGenerator(7, loadSourceSet(false));
    expect(own.origin).toMatch(/^project's seeds and test articles/);
    expect(own.article(0).paragraphs.flat().length).toBeGreaterThanOrEqual(10);
    expect(generateQuestions(own, 10, 50)).toHaveLength(50);
  });

  it('vary their wording: made-up words and names make most sentences unique', () => {
    const sentences = Array.from({ length: 200 }, (_, i) =>
      corpus
        .article(i)
        .paragraphs.flat()
        .map((s) => s.text),
    ).flat();
    expect(sentences.length).toBeGreaterThan(200 * 12);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.9);
    const words = new Set(sentences.flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []));
    expect(words.size).toBeGreaterThan(5_000);
  });

  it('come with questions that carry typos and name a sentence of their article', () => {
    const questions = generateQuestions(corpus, 30, 60);
    expect(questions).toHaveLength(60);
    for (const q of questions) {
      const article = corpus.article(Number(q.file.slice(0, 5)));
      expect(article.id).toBe(q.articleId);
      expect(article.paragraphs.flat().map((s) => s.text)).toContain(q.answer);
      for (const w of q.words) expect(q.answer).toContain(w);
    }
    const typed = questions.filter((q) => q.words.some((w) => w.length >= 5 && !q.question.includes(w)));
    expect(typed.length).toBeGreaterThan(50);
  });

  it('the straightforward BM25 baseline finds most answers despite the typos', () => {
    const search = bm25Fuse(readSentenceRecords(dir));
    const questions = generateQuestions(corpus, 30, 50);
    const hits = questions.filter((q) => search.search(q.question, 3)[0]?.text === q.answer).length;
    expect(hits / questions.length).toBeGreaterThan(0.7);
  });
});

describe('benchmark helpers', () => {
  it('a typo changes one letter position and keeps the first letter', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,12}$/), fc.integer(), (word, seed) => {
        const slipped = typo(word, mulberry32(seed));
        expect(slipped.charAt(0)).toBe(word.charAt(0));
        expect(Math.abs(slipped.length - word.length)).toBeLessThanOrEqual(1);
        if (slipped.length === word.length && slipped !== word) {
          const diff = [...word].filter((c, i) => slipped[i] !== c).length;
          expect(diff).toBeLessThanOrEqual(2);
        }
      }),
    );
  });

  it('draws ranks within range, frequent ones first, from a seeded generator', () => {
    const draw = zipf(1000);
    const random = mulberry32(mixSeed(1, 2));
    const counts = new Array<number>(1000).fill(0);
    let outside = 0;
    for (let i = 0; i < 20_000; i++) {
      const r = draw(random);
      if (!(r >= 0 && r < 1000)) outside++;
      counts[r] = (counts[r] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    const head = counts.slice(0, 100).reduce((a, b) => a + b, 0);
    const tail = counts.slice(900).reduce((a, b) => a + b, 0);
    expect(head).toBeGreaterThan(tail);
  });

  it('percentiles are nearest-rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([], 50)).toBe(0);
  });
});
