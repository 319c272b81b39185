/** What one measurement process of the scale benchmark reports (bench/scale/worker.ts). */

/** project-cached: the project started again with its library snapshot and article cache on disk (src/library/snapshot.ts). */
export const IMPLEMENTATIONS = ['project', 'project-cached', 'bm25-fuse', 'fuse'] as const;
export const PROJECT_IMPLEMENTATIONS: readonly Implementation[] = ['project', 'project-cached'];
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export interface WorkerResult {
  impl: Implementation;
  articles: number;
  sentences: number;
  /** Process start to index ready (module loading included), ms. */
  readyMs: number;
  /** Reading, processing and indexing the folder, ms. */
  buildMs: number;
  heapMB: number;
  /** Heap added by the build (articles and index), MB. */
  heapBuildMB: number;
  rssMB: number;
  questions: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  /** Share of questions whose first passage is the expected sentence. */
  top1: number;
  /** Share whose first passage comes from the expected article. */
  top1Article: number;
  /** The plain-English questions (bench/corpus/natural.ts), timed only. */
  natural: { questions: number; meanMs: number; p50Ms: number; p95Ms: number };
  /** The first warm-up questions (at most 20), timed apart: a process just started. */
  cold: { questions: number; meanMs: number; p95Ms: number };
}
