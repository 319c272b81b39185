/**
 * A library on disk, so that a large one starts in a second: the answer engine's derived state
 * (index, spelling vocabulary, sentence table, speakers …) serialised with V8's serializer, which
 * copies typed arrays as they are, followed by every article in its stored form, read only when a
 * passage of it is shown or it is asked for. Building 10,000 articles takes ~10 s; reading this
 * file takes a fraction of one.
 *
 * Layout: one JSON header line; a table of the state's typed arrays (type, offset, length); the
 * arrays themselves, 8-byte aligned, which become views of one buffer when read (no copy, no
 * parsing: most of the state's bytes); the rest of the state, V8-serialised; then the articles
 * one after another (each file record holds its byte range), each as a table of where its
 * sentences lie followed by its JSON (sliced-article.ts), so that an answer reads only the
 * sentences it shows. The version hashes the code that derives anything stored here: a snapshot
 * made by other code is ignored and made again.
 */

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DefaultDeserializer, DefaultSerializer } from 'node:v8';
import type { EngineState } from '../answer/engine.ts';
import type { Article, Sentence } from '../article/types.ts';
import { readAt, readInto } from '../read-at.ts';
import { codeHash, hydrateArticle, hydrateSentence } from './cache.ts';
import type { ArticleSummary } from './library.ts';
import { boundsOf, decodeArticle, decodeSentence, sliceOf } from './sliced-article.ts';

/** 4: each article's outline (whom it cites, its topic words) is stored with it. */
const FORMAT = 4;
const NEWLINE = 10;
const ALIGN = 8;

const ARRAY_TYPES = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
] as const;
type TypedArray = InstanceType<(typeof ARRAY_TYPES)[number]>;

/** The array's type in ARRAY_TYPES (a Buffer is a Uint8Array to the reader). */
function typeOf(view: ArrayBufferView): number {
  if (Buffer.isBuffer(view)) return ARRAY_TYPES.indexOf(Uint8Array);
  const type = (ARRAY_TYPES as readonly unknown[]).indexOf(view.constructor);
  if (type < 0) throw new Error(`a snapshot cannot hold a ${view.constructor.name}`);
  return type;
}

/** Writes each typed array as a reference into a list, so the arrays can be stored apart. */
class ArraysApart extends DefaultSerializer {
  readonly arrays: TypedArray[] = [];
  _writeHostObject(view: NodeJS.TypedArray): void {
    const type = typeOf(view);
    this.writeUint32(type);
    this.writeUint32(this.arrays.length);
    this.arrays.push(view as TypedArray);
  }
}

/** Reads the references ArraysApart wrote back as the arrays, read beforehand. */
class ArraysBack extends DefaultDeserializer {
  constructor(
    buffer: Buffer,
    private readonly arrays: readonly TypedArray[],
  ) {
    super(buffer);
  }
  _readHostObject(): TypedArray {
    this.readUint32();
    const array = this.arrays[this.readUint32()];
    if (!array) throw new Error('an array of the state is missing');
    return array;
  }
}

let version: string | undefined;
/** Hash of all code whose output a snapshot holds. */
export function snapshotVersion(): string {
  version ??= codeHash(['article', 'search', 'answer', 'claims', 'library'], `snapshot ${FORMAT}`);
  return version;
}

/** One snapshot file per articles folder, under `cacheDir`. */
export function snapshotFileFor(articlesDir: string, cacheDir: string): string {
  const tag = createHash('sha1').update(resolve(articlesDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `library-${tag}.bin`);
}

/** What a snapshot records of an article file: matched to the folder by name, size and mtime. */
export interface FileRecord {
  file: string;
  id: string;
  size: number;
  mtimeMs: number;
  /** A loaded article: its summary and the byte ranges of its stored form and of its disputes' JSON. */
  summary?: ArticleSummary;
  range?: [number, number];
  digest?: [number, number];
  /** Its outline for the library-wide claims lists (JSON; see claims/outline.ts). */
  cited?: [number, number];
  topicWords?: [number, number];
  /** A skipped file: why. */
  warning?: string;
}

export interface SnapshotState {
  files: FileRecord[];
  engine: EngineState;
}

interface Header {
  format: number;
  version: string;
  /** Entries of the array table (three numbers each: type, byte offset, length). */
  arrays: number;
  arrayBytes: number;
  stateBytes: number;
}

/** An open snapshot: its state, and its articles read on demand. */
export interface Snapshot {
  state: SnapshotState;
  /** Bytes of the articles' part (for copying into the next snapshot, or reading a digest). */
  bytes(range: [number, number]): Buffer;
  article(record: FileRecord): Article | undefined;
  /** One sentence of an article, read without the rest (undefined when it cannot be read). */
  sentence(record: FileRecord, id: number): Sentence | undefined;
  close(): void;
}

/** Articles up to this size are read whole to show one of their sentences (see `sentence`). */
const WHOLE_PIECE = 16 * 1024;

/** Exactly `length` bytes at `position`: a shorter read means a damaged snapshot. */
function readExactly(fd: number, length: number, position: number): Buffer {
  const bytes = readAt(fd, length, position);
  if (bytes.length < length) throw new Error('the snapshot is shorter than its header says');
  return bytes;
}

/**
 * Opens a snapshot; undefined when there is none, or it is another code version's. A damaged one
 * is reported through `warn` and ignored (the library is built from the files instead).
 */
export function openSnapshot(file: string, warn: (message: string) => void): Snapshot | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = readExactly(fd, Math.min(4096, fstatSync(fd).size), 0);
    const end = head.indexOf(NEWLINE);
    if (end < 0) throw new Error('no header');
    const header = JSON.parse(head.toString('latin1', 0, end)) as Header;
    if (header.format !== FORMAT || header.version !== snapshotVersion()) {
      closeSync(fd);
      return undefined;
    }
    let at = end + 1;
    // Copied out: a small read comes from Buffer's shared pool, at an offset.
    const table = new Float64Array(Uint8Array.from(readExactly(fd, header.arrays * 3 * 8, at)).buffer);
    at += table.byteLength;
    const region = readExactly(fd, header.arrayBytes, at);
    at += header.arrayBytes;
    const arrays: TypedArray[] = [];
    for (let i = 0; i < header.arrays; i++) {
      const Type = ARRAY_TYPES[table[i * 3] as number];
      if (!Type) throw new Error('an array of the state has an unknown type');
      arrays.push(
        new Type(
          region.buffer as ArrayBuffer,
          region.byteOffset + (table[i * 3 + 1] as number),
          table[i * 3 + 2],
        ),
      );
    }
    const reader = new ArraysBack(readExactly(fd, header.stateBytes, at), arrays);
    reader.readHeader();
    const state = reader.readValue() as SnapshotState;
    if (!Array.isArray(state.files) || !state.engine) throw new Error('no library state');
    const base = at + header.stateBytes;
    const bytes = (range: [number, number]) => readExactly(fd, range[1] - range[0], base + range[0]);
    let open = true;
    const whole = Buffer.allocUnsafeSlow(WHOLE_PIECE);
    return {
      state,
      bytes,
      article(record) {
        if (!open || !record.range) return undefined;
        try {
          return hydrateArticle(decodeArticle(bytes(record.range)), record.id, record.file);
        } catch {
          return undefined;
        }
      },
      sentence(record, id) {
        const range = record.range;
        if (!open || !range || !(id >= 0 && id < (record.summary?.sentences ?? 0))) return undefined;
        try {
          const at = base + range[0];
          const [position, length] = boundsOf(id);
          const size = range[1] - range[0];
          if (size <= whole.length) {
            // Most articles are a few kilobytes: one positional read of the whole piece (into a
            // buffer kept for it) costs less than two small ones, the offsets and then the sentence.
            const piece = whole.subarray(0, size);
            if (readInto(fd, piece, at) < size) return undefined;
            const slice = sliceOf(piece.subarray(position, position + length), id, size);
            return slice && hydrateSentence(decodeSentence(piece.subarray(slice[0], slice[1])), id);
          }
          // A long article: two small positional reads, the sentence's offsets and then its JSON.
          const slice = sliceOf(readExactly(fd, length, at + position), id, range[1] - range[0]);
          return (
            slice && hydrateSentence(decodeSentence(readExactly(fd, slice[1] - slice[0], at + slice[0])), id)
          );
        } catch {
          return undefined;
        }
      },
      close() {
        if (open) closeSync(fd);
        open = false;
      },
    };
  } catch (error) {
    closeSync(fd);
    warn(`ignored the library snapshot ${file} (${(error as Error).message}); it is built again`);
    return undefined;
  }
}

/** What a snapshot stores of each article besides the article: each read alone (JSON). */
export type ArticlePart = 'digest' | 'cited' | 'topicWords';
/** The parts a library reads for all its articles at once (see claims/outline.ts). */
export const OUTLINE_PARTS = ['cited', 'topicWords'] as const;

/** An article's stored form as it goes into a snapshot: its length first, its bytes when written. */
export interface StoredPiece {
  length: number;
  bytes(): Buffer;
}

/**
 * Writes a snapshot. Each loaded file's stored article comes from `stored`, whose bytes are asked
 * for only as they are written (the state holding their ranges goes first), so the articles of
 * an earlier snapshot are copied through without all being in memory at once. Written aside and
 * renamed, so a reader never sees half a snapshot.
 */
export function writeSnapshot(
  file: string,
  state: Omit<SnapshotState, 'files'> & { files: Omit<FileRecord, 'range' | ArticlePart>[] },
  stored: (
    record: Omit<FileRecord, 'range' | ArticlePart>,
  ) => { article: StoredPiece } & Record<ArticlePart, StoredPiece>,
): void {
  mkdirSync(dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    const pieces: StoredPiece[] = [];
    let at = 0;
    const place = (piece: StoredPiece): [number, number] => {
      pieces.push(piece);
      at += piece.length;
      return [at - piece.length, at];
    };
    // Each article with its disputes; then every article's outline parts, one kind after the
    // other, end to end: the library-wide claims lists read all of one kind in a few reads.
    const outlines: [FileRecord, Record<ArticlePart, StoredPiece>][] = [];
    const files: FileRecord[] = state.files.map((record) => {
      if (!record.summary) return record;
      const parts = stored(record);
      const placed: FileRecord = { ...record, range: place(parts.article), digest: place(parts.digest) };
      outlines.push([placed, parts]);
      return placed;
    });
    for (const part of OUTLINE_PARTS)
      for (const [placed, parts] of outlines) placed[part] = place(parts[part]);
    const writer = new ArraysApart();
    writer.writeHeader();
    writer.writeValue({ ...state, files } satisfies SnapshotState);
    const blob = writer.releaseBuffer();
    const table = new Float64Array(writer.arrays.length * 3);
    let offset = 0;
    writer.arrays.forEach((a, i) => {
      table[i * 3] = typeOf(a);
      table[i * 3 + 1] = offset;
      table[i * 3 + 2] = a.length;
      offset += Math.ceil(a.byteLength / ALIGN) * ALIGN;
    });
    const header: Header = {
      format: FORMAT,
      version: snapshotVersion(),
      arrays: writer.arrays.length,
      arrayBytes: offset,
      stateBytes: blob.length,
    };
    writeSync(fd, `${JSON.stringify(header)}\n`);
    writeSync(fd, new Uint8Array(table.buffer));
    const padding = new Uint8Array(ALIGN);
    for (const a of writer.arrays) {
      writeSync(fd, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      const rest = Math.ceil(a.byteLength / ALIGN) * ALIGN - a.byteLength;
      if (rest) writeSync(fd, padding, 0, rest);
    }
    writeSync(fd, blob);
    for (const piece of pieces) {
      const bytes = piece.bytes();
      if (bytes.length !== piece.length) throw new Error('an article changed while the snapshot was written');
      writeSync(fd, bytes);
    }
    closeSync(fd);
    renameSync(aside, file);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Closed already.
    }
    rmSync(aside, { force: true });
    throw error;
  }
}
