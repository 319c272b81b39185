import type { ArticleMeta, Source, Stance } from '../article/types.ts';

/** Where a passage sits, enough to find it again (buttons, context). */
export interface PassageRef {
  articleId: string;
  /** Sentence id within the article (0-based). */
  sentence: number;
}

/** The other side of a disagreement that a passage takes part in. */
export interface CounterClaim {
  text: string;
  sources: Source[];
  stance: Stance;
  /** "the local governor reported", "the article says". */
  attribution: string;
  ref: PassageRef;
  /** What the two disagree on ("settlements: 74 vs 28"). */
  about: string;
}

/** One quoted sentence of an article with who says it and how. */
export interface Passage {
  /** The sentence exactly as the article has it. */
  text: string;
  ref: PassageRef;
  article: Pick<ArticleMeta, 'id' | 'title' | 'url' | 'publisher' | 'date'>;
  /** Body paragraph and sentence within it, 1-based for people. */
  paragraph: number;
  position: number;
  sources: Source[];
  stance: Stance;
  /** Who says so and how, for people: "Zelenskyy said", "according to Ukrainian reports, hedged", "the article speculates". */
  attribution: string;
  /** Relevance, higher is better; comparable within one answer only. */
  score: number;
  /** Other sides when this passage is one side of a dispute. */
  disputedBy?: CounterClaim[];
}

export interface Answer {
  question: string;
  /** false: the articles do not cover the question. */
  answered: boolean;
  /** Best first; empty when not answered. */
  passages: Passage[];
  /** When not answered: the closest passages, offered as related only. */
  related: Passage[];
  /** When not answered, why, for people ("The articles never mention China."). */
  reason?: string;
}

/** A question the front end could not even ask (empty, too long …), with a polite message. */
export interface Rejection {
  rejected: true;
  message: string;
}
