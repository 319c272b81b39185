/**
 * A large made-up vocabulary for the synthetic corpora: pronounceable words with English-like
 * endings (so stemming and typo tolerance behave as on real text), given names, family names and
 * place names, drawn with Zipf-like frequencies so that a big corpus has a realistic long tail of
 * rare words (Heaps' law) instead of a few hundred words repeated.
 */
import { int, mulberry32, pick, type Random, zipf } from './prng.ts';

const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'cl',
  'cr',
  'd',
  'dr',
  'f',
  'fl',
  'fr',
  'g',
  'gl',
  'gr',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'pr',
  'r',
  's',
  'sh',
  'sk',
  'sl',
  'sp',
  'st',
  'str',
  't',
  'th',
  'tr',
  'v',
  'w',
  'z',
  '',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ea', 'ee', 'oo', 'ou', 'io', 'y'];
const CODAS = [
  '',
  '',
  '',
  'n',
  'r',
  's',
  't',
  'l',
  'm',
  'nd',
  'nt',
  'st',
  'rk',
  'ck',
  'ng',
  'sh',
  'x',
  'll',
  'rt',
];
const WORD_ENDINGS = [
  '',
  '',
  '',
  '',
  'tion',
  'ment',
  'ing',
  'ed',
  'ers',
  'ity',
  'al',
  'ive',
  'ness',
  'ly',
  's',
  'es',
];
const GIVEN_ENDINGS = ['a', 'o', 'in', 'el', 'ia', 'an', 'is', 'ette', 'ar', ''];
const FAMILY_ENDINGS = ['son', 'ov', 'ez', 'ski', 'er', 'ing', 'ani', 'ard', 'elli', 'berg', 'ton', ''];
const PLACE_ENDINGS = ['burg', 'ton', 'ville', 'ia', 'stad', 'ford', 'mouth', 'avia', 'land', 'pur', 'grad'];

export interface Vocabulary {
  /** Lowercase common words, most frequent first. */
  words: readonly string[];
  /** Capitalised proper names (people, places, organisations), most frequent first. */
  names: readonly string[];
  drawWord(random: Random): string;
  drawName(random: Random): string;
}

function syllables(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += pick(random, ONSETS) + pick(random, NUCLEI) + pick(random, CODAS);
  return out;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * `avoid` holds words the generator must not produce (the corpus's function words, attribution
 * cues and abbreviations), so substitutions never change a sentence's grammar or splitting.
 */
export function buildVocabulary(
  seed: number,
  avoid: ReadonlySet<string>,
  sizes = { words: 120_000, names: 60_000 },
): Vocabulary {
  const random = mulberry32(seed);
  const seen = new Set<string>(avoid);
  const make = (count: number, generate: () => string): string[] => {
    const out: { word: string; weight: number }[] = [];
    let attempts = 0;
    while (out.length < count && attempts++ < count * 20) {
      const word = generate();
      if (word.length < 4 || seen.has(word.toLowerCase())) continue;
      seen.add(word.toLowerCase());
      // Short words are the frequent ones in real text: rank by length, with noise.
      out.push({ word, weight: word.length + random() * 6 });
    }
    return out.sort((a, b) => a.weight - b.weight).map((o) => o.word);
  };
  // Mostly two or three syllables: news content words are rarely shorter.
  const syllableCount = () => (random() < 0.2 ? 1 : random() < 0.6 ? 2 : 3);
  const words = make(sizes.words, () => syllables(random, syllableCount()) + pick(random, WORD_ENDINGS));
  const names = make(sizes.names, () => {
    const kind = random();
    const stem = syllables(random, int(random, 1, 2));
    if (kind < 0.35) return capitalise(stem + pick(random, GIVEN_ENDINGS));
    if (kind < 0.75) return capitalise(stem + pick(random, FAMILY_ENDINGS));
    return capitalise(stem + pick(random, PLACE_ENDINGS));
  });
  const wordRank = zipf(words.length);
  const nameRank = zipf(names.length, 1.0, 50);
  return {
    words,
    names,
    drawWord: (r) => words[wordRank(r)] ?? 'word',
    drawName: (r) => names[nameRank(r)] ?? 'Name',
  };
}
