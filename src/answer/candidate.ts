/**
 * A sentence the ranking weighs for a question (engine.ts rank), with how much of the question it
 * covers, and the thresholds the answer's checks read it by.
 */
import type { BuiltConcept } from './concepts.ts';
import type { RankedSentence } from './sentences.ts';

export interface Candidate {
  articleId: string;
  sentenceId: number;
  sentence: RankedSentence;
  bm25: number;
  weights: number[];
  /** Its weights with what its paragraph and headline lend it (see context.ts). */
  reach: number[];
  speaker: boolean;
  coverage: number;
  /** Coverage by focus weight (see BuiltConcept.focus), for ranking. */
  focusCoverage: number;
  /** Best coverage of this sentence with a neighbour (either measure): is the question covered. */
  passageCoverage: number;
  /** The neighbour of that best coverage. */
  partner?: Candidate;
  score: number;
  /** Counts the thing asked about by an ordinal ("his third marathon"): a figure for "how many". */
  ordinal?: boolean;
  /**
   * Counts people by what they did ("14,000 signatures" for "how many people signed"), or by
   * another noun naming people ("1,200 guests" for "how many tourists").
   */
  byAct?: boolean;
}

/** Share of the question's information the best passage must cover to count as an answer. */
export const MIN_COVERAGE = 0.5;
/** Candidates whose text is read for the figure of the thing counted, or for what a question asks them to name. */
export const FIGURE_CHECKS = 8;

/** Coverage by either measure: raw information, or information by focus. */
export const answerCoverage = (c: Candidate): number => Math.max(c.coverage, c.focusCoverage);

/**
 * How much of the question each article speaks of, anywhere among its candidates (with what their
 * paragraphs and headlines lend them): the share of the counted words' information.
 */
export function coverByArticle(
  candidates: readonly Pick<Candidate, 'articleId' | 'reach'>[],
  concepts: readonly Pick<BuiltConcept, 'counts' | 'mass'>[],
): Map<string, number> {
  const best = new Map<string, number[]>();
  for (const c of candidates) {
    const kept = best.get(c.articleId);
    if (!kept) best.set(c.articleId, [...c.reach]);
    else
      for (let i = 0; i < c.reach.length; i++)
        if ((c.reach[i] ?? 0) > (kept[i] ?? 0)) kept[i] = c.reach[i] as number;
  }
  const all = concepts.reduce((s, c) => s + (c.counts ? c.mass : 0), 0) || 1;
  const out = new Map<string, number>();
  for (const [id, weights] of best)
    out.set(id, concepts.reduce((s, c, i) => s + (c.counts ? c.mass * (weights[i] ?? 0) : 0), 0) / all);
  return out;
}
