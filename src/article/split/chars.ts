/** Character classes shared by the splitter's passes. All take one UTF-16 unit (or undefined past the ends). */

/** The same set JavaScript's `trim()` and `\s` treat as white space, so trimmed pieces and scanning agree. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export const isLineBreak = (c: string | undefined): boolean =>
  c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

// ASCII first: these run on every character, and case conversion allocates.
export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return c.toLowerCase() !== c.toUpperCase();
}

/** Sentence-final punctuation; the ellipsis character counts as three dots. */
export const isTerminal = (c: string | undefined): boolean =>
  c === '.' || c === '!' || c === '?' || c === '\u2026';

/** Marks that may follow sentence punctuation and still belong to the sentence. */
export const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
/** Marks that may open the next sentence before its first word. */
export const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);
export const BULLETS = new Set(['\u2022', '\u2043', '\u25e6', '\u25aa', '\u2023', '\u25cf']);
export const CURRENCY = new Set(['$', '\u00a3', '\u20ac', '\u00a5']);
