/**
 * English sentence boundary detection in the spirit of pragmatic_segmenter / pySBD, in one linear pass.
 *
 * 1. Mark characters that can never end a sentence: URLs, e-mail addresses, decimal numbers, "[...]".
 * 2. Pair quotation marks and brackets; sentence punctuation inside a closed pair does not end the
 *    sentence (a quotation of several sentences stays one sentence, as the golden rules expect),
 *    except where the punctuation sits right before the closing mark.
 * 3. Every run of . ! ? (with closing quotes/brackets after it) is a candidate; what follows it and
 *    the word before it decide (abbreviations, initials, numbers, ellipses).
 * 4. Numbered, lettered and bulleted list items, and line breaks without a trailing space, start new
 *    sentences.
 * Sentences are returned as trimmed substrings of the input, so quotes stay exact.
 */
import data from './abbreviations.json' with { type: 'json' };

const PREPOSITIVE = new Set(data.prepositive);
const NUMERIC = new Set(data.numeric);
const KNOWN = new Set([...data.prepositive, ...data.numeric, ...data.other]);
const STARTERS = new Set(data.sentenceStarters);

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);
const BULLETS = new Set(['\u2022', '\u2043', '\u25e6', '\u25aa', '\u2023']);

/** Longer "quotations" are almost surely unbalanced marks, not one quoted passage. */
const MAX_ENCLOSURE = 3000;

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => isUpper(c) || isLower(c);

/** Marks [start, end) in the mask. */
function mark(mask: Uint8Array, start: number, end: number): void {
  mask.fill(1, start, end);
}

/** Characters where no sentence may end: inside URLs, e-mails, numbers and "[...]". */
function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const patterns = [
    /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'\u201d]/gi,
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    /\d\.(?=\d)/g,
    /\[(?:\.\.\.|\u2026|\. \. \.)\]/g,
    // A domain without a scheme: example.com, bbc.co.uk.
    /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|mil|co|io|info|uk|de|fr|ru|ua)\b(?!\.\w)/gi,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) mark(mask, m.index, m.index + m[0].length);
  }
  return mask;
}

/**
 * For each position, the end of the innermost closed quotation or bracket pair that contains it
 * (0 when none). Straight double quotes pair in order; curly quotes and brackets by nesting.
 */
function enclosures(text: string): Int32Array {
  const closeAt = new Int32Array(text.length);
  const pairs: [number, number][] = [];
  const stack: { char: string; at: number }[] = [];
  const partner: Record<string, string> = { ')': '(', ']': '[', '\u201d': '\u201c', '\u00bb': '\u00ab' };
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      if (straight < 0) straight = i;
      else {
        pairs.push([straight, i]);
        straight = -1;
      }
    } else if (c === '(' || c === '[' || c === '\u201c' || c === '\u00ab') stack.push({ char: c, at: i });
    else if (c in partner) {
      // Pop to the matching opener; unmatched closers are ignored.
      for (let k = stack.length - 1; k >= Math.max(0, stack.length - 4); k--) {
        if (stack[k]?.char === partner[c]) {
          pairs.push([(stack[k] as { at: number }).at, i]);
          stack.length = k;
          break;
        }
      }
    } else if (c === '\n' && text[i + 1] === '\n') {
      // A blank line ends every open quotation: quotes never span paragraphs here.
      stack.length = 0;
      straight = -1;
    }
  }
  // Innermost (shortest) pairs first; each position takes the first pair that covers it. `nextFree`
  // skips filled positions (path-halving), so nested brackets stay linear.
  pairs.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  const nextFree = new Int32Array(text.length + 1).map((_, k) => k);
  const find = (k: number): number => {
    while (nextFree[k] !== k) {
      nextFree[k] = nextFree[nextFree[k] as number] as number;
      k = nextFree[k] as number;
    }
    return k;
  };
  for (const [open, close] of pairs) {
    if (close - open > MAX_ENCLOSURE) continue;
    for (let k = find(open + 1); k < close; k = find(k + 1)) {
      closeAt[k] = close + 1;
      nextFree[k] = k + 1;
    }
  }
  return closeAt;
}

/** The word (letters, digits, dots, °) that ends right before position `end`. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const c = text[start - 1] as string;
    if (isLetter(c) || isDigit(c) || c === '.' || c === '\u00b0' || c === '&' || c === "'" || c === '\u2019')
      start--;
    else break;
  }
  return text.slice(start, end).replace(/^['\u2019]+/, '');
}

/** The next word after position `from`, skipping white space, opening quotes and brackets. */
function nextWord(text: string, from: number): string {
  let i = from;
  while (i < text.length && (isSpace(text[i]) || OPENERS.has(text[i] as string))) i++;
  let j = i;
  while (
    j < text.length &&
    (isLetter(text[j]) || isDigit(text[j]) || text[j] === "'" || text[j] === '\u2019')
  )
    j++;
  return text.slice(i, j);
}

type Decision = 'boundary' | 'none';

/**
 * Decides whether the punctuation run text[start, end) (closers included) ends a sentence.
 * `dots` is the run without its closers.
 */
function decide(text: string, start: number, end: number, dots: string): Decision {
  const next = nextWord(text, end);
  if (!next) return end >= text.trimEnd().length ? 'boundary' : 'none';
  const spaced = isSpace(text[end]);
  const first = next[0];
  const last = dots[dots.length - 1];
  const ellipsis = dots.replace(/ /g, '').length >= 3 && !/[!?]/.test(dots);

  if (!spaced) {
    // "world.Today": a boundary only between a word and a capitalised word.
    if (last !== '.' || !isUpper(first) || !isLower(next[1])) return 'none';
    const before = wordBefore(text, start);
    if (before.includes('.') || before.length < 2) return 'none';
    return KNOWN.has(before.toLowerCase()) ? 'none' : 'boundary';
  }
  if (isLower(first)) return 'none';
  if (last === '!' || last === '?') return 'boundary';
  if (ellipsis) {
    // "...." or ". . . ." is an ellipsis plus a full stop; three dots continue the sentence.
    return dots.replace(/ /g, '').length >= 4 && isUpper(first) ? 'boundary' : 'none';
  }

  let before = wordBefore(text, start);
  // "Tuesday.Mr": only the last part is the word before this full stop.
  if (before.includes('.') && !/^[A-Za-z](?:\.[A-Za-z])+\.?$/.test(before))
    before = before.slice(before.lastIndexOf('.') + 1);
  const lower = before.toLowerCase();
  if (!before) return 'boundary';
  if (isDigit(first)) {
    return NUMERIC.has(lower) || KNOWN.has(lower) || /^[A-Za-z]$/.test(before) ? 'none' : 'boundary';
  }
  if (/^[A-Za-z](?:\.[A-Za-z])+\.?$/.test(before)) {
    // Multi-period abbreviations (U.S., a.m.) end a sentence only before a typical sentence opener.
    return STARTERS.has(next) ? 'boundary' : 'none';
  }
  if (PREPOSITIVE.has(lower)) return 'none';
  if (/^[A-Z]$/.test(before)) {
    // "you and I. Did" ends; "Albert I. Jones", "Jonas E. Smith" are initials.
    const prev = wordBefore(text, Math.max(0, start - 2)).replace(/\.$/, '');
    if (before === 'I' && !isUpper(prev[0])) return 'boundary';
    return 'none';
  }
  return 'boundary';
}

/** Start offsets of list items (numbered, lettered, bulleted) that should begin a new sentence. */
function listStarts(text: string, mask: Uint8Array): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(/(?:^|(?<=\s))[\u2022\u2043\u25e6\u25aa\u2023]/g)) starts.push(m.index);
  // Numbered or lettered markers such as "1.)", "2)", "3.", "a." forming a run of consecutive values.
  const markers = [...text.matchAll(/(?:^|(?<=\s))(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)/g)].filter(
    // "• 9." is one marker: the number after a bullet does not start another item.
    (m) => !mask[m.index] && !BULLETS.has(text.slice(0, m.index).trimEnd().slice(-1)),
  );
  const value = (s: string) => (isDigit(s[0]) ? Number(s) : s.charCodeAt(0) - 96);
  for (let i = 0; i < markers.length; i++) {
    const cur = markers[i] as RegExpMatchArray;
    const prev = markers[i - 1];
    const nxt = markers[i + 1];
    const v = value(cur[1] as string);
    const follows = prev && prev[2] === cur[2] && value(prev[1] as string) === v - 1;
    const precedes = nxt && nxt[2] === cur[2] && value(nxt[1] as string) === v + 1;
    if (follows || precedes) starts.push(cur.index as number);
  }
  return starts;
}

/** Offsets (into text) of list-marker punctuation, which never ends a sentence. */
function markerDots(text: string, starts: number[]): Set<number> {
  const dots = new Set<number>();
  for (const s of starts) {
    let from = s;
    // Past a bullet and its space to the number it may carry ("• 9.").
    if (BULLETS.has(text[from] as string)) from++;
    while (isSpace(text[from])) from++;
    for (let i = from; i < Math.min(text.length, from + 5); i++) {
      if (text[i] === '.') dots.add(i);
      if (isSpace(text[i])) break;
    }
  }
  return dots;
}

export function splitSentences(text: string): string[] {
  if (!text) return [];
  const mask = protectedMask(text);
  const closeAt = enclosures(text);
  const lists = listStarts(text, mask);
  const listDots = markerDots(text, lists);
  const cuts = new Set<number>(lists);

  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\n') {
      // A line break ends a sentence unless the line ends in a space (wrapped text) or the next line
      // continues in lower case after an unfinished line.
      if (!isSpace(text[i - 1]) && i > 0) cuts.add(i + 1);
      i++;
      continue;
    }
    if (!(TERMINAL.has(c) || c === '\u2026') || mask[i] || listDots.has(i)) {
      i++;
      continue;
    }
    const start = i;
    // The run of sentence punctuation, including spaced ellipses ". . .".
    let end = i + 1;
    while (end < text.length) {
      const d = text[end] as string;
      if (TERMINAL.has(d) || d === '\u2026') end++;
      else if (
        d === ' ' &&
        text[end + 1] === '.' &&
        (text[start] === '.' || text[start] === '\u2026') &&
        text.slice(start, end).includes('.')
      )
        end += 2;
      else break;
    }
    let run = text.slice(start, end).replace(/\u2026/g, '...');
    // "compounds. . . . The": the word's own full stop ends the sentence; the ellipsis opens the next.
    if (
      /^\. \. \. \.$/.test(run) &&
      start > 0 &&
      !isSpace(text[start - 1]) &&
      isUpper(nextWord(text, end)[0])
    ) {
      cuts.add(start + 1);
      i = end;
      continue;
    }
    let close = end;
    while (close < text.length && CLOSERS.has(text[close] as string)) close++;
    // Inside a closed quotation or bracket, only punctuation right before its closing mark can end a sentence.
    const enclosedUntil = closeAt[start] ?? 0;
    if (enclosedUntil > 0 && enclosedUntil > close) {
      i = end;
      continue;
    }
    run = run.trimEnd();
    if (decide(text, start, close, run) === 'boundary') cuts.add(close);
    i = close;
  }

  const sorted = [...cuts].filter((n) => n > 0 && n < text.length).sort((a, b) => a - b);
  const sentences: string[] = [];
  let from = 0;
  for (const cut of [...sorted, text.length]) {
    const piece = text.slice(from, cut).trim();
    if (piece) sentences.push(piece);
    from = cut;
  }
  return sentences;
}
