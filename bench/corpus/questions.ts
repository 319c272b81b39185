/**
 * Questions over a synthetic corpus whose answer sentence is known: a few of the sentence's words
 * (at least one of its made-up, article-specific ones) in a question frame, with typos the way
 * people type in a chat (swapped, dropped, doubled or wrong letters).
 */
import type { CorpusGenerator, SyntheticSentence } from './generate.ts';
import { int, mixSeed, mulberry32, pick, type Random } from './prng.ts';

export interface SyntheticQuestion {
  question: string;
  /** The article and sentence that answer it. */
  articleId: string;
  file: string;
  answer: string;
  /** The words the question was made of, before typos. */
  words: string[];
}

const KEYS = 'abcdefghijklmnopqrstuvwxyz';

/** One typing slip in a word; the first letter is kept more often than not, as in real typos. */
export function typo(word: string, random: Random): string {
  if (word.length < 4) return word;
  const i = int(random, 1, word.length - 2);
  const c = word.charAt(i);
  switch (int(random, 0, 3)) {
    case 0:
      return word.slice(0, i) + word.charAt(i + 1) + c + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + c + word.slice(i);
    default: {
      let other = KEYS.charAt(int(random, 0, KEYS.length - 1));
      if (other === c.toLowerCase())
        other = other === 'z' ? 'a' : String.fromCharCode(other.charCodeAt(0) + 1);
      return word.slice(0, i) + other + word.slice(i + 1);
    }
  }
}

const FRAMES: ((w: string[], random: Random) => string)[] = [
  (w) => `What did ${w.join(' ')}?`,
  (w) => `What happened with the ${w.join(' ')}?`,
  (w) => `What about ${w.slice(0, -1).join(' ')} and ${w.at(-1)}?`,
  (w) => `Why ${w.join(' ')}?`,
  (w) => `Tell me about ${w.join(' ')}`,
  (w) => `${w.join(' ')}?`,
  (w) => `what do they say about ${w.join(' ').toLowerCase()}`,
];

function usable(s: SyntheticSentence): boolean {
  return s.distinctive.length >= 2 && s.content.length >= 4;
}

function chooseWords(s: SyntheticSentence, random: Random): string[] {
  const distinctive = [...new Set(s.distinctive)];
  const others = [...new Set(s.content.filter((w) => !distinctive.includes(w)))];
  const chosen = new Set<string>();
  chosen.add(pick(random, distinctive));
  if (random() < 0.6) chosen.add(pick(random, distinctive));
  const want = int(random, 3, 4);
  for (let tries = 0; chosen.size < want && tries < 10; tries++)
    chosen.add(pick(random, others.length ? others : distinctive));
  // In the sentence's order, as people tend to echo the wording they remember.
  return s.content.filter((w, i) => chosen.has(w) && s.content.indexOf(w) === i);
}

const wordsOf = (text: string) =>
  new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);

/**
 * `count` questions over the first `size` articles; the same (size, count, seed) gives the same
 * list. Only questions whose words (before typos) occur together in no other sentence of the
 * corpus are kept, so that a right answer is always possible and top-1 measures the search.
 */
export function generateQuestions(corpus: CorpusGenerator, size: number, count: number): SyntheticQuestion[] {
  // Small corpora repeat their sources more, so more candidates may be needed there.
  let unique: SyntheticQuestion[] = [];
  for (let margin = 1.5; unique.length < count && margin <= 12; margin *= 2)
    unique = unambiguous(corpus, size, candidateQuestions(corpus, size, Math.ceil(count * margin) + 5));
  return unique.slice(0, count);
}

function unambiguous(
  corpus: CorpusGenerator,
  size: number,
  candidates: SyntheticQuestion[],
): SyntheticQuestion[] {
  const needles = candidates.map((q) => q.words.map((w) => w.toLowerCase()));
  const matches = new Array<number>(candidates.length).fill(0);
  for (let i = 0; i < size; i++)
    for (const paragraph of corpus.article(i).paragraphs)
      for (const sentence of paragraph) {
        const words = wordsOf(sentence.text);
        needles.forEach((needle, k) => {
          if (needle.every((w) => words.has(w))) matches[k] = (matches[k] ?? 0) + 1;
        });
      }
  return candidates.filter((_, k) => matches[k] === 1);
}

/** The first `count` of one seeded stream per corpus size, so a longer list extends a shorter one. */
function candidateQuestions(corpus: CorpusGenerator, size: number, count: number): SyntheticQuestion[] {
  const random = mulberry32(mixSeed(corpus.seed, size, 0x51));
  const questions: SyntheticQuestion[] = [];
  for (let attempts = 0; questions.length < count && attempts < count * 50; attempts++) {
    const article = corpus.article(int(random, 0, size - 1));
    const candidates = article.paragraphs.flat().filter(usable);
    if (!candidates.length) continue;
    const sentence = pick(random, candidates);
    const words = chooseWords(sentence, random);
    // Every question has one typo, some two, in words long enough to still be recognisable.
    const long = words.map((w, i) => (w.length >= 5 ? i : -1)).filter((i) => i >= 0);
    const typed = [...words];
    const slips = long.length ? (random() < 0.3 && long.length > 1 ? 2 : 1) : 0;
    for (let k = 0; k < slips; k++) {
      const i = long.splice(int(random, 0, long.length - 1), 1)[0];
      if (i !== undefined) typed[i] = typo(typed[i] ?? '', random);
    }
    questions.push({
      question: pick(random, FRAMES)(typed, random),
      articleId: article.id,
      file: article.file,
      answer: sentence.text,
      words,
    });
  }
  return questions;
}
