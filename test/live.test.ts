import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../src/library/library.ts';
import { createLibrary, openLibrary } from '../src/library/memory-library.ts';
import { describeWatchEvent, type WatchEvent, watchArticles } from '../src/library/watch.ts';

// Small articles written for these tests; each has words no other one uses.
const MUSEUM = `Glacier museum opens in the Alpine valley
The new glacier museum opened on Saturday in the upper valley, the mayor said. Its curators expect forty thousand visitors in the first year.
Tickets cost twelve euros, according to the museum's director.
`;
const MUSEUM_EDITED = `Glacier museum opens in the Alpine valley
The new glacier museum opened on Saturday in the upper valley, the mayor said. A restored mammoth skeleton will be shown from the spring.
`;
const BRIDGE = `Town council votes on a new bridge

Tuesday, March 4, 2025

The council approved the footbridge across the canal by nine votes to four.

Construction is expected to begin in autumn, the engineer said.
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-bot-live-'));
  writeFileSync(join(dir, 'bridge.txt'), BRIDGE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const firstText = (library: Library, question: string) => library.ask(question).passages[0]?.text;
const fromArticle = (library: Library, question: string, id: string) =>
  library.ask(question).passages.some((p) => p.ref.articleId === id);

/** Polls instead of sleeping a fixed time: passes as soon as the watcher has caught up. */
async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for the library to change');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('reloading and removing single files', () => {
  it('adds a new file so that questions find it, keeping the other articles', () => {
    const library = openLibrary(dir);
    writeFileSync(join(dir, 'museum.txt'), MUSEUM);
    const update = library.reloadFile('museum.txt');
    expect(update).toMatchObject({ status: 'added', article: { id: 'museum', sentences: 3 } });
    expect(firstText(library, 'How much do museum tickets cost?')).toBe(
      "Tickets cost twelve euros, according to the museum's director.",
    );
    expect(firstText(library, 'What did the council approve for the canal?')).toContain('footbridge');
    expect(library.articles().map((a) => a.id)).toEqual(['bridge', 'museum']);
  });

  it('replaces an edited article: the new text answers, the old text is gone', () => {
    writeFileSync(join(dir, 'museum.txt'), MUSEUM);
    const library = openLibrary(dir);
    writeFileSync(join(dir, 'museum.txt'), MUSEUM_EDITED);
    expect(library.reloadFile('museum.txt')).toMatchObject({ status: 'updated', article: { sentences: 2 } });
    expect(firstText(library, 'Will a mammoth skeleton be shown?')).toBe(
      'A restored mammoth skeleton will be shown from the spring.',
    );
    expect(library.article('museum')?.sentences.some((s) => s.text.includes('twelve euros'))).toBe(false);
    const stale = library.ask('How much do tickets cost, twelve euros?').passages;
    expect(stale.some((p) => p.text.includes('twelve euros'))).toBe(false);
  });

  it('keeps the last good version when an edit breaks the file, and says so', () => {
    writeFileSync(join(dir, 'museum.txt'), MUSEUM);
    const library = openLibrary(dir);
    writeFileSync(join(dir, 'museum.txt'), '');
    const update = library.reloadFile('museum.txt');
    expect(update).toMatchObject({ status: 'kept', article: { id: 'museum' } });
    expect(library.warnings()).toEqual([
      { file: 'museum.txt', reason: 'the file is empty; the last good version is kept' },
    ]);
    expect(firstText(library, 'How much do museum tickets cost?')).toContain('twelve euros');
    // Fixed again: the warning goes away.
    writeFileSync(join(dir, 'museum.txt'), MUSEUM_EDITED);
    expect(library.reloadFile('museum.txt').status).toBe('updated');
    expect(library.warnings()).toEqual([]);
  });

  it('skips a broken new file with a warning while the others keep serving', () => {
    const library = openLibrary(dir);
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x48, 0x00, 0x01, 0x02]));
    expect(library.reloadFile('broken.txt')).toEqual({
      status: 'skipped',
      warning: { file: 'broken.txt', reason: 'the file is binary, not text' },
    });
    expect(library.warnings().map((w) => w.file)).toEqual(['broken.txt']);
    expect(library.articles().map((a) => a.id)).toEqual(['bridge']);
    expect(firstText(library, 'What did the council approve for the canal?')).toContain('footbridge');
  });

  it('removes a deleted file and its warning', () => {
    writeFileSync(join(dir, 'museum.txt'), MUSEUM);
    writeFileSync(join(dir, 'empty.md'), '');
    const library = openLibrary(dir);
    expect(library.warnings().map((w) => w.file)).toEqual(['empty.md']);
    unlinkSync(join(dir, 'museum.txt'));
    unlinkSync(join(dir, 'empty.md'));
    expect(library.removeFile('museum.txt')).toBe(true);
    expect(library.removeFile('empty.md')).toBe(false);
    expect(library.removeFile('museum.txt')).toBe(false);
    expect(library.article('museum')).toBeUndefined();
    expect(library.warnings()).toEqual([]);
    expect(fromArticle(library, 'How much do museum tickets cost?', 'museum')).toBe(false);
  });

  it('gives a new file a unique id and refuses paths and other file types', () => {
    writeFileSync(join(dir, 'museum.txt'), MUSEUM);
    const library = openLibrary(dir);
    writeFileSync(join(dir, 'museum.md'), MUSEUM_EDITED);
    expect(library.reloadFile('museum.md')).toMatchObject({ status: 'added', article: { id: 'museum-2' } });
    for (const file of ['../bridge.txt', 'sub/museum.txt', '..\\museum.txt', 'notes.pdf', '.hidden.txt'])
      expect(library.reloadFile(file).status).toBe('skipped');
    // Listed in file order: museum.md before museum.txt.
    expect(library.articles().map((a) => a.id)).toEqual(['bridge', 'museum-2', 'museum']);
  });

  it('a library built in memory has no folder to reload from', () => {
    const library = createLibrary([]);
    expect(library.reloadFile('museum.txt')).toMatchObject({ status: 'skipped' });
    expect(library.removeFile('museum.txt')).toBe(false);
  });

  it('answers every question while an article is replaced again and again', () => {
    const library = openLibrary(dir);
    for (let version = 1; version <= 15; version++) {
      writeFileSync(
        join(dir, 'counter.txt'),
        `Counter article\nThe counter shows version number ${version} today. Nothing else changed.\n`,
      );
      library.reloadFile('counter.txt');
      expect(firstText(library, 'Which version number does the counter show?')).toBe(
        `The counter shows version number ${version} today.`,
      );
      expect(firstText(library, 'What did the council approve for the canal?')).toContain('footbridge');
    }
    expect(library.articles()).toHaveLength(2);
  });
});

describe('watching the articles folder', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  for (const mode of ['fs.watch events', 'rescan only'] as const) {
    it(`follows add, edit, break, remove and a broken new file (${mode})`, async () => {
      const library = openLibrary(dir);
      const events: WatchEvent[] = [];
      stops.push(
        watchArticles(dir, library, (e) => events.push(e), {
          debounceMs: 20,
          rescanMs: mode === 'rescan only' ? 30 : 0,
          fsWatch: mode === 'fs.watch events',
        }),
      );
      const kinds = () => events.map((e) => ('file' in e ? `${e.kind} ${e.file}` : e.kind));

      writeFileSync(join(dir, 'museum.txt'), MUSEUM);
      await until(() => library.article('museum') !== undefined);
      expect(firstText(library, 'How much do museum tickets cost?')).toContain('twelve euros');

      writeFileSync(join(dir, 'museum.txt'), MUSEUM_EDITED);
      await until(() => library.article('museum')?.sentences.length === 2);
      expect(firstText(library, 'Will a mammoth skeleton be shown?')).toContain('mammoth');

      writeFileSync(join(dir, 'museum.txt'), 'Only a headline\n');
      await until(() => kinds().includes('kept museum.txt'));
      expect(library.article('museum')?.sentences.length).toBe(2);

      writeFileSync(join(dir, 'broken.md'), '');
      await until(() => kinds().includes('skipped broken.md'));
      expect(library.articles().map((a) => a.id)).toEqual(['bridge', 'museum']);

      unlinkSync(join(dir, 'museum.txt'));
      await until(() => library.article('museum') === undefined);
      expect(kinds()).toContain('removed museum.txt');
      expect(firstText(library, 'What did the council approve for the canal?')).toContain('footbridge');
      expect(events.every((e) => describeWatchEvent(e).startsWith('articles: '))).toBe(true);
    });
  }

  it('picks up a file written elsewhere and moved in, and ignores other files', async () => {
    const library = openLibrary(dir);
    const events: WatchEvent[] = [];
    stops.push(watchArticles(dir, library, (e) => events.push(e), { debounceMs: 20, rescanMs: 50 }));
    writeFileSync(join(dir, 'notes.pdf'), 'not an article');
    writeFileSync(join(dir, '.museum.txt.swp'), 'editor swap file');
    const staging = mkdtempSync(join(tmpdir(), 'article-bot-staging-'));
    writeFileSync(join(staging, 'museum.txt'), MUSEUM);
    renameSync(join(staging, 'museum.txt'), join(dir, 'museum.txt'));
    rmSync(staging, { recursive: true, force: true });
    await until(() => library.article('museum') !== undefined);
    expect(events.map((e) => e.kind)).toEqual(['added']);
  });

  it('loads a file that appeared between loading the library and starting to watch', async () => {
    const library = openLibrary(dir);
    writeFileSync(join(dir, 'museum.txt'), MUSEUM);
    stops.push(watchArticles(dir, library, () => {}, { debounceMs: 10, rescanMs: 0, fsWatch: false }));
    await until(() => library.article('museum') !== undefined);
  });

  it('stops changing the library once stopped', async () => {
    const library = openLibrary(dir);
    const stop = watchArticles(dir, library, () => {}, { debounceMs: 10, rescanMs: 20 });
    stop();
    writeFileSync(join(dir, 'museum.txt'), MUSEUM);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(library.article('museum')).toBeUndefined();
  });
});
