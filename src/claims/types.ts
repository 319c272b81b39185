import type { PassageRef } from '../answer/types.ts';
import type { Claim, Source, Stance } from '../article/types.ts';

/** A claim located in the library. */
export interface LocatedClaim extends Claim {
  ref: PassageRef;
  articleTitle: string;
  /** The whole sentence the clause sits in. */
  sentence: string;
  /** "Zelenskyy said", "the article speculates". */
  attribution: string;
  score: number;
}

/** Claims of one source on a topic. `source` null: the article itself. */
export interface ClaimGroup {
  source: Source | null;
  /** Display name: the canonical name, or "the article". */
  label: string;
  stances: Partial<Record<Stance, number>>;
  claims: LocatedClaim[];
}

export interface ClaimsResult {
  topic: string;
  groups: ClaimGroup[];
  /** When nothing matched, why. */
  reason?: string;
  /**
   * Set when more articles use the topic's words than are read for it: the claims come from the
   * `articles` most about the topic, of the `using` that use its words.
   */
  from?: { articles: number; using: number };
}

export interface SourceSummary {
  name: string;
  /** Every way the articles refer to it ("Zelensky", "the president", "he"). */
  variants: string[];
  kind?: Source['kind'];
  claims: number;
  stances: Partial<Record<Stance, number>>;
  articles: string[];
}

export interface DisputeSide {
  text: string;
  /** The whole sentence (as in `sentences --json`). */
  sentence: string;
  ref: PassageRef;
  sources: Source[];
  stance: Stance;
  attribution: string;
}

export interface Dispute {
  /** What they disagree on ("number of settlements", "the advance"). */
  about: string;
  kind: 'quantity' | 'opposite' | 'rejection';
  sides: DisputeSide[];
  articleId: string;
}
