/**
 * Questions about a whole article rather than something in it: "what is this article about",
 * "summarise it", "what happened" (answered by its opening sentences: a news report says what
 * happened first), "what happens next" (by the sentences saying what is to come, or what might:
 * the article's speculation), and "where / when / at what time did it happen" (by the first
 * sentence giving a place, a date, a time of day: the event reported). They have no words a search
 * could match, so the engine answers them here, for one article: the channel's, or the only one.
 */
import { FEATURE } from './features.ts';
import type { RankedSentence } from './sentences.ts';

export type OverviewKind = 'summary' | 'next' | 'where' | 'when' | 'time';

/** What each of "where / when / what time did it happen" wants of a sentence (FEATURE bits). */
const EVENT_FEATURE: Record<'where' | 'when' | 'time', number> = {
  where: FEATURE.place,
  when: FEATURE.date,
  time: FEATURE.clock,
};

const OPENER = String.raw`^(?:(?:so|and|ok|okay|hey|hi|please)[,!]?\s+)*`;
const CLOSER = String.raw`(?:\s+(?:please|then|here|so far))?[?.!\s]*$`;
const SUMMARY = new RegExp(
  OPENER +
    '(?:' +
    [
      // "what is this article about", "what's the story", "what is the news"
      String.raw`what(?:'s|s| is| was)\s+(?:this|the|that|it)(?:\s+(?:article|story|report|piece|news|text|link))?(?:\s+(?:about|saying|all about))?`,
      String.raw`what(?:'s|s| is)\s+(?:the\s+)?(?:story|gist|news|summary|headline|tl;?dr)`,
      String.raw`what\s+(?:is|does)\s+(?:this|the|that|it)\s+(?:article|story|report|piece)\s+(?:say|about)`,
      // "summarise it", "give me a summary", "tl;dr"
      String.raw`(?:can you\s+|could you\s+)?(?:summari[sz]e|sum up|recap)(?:\s+(?:it|this|that|the (?:article|story|news|report)))?`,
      String.raw`(?:(?:can you\s+|could you\s+)?give me\s+)?(?:a\s+|the\s+)?(?:summary|recap|gist|tl;?dr|short version)`,
      String.raw`what\s+(?:happened|is going on|is happening)`,
    ].join('|') +
    ')' +
    CLOSER,
  'i',
);
const NEXT = new RegExp(
  OPENER +
    String.raw`(?:what(?:'s|s| is)\s+next|what\s+(?:happens|will happen|comes|is going to happen)\s+(?:next|now)|what\s+are\s+the\s+next\s+steps|what\s+now)` +
    CLOSER,
  'i',
);

// "Where did it happen", "when was this", "what time did it take place": the event of the article.
const EVENT = new RegExp(
  `${OPENER}(where|when|what time|at what time|what day|which day)\\s+(?:did|does|was|is|will)\\s+(?:it|this|that)(?:\\s+(?:happen|take place|occur|start|begin|be))?${CLOSER}`,
  'i',
);

/** Whether a question asks about a whole article, and which way. */
export function overviewAsked(question: string): OverviewKind | undefined {
  const q = question.trim().replace(/\s+/g, ' ');
  if (NEXT.test(q)) return 'next';
  if (SUMMARY.test(q)) return 'summary';
  const event = EVENT.exec(q)?.[1]?.toLowerCase();
  if (event === 'where') return 'where';
  if (event) return /time/.test(event) ? 'time' : 'when';
  return undefined;
}

/** Sentences (ids) of an article that answer an overview question, best first. */
export function overviewSentences(
  kind: OverviewKind,
  count: number,
  sentence: (id: number) => RankedSentence | undefined,
  limit: number,
): number[] {
  if (kind === 'summary') return Array.from({ length: Math.min(limit, 2, count) }, (_, i) => i);
  if (kind !== 'next') {
    // The first sentence giving it: the report's opening tells where and when the event was.
    const bit = EVENT_FEATURE[kind];
    for (let id = 0; id < count; id++) if (((sentence(id)?.features ?? 0) & bit) !== 0) return [id];
    return [];
  }
  // What is to come ("Further trials are planned …"), or what might (the article's speculation,
  // labelled as such when shown), from the article's end: a report closes on what happens next,
  // after the background of its middle.
  const out: number[] = [];
  for (let id = count - 1; id >= 0 && out.length < limit; id--) {
    const s = sentence(id);
    if (s && ((s.features & FEATURE.prospect) !== 0 || s.stance === 'speculation')) out.push(id);
  }
  return out;
}
