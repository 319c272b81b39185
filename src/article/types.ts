/**
 * The article model: what every other layer (search, answering, claims, front ends) reads.
 * Positions are 0-based in the model; front ends add 1 when they show them to people.
 */

/**
 * How a sentence (or clause) presents its content.
 * - direct: contains a verbatim quotation of the source
 * - reported: indirect speech ("X said that", "according to X")
 * - hedged: marked as uncertain ("are said to", "reportedly", "allegedly", "accused of")
 * - speculation: the article's own could/might/may/likely
 * - narration: plain statement by the article
 */
export type Stance = 'direct' | 'reported' | 'hedged' | 'speculation' | 'narration';

export const STANCES: readonly Stance[] = ['direct', 'reported', 'hedged', 'speculation', 'narration'];

export type SourceKind = 'person' | 'organisation' | 'document' | 'group' | 'other';

/** Who a sentence or clause attributes its content to. */
export interface Source {
  /** Canonical name: one per real-world source across the article ("Volodymyr Zelenskyy"). */
  name: string;
  /** The words this sentence uses for it ("the president", "he", "Zelensky"). */
  mention: string;
  kind?: SourceKind;
}

/**
 * One attributed clause: the (source, cue, content) triple of attribution extraction.
 * A sentence with two speakers has two claims; the article's own narration and
 * speculation are claims with `source: null`.
 */
export interface Claim {
  /** null when the article itself speaks. */
  source: Source | null;
  /** The words that mark the attribution or stance ("said", "according to", "are said to", "could"); null for plain narration. */
  cue: string | null;
  stance: Stance;
  /** The clause as written (a substring of the sentence text). */
  text: string;
  /** [start, end) offsets of `text` within the sentence text. */
  span: [number, number];
}

export interface Sentence {
  /** Position in the article, counting every body sentence (0-based). */
  id: number;
  /** The sentence exactly as the article has it. */
  text: string;
  /** Body paragraph (0-based). */
  paragraph: number;
  /** Sentence within its paragraph (0-based). */
  index: number;
  /** Who the sentence attributes its content to; empty when the article itself speaks. */
  sources: Source[];
  stance: Stance;
  claims: Claim[];
}

export interface ArticleMeta {
  /** Stable id derived from the file name ("ukraine-kursk-advance"). */
  id: string;
  /** File name within the articles folder. */
  file: string;
  title: string;
  publisher?: string;
  /** Publication date as the article gives it (front matter or dateline). */
  date?: string;
  url?: string;
}

export interface Article extends ArticleMeta {
  /** Body paragraphs as written (headline, dateline and front matter excluded). */
  paragraphs: string[];
  sentences: Sentence[];
}

/** A file that could not be loaded, and why (shown to the admin once). */
export interface LoadWarning {
  file: string;
  reason: string;
}
