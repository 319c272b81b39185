/**
 * Baseline 2, "the straightforward index" of issue 5: BM25 over sentences in plain JavaScript Maps,
 * with Fuse.js over the vocabulary to map a mistyped word to the indexed words it resembles (only
 * for words not in the vocabulary, and only among words with the same first letter, which typos
 * rarely change: one Fuse.js search over the whole vocabulary costs tens of milliseconds).
 * Written the way one would first write it, as the yardstick the project's index must beat.
 */
import Fuse from 'fuse.js';
import { stemmer } from 'stemmer';
import type { SentenceRecord, SentenceSearch } from './records.ts';

const STOPWORDS = new Set(
  `a an and are as at be but by did do does for from had has have he her his how i in is it its me of on
or she so than that the their them they this to was we were what when where which who why will with
would you about after also tell`.split(/\s+/),
);

const K1 = 1.2;
const B = 0.75;

function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    if (!STOPWORDS.has(w)) out.push(stemmer(w));
  return out;
}

export function bm25Fuse(records: SentenceRecord[]): SentenceSearch {
  // term → postings: [sentence, term frequency, sentence, term frequency, …]
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  let total = 0;
  records.forEach((record, doc) => {
    const counts = new Map<string, number>();
    const ts = terms(record.text);
    for (const t of ts) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      const list = postings.get(t);
      if (list) list.push(doc, tf);
      else postings.set(t, [doc, tf]);
    }
    lengths.push(ts.length);
    total += ts.length;
  });
  const average = total / Math.max(1, records.length);
  const byInitial = new Map<string, string[]>();
  for (const t of postings.keys()) {
    const list = byInitial.get(t.charAt(0));
    if (list) list.push(t);
    else byInitial.set(t.charAt(0), [t]);
  }
  const vocabulary = new Map(
    [...byInitial].map(([c, list]) => [c, new Fuse(list, { includeScore: true, threshold: 0.34 })]),
  );

  /** The indexed terms a question word stands for, with a weight for how sure that is. */
  const expand = (term: string): [string, number][] => {
    if (postings.has(term)) return [[term, 1]];
    return (vocabulary.get(term.charAt(0))?.search(term, { limit: 3 }) ?? []).map((r): [string, number] => [
      r.item,
      1 - (r.score ?? 1),
    ]);
  };

  return {
    search(question, limit) {
      const scores = new Map<number, number>();
      for (const term of new Set(terms(question))) {
        for (const [t, weight] of expand(term)) {
          const list = postings.get(t) ?? [];
          const df = list.length / 2;
          const idf = Math.log(1 + (records.length - df + 0.5) / (df + 0.5));
          for (let i = 0; i < list.length; i += 2) {
            const doc = list[i] ?? 0;
            const tf = list[i + 1] ?? 0;
            const norm = tf + K1 * (1 - B + (B * (lengths[doc] ?? 0)) / average);
            scores.set(doc, (scores.get(doc) ?? 0) + (weight * idf * tf * (K1 + 1)) / norm);
          }
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .flatMap(([doc]) => records[doc] ?? []);
    },
  };
}
