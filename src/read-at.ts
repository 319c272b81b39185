import { readSync } from 'node:fs';

/**
 * Up to `length` bytes of an open file from `position` (fewer at its end): a positional read,
 * repeated until done, as reading a snapshot's parts or a block of the WordNet table needs.
 */
export function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(Math.max(0, length));
  let done = 0;
  while (done < buffer.length) {
    const n = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done < buffer.length ? buffer.subarray(0, done) : buffer;
}
