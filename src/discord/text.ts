/**
 * Text that goes into a Discord message: markdown escaped so that an article's or a user's words
 * are shown as written (and cannot format, link or fake a mention), and shortened only between words.
 */

// Inline markdown anywhere: emphasis, code, spoilers, masked links, escapes, and `<…>` (mentions,
// timestamps, suppressed links).
const INLINE = /[\\*_~`|[\]<>]/;
// Block markdown only counts at the start of a line: headings, subtext (-#), quotes, lists.
const LINE_START = /^(\s*)(#|>|-|\+|\d+\.)/;

/** Escapes Discord markdown so the text renders exactly as written. Adds backslashes only, never white space. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      for (const ch of line) out += INLINE.test(ch) ? `\\${ch}` : ch;
      // After inline escaping a line-start marker is still the first non-space characters.
      return out.replace(LINE_START, (_m, space: string, marker: string) =>
        marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
      );
    })
    .join('\n');
}

export const ELLIPSIS = '…';

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * `text` in at most `max` characters. When it must be shortened the cut falls between words and an
 * ellipsis marks it; only a single word longer than `max` is ever cut, and then never inside a
 * surrogate pair or after an escaping backslash (so escaped text stays escaped).
 */
export function clip(text: string, max: number, ellipsis = ELLIPSIS): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  const room = max - ellipsis.length;
  let cut = -1;
  for (let i = room; i > 0; i--) {
    if (isSpace(text[i]) && !isSpace(text[i - 1])) {
      cut = i;
      break;
    }
  }
  if (cut <= 0) {
    cut = room;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    let slashes = 0;
    while (cut - 1 - slashes >= 0 && text[cut - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) cut--;
  }
  return `${text.slice(0, cut).trimEnd()}${ellipsis}`;
}

/** Escaped and clipped: the usual way user or article text enters a message. */
export const safe = (text: string, max: number) => clip(escapeMarkdown(text), max);

/** Makes text one line (names and titles go into single-line slots). */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
