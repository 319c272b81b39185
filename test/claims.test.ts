import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../src/article/load.ts';
import type { Article, Source } from '../src/article/types.ts';
import { ClaimIndex } from '../src/claims/index.ts';
import { SourceDirectory } from '../src/claims/names.ts';
import { handArticle } from './fixtures/claims/hand-article.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'claims');

const mayor: Source = { name: 'Anna Kowalski', mention: 'Mayor Anna Kowalski', kind: 'person' };
const mayorShort: Source = { name: 'Anna Kowalski', mention: 'Kowalski', kind: 'person' };
const union: Source = {
  name: 'the dock workers union',
  mention: 'the dock workers union',
  kind: 'organisation',
};

const bridge = handArticle('bridge', 'Bridge over the Vell to reopen in May', [
  [
    [[mayor, 'reported', 'Mayor Anna Kowalski said the bridge will reopen in May.', 'said']],
    [[null, 'narration', 'The bridge was closed after cracks were found in two pillars.']],
  ],
  [
    [[union, 'reported', 'The dock workers union said the repairs were rushed.', 'said']],
    [[mayorShort, 'direct', '"Every pillar has been tested," Kowalski said.', 'said']],
    [[null, 'speculation', 'Traffic could return to normal by summer.', 'could']],
  ],
  [[[null, 'narration', 'Elsewhere, the city opened a new library on Friday.']]],
]);

describe('claims on a topic', () => {
  it('groups the claims about a topic by who makes them, the article itself as "the article"', () => {
    const result = new ClaimIndex([bridge]).claims('bridge');
    const labels = result.groups.map((g) => g.label);
    expect(labels).toContain('Anna Kowalski');
    expect(labels).toContain('the dock workers union');
    expect(labels).toContain('the article');
    const mayorGroup = result.groups.find((g) => g.label === 'Anna Kowalski');
    expect(mayorGroup?.claims.map((c) => c.text)).toEqual([
      'Mayor Anna Kowalski said the bridge will reopen in May.',
      '"Every pillar has been tested," Kowalski said.',
    ]);
    expect(mayorGroup?.stances).toEqual({ reported: 1, direct: 1 });
    expect(mayorGroup?.claims[0]?.ref).toEqual({ articleId: 'bridge', sentence: 0 });
  });

  it('puts the source whose own words name the topic first', () => {
    const result = new ClaimIndex([bridge]).claims('repairs');
    expect(result.groups[0]?.label).toBe('the dock workers union');
  });

  it('matches a topic by stem and by a misspelling of a word the articles use', () => {
    const index = new ClaimIndex([bridge]);
    expect(index.claims('pillar').groups.length).toBeGreaterThan(0);
    const typo = index.claims('pilars').groups.flatMap((g) => g.claims.map((c) => c.text));
    expect(typo).toContain('"Every pillar has been tested," Kowalski said.');
  });

  it('matches a topic by a WordNet synonym of a word the claims use', () => {
    const texts = new ClaimIndex([bridge]).claims('mend').groups.flatMap((g) => g.claims.map((c) => c.text));
    // "mend" → "repair": the union's claim about the repairs.
    expect(texts).toContain('The dock workers union said the repairs were rushed.');
  });

  it('leaves out claims with nothing to do with the topic, and says so when nothing matches', () => {
    const index = new ClaimIndex([bridge]);
    const texts = index.claims('repairs').groups.flatMap((g) => g.claims.map((c) => c.text));
    expect(texts).toContain('"Every pillar has been tested," Kowalski said.');
    expect(texts).not.toContain('Elsewhere, the city opened a new library on Friday.');
    const none = index.claims('volcano');
    expect(none.groups).toEqual([]);
    expect(none.reason).toMatch(/volcano/);
  });

  it('wants every word of a short topic around a claim', () => {
    const index = new ClaimIndex([bridge]);
    expect(index.claims('bridge volcano').groups).toEqual([]);
    const both = index.claims('pillar tested').groups.flatMap((g) => g.claims.map((c) => c.text));
    expect(both[0]).toBe('"Every pillar has been tested," Kowalski said.');
  });

  it('narrows to one source found from a partial or misspelt name', () => {
    const index = new ClaimIndex([bridge]);
    for (const name of ['kowalski', 'Kowalsky', 'anna']) {
      const result = index.claims('bridge', { source: name });
      expect(result.groups.map((g) => g.label)).toEqual(['Anna Kowalski']);
    }
    const unknown = index.claims('bridge', { source: 'Zorro' });
    expect(unknown.groups).toEqual([]);
    expect(unknown.reason).toMatch(/Zorro/);
  });

  it('keeps two sources of one sentence apart', () => {
    const split = handArticle('split', 'Talks', [
      [
        [
          [mayor, 'reported', 'Mayor Anna Kowalski said the talks succeeded -', 'said'],
          [union, 'reported', 'but the dock workers union says they failed.', 'says'],
        ],
      ],
    ]);
    const result = new ClaimIndex([split]).claims('talks');
    expect(result.groups.map((g) => g.label).sort()).toEqual(['Anna Kowalski', 'the dock workers union']);
  });

  it('restricts to one article', () => {
    const other = handArticle('other', 'Another bridge', [
      [[[null, 'narration', 'A second bridge opened in the north.']]],
    ]);
    const result = new ClaimIndex([bridge, other]).claims('bridge', { articleId: 'other' });
    expect(result.groups.flatMap((g) => g.claims.map((c) => c.ref.articleId))).toEqual(['other']);
  });

  it('groups the seed-like article written for the tests by speaker, from the real pipeline', () => {
    const { articles } = loadArticles(FIXTURES);
    const result = new ClaimIndex(articles).claims('flood');
    const labels = result.groups.map((g) => g.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(['police', 'jonas feld', 'the article']));
  });
});

describe('sources', () => {
  it('merges the variants of a name across articles and counts claims and stances', () => {
    const other = handArticle('other', 'Mayor visits port', [
      [
        [
          [
            { name: 'Kowalski', mention: 'Kowalski', kind: 'person' },
            'reported',
            'Kowalski said the port is safe.',
            'said',
          ],
        ],
        [
          [
            { name: 'The dock workers union', mention: 'the union' },
            'reported',
            'The union said it was not.',
            'said',
          ],
        ],
      ],
    ]);
    const sources = new ClaimIndex([bridge, other]).sources();
    const anna = sources.find((s) => s.name === 'Anna Kowalski');
    expect(anna?.claims).toBe(3);
    expect(anna?.stances).toEqual({ reported: 2, direct: 1 });
    expect(anna?.variants).toEqual(expect.arrayContaining(['Mayor Anna Kowalski', 'Kowalski']));
    expect(anna?.articles).toEqual(['bridge', 'other']);
    const unions = sources.filter((s) => /union/i.test(s.name));
    expect(unions).toHaveLength(1);
    expect(unions[0]?.variants).toContain('the union');
    expect(sources[0]?.name).toBe('Anna Kowalski');
  });

  it('does not merge two people who only share a surname', () => {
    const d = new SourceDirectory();
    const a = d.add({ name: 'Anna Kowalski', mention: 'Anna Kowalski' });
    const b = d.add({ name: 'Jan Kowalski', mention: 'Jan Kowalski' });
    const c = d.add({ name: 'Kowalsky', mention: 'Kowalsky' });
    expect(a).not.toBe(b);
    expect(c === a || c === b).toBe(true);
  });

  it('merges a spelling variant of a long surname (Zelensky, Zelenskyy)', () => {
    const d = new SourceDirectory();
    const full = d.add({ name: 'Volodymyr Zelenskyy', mention: 'President Volodymyr Zelenskyy' });
    expect(d.add({ name: 'Zelensky', mention: 'Zelensky' })).toBe(full);
    expect(d.find('zelensky')).toEqual([full]);
    // Short names one letter apart are different people.
    const lee = d.add({ name: 'Lee', mention: 'Lee' });
    expect(d.add({ name: 'Lea', mention: 'Lea' })).not.toBe(lee);
  });

  it('takes a short description for the longer one it abbreviates in the same article only', () => {
    const agency: Source = { name: 'the national health agency', mention: 'The national health agency' };
    const short: Source = { name: 'the agency', mention: 'The agency' };
    const a = handArticle('a', 'Vaccine', [
      [
        [[agency, 'reported', 'The national health agency said the vaccine is safe.', 'said']],
        [[short, 'reported', 'The agency said there was no evidence of harm.', 'said']],
      ],
    ]);
    const b = handArticle('b', 'Other', [
      [[[short, 'reported', 'The agency said it would hire staff.', 'said']]],
    ]);
    const index = new ClaimIndex([a, b]);
    const one = index.sources({ articleId: 'a' });
    expect(one.map((s) => [s.name, s.claims])).toEqual([['the national health agency', 2]]);
    expect(one[0]?.variants).toContain('the agency');
    // In another article, "the agency" may be any agency.
    expect(index.sources({ articleId: 'b' }).map((s) => s.name)).toEqual(['the agency']);
  });

  it('lists nobody for an article that quotes nobody', () => {
    const quiet = handArticle('quiet', 'Quiet', [[[[null, 'narration', 'Nothing happened today.']]]]);
    expect(new ClaimIndex([quiet]).sources()).toEqual([]);
  });
});

describe('autocomplete', () => {
  it('suggests topic words that start with the prefix, most used first, names capitalised', () => {
    const index = new ClaimIndex([bridge]);
    expect(index.suggestTopics('bri')).toEqual(['bridge']);
    expect(index.suggestTopics('kow')).toContain('Kowalski');
    expect(index.suggestTopics('', 3)).toHaveLength(3);
  });

  it('suggests sources resembling the prefix', () => {
    const index = new ClaimIndex([bridge]);
    expect(index.suggestSources('kow')).toEqual(['Anna Kowalski']);
    expect(index.suggestSources('')).toEqual(['Anna Kowalski', 'the dock workers union']);
  });

  it('reads the claims and short names of an article added later', () => {
    let list: Article[] = [bridge];
    const index = new ClaimIndex(() => list);
    expect(index.sources().map((s) => s.name)).not.toContain('the port authority');
    const added = handArticle('port', 'Port', [
      [
        [
          [
            { name: 'the regional port authority', mention: 'The regional port authority' },
            'reported',
            'The regional port authority said the quay is safe.',
            'said',
          ],
        ],
        [
          [
            { name: 'the authority', mention: 'The authority' },
            'reported',
            'The authority said ships may dock again.',
            'said',
          ],
        ],
      ],
    ]);
    list = [bridge, added];
    const port = index.sources({ articleId: 'port' });
    expect(port.map((s) => [s.name, s.claims])).toEqual([['the regional port authority', 2]]);
    expect(index.suggestSources('regional')).toEqual(['the regional port authority']);
  });

  it('follows a replaced article list', () => {
    let list: Article[] = [bridge];
    const index = new ClaimIndex(() => list);
    expect(index.suggestTopics('lib')).toEqual(['library']);
    list = [handArticle('b2', 'Bridge', [[[[null, 'narration', 'The bridge reopened.']]]])];
    expect(index.suggestTopics('lib')).toEqual([]);
    expect(index.suggestSources('')).toEqual([]);
  });
});
