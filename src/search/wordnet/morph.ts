/**
 * Base forms of an inflected English word, WordNet "morphy" style: irregular forms, then suffix
 * rules ("begged" → "beg", "cities" → "city"), keeping only candidates the lexicon knows.
 */
import { irregularBase } from '../text.ts';
import type { LexEntry, Lexicon } from './lexicon.ts';

const RULES: [string, string][] = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['ier', 'y'],
  ['iest', 'y'],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];

/** Known base forms of `word` with their entries, the word itself first when known. */
export function baseForms(word: string, lexicon: Lexicon): { lemma: string; entry: LexEntry }[] {
  const out: { lemma: string; entry: LexEntry }[] = [];
  const seen = new Set<string>();
  const tryLemma = (lemma: string) => {
    if (lemma.length < 2 || seen.has(lemma)) return;
    seen.add(lemma);
    const entry = lexicon.lookup(lemma);
    if (entry) out.push({ lemma, entry });
  };
  tryLemma(word);
  const irregular = irregularBase(word);
  if (irregular) tryLemma(irregular);
  for (const [suffix, replacement] of RULES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    tryLemma(stem + replacement);
    // "begged" → "begg" → "beg"
    if (!replacement && /([bcdfgklmnprstvz])\1$/.test(stem)) tryLemma(stem.slice(0, -1));
  }
  return out;
}
