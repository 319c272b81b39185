/**
 * What a clause asserts, in the terms disputes compare: its position on each opposition of the data
 * file (advancing or stopped, handed over or not), whom it blames, the words it negates, and
 * whether it rejects something.
 */
import data from './data/opposites.json' with { type: 'json' };
import words from './data/words.json' with { type: 'json' };
import { isContent, isNegator, stem, type Token, WEAK_PREDICATES } from './words.ts';

export interface Stand {
  /** Index of the opposition in the data file. */
  opposition: number;
  polarity: 1 | -1;
  /** The words as written ("not received", "has been stopped"). */
  words: string;
  /** Content stems next to the assertion in its clause: what advances, what decreases. */
  theme: Set<string>;
  /** The same words as written (lower case), for WordNet synonyms ("blaze" / "fire"). */
  themeWords: string[];
  /** A contrary clause that takes up the assertion itself ("its advance has been stopped", "not received"). */
  echoes: boolean;
}

/** How many content words on each side of an assertion say what it is about. */
const THEME_WORDS = 2;

function themeOf(text: string, tokens: Token[], from: number, to: number): [Set<string>, string[]] {
  const theme = new Set<string>();
  const words: string[] = [];
  const take = (start: number, step: 1 | -1) => {
    let taken = 0;
    for (let k = start; k >= 0 && k < tokens.length && taken < THEME_WORDS; k += step) {
      const w = tokens[k];
      const edge = tokens[step === 1 ? to : from];
      if (!w || !edge || breaks(text, Math.min(w.end, edge.end), Math.max(w.start, edge.start))) break;
      if (isContent(w) && !/^\d/.test(w.word) && !GENERIC_UNITS.has(w.word) && !/ly$/.test(w.word)) {
        theme.add(w.stem);
        words.push(w.word);
        taken++;
      }
    }
  };
  take(to + 1, 1);
  take(from - 1, -1);
  return [theme, words];
}

const toStems = (phrase: string) => phrase.toLowerCase().split(/\s+/).map(stem);
const byLength = (list: string[][]) => list.sort((a, b) => b.length - a.length);

export const OPPOSITIONS = data.oppositions.map((o) => ({
  about: o.about,
  yes: byLength(o.yes.map(toStems)),
  no: byLength(o.no.map(toStems)),
}));
/** Every opposition phrase by its first stem, longest first, so a clause is read in one pass. */
const PHRASES_BY_FIRST = new Map<string, { opposition: number; side: 1 | -1; phrase: string[] }[]>();
OPPOSITIONS.forEach((o, opposition) => {
  for (const [side, list] of [
    [1, o.yes],
    [-1, o.no],
  ] as const)
    for (const phrase of list) {
      const first = phrase[0];
      if (!first) continue;
      const entries = PHRASES_BY_FIRST.get(first) ?? [];
      entries.push({ opposition, side, phrase });
      entries.sort((a, b) => b.phrase.length - a.phrase.length);
      PHRASES_BY_FIRST.set(first, entries);
    }
});
/** Stems that belong to some opposition: they say what is asserted, not what it is about. */
export const OPPOSITION_STEMS: ReadonlySet<string> = new Set(
  OPPOSITIONS.flatMap((o) => [...o.yes, ...o.no].flat()),
);
const GENERIC_UNITS = new Set(words.genericUnits);
const TRANSPARENT = new Set(words.negationTransparent);
const EXCLUSIVE = new Set(data.exclusive.map(stem));
const REJECTION = new Set(data.rejection.filter((w) => !w.includes(' ')).map(stem));
const ANAPHORS = new Set(data.anaphors.map(stem));
const WRONG = new Set(data.wrong.map(stem));
const TRUTH = new Set(data.truth.map(stem));
const DIFFER_STRONG = new Set(data.differStrong.filter((w) => !w.includes(' ')).map(stem));
const DIFFER_STRONG_PHRASES = data.differStrong.filter((w) => w.includes(' ')).map(toStems);
const DIFFER = new Set(data.differ.filter((w) => !w.includes(' ')).map(stem));
const DIFFER_PHRASES = data.differ.filter((w) => w.includes(' ')).map(toStems);
const CONTRAST = new Set(data.contrast.filter((w) => !w.includes(' ')));
const CONTRAST_PHRASES = data.contrast.filter((w) => w.includes(' '));

const matchAt = (tokens: Token[], i: number, phrase: string[]) =>
  phrase.every((s, k) => tokens[i + k]?.stem === s);

/** Clause punctuation between two offsets ends the reach of a negation or an object. */
const breaks = (text: string, from: number, to: number) =>
  /[,;:()"\u201c\u201d]|\s[-\u2013\u2014]\s/.test(text.slice(from, to));

/** Is the token at i negated: a negator at most three words before it, within the clause? */
function negated(text: string, tokens: Token[], i: number): Token | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const n = tokens[k];
    if (!n || breaks(text, n.end, t.start)) return undefined;
    if (isNegator(n.word)) return n;
  }
  return undefined;
}

/** Tokens apart within which a contrary word acts on an assertion ("its advance has been stopped"). */
const ECHO_REACH = 4;

export function standsOf(text: string, tokens: Token[]): Stand[] {
  type Hit = { stand: Stand; side: 1 | -1; at: number; negated: boolean };
  const byOpposition = new Map<number, Hit[]>();
  for (let i = 0; i < tokens.length; i++) {
    const entries = PHRASES_BY_FIRST.get(tokens[i]?.stem ?? '');
    if (!entries) continue;
    const matched = new Set<string>();
    for (const { opposition, side, phrase } of entries) {
      // One hit per opposition and side at a token: the longest phrase.
      const key = `${opposition}:${side}`;
      if (matched.has(key) || !matchAt(tokens, i, phrase)) continue;
      matched.add(key);
      const last = tokens[i + phrase.length - 1];
      const neg = negated(text, tokens, i);
      const from = neg ?? tokens[i];
      const stand: Stand = {
        opposition,
        polarity: (neg ? -side : side) as 1 | -1,
        words: text.slice(from?.start ?? 0, last?.end ?? 0),
        theme: new Set(),
        themeWords: [],
        echoes: false,
      };
      [stand.theme, stand.themeWords] = themeOf(text, tokens, i, i + phrase.length - 1);
      const hits = byOpposition.get(opposition) ?? [];
      hits.push({ stand, side, at: i, negated: Boolean(neg) });
      byOpposition.set(opposition, hits);
    }
  }
  const found: Stand[] = [];
  for (const hits of byOpposition.values()) {
    // "its advance has been stopped": the contrary word acts on the assertion, so it decides.
    const hit = hits.find((h) => h.stand.polarity === -1) ?? hits[0];
    if (!hit) continue;
    const near = (h: Hit) => {
      const [x, y] = [Math.min(h.at, hit.at), Math.max(h.at, hit.at)];
      return y - x <= ECHO_REACH && !breaks(text, tokens[x]?.end ?? 0, tokens[y]?.start ?? 0);
    };
    // It takes up the assertion itself: a negated yes-word, or a yes-word right next to the no-word.
    const echoes =
      hit.stand.polarity === -1 &&
      ((hit.side === 1 && hit.negated) || hits.some((h) => h.side === 1 && h !== hit && near(h)));
    found.push({ ...hit.stand, echoes });
  }
  return found.sort((a, b) => a.opposition - b.opposition);
}

/** Stems a negator directly denies, with the words from the negator ("had not received" → receiv: "not received"). */
export function negatedStems(text: string, tokens: Token[]): Map<string, string> {
  const out = new Map<string, string>();
  tokens.forEach((t, i) => {
    if (!isNegator(t.word)) return;
    // The first content word is what is denied (adverbs skipped: "not particularly sensitive");
    // "no evidence of X" denies X too. A general word ("not comment") denies nothing comparable.
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const w = tokens[k];
      if (!w || breaks(text, t.end, w.start)) break;
      if (!isContent(w) || /ly$/.test(w.word)) continue;
      if (WEAK_PREDICATES.has(w.stem)) break;
      if (!out.has(w.stem)) out.set(w.stem, text.slice(t.start, w.end));
      if (!TRANSPARENT.has(w.word)) break;
    }
  });
  return out;
}

/** Content words from `from` on, up to four, within the clause (a party or a cause). */
function phraseAfter(text: string, tokens: Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < tokens.length && out.length < 4; k++) {
    const w = tokens[k];
    const before = tokens[k - 1];
    if (!w || !before || breaks(text, before.end, w.start)) break;
    if (STOP_OBJECT.has(w.word)) break;
    if (isContent(w)) out.push(w);
  }
  return out;
}

/** Content words just before `to`, up to three, within the clause ("the weather" of "the weather was the cause"). */
function phraseBefore(text: string, tokens: Token[], to: number): Token[] {
  const out: Token[] = [];
  for (let k = to - 1; k >= 0 && out.length < 3; k--) {
    const w = tokens[k];
    const after = tokens[k + 1];
    if (!w || !after || breaks(text, w.end, after.start)) break;
    if (STOP_OBJECT.has(w.word) || SPEECH_STEMS.has(w.stem)) break;
    if (isContent(w)) out.unshift(w);
  }
  return out;
}

const STOP_OBJECT = new Set([
  'for',
  'over',
  'after',
  'because',
  'saying',
  'that',
  'in',
  'on',
  'said',
  'says',
  'and',
  'but',
]);
const SPEECH_STEMS = new Set(
  ['said', 'sai', 'say', 'claim', 'told', 'tell', 'report', 'state', 'insist', 'argu', 'believ'].map(stem),
);
const CAUSE_BEFORE = data.causeBefore.map(toStems);
const CAUSE_AFTER = data.causeAfter.map(toStems);

/**
 * Whom or what the clause blames: the object of "blamed" ("blamed the pilots", "blamed it on the
 * crew"), the cause after "due to", "caused by", or before "was the cause", "was to blame".
 */
export function blamed(
  text: string,
  tokens: Token[],
): { stems: Set<string>; words: string; byVerb: boolean } | undefined {
  let party: Token[] = [];
  const i = tokens.findIndex((t) => EXCLUSIVE.has(t.stem));
  if (i >= 0) {
    let from = i + 1;
    for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
      const w = tokens[k];
      if (!w || breaks(text, tokens[i]?.end ?? 0, w.start)) break;
      if (w.word === 'on' || w.word === 'of') {
        from = k + 1;
        break;
      }
    }
    party = phraseAfter(text, tokens, from);
  }
  for (let k = 0; k < tokens.length && !party.length; k++) {
    const before = CAUSE_BEFORE.find((p) => matchAt(tokens, k, p));
    if (before) party = phraseAfter(text, tokens, k + before.length);
    else if (CAUSE_AFTER.some((p) => matchAt(tokens, k, p))) party = phraseBefore(text, tokens, k);
  }
  const first = party[0];
  const last = party[party.length - 1];
  if (!first || !last) return undefined;
  return {
    stems: new Set(party.map((t) => t.stem)),
    words: text.slice(first.start, last.end),
    byVerb: i >= 0,
  };
}

const WHO_WON = OPPOSITIONS.findIndex((o) => o.yes.some((p) => p.length === 1 && p[0] === stem('won')));
const SELF = new Set(data.selfClaim);
const AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'would',
  'will',
  'already',
  'clearly',
]);

/** The speaker claims a win for itself ("she had won", "we won"). */
export function claimsOwnWin(tokens: Token[], stands: readonly Stand[]): boolean {
  if (!stands.some((s) => s.opposition === WHO_WON && s.polarity === 1)) return false;
  const yes = OPPOSITIONS[WHO_WON]?.yes ?? [];
  return tokens.some((t, i) => {
    if (!yes.some((p) => p.length === 1 && p[0] === t.stem)) return false;
    let k = i - 1;
    while (k >= 0 && AUXILIARIES.has(tokens[k]?.word ?? '')) k--;
    return SELF.has(tokens[k]?.word ?? '');
  });
}

export interface Rejection {
  /** Offset of the rejection verb in the clause. */
  at: number;
  /** It points back ("denied that,", "rejects the claim", "a figure the council rejects"). */
  anaphoric: boolean;
}

/** Does the clause reject something, and does it point back at a claim or name its own content? */
export function rejectionOf(text: string, tokens: Token[], cue: string | null): Rejection | undefined {
  // The speaker's own rejection: the cue itself, or a rejection verb before the cue ("Norgrid
  // disputed this, saying …"); one after the cue is reported content ("said the court rejected …").
  const cueStems = cue ? cue.toLowerCase().split(/\s+/).map(stem) : [];
  const cueAt = cue ? text.toLowerCase().indexOf(cue.toLowerCase()) : -1;
  const i = tokens.findIndex(
    (t) => REJECTION.has(t.stem) && (cueStems.includes(t.stem) || !cue || (cueAt >= 0 && t.start < cueAt)),
  );
  const t = tokens[i];
  if (!t) {
    // "the agency's figure was wrong", "called the report false": calling a claim false rejects it.
    // "That is not true": a negated truth word does the same.
    const w = tokens.findIndex(
      (x, k) => WRONG.has(x.stem) || (TRUTH.has(x.stem) && negated(text, tokens, k) !== undefined),
    );
    const at = tokens[w];
    if (!at || !cue || !tokens.slice(0, w).some((x) => ANAPHORS.has(x.stem) || x.word === 'that'))
      return undefined;
    return { at: at.start, anaphoric: true };
  }
  const after = tokens.slice(i + 1, i + 4);
  const next = after[0];
  const anaphoric =
    !next ||
    breaks(text, t.end, next.start) ||
    after.some(
      (w) => ANAPHORS.has(w.stem) && !(w.word === 'that' && next === w && !/^\s*,/.test(text.slice(w.end))),
    ) ||
    // "…, a figure the council rejects": the rejected thing stands before the rejecter.
    /(^|,\s+)(which|a|an|something|what)\b[^,]*$/i.test(text.slice(0, t.start));
  return { at: t.start, anaphoric };
}

/** Does the sentence say that claims disagree ("claims differ", "at odds")? */
export function saysClaimsDiffer(tokens: Token[]): boolean {
  return (
    tokens.some((t) => DIFFER.has(t.stem)) ||
    tokens.some((_, i) => DIFFER_PHRASES.some((p) => matchAt(tokens, i, p)))
  );
}

/** Does the sentence say so strongly enough to pair the sources that follow ("accounts differ")? */
export function saysAccountsDiffer(tokens: Token[]): boolean {
  return (
    tokens.some((t) => DIFFER_STRONG.has(t.stem)) ||
    tokens.some((_, i) => DIFFER_STRONG_PHRASES.some((p) => matchAt(tokens, i, p)))
  );
}

/** Does the sentence set itself against another ("however", "but", "while")? */
export function contrasts(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    lower.split(/[^a-z]+/).some((w) => CONTRAST.has(w)) ||
    CONTRAST_PHRASES.some((p) => lower.includes(p)) ||
    /\s[-\u2013\u2014]\s+but\b/.test(lower)
  );
}
