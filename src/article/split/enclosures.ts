/**
 * Quotations and brackets: sentence punctuation inside a closed pair ends no sentence (pySBD's
 * "between punctuation"), so a quotation of several sentences stays one sentence.
 */
import { isLetter, isLineBreak, isSpace, OPENERS } from './chars.ts';

/** Longer "quotations" are almost surely unbalanced marks, not one quoted passage. */
const MAX_ENCLOSURE = 3000;
/** How deep a closing mark looks for its opener; unmatched marks further down are left alone. */
const MAX_NESTING = 4;

const PARTNER: Record<string, string> = {
  ')': '(',
  ']': '[',
  '\u201d': '\u201c',
  '\u2019': '\u2018',
  '\u00bb': '\u00ab',
};
const PAIR_OPENERS = new Set(['(', '[', '\u201c', '\u2018', '\u00ab']);
/** What may follow a closing straight quote: space, punctuation, closing marks, the end. */
const AFTER_CLOSE = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '\u2019',
  "'",
  '\u2026',
  '-',
  '\u2014',
  '\u2013',
]);

/** Whether the straight quote at `i` opens (true), closes (false) or cannot tell from its neighbours (null). */
function straightQuoteRole(text: string, i: number): boolean | null {
  const prev = text[i - 1];
  const next = text[i + 1];
  const spaceBefore = prev === undefined || isSpace(prev) || OPENERS.has(prev) || prev === '\u2014';
  const spaceAfter = next === undefined || isSpace(next) || AFTER_CLOSE.has(next);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return null;
}

/** A paragraph break (a line break, optional blanks, another line break) ends every open quotation. */
function isParagraphBreak(text: string, i: number): boolean {
  if (text[i] === '\u2029') return true;
  if (!isLineBreak(text[i])) return false;
  let j = i + 1;
  if (text[i] === '\r' && text[j] === '\n') j++;
  while (j < text.length && isSpace(text[j]) && !isLineBreak(text[j])) j++;
  return isLineBreak(text[j]);
}

/** [open, close] offsets of the quotation and bracket pairs in the text. */
function findPairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: { char: string; at: number }[] = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    // Most characters are none of the marks below; skip them before any set lookups.
    if (c === ' ' || (c > '"' && c < '(') || (c > ')' && c < '[') || (c > ']' && c < '\u00ab')) continue;
    if (c === '"') {
      const role = straightQuoteRole(text, i);
      // A second opening quote means the first one was never closed: start again from here.
      const opens = role === true || (role === null && straight < 0);
      if (opens) straight = i;
      else if (straight >= 0) {
        pairs.push([straight, i]);
        straight = -1;
      }
    } else if (PAIR_OPENERS.has(c)) {
      stack.push({ char: c, at: i });
    } else if (c in PARTNER) {
      // A right single quote inside a word is an apostrophe (don't, Kyiv's), not a closing quote.
      if (c === '\u2019' && isLetter(text[i + 1])) continue;
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_NESTING); k--) {
        const open = stack[k] as { char: string; at: number };
        if (open.char === PARTNER[c]) {
          pairs.push([open.at, i]);
          stack.length = k;
          break;
        }
      }
    } else if (isParagraphBreak(text, i)) {
      stack.length = 0;
      straight = -1;
    }
  }
  return pairs;
}

/**
 * For each position, the offset just past the closing mark of the innermost closed pair that
 * contains it, or 0 when none does.
 */
export function enclosures(text: string): Int32Array {
  const closeAt = new Int32Array(text.length);
  const pairs = findPairs(text).filter(([open, close]) => close - open <= MAX_ENCLOSURE);
  // Innermost (shortest) pairs first; each position takes the first pair that covers it. `nextFree`
  // skips positions already filled (path halving), so deeply nested brackets stay linear.
  pairs.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  const nextFree = new Int32Array(text.length + 1);
  for (let k = 0; k <= text.length; k++) nextFree[k] = k;
  const find = (k: number): number => {
    while (nextFree[k] !== k) {
      const up = nextFree[nextFree[k] as number] as number;
      nextFree[k] = up;
      k = up;
    }
    return k;
  };
  for (const [open, close] of pairs) {
    for (let k = find(open + 1); k < close; k = find(k + 1)) {
      closeAt[k] = close + 1;
      nextFree[k] = k + 1;
    }
  }
  return closeAt;
}
