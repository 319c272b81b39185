/** Sentences attributed per second, over the seed articles repeated to about 20,000 sentences. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeArticle } from '../src/article/attribution/index.ts';
import { parseArticle } from '../src/article/parse.ts';
import { splitSentences } from '../src/article/split/index.ts';

const root = join(import.meta.dirname, '..');
const articles = readdirSync(join(root, 'seeds')).map((f) =>
  parseArticle(readFileSync(join(root, 'seeds', f), 'utf8')),
);
const paragraphs = articles.flatMap((a) => (a ? a.paragraphs.map((p) => splitSentences(p)) : []));
const perArticle = paragraphs.reduce((n, p) => n + p.length, 0);
const copies = Math.ceil(20_000 / perArticle);
attributeArticle(paragraphs, { title: 'warm-up' });
const t0 = performance.now();
for (let i = 0; i < copies; i++) attributeArticle(paragraphs, { title: 'x' });
const ms = performance.now() - t0;
const n = copies * perArticle;
const result = {
  bench: 'attribution',
  sentences: n,
  ms: Math.round(ms),
  sentencesPerSecond: Math.round(n / (ms / 1000)),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else
  console.log(
    `${n} sentences attributed in ${result.ms} ms = ${result.sentencesPerSecond.toLocaleString('en-US')} sentences/s`,
  );
