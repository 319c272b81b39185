import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticlesFolderError,
  articleId,
  assignIds,
  decodeArticle,
  loadArticles,
} from '../src/article/load.ts';

describe('loadArticles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
    writeFileSync(
      join(dir, 'good.txt'),
      'Floods hit the valley\nThe river rose overnight. Roads were closed.\n',
    );
    writeFileSync(join(dir, 'notes.md'), '# Storm warning\n\nWinds reached 100 km/h.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 news\nA story.\n', 'latin1'));
    writeFileSync(join(dir, 'huge.txt'), `Huge\n${'Word '.repeat(5000)}\n`);
    writeFileSync(join(dir, 'headline-only.txt'), 'Just a headline\n');
    writeFileSync(join(dir, 'README.md'), '# About these articles\n\nThey are examples.\n');
    writeFileSync(join(dir, 'image.png'), 'not an article');
    mkdirSync(join(dir, 'folder.txt'));
  });
  afterAll(() => {});

  it('loads the good files and warns once, by name and reason, about each unusable one', () => {
    const { articles, warnings } = loadArticles(dir, { maxBytes: 10_000 });
    expect(articles.map((a) => a.id)).toEqual(['good', 'notes']);
    const reasons = Object.fromEntries(warnings.map((w) => [w.file, w.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      ['binary.txt', 'empty.txt', 'folder.txt', 'headline-only.txt', 'huge.txt', 'latin1.txt'].sort(),
    );
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['huge.txt']).toMatch(/over the .* limit/);
    expect(reasons['folder.txt']).toMatch(/cannot be read/);
  });

  it('gives every sentence its paragraph and position', () => {
    const good = loadArticles(dir).articles.find((a) => a.id === 'good');
    expect(good?.title).toBe('Floods hit the valley');
    expect(good?.sentences.map((s) => [s.id, s.paragraph, s.index])).toEqual([
      [0, 0, 0],
      [1, 0, 1],
    ]);
  });

  it('throws a readable error for a missing folder', () => {
    expect(() => loadArticles(join(dir, 'nope'))).toThrow(ArticlesFolderError);
    expect(() => loadArticles(join(dir, 'nope'))).toThrow(/does not exist/);
  });
});

describe('article ids', () => {
  it('derives a slug from the file name', () => {
    expect(articleId('Ukraine Kursk_Advance.txt')).toBe('ukraine-kursk-advance');
    expect(articleId('???.md')).toBe('article');
  });
  it('keeps ids unique when two files share a name', () => {
    expect([...assignIds(['a.md', 'a.txt']).values()]).toEqual(['a', 'a-2']);
  });
});

describe('decodeArticle', () => {
  it('accepts UTF-8 text and rejects the rest with a reason', () => {
    expect(decodeArticle(new TextEncoder().encode('Zelenskyy – “quote”'))).toEqual({
      text: 'Zelenskyy – “quote”',
    });
    expect(decodeArticle(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({
      reason: 'the file is not valid UTF-8 text',
    });
  });
});
