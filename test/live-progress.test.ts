import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../src/library/memory-library.ts';
import { renderProgress, terminalProgress } from '../src/library/progress.ts';

function fakeTerminal(isTTY = true) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 100, write: (t: string) => writes.push(t) } };
}

describe('progress bar while a library loads', () => {
  it('shows files done of total, the rate and the time left', () => {
    expect(renderProgress(5_000, 10_000, 2_000, 'Loading articles', 100)).toBe(
      `Loading articles [${'█'.repeat(15)}${'░'.repeat(15)}] 5,000/10,000  2,500/s  2s left`,
    );
    expect(renderProgress(10_000, 10_000, 4_000)).toMatch(/\[█+\] 10,000\/10,000 {2}2,500\/s$/);
  });

  it('fits a narrow terminal and never draws a bar shorter than ten cells', () => {
    const line = renderProgress(1, 3, 10, 'Loading articles', 40);
    expect(line).toContain(`[${'█'.repeat(3)}${'░'.repeat(7)}]`);
  });

  it('is silent when the stream is not a terminal', () => {
    expect(terminalProgress(fakeTerminal(false).stream)).toBeUndefined();
  });

  it('stays silent for small libraries and redraws at most every interval, ending the line', () => {
    const { writes, stream } = fakeTerminal();
    let clock = 0;
    const progress = terminalProgress(stream, { minTotal: 10, intervalMs: 100, now: () => clock });
    if (!progress) throw new Error('expected a progress callback on a terminal');
    progress(1, 5);
    expect(writes).toEqual([]);
    for (let done = 1; done <= 50; done++) {
      clock += 10;
      progress(done, 50);
    }
    // First call draws, then one draw per 100 ms of the 500 ms, and the final one.
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(writes.length).toBeLessThanOrEqual(7);
    expect(writes.every((w) => w.startsWith('\r\x1b[2K'))).toBe(true);
    expect(writes.at(-1)).toMatch(/ 50\/50 .*\n$/);
    expect(writes.slice(0, -1).every((w) => !w.endsWith('\n'))).toBe(true);
  });

  it('openLibrary reports each file of the folder, bad files included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-bot-progress-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'First headline\nThe first body sentence is here.\n');
      writeFileSync(join(dir, 'b.txt'), '');
      writeFileSync(join(dir, 'c.md'), '# Third headline\n\nThe third body sentence is here.\n');
      const calls: [number, number][] = [];
      const library = openLibrary(dir, { onProgress: (done, total) => calls.push([done, total]) });
      expect(calls).toEqual([
        [1, 3],
        [2, 3],
        [3, 3],
      ]);
      expect(library.articles()).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
