/**
 * Which claims a topic is about. A topic word counts where it stands: in the clause itself most, in
 * its sentence, its paragraph, or the article's headline and recurring words less, so that "claims kursk" in an
 * article about Kursk also brings "Moscow claims its advance has been stopped". Words match by stem;
 * a word the articles never use is matched fuzzily against their vocabulary (a typo, "zelenski").
 */
import type { Correction } from '../search/fuzzy.ts';
import type { Lexicon } from '../search/wordnet/lexicon.ts';
import { baseForms } from '../search/wordnet/morph.ts';
import type { ClaimRecord } from './records.ts';
import { contentStems, isContent, stem, tokenize } from './words.ts';

/** Weight of a topic word found in the clause, its sentence, its paragraph, the headline or lead. */
const LEVELS = [1, 0.6, 0.35, 0.2] as const;

export interface ArticleStems {
  paragraphs: Set<string>[];
  /** Headline words and words most paragraphs use: what the whole article is about. */
  lead: Set<string>;
  sentences: Map<number, Set<string>>;
}

/** What the whole article is about: its headline's words and the words most of its paragraphs use. */
function themeOf(title: string, paragraphs: readonly string[]): Set<string> {
  const theme = contentStems(title);
  const counts = new Map<string, number>();
  for (const p of paragraphs) for (const s of contentStems(p)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(paragraphs.length / 3));
  for (const [s, n] of counts) if (n >= needed) theme.add(s);
  return theme;
}

export function articleStems(records: readonly ClaimRecord[]): ArticleStems | undefined {
  const article = records[0]?.article;
  if (!article) return undefined;
  return {
    paragraphs: article.paragraphs.map(contentStems),
    lead: themeOf(article.title, article.paragraphs),
    sentences: new Map(article.sentences.map((s) => [s.id, contentStems(s.text)])),
  };
}

/** One way a topic word may appear in a claim, and how much a match there counts. */
export interface Alternative {
  term: string;
  weight: number;
}

/** Weight of a spelling fix and of a WordNet synonym, against the word itself. */
const FUZZY = 0.9;
const SYNONYM = 0.6;

/**
 * A topic as alternatives per word, as answering reads a question: the word's term, its spelling
 * fixes against the articles' words when the articles never use it, and its WordNet synonyms.
 */
export function topicTerms(
  topic: string,
  known: (term: string) => boolean,
  fuzzy: { correct(word: string): Correction[] },
  lexicon: Lexicon,
): Alternative[][] {
  return tokenize(topic)
    .filter(isContent)
    .map((w) => {
      const alternatives = new Map<string, number>([[w.stem, 1]]);
      const add = (term: string, weight: number) => {
        if (known(term) && (alternatives.get(term) ?? 0) < weight) alternatives.set(term, weight);
      };
      if (!known(w.stem)) for (const c of fuzzy.correct(w.word)) add(stem(c.word), FUZZY);
      for (const { lemma, entry } of baseForms(w.word, lexicon).slice(0, 2)) {
        add(stem(lemma), 1);
        for (const syn of entry.synonyms) if (!syn.includes(' ')) add(stem(syn), SYNONYM);
      }
      return [...alternatives].map(([term, weight]) => ({ term, weight }));
    });
}

/** How much a claim is about the topic, 0 when not at all. */
export function topicScore(r: ClaimRecord, terms: readonly Alternative[][], stems: ArticleStems): number {
  if (!terms.length) return 0;
  const claimStems = new Set([...r.stems, ...r.mentionStems]);
  const levels = [
    claimStems,
    stems.sentences.get(r.sentence.id),
    stems.paragraphs[r.sentence.paragraph],
    stems.lead,
  ];
  let total = 0;
  let matched = 0;
  for (const alternatives of terms) {
    let best = 0;
    levels.forEach((set, level) => {
      for (const a of alternatives)
        if (set?.has(a.term)) best = Math.max(best, (LEVELS[level] ?? 0) * a.weight);
    });
    total += best;
    if (best > 0) matched++;
  }
  // Every word of a short topic must be there somewhere around the claim ("security documents"
  // is not "food security"); a long topic may miss one.
  const required = terms.length <= 3 ? terms.length : terms.length - 1;
  return matched >= required ? total / terms.length : 0;
}
