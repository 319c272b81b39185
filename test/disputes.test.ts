import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/article/build.ts';
import { loadArticles } from '../src/article/load.ts';
import type { Source } from '../src/article/types.ts';
import { ClaimIndex } from '../src/claims/index.ts';
import { compatible, quantitiesOf } from '../src/claims/quantities.ts';
import type { Dispute } from '../src/claims/types.ts';
import { createLibrary } from '../src/library/memory-library.ts';
import { type ClaimSpec, handArticle } from './fixtures/claims/hand-article.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'claims');
const { articles: fixtures } = loadArticles(FIXTURES);
const fixtureIndex = new ClaimIndex(fixtures);

const who = (d: Dispute) => d.sides.map((s) => s.sources[0]?.name ?? 'the article');
const inArticle = (id: string) => fixtureIndex.disputes({ articleId: id });

describe('quantities', () => {
  it('reads the number, the counted thing and the words around it', () => {
    const [q] = quantitiesOf('the army now controls 74 settlements there');
    expect(q).toMatchObject({ value: 74, unit: 'settlement', generic: false, bound: 'exact' });
    expect([...(q?.context ?? [])]).toContain('control');
    expect(quantitiesOf('another 100 Russian soldiers were captured')[0]?.unit).toBe('soldier');
    expect(quantitiesOf('Two aircraft collided')[0]?.unit).toBe('aircraft');
    expect(quantitiesOf('spent 2 million pounds')[0]).toMatchObject({ value: 2_000_000, generic: true });
    expect(quantitiesOf('employs 3,200 people')[0]?.value).toBe(3200);
    expect(quantitiesOf('the scheme cost $2 million')[0]).toMatchObject({
      value: 2_000_000,
      unit: 'dollar',
      amount: '$2 million',
    });
    expect(quantitiesOf('fewer than 100 homes were lost')[0]).toMatchObject({
      bound: 'upper',
      amount: 'fewer than 100',
    });
    expect(quantitiesOf('gains of one to two kilometers')).toHaveLength(1);
    expect(quantitiesOf('gains of one to two kilometers')[0]).toMatchObject({ value: 1, high: 2 });
  });

  it('takes dates and years for when, not how many', () => {
    expect(quantitiesOf('The push began on August 6 and the plan dates from 1999.')).toEqual([]);
    expect(quantitiesOf('It opened on 6 August.')).toEqual([]);
  });

  it('lets bounds and approximations agree with numbers inside them', () => {
    const [over] = quantitiesOf('over 700 people');
    const [exact] = quantitiesOf('900 people');
    const [about] = quantitiesOf('about 100 people');
    const [near] = quantitiesOf('104 people');
    const [far] = quantitiesOf('150 people');
    if (!over || !exact || !about || !near || !far) throw new Error('quantities not found');
    expect(compatible(over, exact)).toBe(true);
    expect(compatible(about, near)).toBe(true);
    expect(compatible(about, far)).toBe(false);
    expect(compatible(near, far)).toBe(false);
  });
});

describe('disputes in articles written for the tests', () => {
  it('finds different numbers for the same count, each side with its source', () => {
    const flood = inArticle('river-flood').find((d) => d.kind === 'quantity');
    expect(who(flood as Dispute).map((n) => n.toLowerCase())).toEqual(['police', 'jonas feld']);
    expect(flood?.about).toMatch(/12/);
    expect(flood?.about).toMatch(/15/);
    const runway = inArticle('runway-collision').find((d) => d.kind === 'quantity');
    expect(who(runway as Dispute)).toEqual(['the airline', 'Airport officials']);
  });

  it('finds different parties blamed', () => {
    const blame = inArticle('runway-collision').find((d) => /blame/.test(d.about));
    expect(who(blame as Dispute)).toEqual(["the pilots' union", 'the airport operator']);
  });

  it('finds "returned" against "not received"', () => {
    const d = inArticle('council-grants').find((x) => x.kind === 'opposite');
    expect(who(d as Dispute)).toEqual(['the city council', 'Three charities']);
  });

  it('finds a denial and what it denies', () => {
    const d = inArticle('river-flood').find((x) => x.kind === 'rejection');
    expect(who(d as Dispute)).toEqual(['Residents', 'the regional water authority']);
    expect(d?.sides[0]?.text).toBe('Residents said the warning came too late.');
  });

  it('finds a figure rejected within one sentence ("a figure the council today rejects")', () => {
    const d = inArticle('council-grants').find((x) => x.kind === 'rejection');
    expect(d?.sides[0]?.text).toMatch(
      /^A report by the local newspaper found .* 2 million pounds on consultants$/,
    );
    expect(d?.sides[1]?.sentence).toMatch(/rejects\.$/);
  });

  it('finds two different causes named for one accident', () => {
    const d = inArticle('ferry').find((x) => /blame/.test(x.about));
    expect(who(d as Dispute)).toEqual(['the transport minister', "the sailors' union"]);
  });

  it('finds "no arrests" against "arrested at least 14"', () => {
    const d = inArticle('march').find((x) => x.kind === 'quantity' && /arrest/.test(x.about));
    expect(who(d as Dispute)).toEqual(['the interior ministry', 'Claire Dumont']);
  });

  it('finds a predicate one source asserts and the next denies', () => {
    const d = inArticle('march').find((x) => x.kind === 'opposite');
    expect(who(d as Dispute)).toEqual(['Paul Roche', 'Sophie Marchand']);
  });

  it('finds "only 5 people" answering "23 people", but not the 450 people employed', () => {
    const ds = inArticle('factory').filter((x) => x.kind === 'quantity');
    expect(ds).toHaveLength(1);
    expect(ds[0]?.sides.map((s) => s.text).join(' ')).not.toContain('450');
    expect(ds[0]?.about).toMatch(/23.*5/);
  });

  it('finds two speakers who each claim to have won', () => {
    const d = inArticle('election').find((x) => /won/.test(x.about));
    expect(who(d as Dispute)).toEqual(['Tomas Verga', expect.stringMatching(/Osei/)]);
  });

  it('finds talks said to have collapsed against talks said to continue', () => {
    const d = inArticle('talks').find((x) => /goes on/.test(x.about));
    expect(who(d as Dispute)).toEqual(['Pia Holm', 'Juan Ortega']);
  });

  it("takes calling another source's figure wrong for a rejection of it", () => {
    const d = inArticle('dam').find((x) => x.kind === 'rejection');
    expect(who(d as Dispute)).toEqual(['the regional environment agency', 'Rivera Power']);
  });

  it('takes a bare figure ("the number was closer to 800") for the count just before it', () => {
    const d = inArticle('plant').find((x) => x.kind === 'quantity');
    expect(who(d as Dispute)).toEqual(['the company', 'the union']);
    expect(d?.about).toBe('employees: the company says 500; the union says 800');
  });

  it('finds "started deliberately" against "an accident", the blaze and the fire being one thing', () => {
    const d = inArticle('warehouse-fire').find((x) => x.kind === 'opposite');
    expect(who(d as Dispute)).toEqual(['Fire officials', 'Rui Costa']);
  });

  it('finds "peaceful" against "used violence against peaceful marchers" next door', () => {
    const d = inArticle('rally').find((x) => x.kind === 'opposite');
    expect(who(d as Dispute)).toEqual(['the interior ministry', 'Organisers']);
    // The article cannot reject: "countered" is not read as a cue, so no rejection is reported.
    expect(inArticle('rally').some((x) => x.kind === 'rejection' && who(x).includes('the article'))).toBe(
      false,
    );
  });

  it('reports nothing where the sources do not disagree, and no unrelated numbers', () => {
    expect(inArticle('harbour-expansion')).toEqual([]);
    const all = fixtureIndex.disputes();
    const texts = all.flatMap((d) => d.sides.map((s) => s.text));
    for (const unrelated of [
      '3,200 people',
      '410 million pounds',
      '12 months',
      '3 metres',
      '300 homes',
      '61 percent',
      '80 passengers',
    ])
      expect(texts.join(' ')).not.toContain(unrelated);
  });

  it('gives every side text, its sentence and its sources, as sentences --json does', () => {
    for (const d of fixtureIndex.disputes()) {
      expect(d.sides.length).toBeGreaterThanOrEqual(2);
      for (const side of d.sides) {
        expect(side.sentence).toContain(side.text);
        expect(Array.isArray(side.sources)).toBe(true);
        expect(fixtures.find((a) => a.id === d.articleId)?.sentences[side.ref.sentence]?.text).toBe(
          side.sentence,
        );
      }
    }
  });
});

const minister: Source = { name: 'Omar Haddad', mention: 'Minister Omar Haddad', kind: 'person' };
const rebels: Source = { name: 'the rebels', mention: 'the rebels', kind: 'group' };
const army: Source = { name: 'the army', mention: 'The army', kind: 'organisation' };

describe('disputes on articles built by hand', () => {
  it('finds both sides of one sentence with two speakers', () => {
    const a = handArticle('a', 'Offensive', [
      [
        [
          [minister, 'reported', 'Minister Omar Haddad said the offensive is advancing -', 'said'],
          [rebels, 'reported', 'but the rebels claim it has been halted.', 'claim'],
        ],
      ],
    ]);
    const [d] = new ClaimIndex([a]).disputes();
    expect(d?.kind).toBe('opposite');
    expect(who(d as Dispute)).toEqual(['Omar Haddad', 'the rebels']);
  });

  it('needs the article to hint, or the clauses to share context, before two numbers dispute', () => {
    const build = (hint: boolean) => {
      const sentences: ClaimSpec[][] = [
        [[army, 'reported', 'The army said it holds 40 villages.', 'said']],
        [[rebels, 'reported', 'The rebels said 12 villages were lost.', 'said']],
      ];
      if (hint) sentences.splice(1, 0, [[null, 'narration', 'The two accounts differ sharply.']]);
      return handArticle('n', 'Villages', [sentences]);
    };
    expect(new ClaimIndex([build(false)]).disputes()).toEqual([]);
    expect(who(new ClaimIndex([build(true)]).disputes()[0] as Dispute)).toEqual(['the army', 'the rebels']);
  });

  it('takes contrary words about different things, or counts of different events, for no dispute', () => {
    const traders: Source = { name: 'the traders', mention: 'the traders' };
    const a = handArticle('x', 'Market', [
      [
        [
          [army, 'reported', 'The army said fuel prices rose,', 'said'],
          [traders, 'reported', 'and the traders said grain sales fell.', 'said'],
        ],
        [
          [army, 'reported', 'The army said 20 soldiers were injured,', 'said'],
          [rebels, 'reported', 'while the rebels said 3 soldiers were killed.', 'said'],
        ],
        [[minister, 'reported', 'Minister Omar Haddad would not comment on the fuel prices.', 'comment']],
        [[traders, 'reported', 'The traders said they would comment on fuel prices tomorrow.', 'said']],
      ],
    ]);
    expect(new ClaimIndex([a]).disputes()).toEqual([]);
  });

  it('takes a count of an earlier event, or one far away with little in common, for another count', () => {
    const a = handArticle('y', 'Quake', [
      [
        [[army, 'reported', 'The army said 7 people were killed in the quake.', 'said']],
        [[null, 'narration', 'A similar quake in 2007 killed more than 500 people.']],
      ],
    ]);
    expect(new ClaimIndex([a]).disputes()).toEqual([]);
  });

  it('pairs the two accounts an article says differ, when nothing else disagrees there', () => {
    const a = handArticle('h', 'Clash', [
      [
        [[null, 'narration', 'The two sides gave conflicting accounts of the clash.']],
        [[army, 'reported', 'The army said its soldiers were attacked first.', 'said']],
        [[rebels, 'reported', 'The rebels said the soldiers opened fire without warning.', 'said']],
      ],
    ]);
    const [d] = new ClaimIndex([a]).disputes();
    expect(who(d as Dispute)).toEqual(['the army', 'the rebels']);
  });

  it('takes "that is not true" after another source\'s claim for a rejection of it', () => {
    const a = handArticle('t', 'Strike', [
      [
        [[army, 'reported', 'The army said the rebels had broken the ceasefire.', 'said']],
        [[rebels, 'direct', '"That is simply not true," the rebels said.', 'said']],
      ],
    ]);
    const [d] = new ClaimIndex([a]).disputes();
    expect(d?.kind).toBe('rejection');
    expect(who(d as Dispute)).toEqual(['the army', 'the rebels']);
  });

  it('never sets a source against itself', () => {
    const a = handArticle('s', 'Shelter', [
      [
        [[army, 'reported', 'The army said 40 soldiers were wounded in the attack.', 'said']],
        [[army, 'reported', 'The army later said 45 soldiers were wounded in the attack.', 'said']],
      ],
    ]);
    expect(new ClaimIndex([a]).disputes()).toEqual([]);
  });

  it('takes unrelated numbers of different sources for no dispute (property)', () => {
    const nouns = ['villages', 'tanks', 'schools', 'bridges', 'trucks', 'nurses'];
    const verbs = ['counted', 'repaired', 'visited', 'ordered', 'inspected', 'painted'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 900 }),
        fc.integer({ min: 2, max: 900 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (x, y, i, shift) => {
          const [n1, v1] = [nouns[i] ?? '', verbs[i] ?? ''];
          const [n2, v2] = [nouns[(i + shift) % 6] ?? '', verbs[(i + shift) % 6] ?? ''];
          const a = handArticle('p', 'Report', [
            [
              [[army, 'reported', `The army said it ${v1} ${x} ${n1}.`, 'said']],
              [[rebels, 'reported', `The rebels said they ${v2} ${y} ${n2}.`, 'said']],
            ],
          ]);
          return new ClaimIndex([a]).disputes().length === 0;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never throws and keeps every side inside its sentence, whatever the text (property)', () => {
    const word = fc.constantFrom(
      'the',
      'army',
      'said',
      'not',
      'no',
      'only',
      '12',
      '3,000',
      'people',
      'were',
      'killed',
      'denied',
      'that',
      'rose',
      'fell',
      'blamed',
      'pilots',
      'figure',
      'at',
      'which',
      'rejects',
      '$5',
      'million',
      'percent',
      ',',
      'Kowalski',
      'claims',
      'differ',
      'in',
      '2007',
      'stopped',
      'advance',
      '"',
      '-',
      'but',
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 18 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const article = buildArticle('p', 'p.txt', { title: 'Property', paragraphs: [sentences.join(' ')] });
        const index = new ClaimIndex([article]);
        for (const d of index.disputes())
          for (const side of d.sides) if (!side.sentence.includes(side.text)) return false;
        index.claims('army killed');
        index.sources();
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it('shows the other side of a disputed passage in answers', () => {
    const library = createLibrary(fixtures);
    const index = new ClaimIndex(fixtures);
    const others = index.counterClaims({ articleId: 'river-flood', sentence: 1 });
    expect(others[0]?.sources[0]?.name).toBe('Jonas Feld');
    expect(others[0]?.about).toMatch(/police say 12; Jonas Feld says 15/i);
    const answer = library.ask('How many people died in the flooding?', { limit: 5 });
    // Disputes are within one article: its own sources are all that is compared.
    for (const p of answer.passages) {
      const own = fixtures.filter((a) => a.id === p.ref.articleId);
      expect(p.disputedBy ?? []).toEqual(new ClaimIndex(own).counterClaims(p.ref));
    }
    expect(answer.passages.some((p) => p.disputedBy?.length)).toBe(true);
    expect(index.counterClaims({ articleId: 'harbour-expansion', sentence: 0 })).toEqual([]);
  });

  it('names the other side even when one sentence holds both', () => {
    const a = handArticle('both', 'Villages', [
      [
        [
          [army, 'reported', 'While the army declared that it controls 40 villages,', 'declared'],
          [
            rebels,
            'reported',
            'the rebels reported that 12 villages were controlled by the army.',
            'reported',
          ],
        ],
      ],
    ]);
    const [other] = new ClaimIndex([a]).counterClaims({ articleId: 'both', sentence: 0 });
    expect(other?.sources[0]?.name).toBe('the rebels');
    expect(other?.about).toBe('villages: the army says 40; the rebels say 12');
  });
});
