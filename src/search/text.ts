/**
 * Words of a text as the search sees them: tokens (lower case, accents folded), stop words, and
 * index terms (irregular forms to their base, then the Porter stem).
 */
import { stemmer } from 'stemmer';
import IRREGULAR from './data/irregular.json' with { type: 'json' };
import STOPWORDS from './data/stopwords.json' with { type: 'json' };

export interface Token {
  /** Lower case, accents folded, possessive 's removed: "kyiv", "zelenskyy". */
  word: string;
  /** As written: "Kyiv's". */
  raw: string;
  /** Offset of `raw` in the text. */
  start: number;
  /** Written with a capital first letter. */
  capital: boolean;
  /** Part of a hyphenated compound ("ground" of "ground-level"). */
  part?: boolean;
}

const STOP = new Set<string>(STOPWORDS);
const IRREGULAR_BASE = new Map<string, string>(Object.entries(IRREGULAR));

export const isStopWord = (word: string): boolean => STOP.has(word);

// Letters and digits, inner apostrophes ("don't") and hyphens ("nine-month-old"), dotted
// abbreviations ("U.S."), ordinals ("2nd") and numbers with separators ("1,500", "2.5").
const TOKEN =
  /(?:\p{L}\.){2,}|\p{N}+(?:st|nd|rd|th)(?![\p{L}\p{N}])|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’`][\p{L}]+)*(?:[-‐‑][\p{L}\p{N}]+(?:['’`][\p{L}]+)*)*/gu;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'");
}

const PLAIN = /^[a-z0-9]+$/;
const HYPHEN = /[-‐‑]/;
const cleaned = new Map<string, string>();

function clean(raw: string): string {
  // Plain ASCII words need no folding; the rest repeat a lot, so their folded form is kept.
  if (PLAIN.test(raw)) return raw;
  let word = cleaned.get(raw);
  if (word === undefined) {
    word = fold(raw).replace(/\./g, '').replace(/'s$/, '').replace(/s'$/, 's').replace(/'$/, '');
    // Bounded: texts are open-ended.
    if (cleaned.size > 100_000) cleaned.clear();
    cleaned.set(raw, word);
  }
  return word;
}

/** Tokens of a text; hyphenated compounds give their parts and, for two parts, the joined word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    // ASCII first letters (most of them) without a Unicode regex.
    const c = raw.charCodeAt(0);
    const capital = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(raw);
    if (HYPHEN.test(raw) && !/^\p{N}+(?:[.,]\p{N}+)*$/u.test(raw)) {
      const parts = raw.split(/[-‐‑]/);
      let offset = start;
      for (const part of parts) {
        if (part) tokens.push({ word: clean(part), raw: part, start: offset, capital, part: true });
        offset += part.length + 1;
      }
      // "cease-fire" and "ceasefire" are one word to a reader.
      if (parts.length === 2) tokens.push({ word: clean(parts.join('')), raw, start, capital, part: true });
      continue;
    }
    const word = clean(raw);
    if (word) tokens.push({ word, raw, start, capital });
  }
  return tokens;
}

const termCache = new Map<string, string>();

// "2nd phase" and "second phase" are one to a reader (up to the twentieth: past it, news writes
// figures either way).
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** The word of an ordinal written in figures ("2nd" → "second"), if it is one up to the twentieth. */
export function ordinalWord(word: string): string | undefined {
  const n = ORDINAL.exec(word)?.[1];
  return n === undefined ? undefined : ORDINAL_WORDS[Number(n) - 1];
}

/** The index term of a word: its base form if irregular, then its Porter stem. */
export function termOf(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    const base = IRREGULAR_BASE.get(word) ?? ordinalWord(word) ?? word;
    term = /^\p{N}/u.test(base) ? base.replace(/,/g, '') : stemmer(base);
    // Bounded: question words are open-ended.
    if (termCache.size > 50_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

export const irregularBase = (word: string): string | undefined => IRREGULAR_BASE.get(word);

/** Index terms of a text, stop words left out. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (!STOP.has(t.word)) out.push(termOf(t.word));
  return out;
}
