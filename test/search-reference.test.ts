/**
 * MemoryPassageIndex.search against a plain reference: every live passage scored from its own
 * words by the documented ranking, no postings, no scratch, no shortcuts. Exact equality: same
 * passages in the same order, same scores (to 1e-9), same matched bits and match weights.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BM25, MemoryPassageIndex } from '../src/search/index.ts';
import { isStopWord, termOf, tokenize } from '../src/search/text.ts';
import type { Concept, IndexedArticle, SearchHit, SearchQuery } from '../src/search/types.ts';

/** Index terms of a text with their frequencies, as the index counts them. */
function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokenize(text)) {
    if (t.word.length === 0 || isStopWord(t.word)) continue;
    const term = termOf(t.word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

interface RefPassage {
  articleId: string;
  sentence: number;
  terms: Map<string, number>;
  length: number;
}

/**
 * The ranking, written out plainly. Ties at the k-th place are common (short passages of the same
 * words), so the reference also keeps the index's rule for them: passages are offered in the order
 * one walk of the postings reaches them (by the first alternative that matches them, concepts in
 * order, then in passage order, i.e. the order they were added), to k slots of a binary min-heap
 * that replace their minimum only for a greater score.
 */
class ReferenceIndex {
  private passages: RefPassage[] = [];
  private titles = new Map<string, Set<string>>();

  add(article: IndexedArticle): void {
    this.remove(article.id);
    this.titles.set(article.id, new Set(termCounts(article.title).keys()));
    for (const p of article.passages) {
      const terms = termCounts(p.text);
      let length = 0;
      for (const tf of terms.values()) length += tf;
      this.passages.push({ articleId: article.id, sentence: p.sentence, terms, length });
    }
  }

  remove(id: string): void {
    this.passages = this.passages.filter((p) => p.articleId !== id);
    this.titles.delete(id);
  }

  search(query: SearchQuery): SearchHit[] {
    const { k, b, d } = DEFAULT_BM25;
    const live = this.passages;
    if (query.articleId !== undefined && !this.titles.has(query.articleId)) return [];
    if (live.length === 0 || query.limit <= 0) return [];
    const df = (term: string) => live.filter((p) => p.terms.has(term)).length;
    const idf = (term: string) => Math.log(1 + (live.length - df(term) + 0.5) / (df(term) + 0.5));
    const avg = live.reduce((n, p) => n + p.length, 0) / live.length || 1;
    const k1 = k + 1;
    const kFlat = k * (1 - b);
    const kSlope = (k * b) / avg;
    const has = (p: RefPassage, terms: readonly string[]) =>
      terms.length > 0 && terms.every((t) => p.terms.has(t));

    const scored: { order: number; doc: number; p: RefPassage; score: number }[] = [];
    live.forEach((p, doc) => {
      if (query.articleId !== undefined && p.articleId !== query.articleId) return;
      let score = 0;
      let first = -1;
      let alternative = 0;
      for (const concept of query.concepts) {
        let best = 0;
        for (const alt of concept.alternatives) {
          if (has(p, alt.terms)) {
            if (first < 0) first = alternative;
            let s = 0;
            for (const t of alt.terms) {
              const tf = p.terms.get(t) as number;
              s += idf(t) * (d + (tf * k1) / (tf + kFlat + kSlope * p.length));
            }
            s = (s / alt.terms.length) * alt.weight;
            if (s > best) best = s;
          }
          alternative++;
        }
        if (best > 0) score += best * (concept.boost ?? 1);
      }
      if (first >= 0)
        scored.push({ order: first, doc, p, score: score + this.titleScore(p.articleId, query, idf) });
    });
    scored.sort((x, y) => x.order - y.order || x.doc - y.doc);

    const heap: typeof scored = [];
    const size = Math.min(query.limit, Math.max(1, scored.length));
    const less = (i: number, j: number) =>
      (heap[i] as (typeof scored)[0]).score < (heap[j] as (typeof scored)[0]).score;
    const swap = (i: number, j: number) => {
      [heap[i], heap[j]] = [heap[j] as (typeof scored)[0], heap[i] as (typeof scored)[0]];
    };
    for (const c of scored) {
      if (heap.length < size) {
        heap.push(c);
        for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      } else if (c.score > (heap[0] as (typeof scored)[0]).score) {
        heap[0] = c;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          if (l >= size) break;
          const m = l + 1 < size && less(l + 1, l) ? l + 1 : l;
          if (!less(m, i)) break;
          swap(i, m);
          i = m;
        }
      }
    }
    heap.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return heap.map(({ p, score }) => {
      const matchWeights = query.concepts.map((concept) =>
        concept.alternatives.reduce((w, alt) => (has(p, alt.terms) ? Math.max(w, alt.weight) : w), 0),
      );
      const matched = matchWeights.reduce((bits, w, ci) => (w > 0 && ci < 31 ? bits | (1 << ci) : bits), 0);
      return { articleId: p.articleId, sentence: p.sentence, score, matched, matchWeights };
    });
  }

  /** Per concept the best single-word alternative in the headline (weight × boost × IDF), summed. */
  private titleScore(articleId: string, query: SearchQuery, idf: (term: string) => number): number {
    const weight = query.titleWeight ?? 0.3;
    const title = this.titles.get(articleId) as Set<string>;
    if (!(weight > 0)) return 0;
    let s = 0;
    for (const concept of query.concepts) {
      let top = 0;
      for (const alt of concept.alternatives) {
        const term = alt.terms[0] as string;
        if (alt.terms.length !== 1 || !title.has(term)) continue;
        const value = alt.weight * (concept.boost ?? 1) * idf(term);
        if (value > top) top = value;
      }
      s += top;
    }
    return s * weight;
  }
}

// A small vocabulary, so that passages share words and tie often.
const WORDS = ['harbour', 'strike', 'port', 'ships', 'union', 'frost', 'apple', 'rain', 'workers', 'the'];
const term = (w: string) => termOf(w);

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }).map((ws) => ws.join(' '));
const articleArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
    passages: fc
      .array(textArb, { minLength: 1, maxLength: 6 })
      .map((texts) => texts.map((text, sentence) => ({ sentence, text }))),
  });
const alternativeArb = fc.record({
  // Words the articles never use ('pier') too, alone and in multi-word alternatives.
  terms: fc
    .array(fc.constantFrom(...WORDS.slice(0, 9), 'pier'), { minLength: 1, maxLength: 3 })
    .map((ws) => ws.map(term)),
  weight: fc.constantFrom(1, 0.9, 0.5, 0.35, 0.2),
});
const conceptArb: fc.Arbitrary<Concept> = fc.record(
  {
    alternatives: fc.array(alternativeArb, { minLength: 1, maxLength: 4 }),
    boost: fc.constantFrom(1, 0.7, 0.3, 1.4),
  },
  { requiredKeys: ['alternatives'] },
);

describe('passage search equals a plain reference scoring', () => {
  it('on random indexes (with removed and re-added articles) and random queries', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(articleArb)),
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.boolean()), { maxLength: 6 }),
        fc.array(
          fc.record(
            {
              concepts: fc.array(conceptArb, { minLength: 1, maxLength: 4 }),
              limit: fc.integer({ min: 1, max: 8 }),
              titleWeight: fc.constantFrom(0.3, 0, 1),
              articleId: fc.constantFrom('a', 'c', 'zz'),
            },
            { requiredKeys: ['concepts', 'limit'] },
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (articles, edits, queries) => {
          const index = new MemoryPassageIndex();
          const reference = new ReferenceIndex();
          const same = () => {
            for (const query of queries) {
              const got = index.search(query);
              const expected = reference.search(query);
              expect(got.map((h) => [h.articleId, h.sentence, h.matched, h.matchWeights])).toEqual(
                expected.map((h) => [h.articleId, h.sentence, h.matched, h.matchWeights]),
              );
              got.forEach((h, i) => {
                expect(Math.abs(h.score - (expected[i] as SearchHit).score)).toBeLessThanOrEqual(1e-9);
              });
            }
          };
          for (const a of articles) {
            index.add(a);
            reference.add(a);
          }
          same();
          // Removed passages stay in the postings until swept; re-added ones get new passage ids.
          for (const [id, readd] of edits) {
            const a = articles[ids.indexOf(id)] as IndexedArticle;
            if (readd) {
              // Replacing is remove, then add (the index needs the old texts to count words out).
              index.remove(a);
              index.add(a);
              reference.add(a);
            } else {
              index.remove(a);
              reference.remove(id);
            }
          }
          same();
        },
      ),
      { numRuns: 300 },
    );
  });
});
