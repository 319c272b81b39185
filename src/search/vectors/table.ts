/**
 * The committed word-vector table (build.ts, format.ts), read on first use. Without it (a broken
 * checkout), none: the ranking then goes by its other signals alone, as it did before vectors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTable, type WordVectors } from './format.ts';

export const DEFAULT_VECTORS_PATH = join(import.meta.dirname, '..', 'data', 'word-vectors.bin');

const opened = new Map<string, WordVectors | undefined>();

export function wordVectors(path = DEFAULT_VECTORS_PATH): WordVectors | undefined {
  if (opened.has(path)) return opened.get(path);
  let table: WordVectors | undefined;
  try {
    table = decodeTable(readFileSync(path));
  } catch (error) {
    process.emitWarning(`word vectors not used (${path}): ${(error as Error).message}`);
  }
  opened.set(path, table);
  return table;
}
