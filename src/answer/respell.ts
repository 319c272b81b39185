/**
 * British and American spellings of one word ("epicentre"/"epicenter", "colour"/"color",
 * "organise"/"organize", "defence"/"defense", "anaemia"/"anemia"). WordNet lists them as synonyms;
 * they are the same word, so a question written in one spelling should match the other in full.
 */

/** The word with its regional spelling patterns brought to one form. */
function canonical(word: string): string {
  return word
    .replace(/tre$/, 'ter')
    .replace(/our/g, 'or')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/ogue$/, 'og')
    .replace(/ence$/, 'ense')
    .replace(/ll/g, 'l')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e');
}

/** True when `a` and `b` are one word spelt the British and the American way. */
export function isRespelling(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  if (!/^\p{Ll}+$/u.test(a) || !/^\p{Ll}+$/u.test(b)) return false;
  return canonical(a) === canonical(b);
}

/** Swaps of one regional pattern each ("apologize" → "apologise", "canceled" → "cancelled"). */
const SWAPS: [RegExp, string][] = [
  [/iz(e|ed|es|ing|ation|ations)$/, 'is$1'],
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/yz(e|ed|es|ing)$/, 'ys$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/([^o])or(s?)$/, '$1our$2'],
  [/our(s?)$/, 'or$1'],
  [/ter(s?)$/, 'tre$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ense$/, 'ence'],
  [/ence$/, 'ense'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
];

/**
 * The word spelt the other side of the Atlantic, one pattern at a time: what a question written in
 * one spelling should find in articles written in the other ("did the CEO apologize": "apologised").
 */
export function respellings(word: string): string[] {
  if (word.length < 4 || !/^\p{Ll}+$/u.test(word)) return [];
  const out: string[] = [];
  for (const [re, to] of SWAPS) {
    const other = word.replace(re, to);
    if (other !== word && isRespelling(word, other) && !out.includes(other)) out.push(other);
  }
  return out;
}
