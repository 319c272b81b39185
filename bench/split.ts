/**
 * Sentence splitting speed on about 1 MB of generated news-like text (deterministic: the synthetic
 * corpus of bench/corpus built from the project's own articles), split paragraph by paragraph as the
 * article pipeline does and as one 1 MB string; then 1 MB adversarial inputs (nested brackets,
 * unbalanced quotes, runs of dots, one 1 MB token), which must stay linear.
 * `--json` prints one JSON line; `--quick` uses 256 kB.
 */
import { splitSentences } from '../src/article/split/index.ts';
import { corpusGenerator } from './corpus/generate.ts';
import { loadSourceSet } from './corpus/templates.ts';

const json = process.argv.includes('--json');
const TARGET = process.argv.includes('--quick') ? 256 * 1024 : 1024 * 1024;

// Paragraphs of the synthetic corpus until the target size; each keeps the sentences it was made of.
const corpus = corpusGenerator(undefined, loadSourceSet(false));
const paragraphs: { text: string; sentences: string[] }[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET; i++) {
  for (const p of corpus.article(i).paragraphs) {
    const sentences = p.map((s) => s.text);
    const text = sentences.join(' ');
    paragraphs.push({ text, sentences });
    bytes += text.length + 2;
  }
}
const whole = paragraphs.map((p) => p.text).join('\n\n');

function best<T>(runs: number, f: () => T): { ms: number; value: T } {
  let ms = Number.POSITIVE_INFINITY;
  let value = f();
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value };
}

const perParagraph = best(3, () => paragraphs.map((p) => splitSentences(p.text)));
const oneString = best(3, () => splitSentences(whole));
const sentences = perParagraph.value.reduce((n, s) => n + s.length, 0);
// The generator knows the sentences it joined: how many paragraphs come back exactly as made.
const sameAsMade = perParagraph.value.filter((s, k) => {
  const made = paragraphs[k]?.sentences ?? [];
  return s.length === made.length && s.every((x, j) => x === made[j]);
}).length;

const adversarial: Record<string, string> = {
  nestedBrackets: '('.repeat(TARGET / 2) + ')'.repeat(TARGET / 2),
  unbalancedQuotes: '"a. B'.repeat(TARGET / 5),
  dots: '. '.repeat(TARGET / 2),
  oneToken: 'a'.repeat(TARGET),
  dottedToken: 'a.b'.repeat(TARGET / 3),
  strayClosers: `${'('.repeat(1000)}${']'.repeat(TARGET - 1000)}`,
};
const adversarialMs = Object.fromEntries(
  Object.entries(adversarial).map(([k, v]) => [k, Math.round(best(1, () => splitSentences(v)).ms)]),
);

const result = {
  bench: 'split',
  bytes: whole.length,
  paragraphs: paragraphs.length,
  sentences,
  ms: Math.round(perParagraph.ms),
  sentencesPerSecond: Math.round(sentences / (perParagraph.ms / 1000)),
  oneStringMs: Math.round(oneString.ms),
  paragraphsAsMade: sameAsMade,
  adversarialMs,
};
if (json) console.log(JSON.stringify(result));
else {
  const kb = Math.round(result.bytes / 1024);
  console.log(`synthetic news (${corpus.origin}): ${kb} kB, ${result.paragraphs} paragraphs`);
  console.log(
    `per paragraph: ${sentences} sentences in ${result.ms} ms = ${result.sentencesPerSecond.toLocaleString('en-US')} sentences/s`,
  );
  console.log(`as one string: ${result.oneStringMs} ms`);
  console.log(
    `paragraphs split back into the sentences they were made of: ${sameAsMade}/${paragraphs.length}`,
  );
  console.log(`adversarial ${kb} kB inputs (ms): ${JSON.stringify(adversarialMs)}`);
}
