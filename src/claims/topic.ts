/**
 * Which claims a topic is about. A topic word counts where it stands: in the clause itself most, in
 * its sentence, its paragraph, or the article's headline and recurring words less, so that "claims kursk" in an
 * article about Kursk also brings "Moscow claims its advance has been stopped". Words match by stem;
 * a word the articles never use is matched fuzzily against their vocabulary (a typo, "zelenski").
 */
import Fuse from 'fuse.js';
import type { ClaimRecord } from './records.ts';
import { contentStems, isContent, tokenize } from './words.ts';

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

/** A topic as alternatives per word: each word's stem, or the stems of the words it resembles. */
export function topicTerms(
  topic: string,
  vocabulary: ReadonlyMap<string, string>,
  fuse: () => Fuse<string>,
): string[][] {
  const words = tokenize(topic).filter(isContent);
  const known = new Set(vocabulary.values());
  return words.map((w) => {
    if (known.has(w.stem)) return [w.stem];
    const near = fuse()
      .search(w.word, { limit: 3 })
      .map((r) => vocabulary.get(r.item))
      .filter((s): s is string => Boolean(s));
    return near.length ? [...new Set(near)] : [w.stem];
  });
}

export function fuzzyVocabulary(vocabulary: ReadonlyMap<string, string>): Fuse<string> {
  return new Fuse([...vocabulary.keys()], { threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 });
}

/** How much a claim is about the topic, 0 when not at all. */
export function topicScore(r: ClaimRecord, terms: readonly string[][], stems: ArticleStems): number {
  if (!terms.length) return 0;
  const claimStems = new Set([...r.stems, ...r.mentionStems]);
  const levels = [
    claimStems,
    stems.sentences.get(r.sentence.id),
    stems.paragraphs[r.sentence.paragraph],
    stems.lead,
  ];
  let total = 0;
  let close = false;
  for (const alternatives of terms) {
    const level = levels.findIndex((set) => alternatives.some((s) => set?.has(s)));
    if (level < 0) continue;
    total += LEVELS[level] ?? 0;
    if (level <= 1) close = true;
  }
  // A claim only near the topic counts when the topic is at least named in its paragraph or lead.
  const score = total / terms.length;
  return close || score > 0 ? score : 0;
}
