/**
 * The word-vector table on disk and in memory. Little-endian:
 *
 *   "WVEC" · u32 version (2) · u32 words · u32 dims · u32 byte length of the word list ·
 *   the words, ASCII, one per line, in byte order · words × dims signed bytes (unit vectors × 127)
 *
 * Read whole (1.3 MB) and kept as read: a word is found by binary search in the word list's bytes
 * (one offset per word besides), so no map of 33,000 strings is built (2 MB that a library of
 * 10,000 articles cannot spare, issue 5).
 */
const MAGIC = 'WVEC';
const VERSION = 2;
const HEADER = 20;
const NEWLINE = 10;
/** Components are unit-vector coordinates × 127. */
export const SCALE = 127;

export interface VectorTable {
  words: string[];
  dims: number;
  /** Row w is data[w × dims … (w + 1) × dims). */
  data: Int8Array;
}

/** Word vectors as read: a row per word, rows of `dims` signed bytes. */
export interface WordVectors {
  readonly dims: number;
  readonly data: Int8Array;
  /** The row of a word, or -1 when the table lacks it. */
  row(word: string): number;
}

const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The table's bytes, its words put in byte order (rows with them). */
export function encodeTable(table: VectorTable): Uint8Array {
  if (table.words.some((w) => !/^[\x21-\x7e]+$/.test(w)))
    throw new Error('table words must be printable ASCII');
  const order = table.words
    .map((_, i) => i)
    .sort((a, b) => byBytes(table.words[a] ?? '', table.words[b] ?? ''));
  const words = new TextEncoder().encode(order.map((i) => table.words[i]).join('\n'));
  const out = new Uint8Array(HEADER + words.length + order.length * table.dims);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, order.length, true);
  view.setUint32(12, table.dims, true);
  view.setUint32(16, words.length, true);
  out.set(words, HEADER);
  const rows = new Uint8Array(table.data.buffer, table.data.byteOffset, table.data.length);
  order.forEach((from, to) => {
    out.set(
      rows.subarray(from * table.dims, (from + 1) * table.dims),
      HEADER + words.length + to * table.dims,
    );
  });
  return out;
}

/** The table in `bytes`; throws with what is wrong when they are not one. */
export function decodeTable(bytes: Uint8Array): WordVectors {
  if (bytes.length < HEADER || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new Error('not a word-vector table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`word-vector table version ${version}, expected ${VERSION}`);
  const count = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  if (count === 0 || dims === 0 || HEADER + wordBytes + count * dims !== bytes.length)
    throw new Error('word-vector table is truncated or has the wrong size');
  const list = bytes.subarray(HEADER, HEADER + wordBytes);
  // starts[i] … starts[i + 1] - 1 is word i (the last ends at the list's end).
  const starts = new Int32Array(count + 1);
  let n = 1;
  for (let i = 0; i < list.length; i++) if (list[i] === NEWLINE) starts[n++] = i + 1;
  if (n !== count) throw new Error('word-vector table has the wrong number of words');
  starts[count] = list.length + 1;
  const compareAt = (w: number, word: string): number => {
    const from = starts[w] as number;
    const length = (starts[w + 1] as number) - 1 - from;
    for (let i = 0; i < Math.min(length, word.length); i++) {
      const d = (list[from + i] as number) - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - word.length;
  };
  // In byte order, or binary search would miss words: each word after the one before it.
  for (let w = 1; w < count; w++) {
    const a = starts[w - 1] as number;
    const b = starts[w] as number;
    const aEnd = b - 1;
    const bEnd = (starts[w + 1] as number) - 1;
    let i = 0;
    while (a + i < aEnd && b + i < bEnd && list[a + i] === list[b + i]) i++;
    const before =
      a + i === aEnd ? b + i < bEnd : b + i < bEnd && (list[a + i] as number) < (list[b + i] as number);
    if (!before) throw new Error('word-vector table words are not in order');
  }
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + HEADER + wordBytes, count * dims);
  return {
    dims,
    data,
    row(word) {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = compareAt(mid, word);
        if (c === 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
  };
}
