/**
 * What one sentence says about its own attribution, before any cross-sentence reasoning: who is given
 * as the source of which part (reporting verbs with their subjects, "according to X", "in the words of
 * X", passive agents), hedges, the article's own modal speculation, and quotations.
 */
import {
  ACTS_WITH_ARTICLE,
  ACTS_WITH_FIGURE,
  AMBIGUOUS_FORMS,
  AUXILIARY_VERBS,
  BACKSHIFT,
  BASE_FORMS,
  BE_FORMS,
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_WORDS,
  CONTINUATIONS,
  DETERMINERS,
  FIGURE_PHRASES,
  FINDING_VERBS,
  FORECAST_VERBS,
  GROUP_NOUNS,
  HYPOTHETICAL_CLAUSE_WORDS,
  NEGATIONS,
  OTHER_HEDGES,
  PARTICIPLES,
  PASSIVE_REPORT_HEDGES,
  PRONOUNS,
  QUANTIFIERS,
  QUOTING_VERBS,
  SOURCE_NOUNS,
  SPECULATION_CUES,
  SPEECH_PHRASES,
  SPEECH_VERBS,
  THAT_CLAUSE_VERBS,
} from './lexicon.ts';
import { type QuoteSpan, quoteSpans, type Token, tokenize } from './tokens.ts';

/** A source named by the sentence, with the words that name it (apposition parts) and the cue. */
export interface SourceCue {
  /** Apposition parts of the source phrase as written ("Paul Dewar", "an Ottawa New Democrat MP"). */
  parts: string[];
  /** The whole source phrase as written. */
  mention: string;
  cue: string;
  /** Offset where this source's clause starts (its subject, or the cue for "according to"). */
  clauseStart: number;
  /** Offset of the cue itself (the verb, "according to"): a quotation after it is the source's words. */
  at: number;
}

export interface SentenceCues {
  sources: SourceCue[];
  hedge: { cue: string; passiveReport: boolean; at: number } | null;
  speculation: { cue: string; at: number } | null;
  /** 'would' outside quotations: a reported forecast continuing. */
  backshift: boolean;
  quotes: QuoteSpan[];
  /** The sentence is a quotation and nothing else (its speaker is given elsewhere). */
  standaloneQuote: boolean;
  /** Opens with an additive connective ("Additionally, …"). */
  continues: boolean;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it', 'itself', 'themselves']);
const PREPOSITIONS = new Set([
  'of',
  'in',
  'for',
  'from',
  'at',
  'including',
  'on',
  'with',
  'by',
  'among',
  'within',
]);
const RELATIVE = new Set(['which', 'that', 'where', 'who', 'whom', 'whose']);
/** Relative pronouns that open an aside about the noun before them (", which", ", who"). */
const RELATIVE_PRONOUNS = new Set(['which', 'who']);
/** … and those that open an aside skipped on the way to a subject (", whose nursery lost …, said"). */
const ASIDE_PRONOUNS = new Set([...RELATIVE_PRONOUNS, 'whose']);

/** Phrase lists indexed by their first word, so each token is looked up once. */
function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = map.get(words[0] as string) ?? [];
    list.push(words);
    map.set(words[0] as string, list);
  }
  return map;
}
const PASSIVE_INDEX = byFirstWord(PASSIVE_REPORT_HEDGES);
const OTHER_INDEX = byFirstWord(OTHER_HEDGES);
const SPECULATION_INDEX = byFirstWord(SPECULATION_CUES);
const FIGURE_INDEX = byFirstWord(FIGURE_PHRASES);
const SPEECH_PHRASE_INDEX = byFirstWord(SPEECH_PHRASES);

function matchAt(tokens: Token[], i: number, index: Map<string, string[][]>): number {
  const first = tokens[i];
  if (!first || first.quoted) return 0;
  for (const words of index.get(first.lower) ?? []) {
    if (words.every((w, k) => tokens[i + k]?.lower === w && !tokens[i + k]?.quoted)) return words.length;
  }
  return 0;
}

/**
 * A figure phrase at index i: "put the number at", also with what is counted between ("put the number
 * of missing at", up to four words after "of").
 */
function figureAt(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (!first || first.quoted) return false;
  for (const words of FIGURE_INDEX.get(first.lower) ?? []) {
    const head = words.length - 1;
    if (!words.slice(0, head).every((w, k) => tokens[i + k]?.lower === w && !tokens[i + k]?.quoted)) continue;
    const last = words[head] as string;
    if (tokens[i + head]?.lower === last) return true;
    if (tokens[i + head]?.lower !== 'of') continue;
    for (let k = i + head + 1; k <= i + head + 5; k++) {
      const t = tokens[k];
      if (!t?.isWord || t.quoted) break;
      if (t.lower === last) return true;
    }
  }
  return false;
}

const isPunct = (t: Token | undefined, chars: string) =>
  t !== undefined && !t.isWord && chars.includes(t.text);
const QUOTE_CHARS = '"\u201c\u201d';

/**
 * tokens[i] may stand between a subject and its verb: an auxiliary or listed adverb ("has also said"), or
 * an "-ly" adverb after an auxiliary ("has unanimously rejected"; "the family said" keeps its noun).
 */
function betweenSubjectAndVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.isWord || t.quoted) return false;
  if (BETWEEN_SUBJECT_AND_VERB.has(t.lower)) return true;
  return (
    !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && AUXILIARY_VERBS.has(tokens[i - 1]?.lower ?? '')
  );
}

/** The source phrase ending right before the verb at index v, walking left. */
function subjectBefore(
  tokens: Token[],
  v: number,
  text: string,
): { parts: string[]; start: number; end: number; acronym?: boolean } | null {
  let i = v - 1;
  while (i >= 0 && betweenSubjectAndVerb(tokens, i)) i--;
  const extra: string[] = [];
  const open = isPunct(tokens[i], ')') ? acronymBefore(tokens, i) : -1;
  if (open >= 0) {
    // "The International Testing Agency (ITA) announced": the acronym names the subject before it.
    extra.push(text.slice((tokens[open + 1] as Token).start, (tokens[i - 1] as Token).end));
    i = open - 1;
  }
  if (isPunct(tokens[i], ',')) {
    // "Paul Dewar, an Ottawa MP, said" / "The Russian military, however, reported": skip the aside.
    let j = i - 1;
    while (j >= 0 && !isPunct(tokens[j], `,;:()${QUOTE_CHARS}`) && !tokens[j]?.quoted) j--;
    // "Norcal, which makes bread, cakes and pies, reported": a relative clause holding a
    // list is one aside, from its relative pronoun on.
    let k = j - 1;
    while (k >= 0 && !isPunct(tokens[k], `,;:()${QUOTE_CHARS}`) && !tokens[k]?.quoted) k--;
    if (isPunct(tokens[j], ',') && isPunct(tokens[k], ',') && ASIDE_PRONOUNS.has(tokens[k + 1]?.lower ?? ''))
      j = k;
    // An apposition opening with a determiner, a relative pronoun or a participle may run longer ("a
    // palaeontologist at the University of Edinburgh who was not involved in the study", "based on
    // interviews with 400 nurses and doctors and on the hospital's own records").
    const opener = tokens[j + 1];
    // A clause about the subject ("which makes cheese", "prepared for the council by …") names nobody.
    const clause =
      ASIDE_PRONOUNS.has(opener?.lower ?? '') || (!!opener && !opener.cap && opener.lower.endsWith('ed'));
    const longest = clause || DETERMINERS.has(opener?.lower ?? '') ? 16 : 10;
    if (j < 0 || !isPunct(tokens[j], ',') || i - j - 1 > longest || i - j - 1 < 1) return null;
    if (!clause) extra.push(text.slice((tokens[j + 1] as Token).start, (tokens[i - 1] as Token).end));
    i = j - 1;
    // "Eleanor Pryce, 71, from Wrexham, told": an age before the aside is one more.
    if (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && isPunct(tokens[i - 1], ',')) i -= 2;
  }
  const end = i;
  if (isPunct(tokens[i], QUOTE_CHARS)) {
    // 'A group calling itself "Nightfall" claimed': a short quotation closing the subject names it.
    let open = i - 1;
    while (open >= 0 && tokens[open]?.quoted) open--;
    const before = tokens[open - 1];
    if (
      i - open - 1 >= 1 &&
      i - open - 1 <= 3 &&
      isPunct(tokens[open], QUOTE_CHARS) &&
      before?.isWord &&
      !before.cap &&
      !before.quoted &&
      !SPEECH_VERBS.has(before.lower)
    )
      i = open - 1;
  }
  let count = 0;
  const walk = () => {
    const from = i;
    while (i >= 0) {
      const t = tokens[i] as Token;
      if (!t.isWord || t.quoted) break;
      // "the WHO said", "the IT department": an acronym is a name, not "who" or "it".
      if (isAcronym(t)) {
        i--;
        if (++count > 12) return false;
        continue;
      }
      if (t.lower === 'and' && tokens[i - 1]?.cap && tokens[i + 1]?.cap) {
        i--;
        count++;
        continue;
      }
      if (
        CLAUSE_WORDS.has(t.lower) ||
        ((SPEECH_VERBS.has(t.lower) || FINDING_VERBS.has(t.lower)) && verbUse(tokens, i)) ||
        // "under pressure, with some former players calling for changes": the players call.
        (t.lower === 'with' && !(tokens[i - 1]?.cap && tokens[i + 1]?.cap))
      )
        break;
      // "Save Our Parish Churches said": a capitalised pronoun or determiner between capitalised
      // words is a name's.
      const inName = t.cap && tokens[i - 1]?.cap && tokens[i + 1]?.cap && !tokens[i - 1]?.quoted;
      if (PRONOUNS[t.lower] && i !== from && !inName) break;
      i--;
      if (++count > 12) return false;
      if (PRONOUNS[t.lower] && !inName) break;
      // A determiner opens the phrase, unless a preposition ties it to a head before it
      // ("bureaucrats of the government" goes on; "a charge the government dismissed" stops).
      if (DETERMINERS.has(t.lower) && !PREPOSITIONS.has(tokens[i]?.lower ?? '') && !inName) break;
    }
    return true;
  };
  if (!walk()) return null;
  // "the company building it announced": an object pronoun is no subject; the participle's noun is.
  const participle = tokens[i];
  if (
    i === end - 1 &&
    OBJECT_PRONOUNS.has(tokens[end]?.lower ?? '') &&
    participle?.isWord &&
    !participle.quoted &&
    !participle.cap &&
    participle.lower.endsWith('ing') &&
    tokens[i - 1]?.isWord &&
    !DETERMINERS.has(tokens[i - 1]?.lower ?? '')
  ) {
    i--;
    if (!walk()) return null;
  }
  if (i === end) return null;
  const first = tokens[i + 1] as Token;
  const last = tokens[end] as Token;
  return {
    parts: [text.slice(first.start, last.end), ...extra],
    start: first.start,
    end: last.end,
    acronym: open >= 0,
  };
}

/** The "(" of a bracketed acronym or short name ending at tokens[close] (")"), or -1. */
function acronymBefore(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (isPunct(t, '(')) return k < close - 1 ? k : -1;
    if (!t.isWord || !t.cap) return -1;
  }
  return -1;
}

/** "WHO", "IT": an acronym is a name, never the clause word or pronoun it spells. */
const isAcronym = (t: Token): boolean => t.cap && t.text.length > 1 && t.text === t.text.toUpperCase();

/** A noun phrase starting at index i, up to a comma, quotation, clause word or the end (max words). */
function phraseAfter(
  tokens: Token[],
  i: number,
  text: string,
  max = 12,
): { parts: string[]; end: number } | null {
  const parts: string[] = [];
  let k = i;
  let from = i;
  const flush = (to: number) => {
    if (to >= from) parts.push(text.slice((tokens[from] as Token).start, (tokens[to] as Token).end));
  };
  while (k < tokens.length && k - i < max) {
    const t = tokens[k] as Token;
    // "the Centers for Disease Control and Prevention": "and" between capitalised words is in the name.
    const inName = t.lower === 'and' && !!tokens[k - 1]?.cap && !!tokens[k + 1]?.cap && k > i;
    // "Dr. Naomi Berg at the agency's centre in Darmstadt": a name is whole; where its bearer
    // spoke is no part of it ("an official at the embassy" is: a common noun needs it).
    if (k > i && afterName(tokens, k)) break;
    if (!t.isWord || (CLAUSE_WORDS.has(t.lower) && k > i && !inName && !isAcronym(t)) || t.quoted) {
      if (isPunct(t, ',') && k > from && appositionAt(tokens, k + 1)) {
        // Apposition of names and titles: "the Crown prosecutor, Mark Tedeschi, QC".
        flush(k - 1);
        from = k + 1;
        k++;
        continue;
      }
      break;
    }
    k++;
  }
  flush(k - 1);
  return parts.length ? { parts, end: k } : null;
}

/** Prepositions of place and time, which end a speaker's name: "said Tom Hale at the centre". */
const WHERE_WHEN = new Set(['at', 'in', 'on', 'near', 'during', 'outside', 'inside', 'after', 'before']);

/** Whether tokens[k] opens a place or time after a capitalised name. */
const afterName = (tokens: Token[], k: number): boolean =>
  WHERE_WHEN.has((tokens[k] as Token).lower) && !!tokens[k - 1]?.cap && !!tokens[k - 1]?.isWord;

/** A run of capitalised words (a name or title) closed by a comma, quotation mark or the end. */
function appositionAt(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k]?.isWord && tokens[k]?.cap && !tokens[k]?.quoted) k++;
  const after = tokens[k];
  return k > i && (!after || isPunct(after, `,;:${QUOTE_CHARS}`));
}

/** Is tokens[v] a reporting verb used as a verb (not "the claims", "several reported strikes")? */
function verbUse(tokens: Token[], v: number, knownName: (word: string) => boolean = () => false): boolean {
  const t = tokens[v] as Token;
  if (figureAt(tokens, v)) return true;
  const phrase = matchAt(tokens, v, SPEECH_PHRASE_INDEX) > 0;
  // "agreed to cut", "promised to build": an infinitive makes it an action, not speech ("expects to
  // restore" stays a forecast).
  const after = tokens[v + 2];
  if (
    !phrase &&
    !FORECAST_VERBS.has(t.lower) &&
    tokens[v + 1]?.lower === 'to' &&
    after?.isWord &&
    !after.cap &&
    !DETERMINERS.has(after.lower) &&
    !OBJECT_PRONOUNS.has(after.lower) &&
    !after.lower.endsWith('s')
  )
    return false;
  if (t.quoted || t.cap) return false;
  // "declared a drought emergency": an act, not a report.
  const next = tokens[v + 1]?.lower;
  if (ACTS_WITH_ARTICLE.has(t.lower) && (next === 'a' || next === 'an')) return false;
  // "will add about 86 pounds", "welcomed 2 million visitors": an act with a figure ("added that 40 …"
  // still reports).
  const figure = (x: Token | undefined) => !!x?.isWord && /^\p{N}/u.test(x.text);
  if (
    ACTS_WITH_FIGURE.has(t.lower) &&
    (figure(tokens[v + 1]) || (!CLAUSE_WORDS.has(next ?? '') && figure(tokens[v + 2])))
  )
    return false;
  const prev = tokens[v - 1];
  // "higher than expected", "than predicted": an elliptical comparison reports nothing.
  if (prev?.lower === 'than') return false;
  if (
    prev &&
    // ("Many said", "Some say": people saying so; "Several reported attacks" is an adjective.)
    ((DETERMINERS.has(prev.lower) &&
      !BETWEEN_SUBJECT_AND_VERB.has(prev.lower) &&
      !(
        QUANTIFIERS.has(prev.lower) &&
        /^(?:said|say|says|told|think|believe|feel|felt|fear|feared|argue|argued)$/.test(t.lower) &&
        (v === 1 || isPunct(tokens[v - 2], ',;:'))
      )) ||
      prev.lower === 'to' ||
      /['\u2019]s?$/.test(prev.text))
  )
    return false;
  if ((AMBIGUOUS_FORMS.has(t.lower) || phrase || QUOTING_VERBS.has(t.lower)) && /s$/.test(t.lower)) {
    // "Moscow claims", "he says", "the government then says" — but not "Ukrainian reports".
    // A capital at the start of the sentence says nothing about a name ("Vaccination rates").
    // A capital at the start of the sentence says nothing about a name ("Vaccination rates") unless
    // the article has introduced that name ("Dewar says").
    // "The Westgate Residents' Association, which collected 3,200 signatures, argues": the word
    // before the aside is the one next to the verb.
    let p = v - 1;
    if (isPunct(tokens[p], ',')) {
      let j = p - 1;
      while (j >= 0 && !isPunct(tokens[j], `,;:()${QUOTE_CHARS}`) && !tokens[j]?.quoted) j--;
      if (j > 0 && isPunct(tokens[j], ',') && p - j - 1 >= 1 && p - j - 1 <= 16) p = j - 1;
    }
    const subject = tokens[p];
    const named = subject?.cap && (p > 0 || knownName(subject.text));
    return !!subject && (!!named || !!PRONOUNS[subject.lower] || BETWEEN_SUBJECT_AND_VERB.has(subject.lower));
  }
  return true;
}

/**
 * The subject of a participle of speech after a comma ("The minister defended the rise, saying …"): the
 * subject of the nearest past-tense verb before the comma, within its clause and not passive.
 */
function participleSubject(
  tokens: Token[],
  v: number,
  text: string,
): { parts: string[]; start: number; end: number } | null {
  if (!PARTICIPLES.has((tokens[v] as Token).lower) || !isPunct(tokens[v - 1], ',')) return null;
  for (let k = v - 2; k >= 0 && v - k <= 16; k--) {
    const t = tokens[k] as Token;
    if (t.quoted) continue;
    if (!t.isWord) return null;
    // A past tense of three letters before "-ed" at least: not "red" ("a rare red warning"), nor
    // "hundred".
    if (t.cap || CLAUSE_WORDS.has(t.lower) || !/^[a-z]{3,}ed$/.test(t.lower) || t.lower.endsWith('dred'))
      continue;
    if (isPassive(tokens, k) || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return null;
    return subjectBefore(tokens, k, text);
  }
  return null;
}

/**
 * The antecedent of a relative clause of speech ("The software came from Quillon Systems, which
 * said in a statement …", "The mayor, who has said the plan is too costly, voted against it"): the
 * noun phrase right before the comma before "who" or "which" (an auxiliary or an adverb between),
 * back to its determiner, a verb or a preposition ("of", "for", "and" inside a name of capitals).
 */
function relativeSubject(
  tokens: Token[],
  v: number,
  text: string,
): { parts: string[]; start: number; end: number } | null {
  let r = v - 1;
  while (
    r >= 0 &&
    v - r <= 3 &&
    /^(?:has|have|had|also|later|earlier|previously|already)$/.test(tokens[r]?.lower ?? '')
  )
    r--;
  if (!RELATIVE_PRONOUNS.has(tokens[r]?.lower ?? '') || !isPunct(tokens[r - 1], ',')) return null;
  // "…, which suggests the hoard was buried later": "which" after a clause may stand for the
  // clause, which infers; only speech ("which said") is a source's.
  if (tokens[r]?.lower === 'which' && !SPEECH_VERBS.has(tokens[v]?.lower ?? '')) return null;
  // "Evacuation alerts, which tell residents to be ready": what the things do, in general, is no
  // report (a base form with no auxiliary before it).
  if (r === v - 1 && BASE_FORMS.has(tokens[v]?.lower ?? '')) return null;
  const last = r - 2;
  let k = last;
  while (k >= 0 && last - k < 8) {
    const t = tokens[k] as Token;
    if (!t.isWord || t.quoted) break;
    if (DETERMINERS.has(t.lower)) {
      k--;
      break;
    }
    const joins = /^(?:of|for|and)$/.test(t.lower) && tokens[k - 1]?.cap && tokens[k + 1]?.cap;
    if (
      !joins &&
      (PREPOSITIONS.has(t.lower) ||
        CLAUSE_WORDS.has(t.lower) ||
        (!t.cap && /(?:ed|s)$/.test(t.lower) && k < last))
    )
      break;
    k--;
  }
  const first = tokens[k + 1] as Token | undefined;
  const end = tokens[last] as Token | undefined;
  if (!first || !end || k + 1 > last) return null;
  const phrase = text.slice(first.start, end.end);
  if (!/\p{L}{2}/u.test(phrase)) return null;
  // "brought by three claimants, supported by the charity X, who said …": after an aside opening
  // with a participle, "who" may be of the phrase before the aside; which is unsure, so neither.
  let open = k;
  while (open >= 0 && !isPunct(tokens[open], `,;:(${QUOTE_CHARS}`)) open--;
  if (open >= 0 && /^\p{Ll}+(?:ed|ing)$/u.test(tokens[open + 1]?.text ?? '')) return null;
  return { parts: [phrase], start: first.start, end: end.end };
}

/**
 * The subject of a verb coordinated with an earlier one in its clause ("he thanked his supporters and
 * said", "The board apologised for the waits and said"): the earlier verb is the nearest past form
 * ("-ed" or a reporting verb) before the "and", with no punctuation between, and not passive.
 */
function coordinatedSubject(
  tokens: Token[],
  v: number,
  text: string,
): { parts: string[]; start: number; end: number } | null {
  let i = v - 1;
  while (i >= 0 && betweenSubjectAndVerb(tokens, i)) i--;
  if (tokens[i]?.lower !== 'and') return null;
  for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord || t.quoted) return null;
    if (t.cap || CLAUSE_WORDS.has(t.lower)) continue;
    if (!(/ed$/.test(t.lower) || SPEECH_VERBS.has(t.lower)) || isPassive(tokens, k)) continue;
    if (!/ed$/.test(t.lower) && !verbUse(tokens, k)) continue;
    return subjectBefore(tokens, k, text);
  }
  return null;
}

/** A negation among the auxiliaries right before the verb at index v ("have not said"). */
function negated(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && BETWEEN_SUBJECT_AND_VERB.has((tokens[k] as Token).lower); k--) {
    if (NEGATIONS.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** A quotation opens within six tokens after tokens[v], before any clause punctuation. */
function quotationFollows(tokens: Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + 6; k++) {
    const t = tokens[k] as Token;
    if (t.quoted || isPunct(t, QUOTE_CHARS)) return true;
    if (!t.isWord) return false;
  }
  return false;
}

/**
 * A that-clause opens after tokens[v], right away or after a short time or place phrase ("ruled that",
 * "found on Wednesday that", "found in her judgment that").
 */
function thatClauseFollows(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  if (!next || next.quoted) return false;
  if (next.lower === 'that') return true;
  if (!PREPOSITIONS.has(next.lower) && !BETWEEN_SUBJECT_AND_VERB.has(next.lower)) return false;
  for (let k = v + 2; k <= v + 4; k++) {
    const t = tokens[k];
    if (!t?.isWord || t.quoted) return false;
    if (t.lower === 'that') return true;
  }
  return false;
}

/** Passive voice: a form of "be" before the verb (adverbs between allowed). */
function isPassive(tokens: Token[], v: number): boolean {
  let i = v - 1;
  while (
    i >= 0 &&
    tokens[i]?.isWord &&
    BETWEEN_SUBJECT_AND_VERB.has((tokens[i] as Token).lower) &&
    !BE_FORMS.has((tokens[i] as Token).lower)
  )
    i--;
  return !!tokens[i] && BE_FORMS.has((tokens[i] as Token).lower);
}

function studyLike(parts: string[]): boolean {
  const words = (parts[0] ?? '').toLowerCase().split(/\s+/);
  return words.some((w) => SOURCE_NOUNS.has(w)) || (words.length === 1 && !!PRONOUNS[words[0] as string]);
}

/** `knownName` tells whether the article has introduced a word as someone's name. */
export function analyseSentence(
  text: string,
  knownName: (word: string) => boolean = () => false,
  quotes: QuoteSpan[] = quoteSpans(text),
): SentenceCues {
  const tokens = tokenize(text, quotes);
  const sources: SourceCue[] = [];
  const hedgeTokens = new Set<number>();
  let hedge: SentenceCues['hedge'] = null;
  let speculation: SentenceCues['speculation'] = null;
  let backshift = false;

  for (let i = 0; i < tokens.length; i++) {
    const passive = matchAt(tokens, i, PASSIVE_INDEX);
    const other = passive ? 0 : matchAt(tokens, i, OTHER_INDEX);
    if (passive || other) {
      const n = passive || other;
      for (let k = i; k < i + n; k++) hedgeTokens.add(k);
      hedge ??= {
        cue: tokens
          .slice(i, i + n)
          .map((t) => t.text)
          .join(' '),
        passiveReport: passive > 0,
        at: (tokens[i] as Token).start,
      };
    }
  }

  // Words of an "according to X" phrase are the source's name, never its verb ("Ukrainian reports").
  const consumed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Punctuation is no cue: skip it before any look-up.
    if (!t.isWord || t.quoted || hedgeTokens.has(i) || consumed.has(i)) continue;
    const spec = matchAt(tokens, i, SPECULATION_INDEX);
    // Capitalised "May" is the month; modal cues are lower case.
    if (spec && !t.cap && !speculation && !inRelativeClause(tokens, i)) {
      speculation = {
        cue: tokens
          .slice(i, i + spec)
          .map((x) => x.text)
          .join(' '),
        at: t.start,
      };
    }
    if (BACKSHIFT.has(t.lower)) backshift = true;

    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const np = phraseAfter(tokens, i + 2, text);
      if (np) {
        sources.push({
          parts: np.parts,
          mention: np.parts.join(', '),
          cue: 'according to',
          clauseStart: t.start,
          at: t.start,
        });
        for (let k = i + 2; k < np.end; k++) consumed.add(k);
      }
      continue;
    }
    if (
      t.lower === 'words' &&
      tokens[i + 1]?.lower === 'of' &&
      tokens[i - 1]?.lower === 'the' &&
      tokens[i - 2]?.lower === 'in'
    ) {
      const np = phraseAfter(tokens, i + 2, text);
      if (np)
        sources.push({
          parts: np.parts,
          mention: np.parts.join(', '),
          cue: 'in the words of',
          clauseStart: (tokens[i - 2] as Token).start,
          at: t.start,
        });
      continue;
    }
    const speech =
      SPEECH_VERBS.has(t.lower) ||
      figureAt(tokens, i) ||
      matchAt(tokens, i, SPEECH_PHRASE_INDEX) > 0 ||
      (QUOTING_VERBS.has(t.lower) && quotationFollows(tokens, i)) ||
      (PARTICIPLES.has(t.lower) && isPunct(tokens[i - 1], ',')) ||
      (THAT_CLAUSE_VERBS.has(t.lower) && thatClauseFollows(tokens, i));
    const finding = FINDING_VERBS.has(t.lower);
    if (!(speech || finding) || !verbUse(tokens, i, knownName)) continue;
    if (isPassive(tokens, i)) {
      // "was declared by the local governor": the agent is the source; no agent, no source.
      const by = tokens[i + 1]?.lower === 'by' ? i + 2 : tokens[i + 2]?.lower === 'by' ? i + 3 : -1;
      const np = by > 0 ? phraseAfter(tokens, by, text, 8) : null;
      if (np && speech)
        sources.push({
          parts: np.parts,
          mention: np.parts.join(', '),
          cue: t.text,
          clauseStart: 0,
          at: t.start,
        });
      continue;
    }
    // "the largest programme of closures announced by a single diocese": a participle with its
    // agent after a noun qualifies the noun; nobody reports the sentence.
    if (tokens[i + 1]?.lower === 'by' && tokens[i - 1]?.isWord && t.lower.endsWith('ed')) continue;
    let subject = subjectBefore(tokens, i, text);
    if (!subject) {
      // Inverted tag: '"…," said the minister.', '"…," said the mayor of Brenna, Ola Dahl.' (eight
      // tokens: a role of somewhere, then the person's name).
      // A phrase opening with a preposition is no speaker ("the costs, estimated at £90,000").
      // ", saying the railway faced a deficit" is no inverted tag either: a participle's subject is before it.
      const np =
        isPunct(tokens[i - 1], `,${QUOTE_CHARS}`) &&
        !PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') &&
        !PARTICIPLES.has(t.lower)
          ? phraseAfter(tokens, i + 1, text, 8)
          : null;
      if (np && (np.end >= tokens.length || isPunct(tokens[np.end], ',') || afterName(tokens, np.end))) {
        const first = tokens[i + 1] as Token;
        subject = { parts: np.parts, start: first.start, end: first.end };
      }
    }
    // "The health board apologised for the waits and said …": the subject of the first verb.
    subject ??= coordinatedSubject(tokens, i, text);
    // "The minister defended the rise, saying …": the subject of the verb before the comma.
    subject ??= participleSubject(tokens, i, text);
    // "Quillon Systems, which said …": the relative pronoun's antecedent.
    subject ??= relativeSubject(tokens, i, text);
    if (!subject) continue;
    if (!speech && !studyLike(subject.parts)) continue;
    if (BASE_FORMS.has(t.lower) && !BETWEEN_SUBJECT_AND_VERB.has(tokens[i - 1]?.lower ?? '')) {
      if (!pluralSubject(subject.parts[0] as string)) continue;
    }
    // "Officials have not said which country": a negated report names no source.
    if (negated(tokens, i)) continue;
    // "until tests show the water is safe": a condition reports nothing.
    const start = subject.start;
    const before = tokens[tokens.findLastIndex((x) => x.end <= start)];
    if (HYPOTHETICAL_CLAUSE_WORDS.has(before?.lower ?? '')) continue;
    // 'a group called "Nightfall"' names; 'which the union called "a joke"' reports.
    if (
      QUOTING_VERBS.has(t.lower) &&
      !SPEECH_VERBS.has(t.lower) &&
      isPunct(tokens[i + 1], QUOTE_CHARS) &&
      !RELATIVE.has(before?.lower ?? '')
    )
      continue;
    // A subject named by one acronym is one organisation ("National Meteorology and Hydrology Service (SENAMHI)").
    const whole = subject.acronym
      ? [subject.parts[0] as string]
      : splitCoordination(subject.parts[0] as string);
    for (const part of whole) {
      // "blamed the pilots, saying …", "apologised … and said": one subject of two verbs is one source.
      if (sources.some((c) => c.clauseStart === subject.start && c.mention === part)) continue;
      sources.push({
        parts: [part, ...subject.parts.slice(1)],
        mention: part,
        cue: t.text,
        clauseStart: subject.start,
        at: t.start,
      });
    }
  }

  const trimmed = text.trim();
  const first = quotes[0];
  const quoteChars = quotes.reduce((n, q) => n + (q.end - q.start), 0);
  const standaloneQuote =
    !!first &&
    first.start <= text.length - trimmed.length &&
    first.words >= 4 &&
    quoteChars >= 0.6 * trimmed.length &&
    !sources.length;
  const opening = trimmed.toLowerCase();
  const continues = CONTINUATIONS.some((c) => opening.startsWith(`${c} `) || opening.startsWith(`${c},`));
  return { sources, hedge, speculation, backshift, quotes, standaloneQuote, continues };
}

/** "Experts", "the police", "they", "Smith and Jones": subjects a base-form verb ("say") agrees with. */
function pluralSubject(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (head === 'you') return true;
  const pronoun = PRONOUNS[head];
  if (pronoun) return pronoun === 'plural' || pronoun === 'any';
  return words.includes('and') || GROUP_NOUNS.has(head) || /[^su'\u2019]s$/.test(head);
}

/** "the Untied Nations and United States" → two sources; "Social Science & Medicine" stays one. */
function splitCoordination(phrase: string): string[] {
  const parts = phrase.split(/\s+and\s+/);
  if (parts.length > 1 && parts.every((p) => /^(?:the\s+)?\p{Lu}/u.test(p))) return parts;
  return [phrase];
}

/**
 * A modal inside a relative clause ("where molecules are likely to remain") is description, not
 * speculation, unless the clause comments on the whole clause before it (", which might …").
 */
function inRelativeClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord && ',;:()\u2013\u2014-'.includes(t.text)) return false;
    // ", which might settle the question": a comment on the whole clause before it is
    // the article's own speculation.
    if (RELATIVE.has(t.lower)) return !(t.lower === 'which' && isPunct(tokens[k - 1], ','));
  }
  return false;
}
