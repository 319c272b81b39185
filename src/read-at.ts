import { readSync } from 'node:fs';

/**
 * Up to `length` bytes of an open file from `position` (fewer at its end): a positional read,
 * repeated until done, as reading a snapshot's parts or a block of the WordNet table needs.
 */
export function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(Math.max(0, length));
  const done = readInto(fd, buffer, position);
  return done < buffer.length ? buffer.subarray(0, done) : buffer;
}

/** Fills `into` from an open file at `position` (less at its end); returns how many bytes were read. */
export function readInto(fd: number, into: Uint8Array, position: number): number {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
