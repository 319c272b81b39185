/** Words and punctuation of one sentence with their offsets, and which lie inside quotation marks. */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Inside a quotation: cues there are the quoted speaker's words, not the article's. */
  quoted: boolean;
  isWord: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

export interface QuoteSpan {
  start: number;
  end: number;
  words: number;
}

// A figure with thousands separators ("11,000") is one token, so its comma opens no aside.
const TOKEN =
  /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['\u2019\-.&][\p{L}\p{N}]+)*['\u2019]?\.?|["\u201c\u201d\u2018,;:()\u2013\u2014]|(?<=\s)-(?=\s)/gu;
// A trailing full stop belongs to the word only for abbreviations and initials ("Mr.", "U.S.", "E.").
const KEEP_DOT =
  /^(?:\p{Lu}|\p{L}(?:\.\p{L})+|mr|mrs|ms|dr|st|jr|sr|gen|gov|sen|rep|lt|col|capt|sgt|prof|rev|mt|no)\.$/iu;

/** Quotation spans: straight double quotes pair in order, curly ones by their direction. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u201c' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '\u201d' || c === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1, words: 0 });
      open = -1;
    }
  }
  // An opening mark that never closes: the quotation runs on to the end (it continues in the next paragraph).
  if (open >= 0) spans.push({ start: open, end: text.length, words: 0 });
  for (const s of spans) s.words = (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return spans;
}

export function tokenize(text: string, quotes: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  // Quotation spans are in order and do not overlap: one pointer walks them with the tokens.
  let q = 0;
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    if (word.endsWith('.') && word.length > 1 && !KEEP_DOT.test(word)) word = word.slice(0, -1);
    const start = m.index;
    const isWord = /[\p{L}\p{N}]/u.test(word);
    while (q < quotes.length && (quotes[q] as QuoteSpan).end <= start) q++;
    const span = quotes[q];
    const lower = word.toLowerCase();
    tokens.push({
      text: word,
      lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower,
      start,
      end: start + word.length,
      quoted: !!span && start > span.start && start < span.end,
      isWord,
      cap: isWord && /^\p{Lu}/u.test(word),
    });
  }
  return tokens;
}

/** Finds a lower-case phrase of whole words in the tokens (outside quotations); returns its first token index. */
export function findPhrase(tokens: Token[], phrase: string, from = 0): number {
  const words = phrase.split(' ');
  outer: for (let i = from; i <= tokens.length - words.length; i++) {
    for (let k = 0; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.quoted || t.lower !== words[k]) continue outer;
    }
    return i;
  }
  return -1;
}
