/**
 * Whether one run of sentence punctuation ends a sentence, judged from the word before it
 * (abbreviations, initials, numbers) and what follows it (case, numbers, speech tags).
 */
import data from './abbreviations.json' with { type: 'json' };
import { CURRENCY, isDigit, isLetter, isLower, isSpace, isUpper, OPENERS } from './chars.ts';
import speech from './speech-verbs.json' with { type: 'json' };

const PREPOSITIVE = new Set(data.prepositive);
const NUMERIC = new Set(data.numeric);
const KNOWN = new Set([...data.prepositive, ...data.numeric, ...data.other]);
const STARTERS = new Set(data.sentenceStarters);
const SPEECH_VERBS = new Set(speech.verbs);

/** Longest word looked at on either side; longer tokens are no abbreviation, and the cap keeps scans linear. */
const MAX_WORD = 40;
/** "U.S", "a.m", "Ph.D", "e.g": letters with inner full stops. */
const MULTI_PERIOD = /^[A-Za-z]{1,2}(?:\.[A-Za-z]{1,2})+$/;
/** A quoted sentence's speech tag: one to four words, then a reporting verb, then punctuation or the end. */
const TAG_WORDS = 4;

/** One run of sentence punctuation in the text. */
export interface PunctuationRun {
  /** Offset of its first character. */
  start: number;
  /** Offset just past the punctuation and any closing quotes or brackets after it. */
  end: number;
  /** The punctuation alone, with "…" written as "...". */
  marks: string;
  /** Whether closing quotation marks follow the punctuation. */
  quoted: boolean;
  /** Where the sentence this punctuation would end begins. */
  sentenceStart: number;
}

const isWordChar = (c: string | undefined) =>
  isLetter(c) || isDigit(c) || c === '.' || c === '\u00b0' || c === '&' || c === "'" || c === '\u2019';

/** The word (letters, digits, inner dots, °, &) that ends right before `end`. */
export function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_WORD && isWordChar(text[start - 1])) start--;
  let word = text.slice(start, end);
  while (word.startsWith("'") || word.startsWith('\u2019') || word.startsWith('.')) word = word.slice(1);
  return word;
}

/** Offset of the next word after `from`, skipping white space, opening quotes and brackets. */
function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isSpace(text[i]) || OPENERS.has(text[i] as string))) i++;
  return i;
}

/** The next word (letters, digits, apostrophes) starting at `at`. */
function wordAt(text: string, at: number): string {
  let j = at;
  while (
    j < text.length &&
    j - at < MAX_WORD &&
    (isLetter(text[j]) || isDigit(text[j]) || text[j] === "'" || text[j] === '\u2019')
  )
    j++;
  return text.slice(at, j);
}

/**
 * `"Why?" Smith asked.` / `"We lost." The minister said,`: a short tag naming the speaker after a
 * quotation belongs to it. Only tags that end right after the verb count; "Smith said it was" is a sentence.
 */
function isSpeechTag(text: string, from: number): boolean {
  let i = from;
  for (let words = 0; words <= TAG_WORDS; words++) {
    while (isSpace(text[i]) && i - from < 200) i++;
    const word = wordAt(text, i);
    if (!word) return false;
    i += word.length;
    if (words > 0 && SPEECH_VERBS.has(word)) {
      const after = text[i];
      return after === undefined || after === '.' || after === ',' || after === ';' || after === ':';
    }
    if (words === 0 && !isUpper(word[0])) return false;
    // Titles and initials inside the tag: "Mr. Smith", "John F. Kennedy".
    if (text[i] === '.' && (PREPOSITIVE.has(word.toLowerCase()) || /^[A-Z]$/.test(word))) i++;
    if (!isSpace(text[i])) return false;
  }
  return false;
}

/** Counts the dots of an ellipsis run ("..." / "…" / ". . ."), or 0 when the run holds ? or !. */
function dotCount(marks: string): number {
  let dots = 0;
  for (const c of marks) {
    if (c === '.') dots++;
    else if (c !== ' ') return 0;
  }
  return dots;
}

/** "world.Today" (no space): a boundary only between a plain word and a capitalised word. */
function gluedBoundary(text: string, run: PunctuationRun, next: string): boolean {
  if (!run.marks.endsWith('.') || !isUpper(next[0]) || !isLower(next[1])) return false;
  const before = wordBefore(text, run.start);
  if (before.includes('.') || before.length < 2) return false;
  return !KNOWN.has(before.toLowerCase());
}

export function isBoundary(text: string, run: PunctuationRun, textEnd: number): boolean {
  const at = nextWordStart(text, run.end);
  if (at >= textEnd) return true;
  let next = wordAt(text, at);
  // "$5 million": a currency sign starts the next word like a digit would.
  if (!next && CURRENCY.has(text[at] as string) && isDigit(text[at + 1])) next = '0';
  // Punctuation or symbols follow ("— then", "%"): this is not where the sentence ends.
  if (!next) return false;
  if (!isSpace(text[run.end])) return gluedBoundary(text, run, next);
  const first = next[0];
  if (isLower(first)) return false;
  if (run.quoted && isSpeechTag(text, run.end)) return false;

  const marks = run.marks;
  const last = marks[marks.length - 1];
  if (last === '!' || last === '?') return true;
  const dots = dotCount(marks);
  if (dots >= 3) {
    // ". . ." (spaced) leaves words out inside a sentence; "..." / "…" before a capital ends one,
    // and a fourth dot is the sentence's own full stop (pragmatic_segmenter's ellipsis rules).
    if (!isUpper(first)) return false;
    return dots >= 4 || !marks.includes(' ');
  }
  return !abbreviationBefore(text, run, next);
}

/** Whether the sentence from `start` to `end` has at least `n` words (looking back a bounded distance). */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = end - 1; k >= start; k--) {
    if (end - k > 200) return true;
    if (isSpace(text[k])) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words >= n) return true;
    }
  }
  return false;
}

/** "Mr." / "Gen." right after: a title opens a name, and names often open sentences. */
function titleFollows(text: string, next: string, run: PunctuationRun): boolean {
  if (!PREPOSITIVE.has(next.toLowerCase())) return false;
  const at = nextWordStart(text, run.end);
  return text[at + next.length] === '.';
}

/** Whether the full stop at `run.start` belongs to an abbreviation, initial or number label rather than ending a sentence. */
function abbreviationBefore(text: string, run: PunctuationRun, next: string): boolean {
  const dot = run.start;
  let before = wordBefore(text, dot);
  // "Tuesday.Mr": only the part after the last inner full stop is this full stop's word.
  if (before.includes('.') && !MULTI_PERIOD.test(before)) before = before.slice(before.lastIndexOf('.') + 1);
  if (!before) return false;
  const lower = before.toLowerCase();
  const first = next[0];
  if (isDigit(first)) return NUMERIC.has(lower) || KNOWN.has(lower) || /^[A-Za-z]$/.test(before);
  // Multi-period abbreviations (U.S., a.m.) end a sentence only before a typical sentence opener.
  if (MULTI_PERIOD.test(before)) {
    if (STARTERS.has(next)) return false;
    // "He left at 6 P.M. Mr. Smith stayed" ends; "At 5 a.m. Mr. Smith left" is only an opening phrase.
    return !(titleFollows(text, next, run) && hasWords(text, run.sentenceStart, dot - before.length, 4));
  }
  if (PREPOSITIVE.has(lower)) {
    // Titles precede names, never numbers: "10 ft.", "5th St." are a unit and a street.
    const previous = wordBefore(text, Math.max(0, dot - before.length - 1));
    return !/\d/.test(previous);
  }
  if (/^[A-Z]$/.test(before)) {
    // "you and I. Did" ends; "Albert I. Jones" is an initial.
    if (before === 'I') {
      const previous = wordBefore(text, Math.max(0, dot - 2)).replace(/\.$/, '');
      if (!isUpper(previous[0])) return false;
    }
    // An initial precedes a name; "Plan B. The" or "World War I. It" end before a sentence opener or a title.
    return !((next.length > 1 && STARTERS.has(next)) || titleFollows(text, next, run));
  }
  return false;
}
