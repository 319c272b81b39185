import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsOf, ordinalOf } from '../src/answer/features.ts';

// countsOf and ordinalOf run one pattern compiled once and walk the words after each figure; they
// must agree with the plain pattern per counted word that they replace (compiled per word, it
// cost ~1 ms a question).
const FIGURE =
  '(?:\\d[\\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|millions)\\b)(?:[\\s-]+(?:hundred|thousand|million|billion))?';
const ORDINAL =
  '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:[2-9]|\\d{2,})(?:nd|rd|th))';
const referenceCounts = (text: string, word: string) =>
  new RegExp(
    `(?<!\\b(?:one|1)\\s+in\\s+)${FIGURE}(?!\\s+(?:halves|thirds|quarters|fifths|tenths)\\b)\\s+(?:of\\s+the\\s+|[\\p{L}'’-]+\\s+){0,3}${word}`,
    'iu',
  ).test(text);
const referenceOrdinal = (text: string, word: string) =>
  new RegExp(`\\b${ORDINAL}\\s+(?:[\\p{L}'’-]+\\s+)?${word}`, 'iu').test(text);

const TOKENS = [
  ...[
    '1,854',
    '2023,',
    '6.2',
    '40',
    'Thirty',
    'thirty-eight',
    'five-hundred',
    'two',
    'Eleven',
    'one',
    '1',
    'in',
  ],
  ...[
    'million',
    'thousand',
    'hundred',
    'Hundreds',
    'dozens',
    'of',
    'the',
    'The',
    'third',
    'Third',
    '2nd',
    '11th',
  ],
  ...[
    'thirds',
    'half',
    'people',
    'people,',
    'women',
    'Women.',
    'cars',
    "train's",
    'post-menopausal',
    '(about',
  ],
  ...['current', 'and', 'former', 'customers', 'were', 'outbreak', 'marathon', '-', '—', 'staff'],
];
const WORDS = [
  'peopl',
  'women',
  'car',
  'custom',
  'outbreak',
  'marathon',
  'the',
  'million',
  'staff',
  'former',
];

describe('counted figures and ordinals agree with the pattern per word they replace', () => {
  it('on sentences made of figures, multipliers, shares, "of the" and punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }),
        fc.constantFrom(...WORDS),
        fc.constantFrom(' ', '  ', ' \u00a0'),
        (tokens, word, space) => {
          const text = tokens.join(space);
          expect(countsOf(text, word)).toBe(referenceCounts(text, word));
          expect(ordinalOf(text, word)).toBe(referenceOrdinal(text, word));
        },
      ),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  it('reads the usual cases', () => {
    expect(countsOf('During that time, 1,854 of the women were admitted.', 'women')).toBe(true);
    expect(countsOf('1,854 of the older obese women', 'women')).toBe(
      referenceCounts('1,854 of the older obese women', 'women'),
    );
    expect(countsOf('1,854 of the older obese women', 'women')).toBe(true);
    expect(countsOf('about 3.1 million current and former customers', 'custom')).toBe(true);
    expect(countsOf('a proposed AU$715 million football stadium', 'million')).toBe(true);
    expect(countsOf('About two thirds of the cars were sold in Europe.', 'car')).toBe(false);
    expect(countsOf('one in four students works', 'student')).toBe(false);
    expect(ordinalOf('It was his third Boston marathon.', 'marathon')).toBe(true);
    expect(ordinalOf('the third of the marathons', 'marathon')).toBe(false);
  });
});
