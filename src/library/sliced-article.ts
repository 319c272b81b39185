/**
 * An article's stored form as a snapshot holds it, so that an answer can read the one sentence it
 * shows instead of the whole article (issue 5: a whole article is ~7.6 KB of JSON to read, parse
 * and hydrate; a sentence is a few hundred bytes).
 *
 * Layout: a table of little-endian u32s, then the stored article's JSON (cache.ts, ASCII only):
 * - n, the number of sentences;
 * - n + 1 offsets from the start of the piece: where each element of the JSON's `sentences` array
 *   starts, and one past the end of the array's last element. Element i ends one byte before
 *   offset i + 1 (at the comma or the closing bracket after it).
 * A whole article is the JSON parsed at once, as before; a sentence is two offsets and its slice.
 */

import { asciiJson, type StoredArticle, type StoredSentence } from './cache.ts';

const WORD = 4;

/** Where the JSON starts in the piece of an article of `n` sentences. */
const jsonStart = (n: number): number => WORD * (n + 2);

/** The stored article as a piece of a snapshot. */
export function encodeArticle(stored: StoredArticle): Buffer {
  const { sentences, ...head } = stored;
  const elements = sentences.map((s) => asciiJson(s));
  // The head's JSON with the sentences appended as its last key: `{"title":…,"sentences":[…]}`.
  const open = `${asciiJson(head).slice(0, -1)},"sentences":[`;
  const json = `${open}${elements.join(',')}]}`;
  const start = jsonStart(elements.length);
  const piece = Buffer.allocUnsafe(start + json.length);
  piece.writeUInt32LE(elements.length, 0);
  let at = start + open.length;
  elements.forEach((element, i) => {
    piece.writeUInt32LE(at, WORD * (i + 1));
    at += element.length + 1;
  });
  piece.writeUInt32LE(at, WORD * (elements.length + 1));
  piece.write(json, start, 'latin1');
  return piece;
}

/** The whole stored article back from its piece; throws when the piece is damaged. */
export function decodeArticle(piece: Buffer): StoredArticle {
  const stored = JSON.parse(piece.toString('latin1', jsonStart(piece.readUInt32LE(0)))) as StoredArticle;
  if (!Array.isArray(stored?.sentences)) throw new Error('not a stored article');
  return stored;
}

/** Where in the piece the two offsets that bound sentence `id` are: [position, length]. */
export const boundsOf = (id: number): [number, number] => [WORD * (id + 1), 2 * WORD];

/**
 * The byte range of sentence `id` in a piece of `length` bytes, from its two offsets (read at
 * `boundsOf(id)`); undefined when they cannot be right (a damaged piece).
 */
export function sliceOf(bounds: Buffer, id: number, length: number): [number, number] | undefined {
  if (bounds.length < 2 * WORD) return undefined;
  const start = bounds.readUInt32LE(0);
  const end = bounds.readUInt32LE(WORD) - 1;
  // At least past the offsets just read, and the shortest element, `["",0,0,[],"x",[]]`, is longer.
  return start >= jsonStart(id + 1) && end - start > 8 && end < length ? [start, end] : undefined;
}

/** A sentence back from its slice; throws when the slice is not a stored sentence. */
export function decodeSentence(slice: Buffer): StoredSentence {
  const s = JSON.parse(slice.toString('latin1')) as StoredSentence;
  if (!Array.isArray(s) || typeof s[0] !== 'string' || !Array.isArray(s[3]) || !Array.isArray(s[5]))
    throw new Error('not a stored sentence');
  return s;
}
