/**
 * Time of the passage search alone (`MemoryPassageIndex.search`, issue 5: ≤ 1 ms mean, ≤ 3 ms p95
 * per question at 10,000 articles), on the exact queries the answer engine sends.
 * The questions are asked once through an AnswerEngine whose index records every SearchQuery
 * (each question over all articles and, as `/ask article:` does, within its own article); then
 * search() alone is timed over those queries, many rounds after a warm-up.
 *
 *   --articles DIR    a corpus folder (default: a synthetic one of --size articles, written to a
 *                     temp folder and removed); built articles cached in .cache/
 *   --questions FILE  questions JSON (default: DIR.questions.json, or the synthetic corpus's)
 *   --size N          synthetic corpus size (default 10000, --quick 1000)
 *   --rounds N        timed rounds over all queries (default 30, --quick 5)
 *   --record FILE     write the queries and their hits (a reference for --check)
 *   --check FILE      search the recorded queries and compare with the recorded hits: same
 *                     passages in the same order, scores within 1e-9, same matched/matchWeights
 *   --json            print the figures as one JSON object
 *
 * E.g. before and after a change to the search:
 *   tsx bench/search.ts --articles /tmp/c10k --record /tmp/search-ref.json
 *   tsx bench/search.ts --articles /tmp/c10k --check /tmp/search-ref.json
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { Article } from '../src/article/types.ts';
import { cacheFileFor } from '../src/library/cache.ts';
import { openLibrary } from '../src/library/memory-library.ts';
import type { PassageIndex, SearchHit, SearchQuery } from '../src/search/types.ts';
import { corpusGenerator } from './corpus/generate.ts';
import { writeCorpus } from './corpus/write.ts';

const argv = process.argv.slice(2);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const json = argv.includes('--json');
const rounds = Number(value('--rounds') ?? (quick ? 5 : 30));
const log = (line: string) => {
  if (!json) console.log(line);
};

interface Recording {
  queries: SearchQuery[];
  hits: SearchHit[][];
}

// The corpus: a folder given, or a synthetic one written for this run.
let dir = value('--articles');
let temp: string | undefined;
let questions: { question: string; articleId?: string }[];
if (dir) {
  questions = JSON.parse(
    readFileSync(value('--questions') ?? `${dir.replace(/\/+$/, '')}.questions.json`, 'utf8'),
  );
} else {
  temp = mkdtempSync(join(tmpdir(), 'bench-search-'));
  dir = join(temp, 'articles');
  const size = Number(value('--size') ?? (quick ? 1000 : 10000));
  questions = writeCorpus(corpusGenerator(), dir, size, 60).questions;
}

let t = performance.now();
// A folder given is cached (its articles are built once); a temporary one is not.
const library = openLibrary(dir, temp ? {} : { cacheFile: cacheFileFor(dir, resolve('.cache')) });
const articles = library.articles().map((s) => library.article(s.id) as Article);
const loadMs = performance.now() - t;
t = performance.now();
const engine = new AnswerEngine(articles);
const buildMs = performance.now() - t;
if (temp) rmSync(temp, { recursive: true, force: true });

// Record the queries the engine sends (copies: the engine may reuse its objects).
const index = (engine as unknown as { index: PassageIndex }).index;
const queries: SearchQuery[] = [];
const search = index.search.bind(index);
index.search = (query) => {
  queries.push(structuredClone(query));
  return search(query);
};
for (const q of questions) {
  engine.ask(q.question);
  if (q.articleId) engine.ask(q.question, { articleId: q.articleId });
}
index.search = search;
const global = queries.filter((q) => q.articleId === undefined);
const inArticle = queries.filter((q) => q.articleId !== undefined);

// Warm-up, then timed rounds; each query timed on its own.
for (let r = 0; r < 5; r++) for (const q of queries) index.search(q);
const timed = (list: SearchQuery[]) => {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of list) {
      const s = performance.now();
      index.search(q);
      times.push(performance.now() - s);
    }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  const round = (ms: number) => Number(ms.toFixed(4));
  return {
    queries: list.length,
    meanMs: round(mean),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(at(1)),
  };
};
const all = timed(global);
const filtered = timed(inArticle);

// Equality with a recording (from another implementation).
const hits = queries.map((q) => index.search(q));
const recordFile = value('--record');
if (recordFile) writeFileSync(recordFile, JSON.stringify({ queries, hits } satisfies Recording));
const checkFile = value('--check');
let check: { queries: number; hits: number; differences: number; maxScoreDiff: number } | undefined;
if (checkFile) {
  const ref = JSON.parse(readFileSync(checkFile, 'utf8')) as Recording;
  const mine = ref.queries.map((q) => index.search(q));
  let differences = 0;
  let maxScoreDiff = 0;
  let total = 0;
  ref.hits.forEach((expected, i) => {
    const got = mine[i] as SearchHit[];
    total += expected.length;
    const same =
      got.length === expected.length &&
      expected.every((e, j) => {
        const g = got[j] as SearchHit;
        maxScoreDiff = Math.max(maxScoreDiff, Math.abs(g.score - e.score));
        return (
          g.articleId === e.articleId &&
          g.sentence === e.sentence &&
          Math.abs(g.score - e.score) <= 1e-9 &&
          g.matched === e.matched &&
          g.matchWeights.length === e.matchWeights.length &&
          g.matchWeights.every((w, c) => w === e.matchWeights[c])
        );
      });
    if (!same) {
      differences++;
      if (differences <= 3)
        console.error(
          `query ${i} differs:\n  expected ${JSON.stringify(expected.slice(0, 5))}\n  got      ${JSON.stringify(got.slice(0, 5))}`,
        );
    }
  });
  check = { queries: ref.queries.length, hits: total, differences, maxScoreDiff };
  if (differences) process.exitCode = 1;
}

const result = {
  bench: 'search',
  articles: articles.length,
  passages: index.size(),
  loadMs: Math.round(loadMs),
  buildMs: Math.round(buildMs),
  rounds,
  all,
  inArticle: filtered,
  ...(check ? { check } : {}),
};
if (json) console.log(JSON.stringify(result));
else {
  log(
    `${result.articles} articles, ${result.passages} passages (loaded in ${result.loadMs} ms, indexed in ${result.buildMs} ms)`,
  );
  log(
    `search over all articles, ${all.queries} queries × ${rounds}: mean ${all.meanMs} ms, p50 ${all.p50Ms} ms, p95 ${all.p95Ms} ms, max ${all.maxMs} ms`,
  );
  log(
    `search within one article, ${filtered.queries} queries × ${rounds}: mean ${filtered.meanMs} ms, p50 ${filtered.p50Ms} ms, p95 ${filtered.p95Ms} ms`,
  );
  if (recordFile) log(`recorded ${queries.length} queries and their hits in ${recordFile}`);
  if (check)
    log(
      check.differences
        ? `CHECK FAILED: ${check.differences} of ${check.queries} queries differ from ${checkFile}`
        : `check: all ${check.queries} queries (${check.hits} hits) equal ${checkFile} (max score difference ${check.maxScoreDiff})`,
    );
}
