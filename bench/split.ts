/**
 * Sentences split per second on about 1 MB of news-like text (deterministic), and the time for
 * adversarial input of the same size (nested brackets, unbalanced quotes, dots), which must stay linear.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/article/split/index.ts';

const json = process.argv.includes('--json');
const root = join(import.meta.dirname, '..');
const sample = readdirSync(join(root, 'seeds'))
  .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'))
  .join('\n')
  .replace(/\n/g, ' ');
const TARGET = 1024 * 1024;
const news = sample.repeat(Math.ceil(TARGET / sample.length)).slice(0, TARGET);
const adversarial = {
  nested: '('.repeat(TARGET / 2) + ')'.repeat(TARGET / 2),
  quotes: '"a. B'.repeat(TARGET / 5),
  dots: '. '.repeat(TARGET / 2),
  closers: `${'('.repeat(1000)}${']'.repeat(TARGET - 1000)}`,
};

function time(text: string): { ms: number; sentences: number } {
  const t0 = performance.now();
  const sentences = splitSentences(text).length;
  return { ms: performance.now() - t0, sentences };
}

time(news.slice(0, 100_000)); // warm-up
const runs = [time(news), time(news), time(news)].sort((a, b) => a.ms - b.ms);
const best = runs[0] as { ms: number; sentences: number };
const worst = Object.fromEntries(Object.entries(adversarial).map(([k, v]) => [k, Math.round(time(v).ms)]));
const result = {
  bench: 'split',
  bytes: news.length,
  sentences: best.sentences,
  ms: Math.round(best.ms),
  sentencesPerSecond: Math.round(best.sentences / (best.ms / 1000)),
  adversarialMs: worst,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `1 MB of news text: ${result.sentences} sentences in ${result.ms} ms = ${result.sentencesPerSecond.toLocaleString('en-US')} sentences/s`,
  );
  console.log(`adversarial 1 MB inputs (ms): ${JSON.stringify(worst)}`);
}
