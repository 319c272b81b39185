/**
 * The passage index: what answering needs from search. The in-memory BM25+ index implements it;
 * a search server could implement it later without the answering layer noticing.
 */

/** One passage to index: a sentence of an article. */
export interface IndexedPassage {
  sentence: number;
  text: string;
}

export interface IndexedArticle {
  id: string;
  /** Headline: a weak field, it helps "which article" questions. */
  title: string;
  passages: readonly IndexedPassage[];
}

/** One way a question concept may appear in a passage, with how much a match counts (exact 1). */
export interface Alternative {
  /** An index term (see termOf), or several for a multi-word synonym: all must occur. */
  terms: readonly string[];
  weight: number;
}

/**
 * One concept of the question (a word with its spelling fixes and synonyms). A passage scores
 * its best alternative, so synonyms never add up beyond the word they stand for.
 */
export interface Concept {
  alternatives: readonly Alternative[];
  /** Scales the whole concept (e.g. a speaker's name counts less than the topic). */
  boost?: number;
}

export interface SearchQuery {
  concepts: readonly Concept[];
  /** Only this article. */
  articleId?: string;
  /** How many hits at most. */
  limit: number;
  /** Weight of title matches relative to sentence matches (default 0.3). */
  titleWeight?: number;
}

export interface SearchHit {
  articleId: string;
  sentence: number;
  score: number;
  /** Bit i set: concept i matched in the sentence itself (first 31 concepts). */
  matched: number;
  /** Per concept, the weight of the alternative that matched (0: none). */
  matchWeights: readonly number[];
}

export interface PassageIndex {
  add(article: IndexedArticle): void;
  /** Takes out an article as it was added (its words are counted out); false when not indexed. */
  remove(article: IndexedArticle): boolean;
  has(articleId: string): boolean;
  search(query: SearchQuery): SearchHit[];
  /** Passages containing the term (live ones). */
  documentFrequency(term: string): number;
  /** Inverse document frequency of a term; terms never seen get the largest value. */
  idf(term: string): number;
  /** Live passages. */
  size(): number;
  /** Whether a word (lower case, as written) occurs in any live passage or title. */
  hasWord(word: string): boolean;
  /** Words as written in live passages and titles (lower case), for spelling fixes. */
  words(): Iterable<string>;
  /**
   * Per concept, the weight of its best alternative all of whose terms the passage has (0: none);
   * undefined when no such passage is indexed.
   */
  weights(articleId: string, sentence: number, concepts: readonly Concept[]): number[] | undefined;
  /** The same for an article's headline (all 0 when no such article). */
  titleWeights(articleId: string, concepts: readonly Concept[]): number[];
}
