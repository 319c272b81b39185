/**
 * Words of a clause as the claims layer compares them: lower-cased tokens with their terms and
 * offsets, content words told apart from function words. A word's term is the search layer's
 * (irregular forms to their base, then the Porter stem), so claims match topics as answering does.
 */
import { termOf } from '../search/text.ts';
import data from './data/words.json' with { type: 'json' };

export interface Token {
  /** The word as written, lower-cased, apostrophes kept ("wasn't"). */
  word: string;
  stem: string;
  start: number;
  end: number;
}

export const STOPWORDS: ReadonlySet<string> = new Set(data.stopwords);
export const NEGATORS: ReadonlySet<string> = new Set(data.negators);

const terms = new Map<string, string>();
/** The search layer's term of a word, memoised: "rose" → "rise", "settlements" → "settlement". */
export function stem(word: string): string {
  let term = terms.get(word);
  if (term === undefined) {
    term = termOf(
      word
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/\u2019/g, "'")
        .replace(/'s$/, ''),
    );
    // Bounded: article words are open-ended.
    if (terms.size > 100_000) terms.clear();
    terms.set(word, term);
  }
  return term;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019.,][\p{L}\p{N}]+)*%?/gu)) {
    const word = m[0].toLowerCase().replace(/\u2019/g, "'");
    const start = m.index ?? 0;
    out.push({ word, stem: stem(word), start, end: start + m[0].length });
  }
  return out;
}

/** A word that carries content: not a function word, not a bare number. */
export function isContent(t: Token): boolean {
  return t.word.length > 1 && !STOPWORDS.has(t.word) && !isNegator(t.word) && !/^[\d.,%]+$/.test(t.word);
}

/** Stems of the content words of a text. */
export function contentStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter(isContent)
      .map((t) => t.stem),
  );
}

/** A negation word, or a contracted one ("wasn't", "didn't"). */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || /n't$/.test(word);
}

/** Terms too general for a negation alone to make a disagreement ("would not comment"). */
export const WEAK_PREDICATES: ReadonlySet<string> = new Set(data.weakPredicates.map((w) => stem(w)));
