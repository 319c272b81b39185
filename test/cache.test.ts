import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../src/article/load.ts';
import { cacheFileFor, openArticleCache } from '../src/library/cache.ts';
import { openLibrary } from '../src/library/memory-library.ts';

const FLOOD =
  'Floods hit the valley\n\nThe river rose two metres overnight, the mayor said. "We closed every road," she told reporters.\n\nOfficials said the water could fall by Friday.\n';
const STORM =
  '# Storm warning\n\nWinds reached 100 km/h at the Café Müller, according to the weather service. “Stay inside,” it said 🌧.\n';

describe('article cache', () => {
  let dir: string;
  let cacheDir: string;
  let warnings: string[];
  const open = (version = 'v1') =>
    openArticleCache(cacheFileFor(dir, cacheDir), { version, warn: (m) => warnings.push(m) });
  const load = (version = 'v1') => {
    const cache = open(version);
    const result = loadArticles(dir, { store: cache });
    cache.save();
    return { ...result, hits: cache.hits, misses: cache.misses };
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    warnings = [];
    writeFileSync(join(dir, 'flood.txt'), FLOOD);
    writeFileSync(join(dir, 'storm.md'), STORM);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('gives back the very articles the pipeline built, sources, stances and claims included', () => {
    const built = load();
    expect(built.misses).toBe(2);
    const cached = load();
    expect(cached.hits).toBe(2);
    expect(cached.misses).toBe(0);
    expect(cached.articles).toEqual(loadArticles(dir).articles);
    expect(cached.articles.some((a) => a.sentences.some((s) => s.sources.length))).toBe(true);
    // Written as ASCII (read back as a one-byte string), yet every character comes back.
    expect([...readFileSync(cacheFileFor(dir, cacheDir))].every((byte) => byte < 0x80)).toBe(true);
    expect(cached.articles[1]?.sentences.map((s) => s.text).join(' ')).toContain('“Stay inside,” it said 🌧.');
    expect(warnings).toEqual([]);
  });

  it('builds a file again when its contents change, and keeps the unchanged one', () => {
    load();
    writeFileSync(join(dir, 'flood.txt'), FLOOD.replace('two metres', 'three metres'));
    const after = load();
    expect(after.hits).toBe(1);
    expect(after.misses).toBe(1);
    expect(after.articles.find((a) => a.id === 'flood')?.sentences[0]?.text).toContain('three metres');
  });

  it('uses the content, not the name: a renamed file is a hit under its new id', () => {
    load();
    rmSync(join(dir, 'storm.md'));
    writeFileSync(join(dir, 'gale.md'), STORM);
    const after = load();
    expect(after.hits).toBe(2);
    expect(after.articles.map((a) => [a.id, a.file])).toEqual([
      ['flood', 'flood.txt'],
      ['gale', 'gale.md'],
    ]);
  });

  it('gives two files with the same bytes each their own id and name', () => {
    writeFileSync(join(dir, 'flood-copy.txt'), FLOOD);
    for (const run of [load(), load()]) {
      expect(run.articles.map((a) => [a.id, a.file])).toEqual([
        ['flood-copy', 'flood-copy.txt'],
        ['flood', 'flood.txt'],
        ['storm', 'storm.md'],
      ]);
      expect(run.articles[1]?.sentences).toEqual(run.articles[0]?.sentences);
    }
  });

  it('does not reuse articles built by other text-processing code', () => {
    load('v1');
    const other = load('v2');
    expect(other.hits).toBe(0);
    expect(other.misses).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('ignores a corrupt cache file with a warning and writes a good one', () => {
    const file = cacheFileFor(dir, cacheDir);
    writeFileSync(file, '{"format": 1, "version": "v1", "articles": {"abc');
    const first = load();
    expect(first.articles.map((a) => a.id)).toEqual(['flood', 'storm']);
    expect(first.misses).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ignored the article cache/);
    expect(load().hits).toBe(2);
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0] ?? '').version).toBe('v1');
  });

  it('rebuilds an entry of the wrong shape instead of failing', () => {
    const file = cacheFileFor(dir, cacheDir);
    load();
    // Each entry line keeps its key but loses its article (bad shape, or cut short).
    const [header, ...entries] = readFileSync(file, 'utf8').trim().split('\n');
    const broken = entries.map(
      (line, i) => `${line.slice(0, 41)}${i ? '{"title": "x", "sentences": 7}' : '{"title'}`,
    );
    writeFileSync(file, [header, ...broken].join('\n'));
    const after = load();
    expect(after.hits).toBe(0);
    expect(warnings).toEqual([]);
    expect(after.articles).toEqual(loadArticles(dir).articles);
  });

  it('serves a library opened with a cache file like one without', () => {
    const cacheFile = cacheFileFor(dir, cacheDir);
    openLibrary(dir, { cacheFile });
    const cached = openLibrary(dir, { cacheFile });
    const plain = openLibrary(dir);
    const q = 'How much did the river rise?';
    expect(cached.ask(q)).toEqual(plain.ask(q));
  });
});
