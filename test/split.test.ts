import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/article/split/index.ts';
import golden from './fixtures/golden-rules/golden_rules_en.json' with { type: 'json' };
import extra from './fixtures/golden-rules/golden_rules_en_extra.json' with { type: 'json' };

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('golden rules (pragmatic_segmenter / pySBD)', () => {
  for (const rule of [...golden, ...extra]) {
    it(`#${rule.id} ${rule.name}`, () => {
      expect(splitSentences(rule.text).map(norm)).toEqual(rule.expected.map(norm));
    });
  }
});

/** Cases in news style; each names the behaviour it pins down. */
const cases: [string, string, string[]][] = [
  [
    'keeps a quotation of several sentences together with its speaker tag',
    '"We are moving forward. We took two villages today," the commander said. Officials disagreed.',
    ['"We are moving forward. We took two villages today," the commander said.', 'Officials disagreed.'],
  ],
  [
    'pairs curly double quotes',
    'She said: “It is over. We go home.” Then she left.',
    ['She said: “It is over. We go home.”', 'Then she left.'],
  ],
  [
    'pairs curly single quotes but not apostrophes',
    '‘We held the line. We lost nobody,’ the major’s deputy said. Kyiv’s forces advanced.',
    ['‘We held the line. We lost nobody,’ the major’s deputy said.', 'Kyiv’s forces advanced.'],
  ],
  [
    'does not split at [...] omissions inside a quotation',
    'As she told reporters, "The projections are consistent [...] the future is not [...] leading to losses". It rained.',
    [
      'As she told reporters, "The projections are consistent [...] the future is not [...] leading to losses".',
      'It rained.',
    ],
  ],
  [
    'ends the sentence after a quotation that a new sentence follows',
    'The word was "yes." "No," she said.',
    ['The word was "yes."', '"No," she said.'],
  ],
  [
    'keeps a short speech tag after a quoted question',
    '"Why should we pay?" Mr. Smith asked. Nobody answered.',
    ['"Why should we pay?" Mr. Smith asked.', 'Nobody answered.'],
  ],
  [
    'does not take a whole sentence after a quoted question for a speech tag',
    '"Is it over?" The minister said it was not.',
    ['"Is it over?"', 'The minister said it was not.'],
  ],
  [
    'recovers from a quotation mark that never closes',
    '"We will win. Nobody stops us. He called it a "deal" today. Then he left.',
    ['"We will win.', 'Nobody stops us.', 'He called it a "deal" today.', 'Then he left.'],
  ],
  [
    'does not end sentences at titles, ranks and months',
    'Lt. Gen. John A. Smith met Gov. Ray and Sen. Lee on Jan. 5. They spoke.',
    ['Lt. Gen. John A. Smith met Gov. Ray and Sen. Lee on Jan. 5.', 'They spoke.'],
  ],
  [
    'ends sentences after the U.S. only before a sentence opener or a title',
    'The U.S. Army said it had advanced in the U.S. This was denied at 6 p.m. Mr. Lee left.',
    ['The U.S. Army said it had advanced in the U.S.', 'This was denied at 6 p.m.', 'Mr. Lee left.'],
  ],
  [
    'treats a single capital as an initial unless a sentence opener follows',
    'President George W. Bush adopted Plan B. The first plan had failed.',
    ['President George W. Bush adopted Plan B.', 'The first plan had failed.'],
  ],
  [
    'reads a title after a number as a unit or a street',
    'The wall is 10 ft. The house is on 5th St. It is old.',
    ['The wall is 10 ft.', 'The house is on 5th St.', 'It is old.'],
  ],
  [
    'keeps "v." and "vs." inside a case name',
    'In Roe v. Wade the court ruled. Smith vs. Jones followed.',
    ['In Roe v. Wade the court ruled.', 'Smith vs. Jones followed.'],
  ],
  [
    'splits before numbers and amounts that open a sentence',
    'He was born in 1950. 300 people came. He paid $5. $6 was asked. Prices rose 3.5 percent.',
    ['He was born in 1950.', '300 people came.', 'He paid $5.', '$6 was asked.', 'Prices rose 3.5 percent.'],
  ],
  [
    'keeps e-mail addresses, URLs and domains whole',
    'Write to press@example.org. See https://example.com/a.b?c=d. Or visit bbc.co.uk now.',
    ['Write to press@example.org.', 'See https://example.com/a.b?c=d.', 'Or visit bbc.co.uk now.'],
  ],
  [
    'ends a sentence at an unspaced ellipsis before a capital, not at a spaced one',
    'He paused... Then he left. It was . . . He stopped.',
    ['He paused...', 'Then he left.', 'It was . . . He stopped.'],
  ],
  [
    'keeps a parenthesis with its sentence and splits after it',
    'The firm (founded in 1990. It grew fast) rose. (It later issued a statement.) Shares fell.',
    ['The firm (founded in 1990. It grew fast) rose.', '(It later issued a statement.)', 'Shares fell.'],
  ],
  [
    'splits a numbered list after a colon',
    'Steps: 1. Open the box. 2. Remove the cover. 3. Enjoy.',
    ['Steps:', '1. Open the box.', '2. Remove the cover.', '3. Enjoy.'],
  ],
  [
    'does not take a date for a list item',
    'It happened on Jan. 1. Then on Feb. 2. Nobody noticed.',
    ['It happened on Jan. 1.', 'Then on Feb. 2.', 'Nobody noticed.'],
  ],
  [
    'ends a sentence at every blank line and at a line without punctuation',
    'Headline without a full stop\nThe first paragraph \n\nThe second one',
    ['Headline without a full stop', 'The first paragraph', 'The second one'],
  ],
  [
    'joins a sentence cut by a line break, and treats Windows line ends as one',
    'This sentence was\r\ncut in two by a line break.\r\nThe next one',
    ['This sentence was\r\ncut in two by a line break.', 'The next one'],
  ],
  [
    'joins words glued without a space only between a word and a capitalised word',
    'Prices fell.Analysts were surprised.The U.S.Army said no.',
    ['Prices fell.', 'Analysts were surprised.', 'The U.S.Army said no.'],
  ],
];

describe('news conventions', () => {
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(splitSentences(text)).toEqual(expected);
    });
  }

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

/** Checks that `out` is the input cut into trimmed pieces: in order, each an exact substring, nothing lost. */
function expectExactPieces(input: string, out: string[]): void {
  // Plain checks rather than expect(): property tests call this thousands of times.
  const fail = (why: string) => {
    throw new Error(`${why}: ${JSON.stringify(input)} -> ${JSON.stringify(out)}`);
  };
  let from = 0;
  for (const piece of out) {
    if (!piece || piece !== piece.trim()) fail('empty or untrimmed piece');
    const at = input.indexOf(piece, from);
    if (at < from) fail('piece is not the next substring');
    if (input.slice(from, at).trim()) fail('characters lost between pieces');
    from = at + piece.length;
  }
  if (input.slice(from).trim()) fail('characters lost at the end');
}

describe('properties', () => {
  // Few characters, many of them meaningful to the splitter, so that structure turns up often.
  const tricky = fc.string({
    unit: fc.constantFrom(
      ...'ab AB.!?…"“”‘’\'()[] \n\r1$@:•'.split(''),
      'Mr',
      'U.S.',
      'www.',
      '[...]',
      '1. ',
    ),
    maxLength: 120,
  });

  it('cuts news-like text into exact, trimmed substrings without losing characters', () => {
    fc.assert(fc.property(tricky, (t) => expectExactPieces(t, splitSentences(t))));
  });

  // Any UTF-16 code unit: control characters, unpaired surrogates, every script.
  const anyUnits = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 80,
  });

  it('cuts arbitrary strings (control characters, lone surrogates) the same way', () => {
    fc.assert(
      fc.property(anyUnits, (t) => expectExactPieces(t, splitSentences(t))),
      { numRuns: 300 },
    );
    expectExactPieces('\ud800. \udfff? \u0000! \u2028A.', splitSentences('\ud800. \udfff? \u0000! \u2028A.'));
  });

  it('is a function of its input: splitting again gives the same sentences', () => {
    fc.assert(
      fc.property(tricky, (t) => {
        expect(splitSentences(t)).toEqual(splitSentences(t));
      }),
      { numRuns: 50 },
    );
  });

  it('handles long inputs without spaces or with deep nesting', () => {
    // Quadratic scans took seconds on a quarter megabyte (minutes on one); these take milliseconds.
    const token = 'a.b'.repeat(90_000);
    expect(splitSentences(token)).toEqual([token]);
    const nested = `${'('.repeat(60_000)}x. Y${')'.repeat(60_000)}`;
    expect(splitSentences(nested)).toEqual([nested]);
    expect(splitSentences('Hi. '.repeat(30_000))).toHaveLength(30_000);
  });
});
