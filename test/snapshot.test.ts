import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../src/library/library.ts';
import { openLibrary } from '../src/library/memory-library.ts';
import { openSnapshot, snapshotFileFor } from '../src/library/snapshot.ts';

const root = join(import.meta.dirname, '..');
const SEED = join(root, 'seeds', 'ukraine-kursk-advance.txt');
const HARBOUR = join(root, 'test', 'fixtures', 'articles', 'harbour-strike.txt');
const FLOOD =
  'Floods hit the valley\n\nThe river rose two metres overnight, the mayor said. "We closed every road," she told reporters.\n\nOfficials said the water could fall by Friday. Police said 12 people died, but the mayor said 15 died.\n';

const QUESTIONS = [
  'How many settlements did Zelensky say were taken?',
  'what did the governor say',
  'Who is striking at the harbour?',
  'how many people died in the flood',
  'what did China say about the loudspeakers?',
  'Zelenksy kursk',
];

/** Everything a front end sees of a library's answers and articles. */
function view(library: Library) {
  return {
    articles: library.articles(),
    warnings: library.warnings(),
    answers: QUESTIONS.map((q) => library.ask(q)),
    articleTexts: library.articles().map((a) => library.article(a.id)?.sentences.map((s) => s.text)),
  };
}

describe('library snapshot', () => {
  let dir: string;
  let cacheDir: string;
  let warnings: string[];
  const open = () =>
    openLibrary(dir, { snapshotFile: snapshotFileFor(dir, cacheDir), warn: (m) => warnings.push(m) });
  const fresh = () => openLibrary(dir);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    warnings = [];
    copyFileSync(SEED, join(dir, 'kursk.txt'));
    copyFileSync(HARBOUR, join(dir, 'harbour.txt'));
    writeFileSync(join(dir, 'flood.txt'), FLOOD);
    writeFileSync(join(dir, 'empty.txt'), '');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('answers from a snapshot exactly as from the files, articles, warnings and disputes included', () => {
    const first = view(open());
    const file = snapshotFileFor(dir, cacheDir);
    const written = statSync(file).mtimeMs;
    const resumed = view(open());
    expect(resumed).toEqual(first);
    expect(resumed).toEqual(view(fresh()));
    expect(first.answers.some((a) => a.passages.some((p) => p.disputedBy?.length))).toBe(true);
    // Nothing changed: the snapshot is read, not written again.
    expect(statSync(file).mtimeMs).toBe(written);
    expect(warnings).toEqual([]);
  });

  it('rebuilds only what changed: an edited, a new and a removed file', () => {
    open();
    writeFileSync(join(dir, 'flood.txt'), FLOOD.replace('two metres', 'three metres'));
    // Same size and an mtime in the past still count as a change: the mtime differs.
    utimesSync(join(dir, 'flood.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    rmSync(join(dir, 'harbour.txt'));
    writeFileSync(
      join(dir, 'storm.md'),
      '# Storm warning\n\nWinds reached 100 km/h, the weather service said.\n',
    );
    const resumed = view(open());
    expect(resumed).toEqual(view(fresh()));
    expect(resumed.articles.map((a) => a.file)).toEqual(['flood.txt', 'kursk.txt', 'storm.md']);
    expect(resumed.articleTexts[0]?.[0]).toMatch(/three metres/);
    // And the snapshot written then serves the next start as the files are now.
    expect(view(open())).toEqual(resumed);
  });

  it('keeps serving live updates after starting from a snapshot', () => {
    open();
    const library = open();
    writeFileSync(join(dir, 'flood.txt'), FLOOD.replace('12 people', '14 people'));
    expect(library.reloadFile('flood.txt').status).toBe('updated');
    rmSync(join(dir, 'harbour.txt'));
    expect(library.removeFile('harbour.txt')).toBe(true);
    const live = library.ask('how many people died in the flood');
    expect(live.passages.map((p) => p.text).join(' ')).toMatch(/14 people/);
    expect(library.ask('Who is striking at the harbour?')).toEqual(
      fresh().ask('Who is striking at the harbour?'),
    );
  });

  it('ignores a damaged snapshot with one warning and builds from the files', () => {
    open();
    const file = snapshotFileFor(dir, cacheDir);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    expect(view(open())).toEqual(view(fresh()));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ignored the library snapshot/);
    warnings = [];
    writeFileSync(file, 'not a snapshot at all');
    expect(view(open())).toEqual(view(fresh()));
    expect(warnings[0]).toMatch(/ignored the library snapshot/);
  });

  it("reads a passage's sentence alone from the snapshot, equal to the sentence in the files", () => {
    writeFileSync(
      join(dir, 'café.md'),
      '# Café reopens\n\nThe café in Zürich reopened, its owner said. "Ça va," she added.\n',
    );
    open();
    const snapshot = openSnapshot(snapshotFileFor(dir, cacheDir), (m) => warnings.push(m));
    const files = fresh();
    try {
      for (const record of snapshot?.state.files.filter((r) => r.summary) ?? []) {
        const sentences = files.article(record.id)?.sentences ?? [];
        expect(sentences.length).toBeGreaterThan(0);
        sentences.forEach((s, i) => {
          expect(snapshot?.sentence(record, i)).toEqual(s);
        });
        expect(snapshot?.sentence(record, sentences.length)).toBeUndefined();
        expect(snapshot?.sentence(record, -1)).toBeUndefined();
      }
      expect(snapshot?.state.files.map((r) => r.id)).toContain('cafe');
      // And the library resumed from it answers with the same passages.
      const question = 'what did the owner of the café say?';
      expect(open().ask(question)).toEqual(files.ask(question));
    } finally {
      snapshot?.close();
    }
    expect(warnings).toEqual([]);
  });

  describe('a damaged sentence in the snapshot is handled like a damaged article', () => {
    const question = 'how many people died in the flood';
    const damaged = 'Police said 12 people died';
    /** The snapshot's bytes with `change` made to the flood article's stored piece. */
    const damage = (change: (bytes: Buffer, json: number, sentences: number) => void) => {
      open();
      const file = snapshotFileFor(dir, cacheDir);
      const bytes = readFileSync(file);
      const json = bytes.indexOf('{"title":"Floods hit the valley"');
      expect(json).toBeGreaterThan(0);
      change(bytes, json, fresh().article('flood')?.sentences.length ?? 0);
      writeFileSync(file, bytes);
    };
    const passagesOf = (library: Library) => {
      const answer = library.ask(question);
      return [...answer.passages, ...answer.related].map((p) => p.text);
    };

    it("a broken sentence: its passage is left out, the article's other sentences still answer", () => {
      expect(passagesOf(fresh()).some((t) => t.startsWith(damaged))).toBe(true);
      // The quotation mark that opens the sentence's text becomes a brace: its JSON no longer parses.
      damage((bytes, json) => {
        bytes[bytes.indexOf(damaged, bytes.indexOf('"sentences":[', json)) - 1] = '{'.charCodeAt(0);
      });
      const library = open();
      const texts = passagesOf(library);
      expect(texts.some((t) => t.startsWith(damaged))).toBe(false);
      // The article's other sentences are read as before.
      expect(library.ask('how far did the river rise?').passages[0]?.text).toMatch(
        /^The river rose two metres/,
      );
      // Whole, the article cannot be read either, as when its JSON was damaged before.
      expect(library.article('flood')).toBeUndefined();
      expect(warnings).toEqual([]);
    });

    it('a broken table of sentences: no passage of that article, no crash', () => {
      expect(
        fresh()
          .ask(question)
          .passages.some((p) => p.ref.articleId === 'flood'),
      ).toBe(true);
      damage((bytes, json, sentences) => {
        // Every offset of the flood article's table points past the end of the file.
        for (let i = 1; i <= sentences + 1; i++)
          bytes.writeUInt32LE(0xfffffff0, json - 4 * (sentences + 2 - i));
      });
      const library = open();
      expect(warnings).toEqual([]);
      expect(() => passagesOf(library)).not.toThrow();
      const answer = library.ask(question);
      expect([...answer.passages, ...answer.related].some((p) => p.ref.articleId === 'flood')).toBe(false);
      expect(library.ask('Who is striking at the harbour?')).toEqual(
        fresh().ask('Who is striking at the harbour?'),
      );
    });
  });
});
