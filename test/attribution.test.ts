import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeArticle } from '../src/article/attribution/index.ts';
import { buildArticle } from '../src/article/build.ts';
import type { Sentence } from '../src/article/types.ts';

/** Builds an article from paragraphs of plain text (split by the real splitter). */
function sentencesOf(...paragraphs: string[]): Sentence[] {
  return buildArticle('t', 't.txt', { title: 'Test', paragraphs }).sentences;
}
const names = (s: Sentence | undefined) => (s?.sources ?? []).map((x) => x.name);

describe('attribution of one sentence', () => {
  it('finds "X said" and "said X" with the speaker named before', () => {
    const [a, b] = sentencesOf(
      'Mayor Anna Kowalski said the bridge will reopen in May. "It is safe," said Kowalski.',
    );
    expect(names(a)).toEqual(['Anna Kowalski']);
    expect(a?.stance).toBe('reported');
    expect(a?.sources[0]?.mention).toBe('Mayor Anna Kowalski');
    expect(names(b)).toEqual(['Anna Kowalski']);
    expect(b?.stance).toBe('direct');
  });

  it('finds an inverted tag naming a role of somewhere and then the person ("said the mayor of Brenna, Ola Dahl")', () => {
    const [a, b] = sentencesOf(
      'The operator, Nordnett, said power was back. "It is the worst storm in years," said the mayor of Brenna, Ola Dahl.',
    );
    expect(names(a)).toEqual(['Nordnett']);
    expect(names(b)).toEqual(['Ola Dahl']);
    expect(b?.sources[0]?.mention).toBe('the mayor of Brenna');
    expect(b?.stance).toBe('direct');
  });

  it('takes "according to X" as the source of a reported statement', () => {
    const [s] = sentencesOf('According to the fire brigade, three houses burned down.');
    expect(names(s)).toEqual(['the fire brigade']);
    expect(s?.stance).toBe('reported');
  });

  it('skips an apposition between the speaker and the verb', () => {
    const [s] = sentencesOf(
      'Lena Ortiz, a spokeswoman for the utility, said the outage was caused by a storm.',
    );
    expect(names(s)).toEqual(['Lena Ortiz']);
  });

  it('does not take nouns and adjectives for reporting verbs', () => {
    const [a, b] = sentencesOf(
      'Their claims about the damage differ. Several reported attacks hit the port.',
    );
    expect(a?.sources).toEqual([]);
    expect(b?.sources).toEqual([]);
    expect(a?.stance).toBe('narration');
  });

  it('gives a passive verb its agent as source and no source without one', () => {
    const [a, b] = sentencesOf(
      'A curfew was declared by the regional governor. The plan was described as costly.',
    );
    expect(names(a)).toEqual(['the regional governor']);
    expect(b?.sources).toEqual([]);
  });

  it("marks hedges and the article's own speculation, ignoring cues inside quotations", () => {
    const [a, b, c, d] = sentencesOf(
      'Dozens of boats reportedly left the harbour.',
      'The ban could hurt local fishermen.',
      'The fishermen are also accused of ignoring the quota.',
      '"We might leave," the captain said.',
    );
    expect(a?.stance).toBe('hedged');
    expect(b?.stance).toBe('speculation');
    expect(b?.sources).toEqual([]);
    expect(c?.stance).toBe('hedged');
    expect(d?.stance).toBe('direct');
  });

  it('treats capitalised "May" as the month, not a modal', () => {
    const [s] = sentencesOf('In May, the council closed the library.');
    expect(s?.stance).toBe('narration');
  });

  it('splits coordinated organisations into separate sources', () => {
    const [s] = sentencesOf(
      'The plan, which the European Union and United Nations have both criticised, went ahead.',
    );
    expect(names(s)).toEqual(expect.arrayContaining(['the European Union', 'United Nations']));
  });
});

describe('harder constructions', () => {
  it('reads "put the figure at" as a report by its subject', () => {
    const [s] = sentencesOf('Organisers said 50,000 people marched, while police put the figure at 9,000.');
    expect(names(s)).toEqual(['Organisers', 'police']);
  });

  it('stops a subject at its determiner in a reduced relative clause', () => {
    const [s] = sentencesOf('The union said the count was rigged, a claim the ministry rejected.');
    expect(names(s)).toEqual(['the union', 'the ministry']);
  });

  it('prefers the apposition that names the speaker', () => {
    const [a, b] = sentencesOf(
      "The company, Borel Foods, said the recall was voluntary. Ward's lawyer, Ida Novak, said he was innocent.",
    );
    expect(names(a)).toEqual(['Borel Foods']);
    expect(names(b)).toEqual(['Ida Novak']);
  });

  it('keeps a collective such as "the opposition" apart from a person with that title', () => {
    const [, b] = sentencesOf(
      'Opposition leader Sam Pryce said the vote was rigged.',
      'The opposition said it would appeal.',
    );
    expect(names(b)).toEqual(['the opposition']);
  });

  it('does not read a noun at the start of a sentence as a speaker ("Vaccination rates")', () => {
    const [s] = sentencesOf('Vaccination rates fell to 70 percent, according to health ministry figures.');
    expect(names(s)).toEqual(['health ministry figures']);
  });

  it('resolves "they" to a group that opened an earlier sentence', () => {
    const [, b] = sentencesOf('The researchers followed 900 pupils for a year. They found that grades rose.');
    expect(names(b)).toEqual(['the researchers']);
  });
});

describe('attribution across sentences', () => {
  it('merges name variants, titles and pronouns into one source', () => {
    const sentences = sentencesOf(
      'President Maria Ivanenko said the talks would resume.',
      'Ivanenkoo told reporters the delegation was ready. The president said a deal was close. She added that details would follow.',
    );
    expect(sentences.map((s) => names(s))).toEqual([
      ['Maria Ivanenko'],
      ['Maria Ivanenko'],
      ['Maria Ivanenko'],
      ['Maria Ivanenko'],
    ]);
    expect(sentences[2]?.sources[0]?.mention).toBe('The president');
  });

  it('carries the speaker of a multi-sentence quotation whose tag comes in the last sentence', () => {
    const [a, b] = sentencesOf(
      'Coach Dan Brooks spoke after the match.',
      '"We played badly. We have to improve," Brooks said.',
    );
    expect(a?.sources).toEqual([]);
    expect(names(b)).toEqual(['Dan Brooks']);
  });

  it('gives a standalone quotation to the last speaker', () => {
    const [, b] = sentencesOf(
      'Engineer Tom Reyes said the dam held. "The water never reached the top of the wall, and we expect no damage."',
    );
    expect(names(b)).toEqual(['Tom Reyes']);
    expect(b?.stance).toBe('direct');
  });

  it('continues a report into "are said to" but not into the article\'s own speculation', () => {
    const [a, b, c] = sentencesOf(
      'According to police reports, the suspects fled north. Two more men are said to have been arrested. This could end the search.',
    );
    expect(names(a)).toEqual(['police reports']);
    expect(names(b)).toEqual(['police reports']);
    expect(b?.stance).toBe('hedged');
    expect(c?.sources).toEqual([]);
    expect(c?.stance).toBe('speculation');
  });

  it('makes two claims of a sentence with two speakers, each with its clause', () => {
    const [s] = sentencesOf(
      'While the union declared on Monday that 400 workers walked out, the company reported that only 150 stopped work.',
    );
    const claims = s?.claims ?? [];
    expect(claims.map((c) => c.source?.name)).toEqual(['the union', 'the company']);
    expect(claims[0]?.text).toMatch(/400 workers walked out$/);
    expect(claims[1]?.text).toMatch(/^the company reported that only 150/);
    for (const c of claims) expect(s?.text.slice(c.span[0], c.span[1])).toBe(c.text);
  });

  it("makes the article's narration one claim without a source", () => {
    const [s] = sentencesOf('The river rose two metres overnight.');
    expect(s?.claims).toEqual([
      {
        source: null,
        cue: null,
        stance: 'narration',
        text: 'The river rose two metres overnight.',
        span: [0, 36],
      },
    ]);
  });
});

describe('properties', () => {
  const word = fc.constantFrom(
    'said',
    'the',
    'President',
    'Anna',
    'Lee',
    'he',
    'could',
    'reportedly',
    '"',
    ',',
    'according',
    'to',
    'claims',
    'police',
    'by',
    'was',
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);

  it('never throws, and every claim is an exact substring of its sentence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        (paragraphs) => {
          const result = attributeArticle(paragraphs, { title: 'x' });
          result.forEach((p, i) => {
            p.forEach((a, j) => {
              const text = paragraphs[i]?.[j] ?? '';
              expect(a.claims.length).toBeGreaterThan(0);
              for (const c of a.claims) expect(text.slice(c.span[0], c.span[1])).toBe(c.text);
            });
          });
        },
      ),
    );
  });
});
