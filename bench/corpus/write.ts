/**
 * Writes a synthetic corpus to a folder, for the benchmark or for measuring the command line from
 * outside: `tsx bench/corpus/write.ts --size 10000 --out /tmp/corpus-10000 [--questions 60]`
 * writes the article files and `questions.json` beside the folder (`<out>.questions.json`), so the
 * questions file is not taken for an article.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusGenerator, corpusGenerator } from './generate.ts';
import { generateQuestions, type SyntheticQuestion } from './questions.ts';

export interface WrittenCorpus {
  dir: string;
  size: number;
  sentences: number;
  bytes: number;
  questions: SyntheticQuestion[];
}

/** Writes articles 0..size-1 into `dir` (emptied first) and returns the questions over them. */
export function writeCorpus(
  corpus: CorpusGenerator,
  dir: string,
  size: number,
  questionCount = 60,
): WrittenCorpus {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let sentences = 0;
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const article = corpus.article(i);
    writeFileSync(join(dir, article.file), article.text);
    sentences += article.paragraphs.reduce((n, p) => n + p.length, 0);
    bytes += Buffer.byteLength(article.text);
  }
  return { dir, size, sentences, bytes, questions: generateQuestions(corpus, size, questionCount) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = Number(value('--size') ?? 100);
  const out = value('--out');
  if (!out || !Number.isInteger(size) || size < 1) {
    console.error('usage: tsx bench/corpus/write.ts --size N --out DIR [--questions 60]');
    process.exit(1);
  }
  const written = writeCorpus(corpusGenerator(), out, size, Number(value('--questions') ?? 60));
  writeFileSync(
    `${out.replace(/\/+$/, '')}.questions.json`,
    `${JSON.stringify(written.questions, null, 1)}\n`,
  );
  console.log(
    `${readdirSync(out).length} files, ${written.sentences} sentences, ${(written.bytes / 1e6).toFixed(1)} MB in ${out}; questions in ${out.replace(/\/+$/, '')}.questions.json`,
  );
}
