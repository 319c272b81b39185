/**
 * Seeded randomness for the synthetic corpora: the same seed gives the same corpus on every
 * machine and Node version (Math.random cannot be seeded).
 */

export type Random = () => number;

/** mulberry32: a tiny 32-bit generator, plenty for test data (not for anything secret). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers into one 32-bit seed, so that article i's generator does not depend on the corpus size. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** An integer in [min, max]. */
export const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

/**
 * Draws ranks 0..n-1 with probability ∝ 1/(rank+q)^s (Zipf–Mandelbrot), like word frequencies in
 * text: a few words often, most words rarely. q flattens the head, since the words drawn here
 * stand for content words, whose most frequent ones are far rarer than "the".
 * Inverse-CDF over a precomputed table.
 */
export function zipf(n: number, s = 1.1, q = 100): (random: Random) => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / (r + q) ** s;
    cdf[r] = total;
  }
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
