/**
 * What the library-wide claims lists need of one article, worked out once when the article is
 * built and kept with it (in the snapshot, like its disputes), so that /sources and autocomplete
 * over 10,000 articles read no whole article: whom it cites, with each sourced claim's stance,
 * and its topic words with how many sentences use each.
 */
import { type Article, type Source, STANCES } from '../article/types.ts';
import { isContent, tokenize } from './words.ts';

/** A source as an article cites it: name, mention and kind ('' when none). */
export type CitedSource = [name: string, mention: string, kind: Source['kind'] | ''];

export interface CitedSources {
  /** Each source (name, mention, kind) once, in the order first cited. */
  sources: CitedSource[];
  /**
   * Every claim that has a source, in order: its source's index in `sources` times 8 plus its
   * stance's index in STANCES. The order is kept because merged lists show stances and spellings
   * in the order the articles first use them.
   */
  claims: number[];
}

/**
 * A topic word: the word, how many sentences use it, its first written form ('' when written as
 * the word itself) and its last capitalised form inside a sentence ('' for none), which
 * autocomplete shows for names.
 */
export type TopicWord = [word: string, sentences: number, first: string, capital: string];

const STANCE_CODE = new Map(STANCES.map((s, i) => [s, i]));

export function citedOf(article: Article): CitedSources {
  const at = new Map<string, number>();
  const sources: CitedSource[] = [];
  const claims: number[] = [];
  for (const s of article.sentences)
    for (const c of s.claims) {
      if (!c.source) continue;
      const cited: CitedSource = [c.source.name, c.source.mention, c.source.kind ?? ''];
      const key = cited.join('\u0000');
      let i = at.get(key);
      if (i === undefined) {
        i = sources.length;
        at.set(key, i);
        sources.push(cited);
      }
      claims.push(i * 8 + (STANCE_CODE.get(c.stance) ?? 0));
    }
  return { sources, claims };
}

export const sourceOf = ([name, mention, kind]: CitedSource): Source =>
  kind ? { name, mention, kind } : { name, mention };

/**
 * The article's topic words in order of first use. Within a sentence a repeated word counts once,
 * as written the last time (what the library-wide vocabulary has always taken).
 */
export function topicWordsOf(article: Article): TopicWord[] {
  const words = new Map<string, TopicWord>();
  for (const s of article.sentences)
    for (const t of new Map(
      tokenize(s.text)
        .filter(isContent)
        .map((t) => [t.word, t]),
    ).values()) {
      const written = s.text.slice(t.start, t.end);
      let entry = words.get(t.word);
      if (!entry) {
        entry = [t.word, 0, written === t.word ? '' : written, ''];
        words.set(t.word, entry);
      }
      entry[1]++;
      // A capitalised form inside a sentence is a name: shown that way.
      if (/^\p{Lu}/u.test(written) && t.start > 0) entry[3] = written;
    }
  return [...words.values()];
}
