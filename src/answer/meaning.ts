/**
 * Closeness in meaning of a question and a sentence, from word vectors (search/vectors): what the
 * other signals, which match words and their WordNet relatives, miss when a sentence says the
 * same in other words ("how many spectators" — "a crowd of 6,214"; "who paid for" — "funded by").
 *
 * The measure: the cosine of the mean vector of the question's words and that of the sentence's.
 * (Also tried: per question word, its best cosine with a sentence word. It added nothing, at ten
 * times the cost.) It only reorders the best few candidates (`MEANING_RERANKED`), by a weight
 * chosen on the question sets we diagnose. Weak evidence alone (a sentence of related words that
 * says something else), it never decides whether a question is answered: coverage does that.
 */
import type { MemoryPassageIndex } from '../search/index.ts';
import type { WordVectors } from '../search/vectors/format.ts';
import type { Candidate } from './candidate.ts';

/** Candidates, from the best, whose order meaning may change. */
export const MEANING_RERANKED = 10;
/** Weight of closeness in a candidate's score (a full match by words scores about 1). */
export const MEANING_WEIGHT = 0.5;

/** Rows of terms the table has (it has no stop words), repeats once. */
export function vectorRows(vectors: WordVectors, terms: Iterable<string>): number[] {
  const rows: number[] = [];
  for (const t of terms) {
    const row = vectors.row(t);
    if (row >= 0 && !rows.includes(row)) rows.push(row);
  }
  return rows;
}

/** A term id whose row is not looked up yet (a row, or -1: the table lacks the term). */
const UNKNOWN = -2;

/**
 * The rows of a sentence's terms, read from the index (no text is read): each term id's row is
 * looked up once and kept, for as long as the index is the same (its ids are stable).
 */
export class TermRows {
  private rows = new Int32Array(0);
  private index: MemoryPassageIndex | undefined;

  constructor(readonly vectors: WordVectors) {}

  of(index: MemoryPassageIndex, articleId: string, sentenceId: number): number[] {
    if (index !== this.index) {
      this.index = index;
      this.rows = new Int32Array(0);
    }
    const out: number[] = [];
    for (const id of index.passageTermIds(articleId, sentenceId)) {
      if (id >= this.rows.length) {
        const grown = new Int32Array(Math.max(1024, (id + 1) * 2)).fill(UNKNOWN);
        grown.set(this.rows);
        this.rows = grown;
      }
      let row = this.rows[id] as number;
      if (row === UNKNOWN) {
        row = this.vectors.row(index.termName(id) ?? '');
        this.rows[id] = row;
      }
      if (row >= 0) out.push(row);
    }
    return out;
  }
}

/** The unit mean of rows, as floats. */
function centroid(vectors: WordVectors, rows: readonly number[]): Float64Array {
  const { dims, data } = vectors;
  const sum = new Float64Array(dims);
  for (const r of rows) {
    const at = r * dims;
    for (let i = 0; i < dims; i++) sum[i] = (sum[i] as number) + (data[at + i] as number);
  }
  let n = 0;
  for (let i = 0; i < dims; i++) n += (sum[i] as number) * (sum[i] as number);
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < dims; i++) sum[i] = (sum[i] as number) / n;
  return sum;
}

/** The cosine of two unit vectors. */
function cosine(a: Float64Array, b: Float64Array): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) c += (a[i] as number) * (b[i] as number);
  return c;
}

/**
 * How close in meaning a sentence's rows are to the question's: the cosine of their centroids
 * (0 when either has none). `mean` is the question's centroid when already worked out.
 */
export function closeness(
  vectors: WordVectors,
  question: readonly number[],
  sentence: readonly number[],
  mean: Float64Array = centroid(vectors, question),
): number {
  if (!question.length || !sentence.length) return 0;
  return cosine(mean, centroid(vectors, sentence));
}

/**
 * The candidates with the best few rescored by meaning and put in order again (the rest keep
 * theirs, below them: a bonus is never negative). `rowsOf` gives a candidate's sentence's rows.
 */
export function rerankByMeaning(
  candidates: Candidate[],
  questionTerms: readonly string[],
  rowsOf: (c: Candidate) => number[],
  vectors: WordVectors | undefined,
  order: (a: Candidate, b: Candidate) => number,
): Candidate[] {
  if (!vectors || candidates.length < 2) return candidates;
  const question = vectorRows(vectors, questionTerms);
  if (!question.length) return candidates;
  const mean = centroid(vectors, question);
  const head = candidates.slice(0, MEANING_RERANKED);
  for (const c of head) {
    const near = Math.max(0, closeness(vectors, question, rowsOf(c), mean));
    c.score = Math.round((c.score + MEANING_WEIGHT * near) * 1000) / 1000;
  }
  head.sort(order);
  return head.concat(candidates.slice(MEANING_RERANKED));
}
