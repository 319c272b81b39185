/**
 * Characters where no sentence may end: inside URLs, e-mail addresses, domain names, decimal numbers
 * and "[...]" omission marks. Hand-written scans rather than regular expressions, because the obvious
 * patterns backtrack quadratically on long runs without spaces (a 1 MB token took minutes).
 * Every scan visits each character a bounded number of times.
 */
import { isDigit, isLetter, isSpace } from './chars.ts';

// Top-level domains common in English news; a dotted word ending in one is an address, not two sentences.
const TLDS = [
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'int',
  'mil',
  'co',
  'io',
  'info',
  'uk',
  'de',
  'fr',
  'ru',
  'ua',
  'ca',
  'au',
  'eu',
  'us',
  'nz',
  'ie',
  'tv',
];
/** ".com" ending a dotted run: not followed by another part of it. */
const TLD_AT_END = new RegExp(`.(?:${TLDS.join('|')})(?!.?[A-Za-z0-9_-])`, 'g');

const isWord = (c: string | undefined) => isLetter(c) || isDigit(c) || c === '_';
const isLocalPart = (c: string | undefined) => isWord(c) || c === '.' || c === '+' || c === '-';
const isHostPart = (c: string | undefined) => isWord(c) || c === '.' || c === '-';
/** Characters a URL does not end on: sentence punctuation and closing marks right after it. */
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '"', '\u201d', '\u2019']);
const URL_STOP = new Set(['<', '>', '"', '\u201c', '\u201d']);

export function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  protectUrls(text, mask);
  protectEmails(text, mask);
  protectDomains(text, mask);
  protectDecimalsAndOmissions(text, mask);
  return mask;
}

/** "https://…", "http://…", "www.…" up to the next space, minus trailing punctuation. */
function protectUrls(text: string, mask: Uint8Array): void {
  let scanned = 0;
  // A fixed-string search: the engine finds candidates without backtracking.
  for (const m of text.matchAll(/https?:\/\/|www\./gi)) {
    const i = m.index;
    if (i < scanned || isWord(text[i - 1])) continue;
    let end = i + m[0].length;
    while (end < text.length && !isSpace(text[end]) && !URL_STOP.has(text[end] as string)) end++;
    let last = end;
    while (last > i + m[0].length && URL_TRAILING.has(text[last - 1] as string)) last--;
    mask.fill(1, i, last);
    scanned = end;
  }
}

/** local@host.tld, found from each "@" outwards; runs between two "@" are scanned at most twice. */
function protectEmails(text: string, mask: Uint8Array): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalPart(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && isHostPart(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const host = text.slice(at + 1, end);
    if (start === at || !host.includes('.') || host.startsWith('.')) continue;
    mask.fill(1, start, end);
  }
}

/** Dotted runs such as "bbc.co.uk" or "example.com" whose last part is a lower-case domain ending. */
function protectDomains(text: string, mask: Uint8Array): void {
  // Where the host run of the previous hit started, so hits in one long run don't rescan it.
  let prevHit = -1;
  let prevStart = -1;
  for (const m of text.matchAll(TLD_AT_END)) {
    const dot = m.index;
    let start = dot;
    while (start > 0 && isHostPart(text[start - 1]) && start - 1 !== prevHit) start--;
    if (start > 0 && start - 1 === prevHit) start = prevStart;
    prevHit = dot;
    prevStart = start;
    // After "@" or "/" the run is part of an address or path handled elsewhere.
    const before = text[start - 1];
    if (start === dot || before === '@' || before === '/') continue;
    mask.fill(1, start, dot + m[0].length);
  }
}

/** "3.5" (a full stop between digits) and the omission marks "[...]", "[…]", "[. . .]". */
function protectDecimalsAndOmissions(text: string, mask: Uint8Array): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) mask[i] = 1;
    else if (c === '[') {
      for (const inner of ['...', '\u2026', '. . .']) {
        if (text.startsWith(inner, i + 1) && text[i + 1 + inner.length] === ']') {
          mask.fill(1, i, i + inner.length + 2);
          break;
        }
      }
    }
  }
}
