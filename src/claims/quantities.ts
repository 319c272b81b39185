/**
 * Quantities in a clause: "74 settlements", "over 700 asylum seekers", "2 million pounds", "one to
 * two kilometers". Each has a unit (the counted noun's stem), what the number may mean (exact, a
 * lower or upper bound, approximate) and the content stems around it, so that two claims can be
 * compared on the same quantity and not merely on the same kind of noun.
 */
import data from './data/words.json' with { type: 'json' };
import { isContent, type Token, tokenize } from './words.ts';

export interface Quantity {
  value: number;
  /** Upper end of a range ("one to two"); equals value otherwise. */
  high: number;
  /** Stem of the counted noun ("settlement"), or of the measure ("percent"). */
  unit: string;
  /** The unit alone does not say what is counted ("percent", "hours", "euros"). */
  generic: boolean;
  bound: 'exact' | 'lower' | 'upper' | 'approximate';
  /** Set against another number ("only 5"). */
  focus: boolean;
  /** Content stems near the number (same clause), the unit excluded. */
  context: Set<string>;
  /** The words as written ("74 settlements"). */
  phrase: string;
  /** The number as written, without the counted noun ("74", "$2 million", "one to two"). */
  amount: string;
  start: number;
}

const NUMBER_WORDS = new Map(Object.entries(data.numberWords));
const SCALES = new Map(Object.entries(data.scales));
const GENERIC = new Set(data.genericUnits);
const MONTHS = new Set(data.months);
const ZERO = new Set(data.zero);
const FOCUS = new Set(data.focus);
const phrases = (list: string[]) => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const LOWER = phrases(data.lowerBounds);
const UPPER = phrases(data.upperBounds);
const APPROX = phrases(data.approximate);
/** Words a counted noun may sit behind ("100 Russian soldiers", "700 asylum seekers"). */
const MAX_UNIT_WORDS = 3;
const CONTEXT_WINDOW = 6;
const FIGURE_NOUNS = new Set(data.figureNouns);
/** The unit of a bare figure ("the toll rose to 35"): it matches the count beside it. */
export const ANY_UNIT = '*';
const CURRENCY: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen' };

function numberOf(word: string): number | undefined {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}

function endsWith(tokens: Token[], at: number, phrase: string[]): boolean {
  if (at - phrase.length < 0) return false;
  return phrase.every((w, i) => tokens[at - phrase.length + i]?.word === w);
}

/** What the words before a number make of it, and how many words they are. */
function boundBefore(tokens: Token[], at: number): [Quantity['bound'], number] {
  // "nearly" is both approximate and an upper bound: an upper bound is the stricter reading.
  for (const [bound, list] of [
    ['upper', UPPER],
    ['lower', LOWER],
    ['approximate', APPROX],
  ] as const) {
    const p = list.find((phrase) => endsWith(tokens, at, phrase));
    if (p) return [bound, p.length];
  }
  return ['exact', 0];
}

/** Is the text between two tokens free of clause punctuation? */
const sameClause = (text: string, a: Token, b: Token) =>
  !/[;:()"\u201c\u201d]|,\s|\s[-\u2013\u2014]\s/.test(
    text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)),
  );

/** `tokens`: the text's tokens when the caller has them already. */
export function quantitiesOf(text: string, tokens: Token[] = tokenize(text)): Quantity[] {
  const out: Quantity[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < next) continue;
    const t = tokens[i];
    if (!t) continue;
    const percent = t.word.endsWith('%');
    const raw = percent ? t.word.slice(0, -1) : t.word;
    // "no arrests were made": a count of nothing, when a noun follows.
    let value = ZERO.has(raw) ? 0 : numberOf(raw);
    if (value === undefined) continue;
    const prev = tokens[i - 1];
    const next0 = tokens[i + 1];
    // Dates and years are when, not how many: "August 6", "6 August", "in 1999".
    if (prev && MONTHS.has(prev.word) && /^\d/.test(raw)) continue;
    if (next0 && MONTHS.has(next0.word) && /^\d/.test(raw) && sameClause(text, t, next0)) continue;
    if (/^(1[89]|20)\d\d$/.test(raw) && !percent) continue;
    // "one" is a pronoun as often as a number.
    if (raw === 'one' && !(next0 && /^\d|^[a-z]/.test(next0.word))) continue;
    let j = i + 1;
    let high = value;
    // A range: "one to two kilometers", "10-12 people" (the tokenizer splits at the hyphen).
    const to = tokens[j];
    const upper = tokens[j + 1];
    if (to && upper && (to.word === 'to' || to.word === 'or') && numberOf(upper.word) !== undefined) {
      high = numberOf(upper.word) ?? value;
      j += 2;
    }
    let scale = 1;
    const s = tokens[j];
    if (s && SCALES.has(s.word) && sameClause(text, tokens[j - 1] ?? t, s)) {
      scale = SCALES.get(s.word) ?? 1;
      j++;
    }
    value *= scale;
    high *= scale;
    let unit: Token | undefined;
    const currency = CURRENCY[text[t.start - 1] ?? ''];
    if (percent) unit = { word: '%', stem: 'percent', start: t.end - 1, end: t.end };
    // "$2 million": the symbol is the unit; the amount ends where the number (and scale) ends.
    else if (currency)
      unit = { word: currency, stem: currency, start: t.start - 1, end: tokens[j - 1]?.end ?? t.end };
    else {
      const words: Token[] = [];
      for (let k = j; k < tokens.length && words.length < MAX_UNIT_WORDS; k++) {
        const w = tokens[k];
        const before = tokens[k - 1];
        if (!w || !before || !sameClause(text, before, w) || !isContent(w) || numberOf(w.word) !== undefined)
          break;
        // A participle ends the noun phrase ("two aircraft collided"), unless it is all there is ("12 injured").
        if (words.length && /ed$/.test(w.word)) break;
        words.push(w);
        if (w.word === 'percent' || w.word === 'cent' || GENERIC.has(w.word)) break;
        // A plural noun ends the phrase: "500 employees work", but "700 asylum seekers".
        if (/[^s]s$/.test(w.word)) break;
      }
      unit = words[words.length - 1];
      if (unit?.word === 'cent') unit = { ...unit, stem: 'percent' };
      if (unit?.word === 'percent') unit = { ...unit, stem: 'percent' };
    }
    // "put the figure at 35,000", "the death toll was 35": a count of whatever is counted next to it.
    if (!unit && tokens.slice(Math.max(0, i - 4), i).some((w) => FIGURE_NOUNS.has(w.word)))
      unit = { word: '', stem: ANY_UNIT, start: t.end, end: t.end };
    if (!unit) continue;
    const context = new Set<string>();
    for (let k = Math.max(0, i - CONTEXT_WINDOW); k < Math.min(tokens.length, j + CONTEXT_WINDOW + 1); k++) {
      const w = tokens[k];
      if (!w || k === i || w.stem === unit.stem || !isContent(w)) continue;
      if (numberOf(w.word) !== undefined || SCALES.has(w.word)) continue;
      if (!sameClause(text, w, t)) continue;
      context.add(w.stem);
    }
    const [bound, boundWords] = boundBefore(tokens, i);
    const from = tokens[i - boundWords]?.start ?? t.start;
    next = j;
    out.push({
      value,
      high,
      unit: unit.stem,
      generic:
        GENERIC.has(unit.word) || unit.stem === 'percent' || currency !== undefined || unit.stem === ANY_UNIT,
      bound: value === 0 ? 'exact' : bound,
      focus: FOCUS.has(tokens[i - 1]?.word ?? ''),
      context,
      phrase: text.slice(Math.min(t.start, unit.start), unit.end),
      amount: text.slice(
        boundWords ? from : currency ? t.start - 1 : t.start,
        percent ? t.end : (tokens[j - 1]?.end ?? t.end),
      ),
      start: t.start,
    });
  }
  return out;
}

/** Could both be true? Bounds and approximations leave room; exact different numbers do not. */
export function compatible(a: Quantity, b: Quantity): boolean {
  const lo = (q: Quantity) => (q.bound === 'upper' ? 0 : q.bound === 'approximate' ? q.value * 0.9 : q.value);
  const hi = (q: Quantity) =>
    q.bound === 'lower' ? Number.POSITIVE_INFINITY : q.bound === 'approximate' ? q.high * 1.1 : q.high;
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}
