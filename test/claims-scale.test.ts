import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordLookup } from '../src/answer/engine.ts';
import type { Article, Source } from '../src/article/types.ts';
import { MOST_ABOUT } from '../src/claims/about.ts';
import { TopicVocabulary } from '../src/claims/catalogue.ts';
import { ClaimIndex, type ClaimShelf } from '../src/claims/index.ts';
import { SourceDirectory } from '../src/claims/names.ts';
import { citedOf, topicWordsOf } from '../src/claims/outline.ts';
import { renderClaims as cliClaims } from '../src/cli/render.ts';
import { createStyle } from '../src/cli/style.ts';
import { renderClaims as discordClaims } from '../src/discord/render/claims.ts';
import type { Library } from '../src/library/library.ts';
import { createLibrary, openLibrary } from '../src/library/memory-library.ts';
import { snapshotFileFor } from '../src/library/snapshot.ts';
import { MemoryPassageIndex } from '../src/search/index.ts';
import { handArticle } from './fixtures/claims/hand-article.ts';

const CLAIMS_FIXTURES = join(import.meta.dirname, 'fixtures', 'claims');

const captain: Source = { name: 'Maria Lund', mention: 'Captain Maria Lund', kind: 'person' };
const operator: Source = { name: 'the ferry operator', mention: 'the ferry operator', kind: 'organisation' };

/** An article with `ferry` claims about the ferry among `other` sentences about something else. */
function ferryArticle(n: number, ferry: number, other: number): Article {
  const sentences = [
    ...Array.from({ length: ferry }, (_, i) => [
      [
        captain,
        'reported',
        `Captain Maria Lund said the ferry ${n} sailed late on day ${i + 1}.`,
        'said',
      ] as const,
    ]),
    ...Array.from({ length: other }, (_, i) => [
      [
        operator,
        'reported',
        `The ferry operator said the harbour cafe opened at ${i + 8} o'clock.`,
        'said',
      ] as const,
    ]),
  ];
  return handArticle(`a${String(n).padStart(3, '0')}`, `Harbour news ${n}`, [
    sentences.map((s) => s.map((c) => [...c])),
  ] as Parameters<typeof handArticle>[2]);
}

/** A shelf over articles in memory that counts the whole articles read. */
function countingShelf(articles: Article[], words: WordLookup): ClaimShelf & { reads: string[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ids = articles.map((a) => a.id);
  const reads: string[] = [];
  return {
    reads,
    ids: () => ids,
    article: (id) => {
      reads.push(id);
      return byId.get(id);
    },
    length: (id) => byId.get(id)?.sentences.length ?? 0,
    cited: (id) => {
      const a = byId.get(id);
      return a && citedOf(a);
    },
    topicWords: (id) => {
      const a = byId.get(id);
      return a && topicWordsOf(a);
    },
    words: () => words,
  };
}

describe('claims lists from each article’s outline', () => {
  const articles = Array.from({ length: 12 }, (_, i) => ferryArticle(i, 1 + (i % 3), 2));
  const fromArticles = new ClaimIndex(articles);

  it('lists sources and autocompletes topics and sources without reading a whole article', () => {
    const shelf = countingShelf(articles, {
      known: () => true,
      correct: () => [],
      articlesUsing: () => new Map(),
    });
    const fromOutlines = new ClaimIndex(shelf);
    expect(fromOutlines.sources()).toEqual(fromArticles.sources());
    expect(fromOutlines.sources({ articleId: 'a004' })).toEqual(fromArticles.sources({ articleId: 'a004' }));
    for (const prefix of ['', 'fe', 'har', 'capt'])
      expect(fromOutlines.suggestTopics(prefix)).toEqual(fromArticles.suggestTopics(prefix));
    for (const prefix of ['', 'lund', 'ferry', 'mari'])
      expect(fromOutlines.suggestSources(prefix)).toEqual(fromArticles.suggestSources(prefix));
    expect(shelf.reads).toEqual([]);
  });

  it('merges a source’s spellings across articles as the articles themselves do', () => {
    const a = handArticle('one', 'Vote', [
      [[[{ name: 'Zelensky', mention: 'Zelensky' }, 'reported', 'Zelensky said the vote was fair.', 'said']]],
    ]);
    const b = handArticle('two', 'Vote', [
      [
        [
          [
            { name: 'Volodymyr Zelenskyy', mention: 'President Volodymyr Zelenskyy' },
            'direct',
            '"It was fair," President Volodymyr Zelenskyy said.',
            'said',
          ],
        ],
      ],
    ]);
    const shelf = countingShelf([a, b], {
      known: () => true,
      correct: () => [],
      articlesUsing: () => new Map(),
    });
    const sources = new ClaimIndex(shelf).sources();
    expect(sources.map((s) => [s.name, s.claims, s.articles])).toEqual([
      ['Volodymyr Zelenskyy', 2, ['one', 'two']],
    ]);
    expect(sources).toEqual(new ClaimIndex([a, b]).sources());
  });
});

describe('claims on a topic many articles use', () => {
  // 60 articles mention the ferry: a011 is all about it, a059 barely (one sentence in 40).
  const articles = Array.from({ length: 60 }, (_, i) =>
    i === 11 ? ferryArticle(i, 12, 0) : i === 59 ? ferryArticle(i, 1, 39) : ferryArticle(i, 1 + (i % 4), 3),
  );
  const library = createLibrary(articles);

  it('reads only the articles most about the topic, and says how many use its words', () => {
    const result = library.claims('sailed late');
    expect(result.from).toEqual({ articles: MOST_ABOUT, using: 60 });
    const ids = new Set(result.groups.flatMap((g) => g.claims.map((c) => c.ref.articleId)));
    expect(ids.has('a011')).toBe(true);
    expect(ids.has('a059')).toBe(false);
  });

  it('reads no more than that many whole articles', () => {
    const index = new MemoryPassageIndex();
    for (const a of articles)
      index.add({
        id: a.id,
        title: a.title,
        passages: a.sentences.map((s) => ({ sentence: s.id, text: s.text })),
      });
    const shelf = countingShelf(articles, {
      known: (t) => index.documentFrequency(t) > 0,
      correct: () => [],
      articlesUsing: (t) => index.articlesUsing(t),
    });
    const result = new ClaimIndex(shelf).claims('sailed');
    expect(result.groups.length).toBeGreaterThan(0);
    expect(new Set(shelf.reads).size).toBe(MOST_ABOUT);
  });

  it('leaves the result as it was when every article using the topic is read', () => {
    const few = createLibrary(articles.slice(0, 10)).claims('sailed');
    expect(few.from).toBeUndefined();
    expect(few).toEqual(new ClaimIndex(articles.slice(0, 10)).claims('sailed'));
  });

  it('looks only among the articles citing the source asked for', () => {
    const result = library.claims('harbour cafe', { source: 'ferry operator' });
    expect(result.groups.map((g) => g.label)).toEqual(['the ferry operator']);
    // a011 cites only the captain: it is not among the articles read.
    expect(result.from).toEqual({ articles: MOST_ABOUT, using: 59 });
  });

  it('is told on the command line and on Discord', () => {
    const result = library.claims('sailed late');
    const style = createStyle(false);
    expect(cliClaims(result, style)).toContain(
      `from the ${MOST_ABOUT} articles most about it, of 60 that use its words`,
    );
    expect(discordClaims(result).content).toContain(
      `from the ${MOST_ABOUT} articles most about it (of 60 that use its words)`,
    );
    const none = cliClaims(
      { topic: 'x', groups: [], reason: 'None.', from: { articles: 50, using: 70 } },
      style,
    );
    expect(none).toBe('None. (Looked from the 50 articles most about it, of 70 that use its words.)');
  });
});

describe('the passage index, for the claims layer', () => {
  it('tells which articles use a term, with how many passages (the title as one), forgetting removed ones', () => {
    const index = new MemoryPassageIndex();
    const a = {
      id: 'a',
      title: 'Ferry delayed',
      passages: [
        { sentence: 0, text: 'The ferry sailed late.' },
        { sentence: 1, text: 'Ferries were full.' },
        { sentence: 2, text: 'The cafe opened.' },
      ],
    };
    const b = { id: 'b', title: 'Cafe news', passages: [{ sentence: 0, text: 'A ferry came.' }] };
    index.add(a);
    index.add(b);
    expect(index.articlesUsing('ferri')).toEqual(
      new Map([
        ['a', 3],
        ['b', 1],
      ]),
    );
    expect(index.articlesUsing('cafe')).toEqual(
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
    );
    expect(index.articlesUsing('volcano')).toEqual(new Map());
    index.remove(a);
    expect(index.articlesUsing('ferri')).toEqual(new Map([['b', 1]]));
  });
});

describe('autocomplete over a large library', () => {
  it('ranks a prefix’s words by use, then alphabetically, as sorting every word would', () => {
    const words = [
      ['beta', 2, '', ''],
      ['bravo', 5, '', ''],
      ['alpha', 5, '', ''],
      ['blue', 5, 'Blue', 'BLUE'],
      ['bee', 1, '', ''],
    ] as const;
    const vocabulary = new TopicVocabulary([words.map((w) => [...w])]);
    expect(vocabulary.suggest('b', 3)).toEqual(['BLUE', 'bravo', 'beta']);
    expect(vocabulary.suggest('', 2)).toEqual(['alpha', 'BLUE']);
  });

  it('corrects a typed word instead of a fuzzy search of a very large vocabulary', () => {
    const many = Array.from(
      { length: 25_000 },
      (_, i) => [`w${i}x`, 1, '', ''] as [string, number, string, string],
    );
    many.push(['settlements', 3, '', '']);
    const vocabulary = new TopicVocabulary([many], (w) => (w === 'setlements' ? ['settlements'] : []));
    const started = performance.now();
    expect(vocabulary.suggest('setlements')).toEqual(['settlements']);
    const ranked = many
      .filter(([w]) => w.startsWith('w1'))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([w]) => w);
    expect(vocabulary.suggest('w1')).toEqual(ranked.slice(0, 25));
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('finds a misspelt source among very many through the spelling fix of the typed word', () => {
    const directory = new SourceDirectory();
    for (let i = 0; i < 6000; i++)
      directory.add({ name: `agency ${i}`, mention: `agency ${i}`, kind: 'organisation' });
    directory.add({ name: 'Volodymyr Zelenskyy', mention: 'Zelenskyy', kind: 'person' });
    expect(directory.find('zelenksyy', 10, () => [])).toEqual([]);
    expect(directory.find('zelenksyy', 10, () => ['zelenskyy']).map((c) => c.name)).toEqual([
      'Volodymyr Zelenskyy',
    ]);
  });
});

describe('a library served from its snapshot', () => {
  let dir: string;
  let cache: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claims-articles-'));
    cache = mkdtempSync(join(tmpdir(), 'claims-snapshot-'));
    cpSync(CLAIMS_FIXTURES, dir, { recursive: true, filter: (f) => !f.endsWith('.ts') });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const view = (l: Library) => ({
    claims: ['fire', 'ferry', 'council grants', 'pilars', 'flod'].map((t) => l.claims(t)),
    bySource: l.claims('fire', { source: 'police' }),
    sources: l.sources(),
    one: l.articles().map((a) => l.sources({ articleId: a.id })),
    topics: ['', 'fe', 'gr', 'zq'].map((p) => l.suggestTopics(p)),
    names: ['', 'pol', 'mayor'].map((p) => l.suggestSources(p)),
  });

  it('gives the claims, sources and suggestions of one built from the files', () => {
    const built = view(openLibrary(dir));
    const snapshotFile = snapshotFileFor(dir, cache);
    openLibrary(dir, { snapshotFile, warn: () => {} });
    // The second opening reads the snapshot written by the first.
    expect(view(openLibrary(dir, { snapshotFile, warn: () => {} }))).toEqual(built);
  });

  it('mixes outlines kept in the snapshot with those of a file reloaded since', () => {
    const snapshotFile = snapshotFileFor(dir, cache);
    openLibrary(dir, { snapshotFile, warn: () => {} });
    const served = openLibrary(dir, { snapshotFile, warn: () => {} });
    served.sources();
    appendFileSync(
      join(dir, 'ferry.txt'),
      '\nThe port authority said the ferry fire was put out within an hour.\n',
    );
    expect(served.reloadFile('ferry.txt').status).toBe('updated');
    expect(view(served)).toEqual(view(openLibrary(dir)));
    expect(served.sources().map((s) => s.name)).toContain('the port authority');
  });
});
