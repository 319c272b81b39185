/**
 * Deterministic synthetic news corpora: article i is the same in every corpus size (its generator is
 * seeded by i alone), so the 100-article corpus is the first 100 of the 10,000-article one.
 *
 * Each article takes a run of sentences from one source article (its topic) with some sentences of
 * others mixed in, and rewrites them through one per-article substitution map: every name becomes a
 * made-up name, about half of the content words become made-up words, numbers change. The same
 * original word maps to the same replacement throughout the article and its headline, so an article
 * has its own topic words the way a real one does, and the corpus vocabulary grows with its size.
 */
import { articleId } from '../../src/article/load.ts';
import { int, mixSeed, mulberry32, pick, type Random } from './prng.ts';
import { loadSourceSet, type SourceSet, type Token } from './templates.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

export const DEFAULT_SEED = 20_240_805;

/** Share of an article's content-word types that become made-up words. */
const WORD_SWAP = 0.5;
/** Share of sentences taken from another source article than the article's own. */
const MIXED_IN = 0.25;

export interface SyntheticSentence {
  text: string;
  /** Content words as written (names, swapped and kept content words). */
  content: string[];
  /** The made-up words and names: what tells this article's sentence from its source's other copies. */
  distinctive: string[];
  hasNumber: boolean;
}

export interface SyntheticArticle {
  file: string;
  /** The id the project's loader gives the file. */
  id: string;
  title: string;
  /** Body paragraphs, each a list of sentences. */
  paragraphs: SyntheticSentence[][];
  /** The file's contents in one of the project's article formats. */
  text: string;
}

export interface CorpusGenerator {
  origin: string;
  seed: number;
  article(index: number): SyntheticArticle;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const PUBLISHERS = ['Daily Courier', 'Evening Ledger', 'Wire Service', 'Morning Post', 'Regional News'];

function randomNumber(random: Random, original: string): string {
  const digits = original.replace(/\D/g, '');
  const value = Number(digits);
  if (digits.length === 4 && value >= 1900 && value <= 2099 && !/[.,]/.test(original))
    return String(int(random, 1950, 2030));
  let first = true;
  return original.replace(/\d/g, () => {
    const d = first && digits.length > 1 ? int(random, 1, 9) : int(random, 0, 9);
    first = false;
    return String(d);
  });
}

function randomAcronym(random: Random): string {
  let out = '';
  for (let i = int(random, 2, 4); i > 0; i--) out += String.fromCharCode(65 + int(random, 0, 25));
  return out;
}

const matchCase = (replacement: string, original: string) =>
  original.charAt(0) === original.charAt(0).toUpperCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;

/** One article's consistent rewrite of source tokens. */
class Rewriter {
  private readonly map = new Map<string, string>();
  constructor(
    private readonly random: Random,
    private readonly vocabulary: Vocabulary,
  ) {}

  sentence(tokens: readonly Token[]): SyntheticSentence {
    let text = '';
    const content: string[] = [];
    const distinctive: string[] = [];
    let hasNumber = false;
    for (const token of tokens) {
      const out = this.token(token);
      text += out;
      if (token.kind === 'number') hasNumber = true;
      if (token.kind === 'word' || token.kind === 'name' || token.kind === 'acronym') {
        content.push(out);
        if (out !== token.text) distinctive.push(out);
      }
    }
    return { text, content, distinctive, hasNumber };
  }

  private token(token: Token): string {
    switch (token.kind) {
      case 'keep':
        return token.text;
      case 'number':
        return randomNumber(this.random, token.text);
      case 'word':
        return matchCase(
          this.remember(`w:${token.text.toLowerCase()}`, () =>
            this.random() < WORD_SWAP ? this.vocabulary.drawWord(this.random) : token.text.toLowerCase(),
          ),
          token.text,
        );
      case 'name':
        return this.remember(`n:${token.text}`, () => this.vocabulary.drawName(this.random));
      case 'acronym':
        return this.remember(`a:${token.text}`, () => randomAcronym(this.random));
    }
  }

  private remember(key: string, make: () => string): string {
    let value = this.map.get(key);
    if (value === undefined) {
      value = make();
      this.map.set(key, value);
    }
    return value;
  }
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');

/** The three layouts the loader reads: one paragraph per line, Wikinews style, Markdown with front matter. */
function render(
  index: number,
  title: string,
  paragraphs: string[],
  random: Random,
): { ext: string; text: string } {
  const date = `${pick(random, WEEKDAYS)}, ${pick(random, MONTHS)} ${int(random, 1, 28)}, ${int(random, 2000, 2025)}`;
  switch (index % 3) {
    case 0:
      return { ext: '.txt', text: `${title}\n${paragraphs.join('\n')}\n` };
    case 1:
      return { ext: '.txt', text: `${title}\n\n${date}\n\n${paragraphs.join('\n\n')}\n` };
    default:
      return {
        ext: '.md',
        text: `---\ntitle: "${title.replace(/"/g, "'")}"\npublisher: ${pick(random, PUBLISHERS)}\ndate: ${date}\n---\n\n# ${title}\n\n${paragraphs.join('\n\n')}\n`,
      };
  }
}

export function corpusGenerator(seed = DEFAULT_SEED, sources: SourceSet = loadSourceSet()): CorpusGenerator {
  const vocabulary = buildVocabulary(seed, sources.protectedWords);
  const article = (index: number): SyntheticArticle => {
    const random = mulberry32(mixSeed(seed, index));
    const rewrite = new Rewriter(random, vocabulary);
    const own = pick(random, sources.articles);
    const count = int(random, 10, 22);
    let cursor = int(random, 0, own.sentences.length - 1);
    const sentences: SyntheticSentence[] = [];
    // Headline first, so the article's topic words are fixed by it like in a real report.
    const title = rewrite.sentence(own.title).text;
    for (let i = 0; i < count; i++) {
      const from = random() < MIXED_IN ? pick(random, sources.articles) : own;
      const tokens =
        from === own ? own.sentences[cursor++ % own.sentences.length] : pick(random, from.sentences);
      if (tokens) sentences.push(rewrite.sentence(tokens));
    }
    const paragraphs: SyntheticSentence[][] = [];
    for (let i = 0; i < sentences.length; ) {
      const n = int(random, 1, 4);
      paragraphs.push(sentences.slice(i, i + n));
      i += n;
    }
    const { ext, text } = render(
      index,
      title,
      paragraphs.map((p) => p.map((s) => s.text).join(' ')),
      random,
    );
    const file = `${String(index).padStart(5, '0')}-${slug(title) || 'article'}${ext}`;
    return { file, id: articleId(file), title, paragraphs, text };
  };
  return { origin: sources.origin, seed, article };
}
