/**
 * One measurement of the scale benchmark, in a process of its own so that heap and resident memory
 * are this implementation's alone: builds the index over a corpus folder, then times questions.
 * Prints one JSON line (WorkerResult). Run by bench/scale/run.ts with node --expose-gc.
 */
import { readFileSync } from 'node:fs';
import { NATURAL_QUESTIONS } from '../corpus/natural.ts';
import type { SyntheticQuestion } from '../corpus/questions.ts';
import { bm25Fuse } from './baselines/bm25-fuse.ts';
import { fuseSentences } from './baselines/fuse-sentences.ts';
import { readSentenceRecords } from './baselines/records.ts';
import { heapAfterGc, mb, mean, percentile } from './stats.ts';
import { IMPLEMENTATIONS, type Implementation, PROJECT_IMPLEMENTATIONS, type WorkerResult } from './types.ts';

/** Warm-up questions timed apart, as the first a process answers. */
const COLD = 20;

interface Answerer {
  articles: number;
  sentences: number;
  ask(question: string): { text: string; articleId: string } | undefined;
}

type OpenLibrary = typeof import('../../src/library/memory-library.ts').openLibrary;

function build(
  impl: Implementation,
  dir: string,
  openLibrary: OpenLibrary | undefined,
  cacheFile: string | undefined,
): Answerer {
  if (openLibrary) {
    // With a cache file, the library snapshot beside it too: a start reads it instead of building.
    const library = openLibrary(
      dir,
      cacheFile ? { cacheFile, snapshotFile: cacheFile.replace(/\.json$/, '.bin') } : {},
    );
    const summaries = library.articles();
    return {
      articles: summaries.length,
      sentences: summaries.reduce((n, a) => n + a.sentences, 0),
      ask(question) {
        const first = library.ask(question, { limit: 3 }).passages[0];
        return first && { text: first.text, articleId: first.ref.articleId };
      },
    };
  }
  const records = readSentenceRecords(dir);
  const search = impl === 'fuse' ? fuseSentences(records) : bm25Fuse(records);
  return {
    articles: new Set(records.map((r) => r.articleId)).size,
    sentences: records.length,
    ask: (question) => search.search(question, 3)[0],
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (name: string, fallback?: string) => {
    const i = argv.indexOf(name);
    return (i >= 0 ? argv[i + 1] : undefined) ?? fallback;
  };
  const impl = value('--impl') as Implementation;
  const dir = value('--dir');
  const questionsFile = value('--questions');
  if (!IMPLEMENTATIONS.includes(impl) || !dir || !questionsFile) throw new Error('worker: bad arguments');
  const all = JSON.parse(readFileSync(questionsFile, 'utf8')) as SyntheticQuestion[];
  // The last `--warmup-of` questions are for warming up; this implementation asks `--warmup` of them.
  const warmupOf = Number(value('--warmup-of', '0'));
  const questions = all.slice(0, all.length - warmupOf);
  const warmups = all.slice(all.length - warmupOf).slice(0, Number(value('--warmup', '0')));
  const min = Number(value('--min-questions', '3'));
  const budgetMs = Number(value('--budget-ms', 'Infinity'));

  // The project's modules are loaded before the clock starts, like the baselines' static imports.
  const project = PROJECT_IMPLEMENTATIONS.includes(impl);
  const cacheFile = value('--cache-file');
  const openLibrary = project ? (await import('../../src/library/memory-library.ts')).openLibrary : undefined;
  const heapBefore = heapAfterGc();
  const t0 = performance.now();
  const answerer = build(impl, dir, openLibrary, cacheFile);
  // The project builds its index on the first question: that belongs to the build, not to
  // question 1. (The baselines index eagerly; a warm-up would cost plain Fuse.js seconds.)
  if (project) answerer.ask('Which article is this?');
  const buildMs = performance.now() - t0;
  const readyMs = performance.now();
  const heap = heapAfterGc();

  // Warm-up questions first, the same for every implementation: timing starts with compiled code.
  // The first few are timed apart, as what a process just started answers.
  const coldTimes: number[] = [];
  for (const q of warmups) {
    const t = performance.now();
    answerer.ask(q.question);
    if (coldTimes.length < COLD) coldTimes.push(performance.now() - t);
  }
  const times: number[] = [];
  let hits = 0;
  let articleHits = 0;
  const started = performance.now();
  for (const q of questions) {
    if (times.length >= min && performance.now() - started > budgetMs) break;
    const t = performance.now();
    const first = answerer.ask(q.question);
    times.push(performance.now() - t);
    if (first?.text === q.answer) hits++;
    if (first?.articleId === q.articleId) articleHits++;
  }
  // Then the plain-English questions, where many passages match a little (timing only).
  const naturalTimes: number[] = [];
  const naturalStarted = performance.now();
  for (const question of NATURAL_QUESTIONS) {
    if (naturalTimes.length >= min && performance.now() - naturalStarted > budgetMs) break;
    const t = performance.now();
    answerer.ask(question);
    naturalTimes.push(performance.now() - t);
  }
  const result: WorkerResult = {
    impl,
    articles: answerer.articles,
    sentences: answerer.sentences,
    readyMs,
    buildMs,
    heapMB: mb(heap),
    heapBuildMB: mb(heap - heapBefore),
    rssMB: mb(process.memoryUsage().rss),
    questions: times.length,
    meanMs: mean(times),
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    top1: hits / Math.max(1, times.length),
    top1Article: articleHits / Math.max(1, times.length),
    natural: {
      questions: naturalTimes.length,
      meanMs: mean(naturalTimes),
      p50Ms: percentile(naturalTimes, 50),
      p95Ms: percentile(naturalTimes, 95),
    },
    cold: { questions: coldTimes.length, meanMs: mean(coldTimes), p95Ms: percentile(coldTimes, 95) },
  };
  console.log(JSON.stringify(result));
}

await main();
