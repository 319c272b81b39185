/**
 * `npm run bench:scale` (also part of `npm run bench`): the project's search against plain Fuse.js
 * and a straightforward BM25 index on deterministic synthetic corpora of 1, 100, 1,000 and 10,000
 * articles (issue 5).
 * For each size and implementation, in its own process: build time, process start to ready, heap
 * after GC, resident memory, mean/p50/p95 per question and top-1 on questions with typos, and
 * mean/p95 on plain-English questions (timed only).
 *
 *   --sizes 1,100     corpus sizes (default 1,100,1000,10000; --quick: 1,100,1000)
 *   --questions N     questions per corpus (default 60, at least 50 are timed for the indexes)
 *   --warmup N        questions asked first, untimed, by every implementation (default 200; plain
 *                     Fuse.js asks one): a running bot has answered many, and V8 has compiled its
 *                     hot paths; the first 20 of them are reported apart (cold mean, cold p95), as a
 *                     process just started answers them
 *   --impls a,b       project, bm25-fuse, fuse (default all)
 *   --fuse-budget S   seconds of questions for plain Fuse.js per size (default 60, --quick 10;
 *                     at least 3 questions), as it takes seconds per question at 10,000 articles
 *   --keep DIR        write the corpora under DIR and keep them (default: a temp folder, removed)
 *   --json            print the figures as one JSON object
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusGenerator } from '../corpus/generate.ts';
import { writeCorpus } from '../corpus/write.ts';
import { IMPLEMENTATIONS, type Implementation, PROJECT_IMPLEMENTATIONS, type WorkerResult } from './types.ts';

const root = join(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('--quick');
const json = flag('--json');
const sizes = (value('--sizes') ?? (quick ? '1,100,1000' : '1,100,1000,10000')).split(',').map(Number);
const questionCount = Math.max(50, Number(value('--questions') ?? 60));
const warmup = Math.max(0, Number(value('--warmup') ?? 200));
const impls = (value('--impls')?.split(',') ?? [...IMPLEMENTATIONS]) as Implementation[];
const fuseBudgetMs = Number(value('--fuse-budget') ?? (quick ? 10 : 60)) * 1000;
const keep = value('--keep');

for (const s of sizes) if (!Number.isInteger(s) || s < 1) throw new Error(`bad size ${s}`);
for (const i of impls) if (!IMPLEMENTATIONS.includes(i)) throw new Error(`unknown implementation ${i}`);

const log = (line: string) => {
  if (!json) console.log(line);
};

interface SizeResult {
  size: number;
  sentences: number;
  megabytes: number;
  results: WorkerResult[];
  /** Baseline time per question ÷ the project's (mean and p95): how many times faster. */
  speedup: Partial<Record<Implementation, { mean: number; p95: number }>>;
}

function measure(
  impl: Implementation,
  dir: string,
  questionsFile: string,
  cacheFile?: string,
): WorkerResult | undefined {
  // Every implementation runs with the young generation the project's scripts use.
  const args = [
    '--expose-gc',
    '--max-semi-space-size=4',
    '--v8-pool-size=1',
    '--import',
    'tsx',
    'bench/scale/worker.ts',
    '--impl',
    impl,
  ];
  args.push(
    '--dir',
    dir,
    '--questions',
    questionsFile,
    '--warmup',
    String(impl === 'fuse' ? Math.min(1, warmup) : warmup),
  );
  args.push('--warmup-of', String(warmup));
  if (cacheFile) args.push('--cache-file', cacheFile);
  if (impl === 'fuse') args.push('--budget-ms', String(fuseBudgetMs), '--min-questions', '3');
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = run.stdout.trim().split('\n').at(-1);
  if (run.status !== 0 || !line) {
    console.error(`bench:scale: ${impl} failed on ${dir} (exit ${run.status})`);
    return undefined;
  }
  return JSON.parse(line) as WorkerResult;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

function table(all: SizeResult[]): string {
  const head = [
    'articles',
    'sentences',
    'impl',
    'build s',
    'ready s',
    'heap MB',
    'RSS MB',
    'q',
    'mean ms',
    'p50 ms',
    'p95 ms',
    'top-1',
    '× faster',
    'plain q',
    'plain mean',
    'plain p95',
    'cold mean',
    'cold p95',
  ];
  const rows: string[][] = [];
  for (const s of all)
    for (const r of s.results) {
      const speed = s.speedup[r.impl];
      rows.push([
        s.size.toLocaleString('en-US'),
        s.sentences.toLocaleString('en-US'),
        r.impl,
        fixed(r.buildMs / 1000, 2),
        fixed(r.readyMs / 1000, 2),
        fixed(r.heapMB),
        fixed(r.rssMB),
        String(r.questions),
        fixed(r.meanMs, r.meanMs < 10 ? 2 : 0),
        fixed(r.p50Ms, r.p50Ms < 10 ? 2 : 0),
        fixed(r.p95Ms, r.p95Ms < 10 ? 2 : 0),
        `${Math.round(r.top1 * 100)}%`,
        speed ? `${fixed(speed.mean)} (p95 ${fixed(speed.p95)})` : '',
        String(r.natural.questions),
        fixed(r.natural.meanMs, r.natural.meanMs < 10 ? 2 : 0),
        fixed(r.natural.p95Ms, r.natural.p95Ms < 10 ? 2 : 0),
        r.cold.questions ? fixed(r.cold.meanMs, r.cold.meanMs < 10 ? 2 : 0) : '',
        r.cold.questions ? fixed(r.cold.p95Ms, r.cold.p95Ms < 10 ? 2 : 0) : '',
      ]);
    }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 3 || i === 12 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const base = keep ?? mkdtempSync(join(tmpdir(), 'article-bot-scale-'));
mkdirSync(base, { recursive: true });
const corpus = corpusGenerator();
log(
  `Synthetic corpora from ${corpus.origin}, seed ${corpus.seed}; ${questionCount} questions with typos per size, after ${warmup} others untimed.`,
);
const all: SizeResult[] = [];
let failed = false;
try {
  for (const size of sizes) {
    const dir = join(base, `articles-${size}`);
    // The warm-up questions come after the timed ones in one generated list (a longer list extends
    // a shorter one), so the timed questions are the same whatever the warm-up.
    const written = writeCorpus(corpus, dir, size, questionCount + warmup);
    const questionsFile = join(base, `questions-${size}.json`);
    writeFileSync(questionsFile, JSON.stringify(written.questions));
    const results: WorkerResult[] = [];
    for (const impl of impls) {
      // The cached start is measured in a second process, after a first one filled the cache.
      const cacheFile = impl === 'project-cached' ? join(base, `cache-${size}.json`) : undefined;
      if (cacheFile) measure(impl, dir, questionsFile, cacheFile);
      const r = measure(impl, dir, questionsFile, cacheFile);
      if (r) results.push(r);
      else failed = true;
    }
    // Against the project as it serves: started from its snapshot when that was measured.
    const project =
      results.find((r) => r.impl === 'project-cached') ?? results.find((r) => r.impl === 'project');
    const speedup: SizeResult['speedup'] = {};
    for (const r of results)
      if (!PROJECT_IMPLEMENTATIONS.includes(r.impl) && project)
        speedup[r.impl] = { mean: r.meanMs / project.meanMs, p95: r.p95Ms / project.p95Ms };
    all.push({ size, sentences: written.sentences, megabytes: written.bytes / 1e6, results, speedup });
    log(`  ${size.toLocaleString('en-US')} articles: done`);
  }
} finally {
  if (!keep) rmSync(base, { recursive: true, force: true });
}

if (json)
  console.log(JSON.stringify({ bench: 'scale', origin: corpus.origin, seed: corpus.seed, sizes: all }));
else {
  console.log(`\n${table(all)}`);
  console.log(
    '\nbuild: read + process + index the folder (and one warm-up question; project-cached: the library snapshot and article cache on disk); ready: process start to ready; heap after GC; q: questions timed, after the untimed warm-up ones' +
      '\n(plain Fuse.js: as many as fit its time budget); top-1: first passage is the expected sentence;' +
      "\n× faster: that baseline's time per question ÷ the project's (started from its snapshot when measured; mean, and p95);" +
      '\nplain: plain-English questions without typos (bench/corpus/natural.ts), common words many passages share; timed only;' +
      '\ncold: the first 20 warm-up questions, as a process just started answers them (V8 has not compiled the hot paths yet).',
  );
}
process.exitCode = failed ? 1 : 0;
