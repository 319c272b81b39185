/**
 * In-process time per question on the seed article (goal: median ≤ 0.1 ms): questions of every
 * kind (names, misspellings, synonyms, speakers, numbers, dates, off-topic chat), asked many
 * times after a warm-up; also the one-off cost of building the engine and of the first question.
 * Usage: tsx bench/answer.ts [--json] [--quick] [--articles DIR]
 */
import { join } from 'node:path';
import { AnswerEngine } from '../src/answer/engine.ts';
import { loadArticles } from '../src/article/load.ts';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const dirIndex = argv.indexOf('--articles');
const dir = dirIndex >= 0 ? (argv[dirIndex + 1] as string) : join(import.meta.dirname, '..', 'seeds');
const rounds = argv.includes('--quick') ? 50 : 400;

const QUESTIONS = [
  'What did Zelenskyy say?',
  'zelensky',
  'Zelenksy',
  'kursk',
  'How many soldiers were captured?',
  'When did the push begin?',
  'What does the Russian military say?',
  'Could there be a truce?',
  'prisoner exchange',
  'who is the local governor',
  'What did China say about the loudspeakers?',
  'recommend me a good anime',
  'how do i change my discord nickname',
  'What is the boiling point of water?',
  'did the army make territorial gains in the region',
  'why was an emergency declared',
];

const { articles } = loadArticles(dir);
const t0 = performance.now();
const engine = new AnswerEngine(articles);
const buildMs = performance.now() - t0;
const t1 = performance.now();
engine.ask(QUESTIONS[0] as string);
const firstMs = performance.now() - t1;

for (let i = 0; i < 20; i++) for (const q of QUESTIONS) engine.ask(q);
const times: number[] = [];
for (let r = 0; r < rounds; r++)
  for (const q of QUESTIONS) {
    const s = performance.now();
    engine.ask(q);
    times.push(performance.now() - s);
  }
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
const result = {
  bench: 'answer',
  articles: articles.length,
  sentences: articles.reduce((n, a) => n + a.sentences.length, 0),
  questions: times.length,
  buildMs: Number(buildMs.toFixed(1)),
  firstQuestionMs: Number(firstMs.toFixed(2)),
  medianMs: Number(at(0.5).toFixed(4)),
  p95Ms: Number(at(0.95).toFixed(4)),
  maxMs: Number((times[times.length - 1] as number).toFixed(3)),
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `${result.questions} questions on ${result.articles} article(s), ${result.sentences} sentences: ` +
      `median ${result.medianMs} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms per question`,
  );
  console.log(
    `engine build ${result.buildMs} ms, first question ${result.firstQuestionMs} ms (WordNet table opened)`,
  );
}
