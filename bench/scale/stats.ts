/** Small figures helpers for the scale benchmark. */

/** The p-th percentile (0–100) of a list, nearest-rank; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Heap in use after a full collection (needs node --expose-gc; without it, the live heap as is). */
export function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}
