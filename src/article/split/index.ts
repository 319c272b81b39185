/**
 * English sentence boundary detection in the spirit of pragmatic_segmenter / pySBD, in linear time.
 *
 * 1. Mark characters that can never end a sentence: URLs, e-mail addresses, decimals, "[...]" (protect.ts).
 * 2. Pair quotation marks and brackets; sentence punctuation inside a closed pair ends no sentence
 *    unless it sits right before the closing mark (enclosures.ts).
 * 3. List items start new sentences; their markers end none (lists.ts).
 * 4. Each run of . ! ? … (with closing quotes or brackets after it) is judged by the word before it
 *    and what follows (boundary.ts); line breaks are judged here.
 * Sentences are trimmed substrings of the input, in order: the bot quotes them verbatim.
 */
import { isBoundary, type PunctuationRun } from './boundary.ts';
import { CLOSERS, isLineBreak, isLower, isSpace, isTerminal, isUpper } from './chars.ts';
import { enclosures } from './enclosures.ts';
import { listItems } from './lists.ts';
import { protectedMask } from './protect.ts';

export function splitSentences(text: string): string[] {
  if (!text) return [];
  const mask = protectedMask(text);
  const closeAt = enclosures(text);
  const lists = listItems(text, mask);
  const textEnd = text.trimEnd().length;
  // cut[k] = 1: a sentence starts at offset k. A flag array keeps cuts ordered without sorting.
  const cut = new Uint8Array(text.length + 1);
  for (const start of lists.starts) cut[start] = 1;

  let sentenceStart = 0;
  let i = 0;
  while (i < text.length) {
    if (cut[i]) sentenceStart = i;
    const c = text[i];
    if (isLineBreak(c)) {
      const after = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      if (isHardLineBreak(text, i, after)) cut[after] = 1;
      i = after;
      continue;
    }
    if (!isTerminal(c) || mask[i] || lists.markerDots.has(i)) {
      i++;
      continue;
    }
    const { end, marks } = punctuationRun(text, i);
    // "compounds. . . . The": the word's own full stop ends the sentence; the ellipsis opens the next.
    if (marks === '. . . .' && i > 0 && !isSpace(text[i - 1]) && isUpper(firstLetterAfter(text, end))) {
      cut[i + 1] = 1;
      i = end;
      continue;
    }
    let close = end;
    while (close < text.length && CLOSERS.has(text[close] as string)) close++;
    // Inside a closed quotation or bracket, only punctuation right before its closing mark may end a sentence.
    const enclosedUntil = closeAt[i] ?? 0;
    if (enclosedUntil > close) {
      i = end;
      continue;
    }
    const run: PunctuationRun = {
      start: i,
      end: close,
      marks,
      sentenceStart,
      quoted: close > end && hasQuote(text, end, close),
    };
    if (isBoundary(text, run, textEnd)) cut[close] = 1;
    i = close;
  }
  return pieces(text, cut);
}

/** The run of sentence punctuation starting at `start`, spaced ellipses (". . .") included. */
function punctuationRun(text: string, start: number): { end: number; marks: string } {
  let end = start + 1;
  let dotted = text[start] === '.' || text[start] === '\u2026';
  while (end < text.length) {
    const d = text[end];
    if (isTerminal(d)) {
      end++;
      if (d !== '.' && d !== '\u2026') dotted = false;
    } else if (d === ' ' && text[end + 1] === '.' && dotted) end += 2;
    else break;
  }
  return { end, marks: text.slice(start, end).replaceAll('\u2026', '...') };
}

function hasQuote(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text[k] !== ')' && text[k] !== ']') return true;
  return false;
}

function firstLetterAfter(text: string, from: number): string | undefined {
  let k = from;
  while (k < text.length && (isSpace(text[k]) || CLOSERS.has(text[k] as string))) k++;
  return text[k];
}

/**
 * Whether the line break text[at, after) ends a sentence. A blank line always does. A line ending
 * in a space is wrapped text (RFC 3676 "flowed" lines) and joins. A line without closing punctuation
 * joins the next one when that starts in lower case and finishes the sentence (a sentence cut in
 * two); lines that never finish one, like list entries, stay apart.
 */
function isHardLineBreak(text: string, at: number, after: number): boolean {
  if (text[at] === '\u2029') return true;
  let next = after;
  while (next < text.length && isSpace(text[next]) && !isLineBreak(text[next])) next++;
  if (next >= text.length || isLineBreak(text[next])) return true;
  const before = text[at - 1];
  if (before === undefined || isLineBreak(before)) return true;
  if (isSpace(before)) return false;
  if (isTerminal(before) || CLOSERS.has(before) || before === ':' || !isLower(text[next])) return true;
  let lineEnd = next;
  while (lineEnd < text.length && !isLineBreak(text[lineEnd])) lineEnd++;
  while (lineEnd > next && (isSpace(text[lineEnd - 1]) || CLOSERS.has(text[lineEnd - 1] as string)))
    lineEnd--;
  return !isTerminal(text[lineEnd - 1]);
}

/** The trimmed, non-empty pieces between cuts. */
function pieces(text: string, cut: Uint8Array): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (let k = 1; k <= text.length; k++) {
    if (k < text.length && !cut[k]) continue;
    const piece = text.slice(from, k).trim();
    if (piece) sentences.push(piece);
    from = k;
  }
  return sentences;
}
