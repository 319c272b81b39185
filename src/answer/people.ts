/**
 * People counted by what they are: "how many tourists had to leave" is answered by "1,200 guests
 * and staff were moved out", "how many employees work there" by "140 people work there". Whether a
 * noun names people is read from WordNet: a noun whose broader terms (up to three steps: guest →
 * visitor → traveler → person) reach person, people or personnel. No word list of the articles'.
 */
import { isStopWord } from '../search/text.ts';
import type { LexEntry, Lexicon } from '../search/wordnet/lexicon.ts';
import { baseForms } from '../search/wordnet/morph.ts';
import { FIGURE_WORDS, isMeasureWord, MULTIPLIER } from './features.ts';

/** Where the broader terms of a noun naming people lead. */
const PEOPLE = new Set(['person', 'people', 'personnel', 'individual', 'adult']);
/** Steps up through broader terms (doctor → medical practitioner → health professional → professional). */
const DEPTH = 4;
/** A word's first related words are its broader terms; derived words come after ("bird" → "bird watcher"). */
const BROADER = 2;
/** Lookups at most per word asked about. */
const LOOKUPS = 40;

const hasNoun = (e: LexEntry): boolean => (e.senses.n ?? 0) > 0;

const known = new WeakMap<Lexicon, Map<string, boolean>>();

/** Whether a word (any inflection: "guests", "employees") is a noun naming people. */
export function namesPeople(word: string, lexicon: Lexicon): boolean {
  let cache = known.get(lexicon);
  if (!cache) {
    cache = new Map();
    known.set(lexicon, cache);
  }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = search(word, lexicon);
  if (cache.size >= 10_000) cache.clear();
  cache.set(word, result);
  return result;
}

function search(word: string, lexicon: Lexicon): boolean {
  if (PEOPLE.has(word)) return true;
  const start = baseForms(word, lexicon).filter((b) => hasNoun(b.entry));
  if (start.some((b) => PEOPLE.has(b.lemma))) return true;
  const reaches = (lemma: string) => [...broaderTerms(lemma, lexicon)].some((up) => PEOPLE.has(up));
  // Its own broader terms, and those of its first synonym ("fan" is a "sports fan", an enthusiast).
  return (
    reaches(word) || start.some((b) => b.entry.synonyms[0] !== undefined && reaches(b.entry.synonyms[0]))
  );
}

const FIGURE = new RegExp(
  `(?:\\d[\\d,.]*|\\b(?:${FIGURE_WORDS}))${MULTIPLIER}((?:\\s+[\\p{L}'’-]+){1,4})`,
  'giu',
);

/**
 * The head nouns that a sentence's figures count: the noun phrase after each figure, past
 * modifiers ("1,200 guests and staff" → guests, "1,500 cubic metres" → metres; "35 staff posts" →
 * posts, "140 people work" → people).
 */
export function figureHeads(text: string, lexicon: Lexicon): string[] {
  const heads: string[] = [];
  for (const m of text.matchAll(FIGURE)) {
    let head: string | undefined;
    for (const raw of (m[1] ?? '').trim().split(/\s+/)) {
      const word = raw
        .toLowerCase()
        .replace(/[,.;:!?)"”]+$/u, '')
        .replace(/['’]s?$/u, '');
      if (!word || isStopWord(word)) break;
      const forms = baseForms(word, lexicon);
      if (!forms.length) break;
      // A noun first, or a plural of one ("posts"; "work" after "people" is their verb).
      const noun = forms.some(
        (b) =>
          hasNoun(b.entry) &&
          ((b.entry.senses.n ?? 0) >= (b.entry.senses.v ?? 0) || (b.lemma !== word && word.endsWith('s'))),
      );
      // A verb ends the noun phrase; an adjective ("cubic") stands before its noun.
      if (noun) head = word;
      else if (forms.some((b) => b.entry.senses.v)) break;
      if (/[,.;:!?)"”]$/u.test(raw)) break;
    }
    if (head) heads.push(head);
  }
  return heads;
}

/** Whether a sentence gives a figure of people ("1,200 guests and staff", "about 3,700 people"). */
export function countsPeople(text: string, lexicon: Lexicon): boolean {
  return figureHeads(text, lexicon).some((h) => !isMeasureWord(h) && namesPeople(h, lexicon));
}

const broaderKnown = new WeakMap<Lexicon, Map<string, Set<string>>>();

/**
 * A noun's broader terms, up to four steps through each word's first two (car → motor vehicle →
 * self-propelled vehicle → wheeled vehicle → vehicle): a figure of vehicles counts the cars.
 */
export function broaderTerms(word: string, lexicon: Lexicon): Set<string> {
  let cache = broaderKnown.get(lexicon);
  if (!cache) {
    cache = new Map();
    broaderKnown.set(lexicon, cache);
  }
  const hit = cache.get(word);
  if (hit) return hit;
  const out = new Set<string>();
  let frontier = baseForms(word, lexicon)
    .filter((b) => hasNoun(b.entry))
    .map((b) => b.entry);
  let lookups = 0;
  for (let depth = 0; depth < DEPTH && frontier.length; depth++) {
    const next: LexEntry[] = [];
    for (const entry of frontier)
      for (const up of entry.related.slice(0, BROADER)) {
        if (out.has(up) || lookups >= LOOKUPS) continue;
        out.add(up);
        lookups++;
        const e = lexicon.lookup(up);
        if (e && hasNoun(e)) next.push(e);
      }
    frontier = next;
  }
  if (cache.size >= 10_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** Whether a sentence gives a figure of a broader kind of the word ("480,000 vehicles" for cars). */
export function countsKindOf(text: string, word: string, lexicon: Lexicon): boolean {
  const broader = broaderTerms(word, lexicon);
  if (!broader.size) return false;
  return figureHeads(text, lexicon).some((h) => baseForms(h, lexicon).some((b) => broader.has(b.lemma)));
}
