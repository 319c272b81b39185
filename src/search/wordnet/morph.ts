/**
 * Base forms of an inflected English word, WordNet "morphy" style: irregular forms, then suffix
 * rules ("begged" → "beg", "cities" → "city"), keeping only candidates the lexicon knows.
 */
import { irregularBase } from '../text.ts';
import type { LexEntry, Lexicon } from './lexicon.ts';

type Pos = 'n' | 'v' | 'a' | 'r';

// Each suffix rule for the parts of speech it inflects, as WordNet's morphy has them: "-er" and
// "-est" are comparatives of adjectives ("bigger" → "big"), not nouns of agents ("voter" is no
// form of "vote"); "-ed" and "-ing" are verb forms; "-men" is a plural.
const NOUN: Pos[] = ['n'];
const VERB: Pos[] = ['v'];
const NOUN_VERB: Pos[] = ['n', 'v'];
const ADJ: Pos[] = ['a', 'r'];
const RULES: [string, string, Pos[]][] = [
  ['ies', 'y', NOUN_VERB],
  ['ses', 's', NOUN],
  ['xes', 'x', NOUN],
  ['zes', 'z', NOUN],
  ['ches', 'ch', NOUN],
  ['shes', 'sh', NOUN],
  ['men', 'man', NOUN],
  ['es', 'e', VERB],
  ['es', '', VERB],
  ['s', '', NOUN_VERB],
  ['ied', 'y', VERB],
  ['ed', 'e', VERB],
  ['ed', '', VERB],
  ['ing', 'e', VERB],
  ['ing', '', VERB],
  ['ier', 'y', ADJ],
  ['iest', 'y', ADJ],
  ['er', '', ADJ],
  ['est', '', ADJ],
  ['er', 'e', ADJ],
  ['est', 'e', ADJ],
];

export interface BaseForm {
  lemma: string;
  entry: LexEntry;
}

/**
 * Base forms already worked out, per lexicon: a question word's are asked for several times
 * (is it English, how specific, its synonyms), and people repeat words.
 */
const known = new WeakMap<Lexicon, Map<string, readonly BaseForm[]>>();
const KNOWN_WORDS = 20_000;

/** Known base forms of `word` with their entries, the word itself first when known. */
export function baseForms(word: string, lexicon: Lexicon): readonly BaseForm[] {
  let words = known.get(lexicon);
  if (!words) {
    words = new Map();
    known.set(lexicon, words);
  }
  let forms = words.get(word);
  if (!forms) {
    forms = findBaseForms(word, lexicon);
    if (words.size >= KNOWN_WORDS) words.clear();
    words.set(word, forms);
  }
  return forms;
}

function findBaseForms(word: string, lexicon: Lexicon): BaseForm[] {
  const out: BaseForm[] = [];
  const seen = new Set<string>();
  const tryLemma = (lemma: string, pos?: Pos[]) => {
    if (lemma.length < 2 || seen.has(lemma)) return;
    const entry = lexicon.lookup(lemma);
    // A suffix rule's base must be of a part of speech the suffix inflects.
    if (entry && pos && !pos.some((p) => entry.senses[p])) return;
    seen.add(lemma);
    if (entry) out.push({ lemma, entry });
  };
  tryLemma(word);
  const irregular = irregularBase(word);
  if (irregular) tryLemma(irregular);
  for (const [suffix, replacement, pos] of RULES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    tryLemma(stem + replacement, pos);
    // "begged" → "begg" → "beg"
    if (!replacement && /([bcdfgklmnprstvz])\1$/.test(stem)) tryLemma(stem.slice(0, -1), pos);
  }
  return out;
}
